"""Story text set straight into a `<div>` beside the story's paragraphs, found in the markup and
put back in the body where trafilatura dropped it.

Why: trafilatura reads a `<div>`'s own text only on pages with little `<p>` text; on any other
page such text is dropped. CMSs write leads that way ("<div class=lead>BERLIN (dpa) - Die
Regierung …</div><p>…</p>", a first paragraph in `<br>` lines before the `<p>`s), so the story
lost its opening sentence and, with it, its dateline. Such a `<div>` (or `<section>`) is told
apart by its shape, not its class: only inline markup inside it (no block of its own),
sentence-long text of its own that is not mostly links, and a `<p>` right after it (the next
sibling that holds text, or the first child of that sibling when it is a container like it: a
story split into `<section>`s) whose text the body holds, i.e. it stands among the story's
paragraphs. Captions, bylines and teasers
are short, link-heavy or marked by their class words (`FURNITURE_CLASS_WORDS`) and stay out; a
summary in its own container has no `<p>` after it and stays out too.

The text is put back, not the tree changed: renaming such a `<div>` a `<p>` before extraction
changes which container trafilatura picks and which `<div>`s it reads on pages where it reads
them, and lost a real page half its story.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.html

from tasks.markup import BLOCK_CONTAINERS
from tasks.titles.patterns import CLASS_TOKEN

# The elements CMSs set a paragraph's text straight into.
LOOSE_HOLDERS: Final = ("div", "section")
# What a <div> that is a paragraph never holds: a block (`BLOCK_CONTAINERS`, as teasers are
# read), a heading, a form or a script.
NOT_IN_A_PARAGRAPH: Final = BLOCK_CONTAINERS | frozenset(
    {
        "h1", "main", "nav", "address", "fieldset", "form", "pre", "hr", "iframe", "dt", "dd",
        "script", "style", "noscript", "template", "button", "input", "select", "textarea",
    }
)  # fmt: skip
# Class words of furniture set in a <div> of text: never read as story text.
FURNITURE_CLASS_WORDS: Final = frozenset(
    {
        "ad", "ads", "advert", "author", "byline", "caption", "credit", "credits", "copyright",
        "disclaimer", "footer", "meta", "more", "newsletter", "postmetadata", "promo", "quote",
        "related", "share", "social", "sponsor", "tags", "teaser", "tip", "title", "widget",
    }
)  # fmt: skip
# A sentence ends in it: a full stop (of any script) followed by a space or the end.
SENTENCE_END_RE: Final = re.compile(r"[.!?。！？।؟]+[\"'”’»)]*(?:\s|$)")
MIN_LOOSE_CHARS: Final = 60  # shorter text in a <div> is a label, a byline, a date
MAX_LINK_SHARE: Final = 0.5  # more of it in links: a teaser or a list of links
ANCHOR_CHARS: Final = 40  # a <p> is found in the body by the start of its text


def with_loose_paragraphs(lines: list[str], tree: lxml.html.HtmlElement | None) -> list[str]:
    """`lines` (the body) with each loose paragraph of `tree` the body lacks (module docstring)
    put back before the line its next `<p>` starts (or the first of its lines the extractor
    kept), one line per `<br>`-separated run."""
    if tree is None or not lines:
        return lines
    out = list(lines)
    for el in tree.iter(*LOOSE_HOLDERS):
        if not _loose_paragraph(el):  # first: it stops at a container's first block
            continue
        anchor = _next_paragraph(el)
        if anchor is None:
            continue
        own = _lines(el)
        squeezed_lines = [squeezed(line) for line in out]
        kept = {i for i, line in enumerate(squeezed_lines) if line in own}
        if len(kept) == len(own):
            continue  # the extractor kept it
        start = squeezed(anchor.text_content())[:ANCHOR_CHARS]
        at = next((i for i, line in enumerate(squeezed_lines) if line.startswith(start)), None)
        if at is None:
            continue
        at = min([at, *kept])
        out = [line for i, line in enumerate(out) if i not in kept]
        out[at:at] = own
    return out


def _next_paragraph(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The `<p>` that is the next sibling holding text, if the next one holding text is one, or
    that opens it when it is a container like `el` (a story split into `<section>`s: "<section>
    text</section><section><p>…</p></section>")."""
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str) or not sibling.text_content().strip():
            continue
        if sibling.tag == "p":
            return sibling
        if sibling.tag == el.tag and sibling.get("class") == el.get("class"):
            first = next(iter(sibling), None)
            return first if first is not None and first.tag == "p" else None
        return None
    return None


def _loose_paragraph(el: lxml.html.HtmlElement) -> bool:
    """`el` (a <div> before a <p>) is a paragraph by its shape and words."""
    if any(isinstance(d.tag, str) and d.tag in NOT_IN_A_PARAGRAPH for d in el.iterdescendants()):
        return False
    classes = set(CLASS_TOKEN.findall((el.get("class") or "").lower()))
    if classes & FURNITURE_CLASS_WORDS:
        return False
    text = el.text_content().strip()
    if len(text) < MIN_LOOSE_CHARS or not SENTENCE_END_RE.search(text):
        return False
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return linked <= MAX_LINK_SHARE * len(text)


def _lines(el: lxml.html.HtmlElement) -> list[str]:
    """`el`'s text, a line per `<br>`-separated run."""
    runs = [el.text or ""]
    for child in el:
        if child.tag == "br":
            runs.append(child.tail or "")
        else:
            runs[-1] += child.text_content() + (child.tail or "")
    return [line for run in runs if (line := squeezed(run))]


def squeezed(text: str) -> str:
    """The text with each run of blanks one space, none at its ends: how lines are compared."""
    return " ".join(text.split())
