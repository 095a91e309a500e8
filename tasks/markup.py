"""One reading of a page's markup, shared by the readers that find boxes in it (teasers, sign-up,
offer, follow-us and author boxes, captions): each element's text, which elements hold one block
of text, the page's links.

Why: every reader weighs elements by their text and walks the page's blocks and links. Read
apart, each reader read the page's text anew, and a box's blocks were listed anew at every level
a box was tried around every start, so a page's cost grew with every reader added. The readers
share one `PageMarkup` per page (`tasks.extract.extract_page` builds it): each element's text is
read at most once, the blocks are found in one pass, and the page's links are listed once. The
tree is the page's shared one, never changed while it is read, so what was read once stays true.
"""

from __future__ import annotations

from functools import cached_property
from typing import Final

import lxml.html

# Elements that hold one block of text: a paragraph, a heading, a list item, or a division with
# no such block inside it.
TEXT_BLOCKS: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "div", "dt", "dd"})
BLOCK_CONTAINERS: Final = frozenset(
    {"p", "div", "section", "article", "aside", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6"}
    | {"figure", "figcaption", "blockquote", "header", "footer", "table", "dl"}
)


def element_text(el: lxml.html.HtmlElement) -> str:
    """The element's text with its whitespace runs as single spaces."""
    return " ".join(el.text_content().split())


class PageMarkup:
    """A page's tree with what its readers ask of it, each answer computed once: `text` and
    `size` of an element, the text `blocks` in an element, the page's `links`."""

    def __init__(self, tree: lxml.html.HtmlElement) -> None:
        self.tree = tree
        self._texts: dict[lxml.html.HtmlElement, str] = {}
        self._blocks: dict[lxml.html.HtmlElement, tuple[lxml.html.HtmlElement, ...]] = {}

    def text(self, el: lxml.html.HtmlElement) -> str:
        """`element_text(el)`, read once per page."""
        found = self._texts.get(el)
        if found is None:
            found = self._texts[el] = element_text(el)
        return found

    def size(self, el: lxml.html.HtmlElement) -> int:
        """The length of the element's text: the boxes of a page's many teasers share their
        ancestors (the story's container), whose text is long."""
        return len(self.text(el))

    @cached_property
    def _holders(self) -> frozenset[lxml.html.HtmlElement]:
        """The elements with a `BLOCK_CONTAINERS` element somewhere below them, found in one
        pass: each container marks its ancestors up to the first one already marked."""
        holders: set[lxml.html.HtmlElement] = set()
        for el in self.tree.iter(*BLOCK_CONTAINERS):
            for ancestor in el.iterancestors():
                if ancestor in holders:
                    break
                holders.add(ancestor)
        return frozenset(holders)

    def blocks(self, el: lxml.html.HtmlElement | None = None) -> tuple[lxml.html.HtmlElement, ...]:
        """The elements in `el` (itself included; the whole page when None) that hold one block
        of text, in document order: a division only when no block is inside it."""
        root = self.tree if el is None else el
        found = self._blocks.get(root)
        if found is None:
            holders = self._holders
            found = self._blocks[root] = tuple(
                block
                for block in root.iter(*TEXT_BLOCKS)
                if block.tag != "div" or block not in holders
            )
        return found

    def short_blocks(self, el: lxml.html.HtmlElement, max_chars: int) -> bool:
        """Is every block in `el` at most `max_chars` long (a box's blocks, not a story's)?"""
        return all(self.size(block) <= max_chars for block in self.blocks(el))

    @cached_property
    def links(self) -> tuple[lxml.html.HtmlElement, ...]:
        """The page's <a> elements, in document order."""
        return tuple(self.tree.iter("a"))
