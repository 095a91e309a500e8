"""A standfirst (dek) set beside the headline leaves the body's first line, read from the markup.

Why: a story's header holds the headline and, right under it, a standfirst ("The fire grew to 9
square miles within hours", "Die Verlängerung soll 2029 fertig sein – doch Anwohner kündigen
Widerstand an"), and the extractor often starts the body with it. The corpus' convention
(article-extraction-benchmark's articleBody) leaves a standfirst that stands in the header out
of the body and keeps an introduction set in the story's own container. The markup tells them
apart in any language: the body's first line is the whole text of one block (no block or link
inside it: a story of one paragraph in its container is no standfirst) set after the headline's
`<h1>` as its sibling (or its parent's), and the story does not go on there in a later sibling
paragraph or one of the same kind (tag and class); it goes on in another container (the story's
body). A template that sets the story's paragraphs straight after the `<h1>` ("<h1>…</h1><p>
lead</p><p>…</p>"), or splits the story into containers between ad slots ("<div
class=text><p>…</p></div><div class=ad>…</div><div class=text><p>…</p></div>"), keeps its lead:
the story goes on in a sibling like it. Run last, on the body's lines without furniture: an ad
label between the lead and the next paragraph is no line of the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import lxml.html

from tasks.markup import BLOCK_CONTAINERS, element_text

# The `<h1>` and its parent: the header's levels where a standfirst stands.
HEADER_LEVELS: Final = 2
MAX_STANDFIRST_CHARS: Final = 400
# A paragraph's text starts the body's next line: compared by this many characters.
ANCHOR_CHARS: Final = 40


def _headline_element(
    tree: lxml.html.HtmlElement, headlines: Sequence[str]
) -> lxml.html.HtmlElement | None:
    """The first `<h1>` that reads as one of `headlines`, tried in order."""
    for headline in headlines:
        squeezed = " ".join(headline.split())
        found = next((h for h in tree.iter("h1") if element_text(h) == squeezed), None)
        if found is not None:
            return found
    return None


def _text_siblings(node: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [s for s in node.itersiblings() if isinstance(s.tag, str) and element_text(s)]


def _one_block(el: lxml.html.HtmlElement) -> bool:
    """A standfirst is one block of text, no link in it; an element that holds the story's
    paragraphs (a story of one paragraph) is the story's container."""
    return not any(
        isinstance(d.tag, str) and (d.tag == "a" or d.tag in BLOCK_CONTAINERS)
        for d in el.iterdescendants()
    )


def _same_kind(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> bool:
    return a.tag == b.tag and a.get("class") == b.get("class")


def without_standfirst(
    lines: list[str], tree: lxml.html.HtmlElement | None, headlines: Sequence[str]
) -> list[str]:
    """`lines` without their first when it is the header's standfirst (module docstring);
    `headlines` are the page's title as read, the displayed one first (the extractor's next: a
    live blog's first post heading may pass for the displayed one)."""
    if tree is None or len(lines) < 2 or len(lines[0]) > MAX_STANDFIRST_CHARS:
        return lines
    node = _headline_element(tree, headlines)
    first = " ".join(lines[0].split())
    following = " ".join(lines[1].split())[:ANCHOR_CHARS]
    for _ in range(HEADER_LEVELS):
        if node is None:
            break
        siblings = _text_siblings(node)
        for i, sibling in enumerate(siblings):
            if element_text(sibling) != first or not _one_block(sibling):
                continue
            story_goes_on = any(
                (later.tag == "p" or _same_kind(later, sibling))
                and element_text(later).startswith(following)
                for later in siblings[i + 1 :]
            )
            return lines if story_goes_on else lines[1:]
        node = node.getparent()
    return lines
