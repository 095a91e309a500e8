"""A box about the story's author, read from the page's markup and taken out of the body: the
author's name linked to their page, a short biography, their social links ("Mike Tanaka" /
"Mike covers the islands and the port for the Gazette." / "Twitter"), as author-box plugins and
themes render it at the end of the article's container.

Why: the extractor keeps the biography as the story's last paragraph; it names the newsroom, its
beats and the author's other employers, not the story's people. A closing note that opens with
the author's full name already leaves (`tasks.extract.drop_author_notes`); a biography that
calls the author by the first name, or opens with "About", needs the markup: a link to the
author (`rel="author"`, or whose text is a byline's name) in a small box with short blocks
(`tasks.linked_teasers.largest_box`), one of which is a sentence naming the author. A byline
beside the headline stays for the byline rules: no box holds the headline.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from tasks.linked_teasers import box_texts, largest_box
from tasks.markup import TEXT_BLOCKS, PageMarkup

MAX_BOX_LEVELS: Final = 3
MAX_BOX_BLOCK_CHARS: Final = 400
SENTENCE_ENDS: Final = (".", "!", "?", "。")
MIN_NAME_WORDS: Final = 2
# A name's words that identify the author in a sentence: capitalised and longer than a particle
# ("Pieter de Jong": "pieter", "jong"; not "de").
MIN_NAME_WORD_CHARS: Final = 3
_WORD: Final = re.compile(r"\w+")


def _author_link(link: lxml.html.HtmlElement, names: set[str], markup: PageMarkup) -> bool:
    rel = (link.get("rel") or "").lower().split()
    return "author" in rel or markup.text(link).casefold() in names


def _biography(box: lxml.html.HtmlElement, words: set[str], markup: PageMarkup) -> bool:
    """Do the box's blocks hold a sentence that names the author?"""
    for block in markup.blocks(box):
        text = markup.text(block)
        if text.endswith(SENTENCE_ENDS) and words & set(_WORD.findall(text.casefold())):
            return True
    return False


def author_box_lines(markup: PageMarkup, authors: list[str]) -> frozenset[str]:
    """The texts of the blocks and links of the page's boxes about its author (see the
    module)."""
    names = {a.casefold() for a in authors if len(a.split()) >= MIN_NAME_WORDS}
    if not names:
        return frozenset()
    words = {
        word.casefold()
        for author in authors
        for word in _WORD.findall(author)
        if word[:1].isupper() and len(word) >= MIN_NAME_WORD_CHARS
    }
    found: set[str] = set()
    for link in markup.links:
        if not _author_link(link, names, markup):
            continue
        block = next((el for el in link.iterancestors() if el.tag in TEXT_BLOCKS), None)
        box = largest_box(
            block, lambda el: markup.short_blocks(el, MAX_BOX_BLOCK_CHARS), markup, MAX_BOX_LEVELS
        )
        if box is not None and _biography(box, words, markup):
            found |= box_texts(box, markup)
    return frozenset(found)
