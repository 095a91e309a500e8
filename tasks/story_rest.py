"""The rest of a story that the page shows as a teaser, read from the story's JSON-LD.

Why: a paywalled page often shows its first paragraphs and a subscription box, while the whole
story stands in its JSON-LD `articleBody` (written for search engines, which are told the part is
not free). The body then held the teaser alone, and the story's names after it were lost.

When: an article's `articleBody` (`tasks.page.ARTICLE_TYPES`) that holds the body's text, each of
its lines of a sentence's length in the body's order (it is the same story, and the body is its
beginning), and is much longer than the body (`MIN_REST_CHARS` more, `MIN_GROWTH` times as
long). What follows the body's last line there is added, a line per paragraph the JSON-LD writes
(markup in it read as text); it passes the body's furniture rules after. A body as long as the
JSON-LD's, or one the JSON-LD does not hold, is left as it is: the page's own text is the better
reading (JSON-LD bodies also carry captions and credits).
"""

from __future__ import annotations

import html
import re
from typing import Final

import lxml.html
from lxml.etree import ParserError

from tasks.loose_text import squeezed
from tasks.page import ParsedPage, is_article

MIN_REST_CHARS: Final = 200
MIN_GROWTH: Final = 1.5
# Shorter body lines (labels, a byline, a date) need not be in the JSON-LD's text.
MIN_MATCHED_LINE_CHARS: Final = 40
# A paragraph break written as markup inside the JSON-LD's text.
_MARKUP_BREAK: Final = re.compile(r"<br\s*/?>|</p\s*>|</h[1-6]\s*>|</li\s*>", re.I)
_MARKUP: Final = re.compile(r"</?[a-zA-Z][^>]*>")


def with_story_rest(lines: list[str], page: ParsedPage) -> list[str]:
    """`lines` (the body) with the rest of the story its JSON-LD holds (module docstring)."""
    if not lines:
        return lines
    body = [squeezed(line) for line in lines]
    size = sum(len(line) for line in body)
    for full in _article_bodies(page):
        paragraphs = "\n".join(p for p in (squeezed(x) for x in _text(full).splitlines()) if p)
        if len(paragraphs) < max(MIN_GROWTH * size, size + MIN_REST_CHARS):
            continue
        end = _end_of(body, paragraphs)
        if end is not None:
            known = set(body)
            return lines + [
                p for p in paragraphs[end:].splitlines() if p and p.strip() not in known
            ]
    return lines


def _article_bodies(page: ParsedPage) -> list[str]:
    """The `articleBody` texts of the page's articles, longest first."""
    found = []
    for obj in page.jsonld:
        text = obj.get("articleBody")
        if isinstance(text, str) and is_article(obj):
            found.append(text)
    return sorted(found, key=len, reverse=True)


def _end_of(body: list[str], paragraphs: str) -> int | None:
    """Where the body ends in `paragraphs`: after its last line of a sentence's length, when
    each of those stands there in the body's order; else None."""
    end: int | None = None
    for line in body:
        if len(line) < MIN_MATCHED_LINE_CHARS:
            continue
        at = paragraphs.find(line, end or 0)
        if at < 0:
            return None
        end = at + len(line)
    return end


def _text(full: str) -> str:
    """The JSON-LD's text, markup read as text with its paragraph breaks as line ends."""
    if not _MARKUP.search(full):
        return html.unescape(full)
    try:
        return lxml.html.fragment_fromstring(
            _MARKUP_BREAK.sub("\n", full), create_parent="div"
        ).text_content()
    except (ParserError, ValueError):
        return html.unescape(_MARKUP.sub(" ", full))
