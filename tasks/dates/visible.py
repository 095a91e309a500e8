"""Dates the reader sees: stamps in the body's first lines and in the page's own text.

Pure. Scans, each giving candidates of its own evidence kinds (`tasks.dates.evidence`): cued
stamps ("Updated: 3:45 PM ET", "Veröffentlicht am ...") in the body's first lines and around
the headline, elements classed as dates, the date lines right after (or before) the headline,
the page's closing stamp, and any date of the page as a last resort.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, tzinfo

from schemas.claims import Provenance
from tasks.dates import patterns as P
from tasks.dates.document import Doc, page_text, updated_class
from tasks.dates.evidence import Evidence
from tasks.dates.signals import Cand, Role, cand
from tasks.dates.text import ParsedDate, local_day, parse_date_text

E = Evidence


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
            if made := cand(role, weak if is_weak else strong, p, provenance, snippet):
                yield made
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
    page, h1 = page_text(doc)
    if not page:
        return
    yield from _headline_cue_candidates(page, h1, zone, dayfirst)
    yield from _date_class_candidates(doc)
    yield from _headline_line_candidates(page, h1, zone, dayfirst)
    # last resort: the same over the whole page, chrome included
    page, h1 = page_text(doc, strict=False)
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
            if made := cand("published", E.BODY_FIRST_LINE, p, "visible-text", first):
                yield made


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
    read = 0
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag in P.HIDDEN_TAGS or el.tag in ("time", "meta"):
            continue
        cls = doc.classes(el)
        if not cls:
            continue
        strong = P.PUBLISHED_CLASS_RE.search(cls) is not None
        upd = updated_class(cls)
        if not (strong or upd or (not seen_generic and P.DATE_CLASS_RE.search(cls))):
            continue
        read += 1
        if read > P.MAX_DATE_CLASS_ELEMENTS:
            break
        t = " ".join((doc.text(el) or "").split())
        if not t or len(t) > P.DATE_ELEMENT_CHARS:
            continue
        if len(t) > P.DATE_LINE_CHARS:
            strong = upd = False  # a date inside prose, not a date line
        if doc.excluded(el):
            continue
        p = parse_date_text(t, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
        if p is None or period_end(t, p.start):
            continue
        shown = t[p.start : p.end]
        if upd and not strong:
            if made := cand("updated", E.UPDATED_CLASS, p, "visible-text", shown):
                yield made
        elif strong:
            if made := cand("published", E.DATE_CLASS_NEAR, p, "visible-text", shown):
                by_class.append((made, doc.near_headline(el)))
        elif not seen_generic:
            seen_generic = True
            if made := cand("published", E.DATE_CLASS_GENERIC, p, "visible-text", shown):
                yield made
    # date classes far from the headline that disagree are a list of other stories' dates
    listing = len({local_day(c) for c, _ in by_class}) > 1
    for c, near in by_class:
        yield c if near or not listing else replace(c, evidence=E.DATE_CLASS_LISTING)


def _headline_line_candidates(page: str, h1: int, zone: tzinfo, dayfirst: bool) -> Iterator[Cand]:
    """The first date right after the headline (a line that is only a date first), else right
    before it; the first date at the top of a page without a headline."""
    if h1 < 0:
        p = _first_date(page[:3000], zone, dayfirst, True)
        shown = page[p.start : p.end] if p else ""
        if p and (made := cand("published", E.DATE_AT_TOP, p, "visible-text", shown)):
            yield made
        return
    after = page[h1 : h1 + 1200]
    for line in after.split("\n")[:10]:
        p = parse_date_text(line, zone=zone, dayfirst=dayfirst, short_year=True)
        if p and _only_a_date(line, p):
            shown = line[p.start : p.end]
            if made := cand("published", E.LINE_AFTER_HEADLINE, p, "visible-text", shown):
                yield made
            break
    p = _first_date(after, zone, dayfirst, True)
    if p:
        shown = after[p.start : p.end]
        if made := cand("published", E.DATE_AFTER_HEADLINE, p, "visible-text", shown):
            yield made
    before = page[max(0, h1 - 400) : h1]
    p = _first_date(before, zone, dayfirst, True)
    if p:
        shown = before[p.start : p.end]
        if made := cand("published", E.DATE_BEFORE_HEADLINE, p, "visible-text", shown):
            yield made


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
            if made := cand("published", E.PAGE_AFTER_HEADLINE, p, "visible-text", shown):
                yield made
    p = _first_date(page[:5000], zone, dayfirst)
    if p and (made := cand("published", E.PAGE_TOP, p, "visible-text", page[p.start : p.end])):
        yield made


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
