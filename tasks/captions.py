"""Pictures' captions that repeat the picture's alternative text, taken out of the body.

Why: pages write a picture's caption as a line beside the paragraphs ("<div><img alt="Typing on
the new keyboard"></div><span>Typing on the new keyboard</span>"), and the extractor keeps it as
a short line of the story; its words describe the picture, not the story, and extraction
benchmarks leave captions out. In the text alone a caption looks like a subheading; the markup
tells it apart, in any language: it stands right beside the picture (the element before or
after the image, or before or after the image's wrapper) and says what the image's `alt`
attribute says. A heading there is a title that the picture illustrates (a recipe's name above
its photo, a section's subheading) and stays. Only the picture's neighbours are read, each once
per page, so a page of many pictures costs no more than its pictures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import lxml.html

from tasks.linked_teasers import word_count
from tasks.markup import PageMarkup

# An alternative text of a word or two ("Photo", "Logo") may be any line: only longer ones count.
MIN_CAPTION_WORDS: Final = 3
HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements between a picture and its caption that hold nothing.
BREAKS: Final = frozenset({"br", "wbr", "hr", "noscript"})


def _step(el: lxml.html.HtmlElement | None, forward: bool) -> lxml.html.HtmlElement | None:
    """The element before or after `el`, over line breaks and comments."""
    while el is not None:
        el = el.getnext() if forward else el.getprevious()
        if el is not None and isinstance(el.tag, str) and el.tag not in BREAKS:
            return el
    return None


def _neighbours(img: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The elements right before and after the image and right before and after its parent."""
    for el in (img, img.getparent()):
        for forward in (False, True):
            neighbour = _step(el, forward)
            if neighbour is not None:
                yield neighbour


def alt_captions(markup: PageMarkup) -> frozenset[str]:
    """The texts of the captions beside the page's pictures that repeat the picture's `alt`."""
    found: set[str] = set()
    for img in markup.tree.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if word_count(alt) < MIN_CAPTION_WORDS:
            continue
        for neighbour in _neighbours(img):
            if neighbour.tag not in HEADINGS and markup.text(neighbour) == alt:
                found.add(alt)
    return frozenset(found)
