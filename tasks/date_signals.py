"""The date signals of one HTML page, each as a candidate with its evidence kind and provenance.

Pure. Signals: JSON-LD, <meta> and microdata, <time> elements near the headline (those of
related lists, comments and page chrome are left out), visible stamps ("Updated: 3:45 PM ET"),
the URL. How strongly each kind counts is `tasks.date_evidence`; `tasks.dates` resolves them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Literal

import lxml.html
from lxml import etree

from schemas.claims import Precision, Provenance
from tasks import date_patterns as P
from tasks.date_evidence import Evidence
from tasks.date_text import ParsedDate, local_date_of, parse_date_text, parse_machine, utc_day

E = Evidence
Role = Literal["published", "updated"]


@dataclass(frozen=True)
class Cand:
    """One date a page states (or a hint about it), as a candidate for one role."""

    role: Role
    evidence: Evidence
    value: datetime
    precision: Precision
    provenance: Provenance
    text: str
    offset: int | None = None
    order: int = 0  # its place within its evidence kind, lower first (see date_evidence)

    def local_date(self) -> date:
        if self.offset is None:
            return self.value.date()
        return (self.value + timedelta(minutes=self.offset)).date()


# ---------------------------------------------------------------------------------------------
# The document


def _attr(el: etree._Element, name: str) -> str:
    v = el.get(name)
    return v if isinstance(v, str) else ""


def _classes(el: etree._Element) -> str:
    return f"{_attr(el, 'class')} {_attr(el, 'id')}".strip()


def _bad_container(el: etree._Element) -> bool:
    for token in _classes(el).split():
        if P.NEUTRAL_TOKEN_RE.search(token):
            continue
        if P.EXCLUDED_TOKEN_RE.search(token):
            return True
    return False


def _tag(el: etree._Element) -> str:
    return el.tag if isinstance(el.tag, str) else ""


class Doc:
    def __init__(self, root: lxml.html.HtmlElement, zone: tzinfo) -> None:
        self.root = root
        self.zone = zone
        lang = _attr(root, "lang").lower()
        self.dayfirst = not (lang == "en" or lang.startswith("en-us"))
        self.h1: etree._Element | None = None
        for h in root.iter("h1"):
            if not any(_tag(a) in P.EXCLUDED_TAGS for a in h.iterancestors()):
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
            tag = _tag(el)
            if tag not in _SKIP:
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
                return in_footer and _tag(node) in ("body", "html")
            tag = _tag(node)
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


# ---------------------------------------------------------------------------------------------
# Signals


def cand(
    role: Role,
    evidence: Evidence,
    p: ParsedDate,
    provenance: Provenance,
    text: str,
    order: int = 0,
) -> Cand:
    shown = " ".join(text.split())[:200]
    return Cand(role, evidence, p.value, p.precision, provenance, shown, p.offset, order)


def _types(obj: dict[str, object]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.lower().rsplit("/", 1)[-1] for x in items if isinstance(x, str)}


def _fold_title(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def page_titles(root: lxml.html.HtmlElement) -> list[str]:
    """The page's own names for itself, folded: <title>, og:/twitter:title, the first h1."""
    found: list[str] = []
    title = root.find(".//title")
    if title is not None:
        found.append(title.text_content())
    for el in root.iter("meta"):
        key = (_attr(el, "property") or _attr(el, "name")).lower()
        if key in ("og:title", "twitter:title"):
            found.append(_attr(el, "content"))
    h1 = next(root.iter("h1"), None)
    if h1 is not None:
        found.append(h1.text_content())
    return [t for t in (_fold_title(x) for x in found) if t]


def names_the_page(obj: dict[str, object], titles: list[str]) -> bool:
    """True when a JSON-LD object's name or headline is the page's title (or part of it)."""
    for key in ("name", "headline"):
        v = obj.get(key)
        name = _fold_title(v) if isinstance(v, str) else ""
        for title in titles:
            short, long = sorted((name, title), key=len)
            if short.count(" ") >= 1 and f" {short} " in f" {long} ":
                return True
    return False


_JSONLD_KEYS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    ("published", P.JSONLD_PUBLISHED_KEYS),
    ("updated", P.JSONLD_MODIFIED_KEYS),
)


def jsonld_candidates(doc: Doc, objects: list[dict[str, object]]) -> Iterator[Cand]:
    """The dates of the page's JSON-LD `objects` (`ParsedPage.jsonld`)."""
    titles: list[str] | None = None
    for n, obj in enumerate(objects):
        types = _types(obj)
        if types & P.ARTICLE_TYPES:
            evidence = E.JSONLD_ARTICLE
        elif types & P.MEDIA_TYPES:
            titles = page_titles(doc.root) if titles is None else titles
            named = names_the_page(obj, titles)
            evidence = E.JSONLD_ARTICLE if named else E.JSONLD_EMBEDDED_MEDIA
        elif types & P.PAGE_TYPES:
            evidence = E.JSONLD_PAGE
        else:
            continue
        place = min(n, P.JSONLD_OBJECT_PLACES)
        for role, keys in _JSONLD_KEYS:
            for i, key in enumerate(keys):
                v = obj.get(key)
                if isinstance(v, list) and v:
                    v = v[0]
                if not isinstance(v, str):
                    continue
                p = parse_machine(v, doc.zone)
                if p:
                    yield cand(role, evidence, p, "json-ld", v, order=place + i)


def meta_candidates(doc: Doc) -> Iterator[Cand]:
    """<meta> dates by name (`date_patterns.META_*`, earlier names first)."""
    pub = {n: i for i, n in enumerate(P.META_PUBLISHED)}
    mod = {n: i for i, n in enumerate(P.META_MODIFIED)}
    for el in doc.root.iter("meta"):
        key = (
            (
                _attr(el, "property")
                or _attr(el, "name")
                or _attr(el, "itemprop")
                or _attr(el, "http-equiv")
            )
            .strip()
            .lower()
        )
        content = _attr(el, "content") or _attr(el, "datetime")
        if not key or not content:
            continue
        role: Role
        if key in mod:
            role, evidence, order = "updated", E.META_NAMED, mod[key]
        elif key in pub:
            generic = key in P.META_GENERIC_NAMES
            evidence = E.META_GENERIC if generic else E.META_NAMED
            role, order = "published", pub[key]
        elif P.META_PUBLISHED_FALLBACK_RE.search(key) and not P.UPDATED_CLASS_RE.search(key):
            role, evidence, order = "published", E.META_SOUNDS_PUBLISHED, 0
        else:
            continue
        p = parse_machine(content, doc.zone)
        if p:
            yield cand(role, evidence, p, "meta", content, order)


def microdata_candidates(doc: Doc) -> Iterator[Cand]:
    """itemprop dates on ordinary elements: their machine value, else their text."""
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        prop = _attr(el, "itemprop").lower()
        if prop not in ("datepublished", "datemodified", "datecreated", "uploaddate"):
            continue
        if doc.excluded(el):
            continue
        role: Role = "updated" if prop == "datemodified" else "published"
        prov: Provenance = "time-tag" if el.tag == "time" else "meta"
        raw = _attr(el, "datetime") or _attr(el, "content") or _attr(el, "title")
        p = parse_machine(raw, doc.zone) if raw else None
        if p:
            yield cand(role, E.MICRODATA, p, prov, raw)
            continue
        text = " ".join(el.text_content().split())[:200]
        p = parse_date_text(text, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
        if p:
            yield cand(role, E.MICRODATA_TEXT, p, "visible-text", text[p.start : p.end])


def _updated_class(classes: str) -> bool:
    """Classes saying "modified". The bare hAtom token "updated" next to a date/published
    token ("entry-date published updated") marks the one date of the post, not a change."""
    tokens = classes.split()
    hits = [t for t in tokens if P.UPDATED_CLASS_RE.search(t)]
    if not hits:
        return False
    hatom_only = all(t.lower() == "updated" for t in hits)
    dated = any(re.search(r"date|publi|time", t, re.I) for t in tokens if t.lower() != "updated")
    return not (hatom_only and dated)


def _context(el: etree._Element) -> tuple[str, str]:
    """(classes of the element and its parent, the text just before it). Kept apart so that
    a class word ("publish") is never looked for in a neighbour's prose ("public order")."""
    classes = [_classes(el), "pubdate" if el.get("pubdate") is not None else ""]
    before = ""
    parent = el.getparent()
    if parent is not None:
        classes.append(_classes(parent))
    prev = el.getprevious()
    if prev is not None:
        shown = " ".join(prev.text_content().split()) if isinstance(prev.tag, str) else ""
        before = f"{shown[-40:]} {(prev.tail or '').strip()[-40:]}"
    elif parent is not None:
        before = (parent.text or "").strip()[-40:]
    return " ".join(classes), before


def time_candidates(doc: Doc) -> Iterator[Cand]:
    """<time> (and dated <abbr>) elements. Those near the headline are the story's; further
    down they date teasers and comments unless their class or a cue says otherwise."""
    for el in doc.root.iter("time", "abbr"):
        if _attr(el, "itemprop"):
            continue  # microdata, handled with the meta tags
        titled_abbr = False
        if el.tag == "abbr" and not P.ABBR_DATE_CLASS_RE.search(_classes(el)):
            titled_abbr = True  # only its title can make it a date ("Freitag, 6. Oktober 2017")
        if doc.excluded(el):
            continue
        raw = _attr(el, "datetime") or _attr(el, "title") or _attr(el, "content")
        text = " ".join(el.text_content().split())[:200]
        p_attr = parse_machine(raw, doc.zone) if raw else None
        if titled_abbr:
            if p_attr is None or len(raw) > 80:
                continue
            text = ""
        p_text = (
            parse_date_text(text, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
            if text
            else None
        )
        p = p_attr
        shown = raw
        if p_text is not None and (
            p_attr is None or abs((local_date_of(p_text) - local_date_of(p_attr)).days) > 1
        ):
            p, shown = p_text, text  # what the reader sees wins over a stale attribute
        if p is None:
            continue
        classes, before = _context(el)
        near = doc.near_headline(el)
        labelled = E.TIME_LABELLED_NEAR if near else E.TIME_LABELLED_FAR
        role: Role
        if (
            _updated_class(classes)
            or P.UPDATED_CUE_RE.match(text)
            or P.UPDATED_CUE_END_RE.search(before)
        ):
            role, evidence = "updated", labelled
        elif P.PUBLISHED_CLASS_RE.search(classes) or P.PUBLISHED_CUE_RE.match(text):
            role, evidence = "published", labelled
        else:
            role = "published"
            evidence = E.TIME_NEAR if near and not titled_abbr else E.TIME_FAR
        yield cand(role, evidence, p, "time-tag", shown)


_BLOCK = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "section",
        "article",
        "header",
        "main",
        "table",
        "tr",
        "td",
        "th",
        "br",
        "figure",
        "figcaption",
        "blockquote",
        "address",
        "footer",
        "aside",
        "nav",
        "form",
        "hr",
        "pre",
    ]
)
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "select",
        "option",
        "button",
        "head",
        "title",
        "textarea",
    }
)


def _page_text(doc: Doc, strict: bool = True) -> tuple[str, int]:
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
        tag = _tag(el)
        if not tag or tag in _SKIP or tag == "nav" or tag in P.CODE_TAGS:
            return
        if strict and id(el) not in doc.keep and tag not in ("body", "html"):
            if doc.bad(el):
                return
            if tag in ("footer", "aside") and not any(
                _tag(a) == "article" for a in el.iterancestors()
            ):
                return
        if h1_pos < 0 and el is doc.h1:
            h1_pos = size
        block = tag in _BLOCK
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


def _other_cue(other: re.Pattern[str], between: str) -> bool:
    """True when a cue of the other kind stands between a cue and its date. A bare label
    ("Updated: $Date: 2016/11/18 $", "Aktualisiert – Datum: ...") names no kind."""
    return any(
        " ".join(m.group(0).split()).lower().rstrip(" :-–—|") not in P.GENERIC_DATE_LABELS
        for m in other.finditer(between)
    )


def _cue_candidates(
    text: str,
    zone: tzinfo,
    dayfirst: bool,
    evidence: tuple[Evidence, Evidence],
    provenance: Provenance,
) -> Iterator[Cand]:
    """Dates right after an "Updated ..." / "Published ..." cue: `evidence` is (a cue's, a weak
    cue's) kind; a weak cue is a bare label ("Date:", "Stand:") or "Update ..."."""
    strong, weak = evidence
    cues: tuple[tuple[re.Pattern[str], re.Pattern[str], Role], ...] = (
        (P.UPDATED_CUE_RE, P.PUBLISHED_CUE_RE, "updated"),
        (P.PUBLISHED_CUE_RE, P.UPDATED_CUE_RE, "published"),
    )
    for rx, other, role in cues:
        count = 0
        for m in rx.finditer(text):
            window = text[m.end() : m.end() + 100]
            p = parse_date_text(window, zone=zone, dayfirst=dayfirst, short_year=True)
            if p is None or p.start > 30 or _other_cue(other, window[: p.start]):
                continue
            cue = " ".join(m.group(0).split()).lower()
            is_weak = cue.startswith(P.WEAK_CUE_PREFIXES)
            snippet = m.group(0) + window[: p.end]
            yield cand(role, weak if is_weak else strong, p, provenance, snippet)
            count += 1
            if count >= P.CUES_PER_KIND:
                break


def visible_candidates(doc: Doc | None, text: str | None) -> Iterator[Cand]:
    """Dates the reader sees: in the extracted body's first lines, then scans of the page's
    own text (by the headline, in date-classed elements, at its end, anywhere)."""
    zone = doc.zone if doc else UTC
    dayfirst = doc.dayfirst if doc else True
    if text:
        yield from _body_head_candidates(text, zone, dayfirst)
    if doc is None:
        return
    page, h1 = _page_text(doc)
    if not page:
        return
    yield from _headline_cue_candidates(page, h1, zone, dayfirst)
    yield from _date_class_candidates(doc)
    yield from _headline_line_candidates(page, h1, zone, dayfirst)
    # last resort: the same over the whole page, chrome included
    page, h1 = _page_text(doc, strict=False)
    yield from _closing_stamp_candidates(page, h1, zone, dayfirst)
    yield from _page_wide_candidates(page, h1, zone, dayfirst)


def _body_head_candidates(text: str, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """Cued stamps in the body's first lines, and a date that opens its first line."""
    head_lines = [ln for ln in text.strip().splitlines()[:8] if ln.strip()][:6]
    head = "\n".join(head_lines)[:1500]
    yield from _cue_candidates(head, zone, dayfirst, (E.BODY_CUE, E.BODY_WEAK_CUE), "visible-text")
    if head_lines and len(head_lines[0]) <= 160:
        p = parse_date_text(head_lines[0], zone=zone, dayfirst=dayfirst)
        if p:
            first = head_lines[0][p.start : p.end]
            yield cand("published", E.BODY_FIRST_LINE, p, "visible-text", first)


def _headline_cue_candidates(page: str, h1: int, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """Cued stamps in the page text around the headline (all of its top without one)."""
    region = page[max(0, h1 - 1500) : h1 + 5000] if h1 >= 0 else page[:6000]
    yield from _cue_candidates(
        region, zone, dayfirst, (E.HEADLINE_CUE, E.HEADLINE_WEAK_CUE), "visible-text"
    )


def _date_class_candidates(doc: Doc) -> Iterator[Cand]:
    """Elements whose class says they hold the date ("entry-date", "post-date", "meta")."""
    seen_generic = False
    by_class: list[tuple[Cand, bool]] = []
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP or el.tag in ("time", "meta"):
            continue
        cls = _classes(el)
        if not cls:
            continue
        strong = P.PUBLISHED_CLASS_RE.search(cls) is not None
        upd = _updated_class(cls)
        if not (strong or upd or (not seen_generic and P.DATE_CLASS_RE.search(cls))):
            continue
        t = " ".join(el.text_content().split())
        if not t or len(t) > 400:
            continue
        if len(t) > 120:
            strong = upd = False  # a date inside prose, not a date line
        if doc.excluded(el):
            continue
        p = parse_date_text(t, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
        if p is None or period_end(t, p.start):
            continue
        shown = t[p.start : p.end]
        if upd and not strong:
            yield cand("updated", E.UPDATED_CLASS, p, "visible-text", shown)
        elif strong:
            c = cand("published", E.DATE_CLASS_NEAR, p, "visible-text", shown)
            by_class.append((c, doc.near_headline(el)))
        elif not seen_generic:
            seen_generic = True
            yield cand("published", E.DATE_CLASS_GENERIC, p, "visible-text", shown)
    # date classes far from the headline that disagree are a list of other stories' dates
    listing = len({c.local_date() for c, _ in by_class}) > 1
    for c, near in by_class:
        yield c if near or not listing else replace(c, evidence=E.DATE_CLASS_LISTING)


def _headline_line_candidates(page: str, h1: int, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """The first date right after the headline (a line that is only a date first), else right
    before it; the first date at the top of a page without a headline."""
    if h1 < 0:
        p = _first_date(page[:3000], zone, dayfirst, True)
        if p:
            yield cand("published", E.DATE_AT_TOP, p, "visible-text", page[p.start : p.end])
        return
    after = page[h1 : h1 + 1200]
    for line in after.split("\n")[:10]:
        p = parse_date_text(line, zone=zone, dayfirst=dayfirst, short_year=True)
        if p and _only_a_date(line, p):
            shown = line[p.start : p.end]
            yield cand("published", E.LINE_AFTER_HEADLINE, p, "visible-text", shown)
            break
    p = _first_date(after, zone, dayfirst, True)
    if p:
        shown = after[p.start : p.end]
        yield cand("published", E.DATE_AFTER_HEADLINE, p, "visible-text", shown)
    before = page[max(0, h1 - 400) : h1]
    p = _first_date(before, zone, dayfirst, True)
    if p:
        shown = before[p.start : p.end]
        yield cand("published", E.DATE_BEFORE_HEADLINE, p, "visible-text", shown)


def _closing_stamp_candidates(page: str, h1: int, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """The page's closing stamp ("Updated: $Date: 2016/11/18 $", "[Stand: 09.10.2017]"): the
    last lines of the page say when this page (not the site) was last changed."""
    tail = page[max(0, len(page) - P.PAGE_TAIL_CHARS, h1 + 5000 if h1 >= 0 else 6000) :]
    closing = (E.CLOSING_CUE, E.CLOSING_WEAK_CUE)
    for c in _cue_candidates(tail, zone, dayfirst, closing, "visible-text"):
        if c.role == "updated":
            yield c


def _page_wide_candidates(page: str, h1: int, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """Any date after the headline, then any date at the top: the page's last resort."""
    if h1 >= 0:
        after = page[h1 : h1 + 30000]
        p = _first_date(after, zone, dayfirst)
        if p:
            shown = after[p.start : p.end]
            yield cand("published", E.PAGE_AFTER_HEADLINE, p, "visible-text", shown)
    p = _first_date(page[:5000], zone, dayfirst)
    if p:
        yield cand("published", E.PAGE_TOP, p, "visible-text", page[p.start : p.end])


def period_end(text: str, start: int) -> bool:
    """True when the date starting at `start` closes a period ("vom 24. April bis ...")."""
    return P.PERIOD_END_RE.search(text[max(0, start - 40) : start]) is not None


def _first_date(
    text: str, zone: tzinfo, dayfirst: bool, short_year: bool = False
) -> ParsedDate | None:
    """The first date of `text` that is not a member's registration, a birth date or the end
    of a period."""
    pos = 0
    for _ in range(6):
        p = parse_date_text(text[pos:], zone=zone, dayfirst=dayfirst, short_year=short_year)
        if p is None:
            return None
        at = pos + p.start
        if not (
            P.NOT_PUBLICATION_CUE_RE.search(text[max(0, at - 40) : at]) or period_end(text, at)
        ):
            return replace(p, start=p.start + pos, end=p.end + pos)
        pos += p.end
    return None


def _only_a_date(line: str, p: ParsedDate) -> bool:
    """A line that states a date and little else ("January 18, 2020", "27 juin 2019 | Par X"),
    as opposed to a date inside a caption or a sentence."""
    rest = line[: p.start] + " " + line[p.end :]
    rest = P.CUE_WORDS_RE.sub(" ", rest)
    rest = re.sub(rf"\b(?:{P.WEEKDAYS})\b\.?", " ", rest, flags=re.IGNORECASE)
    return len(re.findall(r"[^\W\d_]+", rest)) <= 4 and len(line) <= 100


def _url_day(
    url: str, patterns: tuple[re.Pattern[str], ...], keep_query: bool
) -> tuple[datetime, str] | None:
    """The day a URL's path (and, when `keep_query`, its query) states, with the matched text."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url.strip()[:2000], flags=re.I)
    path = path.split("#", 1)[0]
    if not keep_query:
        path = path.split("?", 1)[0]
    for rx in patterns:
        m = rx.search(path)
        if m:
            v = utc_day(int(m["y"]), int(m["m"]), int(m["d"]))
            if v:
                return v, m.group(0).strip("/_-.")
            return None
    return None


def url_candidates(url: str | None) -> Iterator[Cand]:
    """The day in a URL path (/2020/07/02/): the day the story was first filed."""
    found = _url_day(url, P.URL_DATE_RES, keep_query=True) if url else None
    if found:
        yield Cand("published", E.URL, found[0], "day", "url", found[1])


def image_candidates(doc: Doc) -> Iterator[Cand]:
    """The upload day in the page's main image URL: weaker than anything the page states."""
    for el in doc.root.iter("meta"):
        key = (_attr(el, "property") or _attr(el, "name") or _attr(el, "itemprop")).lower()
        if key in P.IMAGE_META_KEYS:
            found = _url_day(_attr(el, "content"), P.IMAGE_DATE_RES, keep_query=False)
            if found:
                yield Cand("published", E.IMAGE_URL, found[0], "day", "url", found[1])
            return


def script_candidates(html: str, zone: tzinfo) -> Iterator[Cand]:
    """A date the page writes with a one-line script (<script>showDate("2020/04/17 01:43")):
    what the reader sees, though the HTML holds it only as the script's argument."""
    m = P.SCRIPT_DATE_RE.search(html[:400_000])
    if m:
        p = parse_machine(m["value"], zone)
        if p:
            yield cand("published", E.SCRIPT, p, "visible-text", m["value"])


def rdf_candidates(html: str, zone: tzinfo) -> Iterator[Cand]:
    """dc:date of a trackback RDF block (kept in an HTML comment by old blog engines)."""
    m = P.RDF_DATE_RE.search(html[:300_000])
    if m:
        p = parse_machine(m["value"], zone)
        if p:
            yield cand("published", E.RDF_DC_DATE, p, "meta", m["value"])
