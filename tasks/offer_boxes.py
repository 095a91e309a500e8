"""Paywall, subscription and appeal boxes told apart by where their button leads, in any language.

Why: a paywalled page ends its teaser with a box ("Subscribe to continue reading" / "Get
unlimited access for $1 a week." / "Subscribe now" / "Already a subscriber? Sign in"), and
members' sites set an appeal among the paragraphs ("Dit artikel is gratis te lezen dankzij onze
leden." / "Word lid"); the extractor keeps their lines as the story's last paragraphs. Their
words change with every publisher and language ("Lesen Sie jetzt mit RK+ weiter", "Det här är en
låst artikel", "この記事は有料会員限定です"), but their button does not read like the story: it
is a link of a few words standing alone (a block's whole text, or set between blocks) that leads
to one of the site's own service pages, an address of one or two plain words ("/subscribe",
"/abo/rkplus", "/prenumerera", "/logga-in", "/#/portal/signup"), where a teaser leads to a
story's address (a slug of several words, a number) and a story's own links stand inside its
sentences. Such a button makes its box furniture, found and bounded as the sign-up boxes' are
(`tasks.linked_teasers.largest_box`): a small box of short blocks set in the text. A box with a
list or a table is the story's (a fact box, a timeline that ends with a link to its section).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

import lxml.html

from tasks.linked_teasers import NOT_ELSEWHERE, box_texts, largest_box, site_of, word_count
from tasks.markup import BLOCK_CONTAINERS, TEXT_BLOCKS, PageMarkup

# A service page's address: at most this many path segments, each a plain word or two joined by
# one hyphen or underscore, no digit (a story's address has a slug of words or an id).
MAX_SERVICE_SEGMENTS: Final = 2
_SERVICE_SEGMENT: Final = re.compile(r"^[^\W\d_]+(?:[-_][^\W\d_]+)?$")
# A button's text: a few words ("Subscribe now", "Word lid", "有料会員に登録する").
MAX_BUTTON_WORDS: Final = 4
MAX_BOX_LEVELS: Final = 2
MAX_BOX_BLOCK_CHARS: Final = 250
# What a box of the story holds and an offer's box does not.
STORY_STRUCTURES: Final = ("ul", "ol", "table", "dl")


def _service_address(href: str, site: str) -> bool:
    """Does `href` lead to one of the site's own service pages (module docstring)? Read with
    string splits, not a URL parser: every link of the page is asked."""
    href = href.strip()
    if not href or href.startswith(NOT_ELSEWHERE):
        return False
    host = ""
    if href.startswith(("http://", "https://", "//")):
        host, _, href = href.split("//", 1)[1].partition("/")
    path = href.partition("#")[0].partition("?")[0]
    segments = [s for s in path.split("/") if s]
    if len(segments) > MAX_SERVICE_SEGMENTS or not all(_SERVICE_SEGMENT.match(s) for s in segments):
        return False
    return not host or not site or site_of(host.partition(":")[0]) == site


def _standing_alone(
    link: lxml.html.HtmlElement, markup: PageMarkup
) -> lxml.html.HtmlElement | None:
    """Where the box around a button may start when the link stands alone: the element above
    the block it is the whole text of, or the element it stands in between blocks; None when
    the link stands in a sentence."""
    parent = link.getparent()
    if parent is None:
        return None
    text = markup.text(link)
    if parent.tag in TEXT_BLOCKS - {"div"} or not any(c.tag in BLOCK_CONTAINERS for c in parent):
        start = parent.getparent() if markup.text(parent) == text else None
        return None if start is None or start.tag in STORY_STRUCTURES else start
    return parent if not (link.tail or "").strip() else None


def _short_blocks(el: lxml.html.HtmlElement, markup: PageMarkup) -> bool:
    return next(el.iter(*STORY_STRUCTURES), None) is None and markup.short_blocks(
        el, MAX_BOX_BLOCK_CHARS
    )


def offer_box_lines(markup: PageMarkup, url: str) -> frozenset[str]:
    """The texts of the blocks of the page's boxes whose button leads to a service page of the
    site (module docstring); `url` is the page's."""
    site = site_of(urlsplit(url).netloc)
    found: set[str] = set()
    for link in markup.links:
        if not _service_address(link.get("href") or "", site):  # first: no text is read
            continue
        text = markup.text(link)
        if not text or word_count(text) > MAX_BUTTON_WORDS:
            continue
        start = _standing_alone(link, markup)
        if start is not None:
            box = largest_box(start, lambda el: _short_blocks(el, markup), markup, MAX_BOX_LEVELS)
            if box is not None:
                found |= box_texts(box, markup)
    return frozenset(found)
