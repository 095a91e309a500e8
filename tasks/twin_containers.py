"""Story text continued in a twin of the container the extractor read, put back in the body.

Why: trafilatura reads the first container that looks like the story's ("div.article-body",
"div.entry-content", …) and stops there. Many pages split the story into several such containers:
an ad slot, a newsletter box or an embed between them ("<div class=article-body>…</div><div
class=ad>…</div><div class=article-body>…</div>"), a layout that repeats its grid per chunk of
the story, the rest of a story behind a "continue reading" button or a paywall's markup
("<div class='entry-content entry-content--rest' style='display:none'>"). The body then held the
first part only, half the story on some pages, and the names in the rest were lost with it.

How a twin is told apart, by the markup alone (never a site's class names):
- the container the extractor read is the parent of most of the body's `<p>`s, holding at least
  `MIN_READ_PARAGRAPHS` of them (a wrapper around one paragraph is not a story's container);
- a twin has the same tag and every class word of that container (it may add its own:
  "article-body article-body--rest"), is neither inside it nor around it, and stands near it:
  the two share an ancestor at most `MAX_TWIN_STEPS` levels up, and the same `<article>` (the next
  story of an endless page is another `<article>`);
- it holds a `<p>` the body lacks that ends a sentence.
A twin is read alone by the extractor (`read`), so its furniture is pruned as the story's is,
without the attributes that hide it (`HIDING_ATTRIBUTES`: a story's rest hidden until a button is
pressed is the story); the lines the body lacks go in after the body's line that stands before
the twin in the page, and pass the same furniture rules as the rest of the body afterwards.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Final

import lxml.html

from tasks.loose_text import SENTENCE_END_RE, squeezed

# The elements a story's container is.
TWIN_HOLDERS: Final = frozenset({"div", "section", "article"})
MIN_READ_PARAGRAPHS: Final = 2
MAX_TWIN_STEPS: Final = 3
# Attributes that hide a container until the reader asks for it.
HIDING_ATTRIBUTES: Final = ("style", "hidden", "aria-hidden")


def with_twin_containers(
    lines: list[str],
    tree: lxml.html.HtmlElement | None,
    read: Callable[[lxml.html.HtmlElement], str],
) -> list[str]:
    """`lines` (the body) with the text of the read container's twins (module docstring) that
    the body lacks; `read` gives the extractor's text of a document."""
    if tree is None or not lines:
        return lines
    known = {squeezed(line) for line in lines}
    order: dict[lxml.html.HtmlElement, int] = {}
    held: dict[lxml.html.HtmlElement, int] = {}
    first_at: dict[str, int] = {}
    for i, el in enumerate(tree.iter()):
        order[el] = i
        if el.tag == "p" and (text := squeezed(el.text_content())) in known:
            parent = el.getparent()
            held[parent] = held.get(parent, 0) + 1
            first_at.setdefault(text, i)
    if not held:
        return lines
    container = max(held, key=lambda el: (held[el], -order[el]))
    classes = _classes(container)
    if held[container] < MIN_READ_PARAGRAPHS or container.tag not in TWIN_HOLDERS or not classes:
        return lines
    out = list(lines)
    at = _positions(out, first_at)
    for twin in _twins(container, classes, known):
        new = [line for line in _lines(read(_alone(twin))) if squeezed(line) not in known]
        if not new:
            continue
        spot = max((i + 1 for i, position in enumerate(at) if position < order[twin]), default=0)
        out[spot:spot] = new
        at[spot:spot] = [order[twin]] * len(new)
        known.update(squeezed(line) for line in new)
    return out


def _twins(
    container: lxml.html.HtmlElement, classes: frozenset[str], known: set[str]
) -> list[lxml.html.HtmlElement]:
    """The container's twins (module docstring), in page order, none inside another."""
    near = list(container.iterancestors())[:MAX_TWIN_STEPS]
    story = next(container.iterancestors("article"), None)
    inside = set(container.iterancestors())
    found: list[lxml.html.HtmlElement] = []
    for el in container.getroottree().iter(container.tag):
        if el is container or el in inside or not classes <= _classes(el):
            continue
        ancestors = list(el.iterancestors())
        if container in ancestors or any(twin in ancestors for twin in found):
            continue
        if not any(a in near for a in ancestors[: MAX_TWIN_STEPS + 1]):
            continue
        if next(el.iterancestors("article"), None) is not story:
            continue
        if any(
            (text := squeezed(p.text_content())) not in known and SENTENCE_END_RE.search(text)
            for p in el.iter("p")
        ):
            found.append(el)
    return found


def _alone(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A document holding a copy of `el` alone, shown (`HIDING_ATTRIBUTES` dropped)."""
    doc = lxml.html.fromstring("<html><body></body></html>")
    twin = copy.deepcopy(el)
    twin.tail = None
    for name in HIDING_ATTRIBUTES:
        twin.attrib.pop(name, None)
    doc.find("body").append(twin)
    return doc


def _positions(lines: list[str], first_at: dict[str, int]) -> list[int]:
    """Where each line stands in the page: its `<p>`'s place, else the line before it's."""
    at: list[int] = []
    for line in lines:
        at.append(first_at.get(squeezed(line), at[-1] if at else -1))
    return at


def _classes(el: lxml.html.HtmlElement) -> frozenset[str]:
    return frozenset((el.get("class") or "").split())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
