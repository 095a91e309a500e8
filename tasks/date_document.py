"""The page as the date signals see it: its headline, its chrome, its visible text.

Pure. `Doc` measures the parsed tree once (where the headline is, how much text each element
holds and how far it sits from the headline) so that the signals can tell the story's own
dates from those of related lists, comments and page chrome; `page_text` is the text a reader
sees, blocks on lines.
"""

from __future__ import annotations

import re
from datetime import tzinfo

import lxml.html
from lxml import etree

from tasks import date_patterns as P


def attr(el: etree._Element, name: str) -> str:
    v = el.get(name)
    return v if isinstance(v, str) else ""


def class_names(el: etree._Element) -> str:
    return f"{attr(el, 'class')} {attr(el, 'id')}".strip()


def _bad_container(el: etree._Element) -> bool:
    for token in class_names(el).split():
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
        self.h1: etree._Element | None = None
        for h in root.iter("h1"):
            if not any(tag_of(a) in P.EXCLUDED_TAGS for a in h.iterancestors()):
                self.h1 = h
                break
        self._keep_alive = [self.h1, *self.h1.iterancestors()] if self.h1 is not None else []
        self.keep = {id(e) for e in self._keep_alive}
        self._bad: dict[int, bool] = {}
        self._pos: dict[etree._Element, int] = {}
        self._text_len: dict[etree._Element, int] = {}
        self._measure(root)
        body = root.find("body")
        self.body_len = self._text_len.get(body, 0) if body is not None else 0
        self.h1_pos = self._pos.get(self.h1, -1) if self.h1 is not None else -1

    def _measure(self, root: etree._Element) -> None:
        """One walk for two measures of every element.

        `_pos`: characters of visible text before it (its own tail counted with it), to tell
        how far an element is from the headline. `_text_len`: the length of the text inside
        it, scripts and styles left out, to tell a chrome container from a layout wrapper.
        """
        chars = 0  # visible text so far
        shown = 0  # text so far, but for script and style contents
        opened: dict[etree._Element, int] = {}
        for event, el in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
            tail = len((el.tail or "").strip())
            if event == "end":
                self._text_len[el] = shown - opened.pop(el)
                shown += tail
                continue
            self._pos[el] = chars
            text = len((el.text or "").strip())
            tag = tag_of(el)
            if tag not in P.HIDDEN_TAGS:
                chars += text
            chars += tail
            if event == "start":
                opened[el] = shown
                if tag not in ("script", "style"):
                    shown += text
            else:  # a comment: its words are not text, what follows it is
                shown += tail

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
            cached = _bad_container(el) and self._text_len.get(el, 0) < 0.5 * self.body_len
            self._bad[key] = cached
            self._keep_alive.append(el)
        return cached

    def excluded(self, el: etree._Element) -> bool:
        """True when `el` sits in a related list, comments, aside, nav or a page footer."""
        node: etree._Element | None = el
        doc_bad = self.bad
        in_footer = False
        depth = 0
        while node is not None and depth < 60:
            if id(node) in self.keep:
                return in_footer and tag_of(node) in ("body", "html")
            tag = tag_of(node)
            if tag == "nav":
                return True
            if tag in ("footer", "aside"):
                in_footer = True
            if tag == "article":
                return doc_bad(node)
            if tag in ("body", "html"):
                return in_footer
            if doc_bad(node):
                return True
            node = node.getparent()
            depth += 1
        return in_footer


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

    def visit(el: etree._Element, depth: int) -> None:
        nonlocal h1_pos
        if size > 400_000 or depth > 150:
            return
        tag = tag_of(el)
        if not tag or tag in P.HIDDEN_TAGS or tag == "nav" or tag in P.CODE_TAGS:
            return
        if strict and id(el) not in doc.keep and tag not in ("body", "html"):
            if doc.bad(el):
                return
            if tag in ("footer", "aside") and not any(
                tag_of(a) == "article" for a in el.iterancestors()
            ):
                return
        if h1_pos < 0 and el is doc.h1:
            h1_pos = size
        block = tag in P.BLOCK_TAGS
        if block:
            add("\n")
        if el.text:
            add(el.text)
        for child in el:
            visit(child, depth + 1)
            if child.tail:
                add(child.tail)
        if block:
            add("\n")

    visit(start, 0)
    raw = "".join(parts)
    if h1_pos < 0:
        return _squash(raw), -1
    head = _squash(raw[:h1_pos])
    return _squash(raw), (len(head) + 1 if head else 0)


def _squash(s: str) -> str:
    lines = (" ".join(line.split()) for line in s.split("\n"))
    return "\n".join(line for line in lines if line)
