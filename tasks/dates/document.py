"""The page as the date signals see it: its headline, its chrome, its visible text.

Pure. `Doc` measures the parsed tree once (where the headline is, how much text each element
holds and how far it sits from the headline) so that the signals can tell the story's own
dates from those of related lists, comments and page chrome; `page_text` is the text a reader
sees, blocks on lines.

Bounded work: the tree is walked once for every measure, an element's text is read only when
it is short enough to be a date line (`Doc.text`), and a class list only to its first
`MAX_CLASS_CHARS`, so wrappers nested 255 deep around a megabyte cost no more than the
megabyte.
"""

from __future__ import annotations

import re
from datetime import tzinfo

import lxml.html
from lxml import etree

from tasks.dates import patterns as P


def attr(el: etree._Element, name: str) -> str:
    v = el.get(name)
    return v if isinstance(v, str) else ""


def _bad_container(classes: str) -> bool:
    for token in classes.split():
        if P.NEUTRAL_TOKEN_RE.search(token):
            continue
        if P.EXCLUDED_TOKEN_RE.search(token):
            return True
    return False


def tag_of(el: etree._Element) -> str:
    return el.tag if isinstance(el.tag, str) else ""


class Doc:
    """A parsed page measured for the date signals (the tree is read, never modified)."""

    def __init__(self, root: lxml.html.HtmlElement, zone: tzinfo) -> None:
        self.root = root
        self.zone = zone
        lang = attr(root, "lang").lower()
        self.dayfirst = not (lang == "en" or lang.startswith("en-us"))
        self.h1: etree._Element | None = None  # the first <h1> outside <aside> and <nav>
        self._bad: dict[int, bool] = {}
        self._pos: dict[etree._Element, int] = {}
        self._text_len: dict[etree._Element, int] = {}
        self._raw_len: dict[etree._Element, int] = {}
        self._classes: dict[etree._Element, str] = {}
        self._excluded: dict[tuple[etree._Element, bool], bool] = {}
        self._measure(root)
        self._keep_alive: list[etree._Element] = (
            [self.h1, *self.h1.iterancestors()] if self.h1 is not None else []
        )
        self.keep = {id(e) for e in self._keep_alive}
        body = root.find("body")
        self.body_len = self._text_len.get(body, 0) if body is not None else 0
        self.h1_pos = self._pos.get(self.h1, -1) if self.h1 is not None else -1

    def _measure(self, root: etree._Element) -> None:
        """One walk for every measure of every element, and the headline.

        `_pos`: characters of visible text before it (its own tail counted with it), to tell
        how far an element is from the headline. `_text_len`: the length of the text inside
        it, scripts and styles left out, to tell a chrome container from a layout wrapper.
        `_raw_len`: the length of its `text_content()`, to know the cost of reading it.
        `h1`: the first <h1> with no <aside> or <nav> around it.
        """
        chars = 0  # visible text so far
        shown = 0  # text so far, but for script and style contents
        raw = 0  # every character of text so far
        opened: dict[etree._Element, tuple[int, int]] = {}
        asides = 0  # <aside> and <nav> elements open around the walk
        excluded, hidden = P.EXCLUDED_TAGS, P.HIDDEN_TAGS
        for event, el in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
            tail_text = el.tail or ""
            tail = len(tail_text.strip())
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "end":
                shown_then, raw_then = opened.pop(el)
                self._text_len[el] = shown - shown_then
                self._raw_len[el] = raw - raw_then
                shown += tail
                raw += len(tail_text)
                if tag in excluded:
                    asides -= 1
                continue
            self._pos[el] = chars
            own_text = el.text or ""
            text = len(own_text.strip())
            if tag not in hidden:
                chars += text
            chars += tail
            if event == "start":
                opened[el] = (shown, raw)
                if tag not in ("script", "style"):
                    shown += text
                raw += len(own_text)
                if tag in excluded:
                    asides += 1
                elif tag == "h1" and not asides and self.h1 is None:
                    self.h1 = el
            else:  # a comment: its words are not text, what follows it is
                shown += tail
                raw += len(tail_text)

    def classes(self, el: etree._Element) -> str:
        """The element's class and id words, each attribute read to `MAX_CLASS_CHARS` and once
        (every <time> reads its parent's)."""
        found = self._classes.get(el)
        if found is None:
            limit = P.MAX_CLASS_CHARS
            found = f"{attr(el, 'class')[:limit]} {attr(el, 'id')[:limit]}".strip()
            self._classes[el] = found
        return found

    def text(self, el: etree._Element) -> str | None:
        """`el.text_content()`, or None when it runs over `MAX_ELEMENT_TEXT_CHARS`: a date line,
        a <time>, a label holds a few hundred characters; what holds more is a container, and
        reading it for every wrapper around it would cost its length again and again."""
        size = self._raw_len.get(el)
        if size is None or size > P.MAX_ELEMENT_TEXT_CHARS:
            return None
        return str(el.text_content())

    def near_headline(self, el: etree._Element) -> bool:
        """Within a few lines of text of the headline (a byline, a date line), not further
        down where teasers of other stories and comments carry their own dates. True when the
        page has no headline to measure from."""
        if self.h1_pos < 0:
            return True
        return abs(self._pos.get(el, -(10**9)) - self.h1_pos) <= P.NEAR_HEADLINE_CHARS

    def bad(self, el: etree._Element) -> bool:
        """A chrome container (related, comments, sidebar...), unless it holds most of the
        page: then the class is a layout name ("mainwrap sidebar") and the story is inside."""
        key = id(el)
        cached = self._bad.get(key)
        if cached is None:
            chrome = _bad_container(self.classes(el))
            cached = chrome and self._text_len.get(el, 0) < 0.5 * self.body_len
            self._bad[key] = cached
            self._keep_alive.append(el)
        return cached

    def excluded(self, el: etree._Element) -> bool:
        """True when `el` sits in a related list, comments, aside, nav or a page footer.

        The nearest deciding ancestor decides (the headline's own ancestors, a <nav>, an
        <article>, <body>, a chrome container); a <footer> or <aside> on the way makes <body>
        decide "excluded". Every element walked is remembered with the verdict, so elements
        nested in one another cost one walk between them, not one each."""
        walked: list[tuple[etree._Element, bool]] = []
        node, in_footer = el, False
        while True:
            known = self._excluded.get((node, in_footer))
            if known is not None:
                verdict = known
                break
            walked.append((node, in_footer))
            tag = tag_of(node)
            if id(node) in self.keep:
                verdict = in_footer and tag in ("body", "html")
                break
            if tag == "nav":
                verdict = True
                break
            in_footer = in_footer or tag in ("footer", "aside")
            if tag == "article":
                verdict = self.bad(node)
                break
            if tag in ("body", "html"):
                verdict = in_footer
                break
            if self.bad(node):
                verdict = True
                break
            parent = node.getparent()
            if parent is None:
                verdict = in_footer
                break
            node = parent
        for key in walked:
            self._excluded[key] = verdict
        return verdict


def updated_class(classes: str) -> bool:
    """Classes saying "modified". The bare hAtom token "updated" next to a date/published
    token ("entry-date published updated") marks the one date of the post, not a change."""
    tokens = classes.split()
    hits = [t for t in tokens if P.UPDATED_CLASS_RE.search(t)]
    if not hits:
        return False
    hatom_only = all(t.lower() == "updated" for t in hits)
    dated = any(re.search(r"date|publi|time", t, re.I) for t in tokens if t.lower() != "updated")
    return not (hatom_only and dated)


def page_text(doc: Doc, strict: bool = True) -> tuple[str, int]:
    """Visible text of the page, blocks on lines; and where the h1 starts.

    `strict` also drops related lists, comments, page footers and other chrome.
    """
    parts: list[str] = []
    size = 0
    h1_pos = -1
    body = doc.root.find("body")
    start = body if body is not None else doc.root

    def add(piece: str) -> None:
        nonlocal size
        if parts and parts[-1][-1:].isdigit() and piece[:1].isdigit():
            parts.append(" ")  # <span>28.09.19</span><span>12:44</span> are two numbers
        parts.append(piece)
        size += len(piece)

    def visit(el: etree._Element, depth: int, in_article: bool) -> None:
        nonlocal h1_pos
        if size > P.PAGE_TEXT_CHARS or depth > P.PAGE_TEXT_DEPTH:
            return
        tag = tag_of(el)
        if not tag or tag in P.HIDDEN_TAGS or tag == "nav" or tag in P.CODE_TAGS:
            return
        if strict and id(el) not in doc.keep and tag not in ("body", "html"):
            if doc.bad(el):
                return
            if tag in ("footer", "aside") and not in_article:
                return
        if h1_pos < 0 and el is doc.h1:
            h1_pos = size
        block = tag in P.BLOCK_TAGS
        if block:
            add("\n")
        if el.text:
            add(el.text)
        for child in el:
            visit(child, depth + 1, in_article or tag == "article")
            if child.tail:
                add(child.tail)
        if block:
            add("\n")

    visit(start, 0, False)
    raw = "".join(parts)
    if h1_pos < 0:
        return _squash(raw), -1
    head = _squash(raw[:h1_pos])
    return _squash(raw), (len(head) + 1 if head else 0)


def _squash(s: str) -> str:
    lines = (" ".join(line.split()) for line in s.split("\n"))
    return "\n".join(line for line in lines if line)
