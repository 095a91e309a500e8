"""Published and "last updated" moments of a page, from every signal it carries.

Pure: no network, no disk, no clock. `fetched_at` bounds what is plausible. Every moment is
normalized to UTC; a stated day without a time stays that calendar day at 00:00 UTC with
precision 'day'; the wall-clock offset the page used is kept in `utc_offset_minutes`.

Signals, strongest first: JSON-LD, <meta> (and microdata), <time> near the headline, visible
stamps ("Updated: 3:45 PM ET, Thu July 2, 2020"), the URL (/2020/07/02/), the feed entry, the
HTTP Last-Modified header. A header never makes an `updated` claim: "last updated" is reported
only when the page itself states one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from schemas.claims import DateClaim, DateFindings, Precision, Provenance
from tasks import date_patterns as P

__all__ = ["ParsedDate", "find_dates", "local_day", "parse_date_text", "strip_leading_metadata"]

_URL_RANK = 142
_EPOCH_MIN = datetime(P.MIN_YEAR, 1, 1, tzinfo=UTC)
_Kind = str  # "published" | "updated"


@dataclass(frozen=True)
class ParsedDate:
    """A date found in a string: UTC value, precision, matched span, stated UTC offset."""

    value: datetime
    precision: Precision
    start: int
    end: int
    offset: int | None = None  # minutes east of UTC of the wall clock; None for a bare day


@dataclass(frozen=True)
class _Cand:
    kind: _Kind
    value: datetime
    precision: Precision
    provenance: Provenance
    text: str
    rank: int  # lower is stronger, across all signals
    offset: int | None = None

    def local_date(self) -> date:
        if self.offset is None:
            return self.value.date()
        return (self.value + timedelta(minutes=self.offset)).date()


# ---------------------------------------------------------------------------------------------
# Time zones


@lru_cache(maxsize=64)
def _zone(name: str | None) -> tzinfo:
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except Exception:
        return UTC


def _abbrev_zone(abbrev: str) -> tzinfo | None:
    spec = P.TZ_ABBREVIATIONS.get(abbrev.upper())
    if spec is None:
        return None
    if isinstance(spec, str):
        return _zone(spec)
    return timezone(timedelta(minutes=spec))


def _offset_zone(text: str) -> tzinfo | None:
    m = re.search(r"([+-])(\d\d?):?(\d\d)?", text)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    sign = -1 if m.group(1) == "-" else 1
    return timezone(timedelta(minutes=sign * minutes))


def _local(
    y: int, mo: int, d: int, h: int, mi: int, s: int, zone: tzinfo
) -> tuple[datetime, int] | None:
    """Wall-clock time in `zone` → (UTC value, offset minutes)."""
    try:
        local = datetime(y, mo, d, h, mi, s, tzinfo=zone)
        off = local.utcoffset()
        return local.astimezone(UTC), int(off.total_seconds() // 60) if off is not None else 0
    except (ValueError, OverflowError):
        return None


def _day(y: int, m: int, d: int) -> datetime | None:
    try:
        return datetime(y, m, d, tzinfo=UTC)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Parsing one string

_SEP_AFTER = re.compile(r"[\s,|·•/\-–—]*(?:(?:at|um|à|a\s+las|às|alle|om|-)\s+)?", re.I)
_SEP_BEFORE = re.compile(
    rf"[\s,|·•/\-–—]*(?:(?:on|am|le|el)\s*)?(?:(?:{P.WEEKDAYS})\.?,?\s*)?", re.I
)


@dataclass(frozen=True)
class _Time:
    hour: int
    minute: int
    second: int | None
    zone: tzinfo | None
    start: int
    end: int


def _time_from(m: re.Match[str], base: int) -> _Time | None:
    if not m.group(0).strip():
        return None
    if m.group("M") is None and not m.group("ampm"):
        return None
    h = int(m.group("H"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= h <= 12:
            return None
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
    elif h > 23:
        return None
    zone: tzinfo | None = None
    if m.group("tz"):
        zone = _abbrev_zone(m.group("tz"))
    elif m.group("off"):
        zone = _offset_zone(m.group("off"))
    sec = int(m.group("S")) if m.group("S") else None
    return _Time(h, int(m.group("M") or 0), sec, zone, m.start() + base, m.end() + base)


def _find_time(text: str, start: int, end: int) -> _Time | None:
    """A clock time right after (or right before) the date span."""
    after = text[end : end + 40]
    sep = _SEP_AFTER.match(after)
    t = P.TIME_RE.match(after, sep.end() if sep else 0)
    if t:
        found = _time_from(t, end)
        if found:
            return found
    lo = max(0, start - 40)
    before = text[lo:start]
    for t in P.TIME_RE.finditer(before):
        if _SEP_BEFORE.fullmatch(before[t.end() :]):
            found = _time_from(t, lo)
            if found:
                return found
    return None


def _dated(
    text: str, day: tuple[int, int, int], start: int, end: int, zone: tzinfo
) -> ParsedDate | None:
    if _day(*day) is None:
        return None
    t = _find_time(text, start, end)
    if t is None:
        v = _day(*day)
        return ParsedDate(v, "day", start, end) if v else None
    local = _local(*day, t.hour, t.minute, t.second or 0, t.zone or zone)
    if local is None:
        return None
    prec: Precision = "second" if t.second is not None else "minute"
    return ParsedDate(local[0], prec, min(start, t.start), max(end, t.end), local[1])


def _month(name: str) -> int | None:
    return P.MONTHS.get(name.lower().rstrip("."))


def _iso(text: str, m: re.Match[str], zone: tzinfo) -> ParsedDate | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if m["H"] is None:
        return _dated(text, (y, mo, d), m.start(), m.end(), zone)
    h, mi, s = int(m["H"]), int(m["M"]), int(m["S"] or 0)
    prec: Precision = "second" if m["S"] else "minute"
    tzs = m["tz"]
    end = m.end()
    z: tzinfo | None
    if tzs:
        z = UTC if tzs == "Z" else _offset_zone(tzs)
    elif (h, mi, s) == (0, 0, 0):
        # a zone-less midnight is a day written as a timestamp: keep the day
        v = _day(y, mo, d)
        return ParsedDate(v, "day", m.start(), end) if v else None
    else:
        tail = re.match(rf"\s*\(?((?-i:{P.TZ_ALT}))\b", text[end:])
        z = _abbrev_zone(tail.group(1)) if tail else None
        if tail and z is not None:
            end += tail.end()
        z = z or zone
    local = _local(y, mo, d, h, mi, s, z or UTC)
    if local is None:
        return None
    return ParsedDate(local[0], prec, m.start(), end, local[1])


def parse_date_text(
    text: str, *, zone: tzinfo = UTC, dayfirst: bool = True, short_year: bool = False
) -> ParsedDate | None:
    """The first date in `text` (ISO 8601, textual en/de/fr/es/pt/it/nl, numeric, CJK).

    A clock time next to the date is applied (zone abbreviations and offsets honoured, else
    `zone`); a date without a time is that calendar day at 00:00 UTC with precision 'day'.
    """
    if not text:
        return None
    text = text[:40000]
    found: list[ParsedDate] = []
    m = P.ISO_RE.search(text)
    if m:
        p = _iso(text, m, zone)
        if p:
            found.append(p)
    for rx in (P.MDY_TEXT_RE, P.DMY_TEXT_RE):
        for m in rx.finditer(text):
            mo = _month(m["mon"])
            p = (
                _dated(text, (int(m["y"]), mo, int(m["d"])), m.start(), m.end(), zone)
                if mo
                else None
            )
            if p:
                found.append(p)
                break
    for rx in (P.YMD_RE, P.CJK_RE):
        for m in rx.finditer(text):
            p = _dated(text, (int(m["y"]), int(m["m"]), int(m["d"])), m.start(), m.end(), zone)
            if p:
                found.append(p)
                break
    for m in P.DMY_NUM_RE.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == "/" and not dayfirst:
            a, b = b, a
        if b > 12 and a <= 12:
            a, b = b, a
        p = _dated(text, (y, b, a), m.start(), m.end(), zone)
        if p:
            found.append(p)
            break
    if short_year:
        for m in P.DMY_SHORT_RE.finditer(text):
            yy = int(m["y"])
            y = 2000 + yy if yy < 70 else 1900 + yy
            p = _dated(text, (y, int(m["b"]), int(m["a"])), m.start(), m.end(), zone)
            if p:
                found.append(p)
                break
    if not found:
        return None
    return min(found, key=lambda p: (p.start, -p.end))


def _parse_machine(value: str, zone: tzinfo) -> ParsedDate | None:
    """A machine-readable attribute value (ISO 8601, RFC 2822, epoch seconds, or text)."""
    value = value.strip()[:300]
    if not value:
        return None
    if re.fullmatch(r"1\d{9}(?:\d{3})?", value):
        v = datetime.fromtimestamp(int(value[:10]), UTC)
        return ParsedDate(v, "second", 0, len(value), None)
    if re.match(r"(?:[A-Za-z]{3},\s*)?\d\d?\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d", value):
        try:
            v = parsedate_to_datetime(value)
            if v.tzinfo is None:
                v = v.replace(tzinfo=zone)
            off = v.utcoffset()
            return ParsedDate(
                v.astimezone(UTC),
                "second",
                0,
                len(value),
                int(off.total_seconds() // 60) if off is not None else None,
            )
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return parse_date_text(value, zone=zone, dayfirst=True)


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


def _text_len(el: etree._Element) -> int:
    """Length of the text under `el`, scripts and styles left out."""
    texts = el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return sum(len(t.strip()) for t in texts) if isinstance(texts, list) else 0


class _Doc:
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
        body = root.find("body")
        self.body_len = _text_len(body) if body is not None else 0
        self._bad: dict[int, bool] = {}

    def bad(self, el: etree._Element) -> bool:
        """A chrome container (related, comments, sidebar...), unless it holds most of the
        page: then the class is a layout name ("mainwrap sidebar") and the story is inside."""
        key = id(el)
        cached = self._bad.get(key)
        if cached is None:
            cached = _bad_container(el) and _text_len(el) < 0.5 * self.body_len
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


def _parse_html(html: str) -> lxml.html.HtmlElement | None:
    if not html or not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        return None
    return root


# ---------------------------------------------------------------------------------------------
# Signals


def _cand(kind: _Kind, p: ParsedDate, provenance: Provenance, text: str, rank: int) -> _Cand:
    return _Cand(
        kind, p.value, p.precision, provenance, " ".join(text.split())[:200], rank, p.offset
    )


def _jsonld_objects(root: lxml.html.HtmlElement) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for script in root.iter("script"):
        if "ld+json" not in _attr(script, "type").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        _walk_jsonld(data, out, 0)
    return out


def _walk_jsonld(data: object, out: list[dict[str, object]], depth: int) -> None:
    if depth > 8 or len(out) > 300:
        return
    if isinstance(data, list):
        for item in data:
            _walk_jsonld(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if key in data:
                _walk_jsonld(data[key], out, depth + 1)


def _types(obj: dict[str, object]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.lower().rsplit("/", 1)[-1] for x in items if isinstance(x, str)}


def _jsonld_candidates(doc: _Doc) -> Iterator[_Cand]:
    for n, obj in enumerate(_jsonld_objects(doc.root)):
        types = _types(obj)
        if types & P.ARTICLE_TYPES:
            base = 0
        elif types & P.PAGE_TYPES:
            base = 40
        else:
            continue
        base += min(n, 5)
        for keys, kind in (
            (P.JSONLD_PUBLISHED_KEYS, "published"),
            (P.JSONLD_MODIFIED_KEYS, "updated"),
        ):
            for i, key in enumerate(keys):
                v = obj.get(key)
                if isinstance(v, list) and v:
                    v = v[0]
                if not isinstance(v, str):
                    continue
                p = _parse_machine(v, doc.zone)
                if p:
                    yield _cand(kind, p, "json-ld", v, base + i)


def _meta_candidates(doc: _Doc) -> Iterator[_Cand]:
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
        if key in mod:
            kind, rank = "updated", 10 + mod[key]
        elif key in pub:
            kind, rank = "published", 10 + pub[key]
            if key in ("date", "timestamp", "created", "dc.date", "dcterms.date"):
                rank += 50  # generic names: weaker than any specific one
        elif P.META_PUBLISHED_FALLBACK_RE.search(key) and not P.UPDATED_CLASS_RE.search(key):
            kind, rank = "published", 66
        else:
            continue
        p = _parse_machine(content, doc.zone)
        if p:
            yield _cand(kind, p, "meta", content, rank)
    # microdata on ordinary elements
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        prop = _attr(el, "itemprop").lower()
        if prop not in ("datepublished", "datemodified", "datecreated", "uploaddate"):
            continue
        if doc.excluded(el):
            continue
        kind = "updated" if prop == "datemodified" else "published"
        prov: Provenance = "time-tag" if el.tag == "time" else "meta"
        raw = _attr(el, "datetime") or _attr(el, "content") or _attr(el, "title")
        p = _parse_machine(raw, doc.zone) if raw else None
        if p:
            yield _cand(kind, p, prov, raw, 62)
            continue
        text = " ".join(el.text_content().split())[:200]
        p = parse_date_text(text, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
        if p:
            yield _cand(kind, p, "visible-text", text[p.start : p.end], 76)


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


def _context_text(el: etree._Element) -> str:
    """Classes of the element and its parent plus the text just before it."""
    parts = [_classes(el), _attr(el, "pubdate")]
    parent = el.getparent()
    if parent is not None:
        parts.append(_classes(parent))
    prev = el.getprevious()
    if prev is not None:
        parts.append(
            " ".join(prev.text_content().split())[-40:] if isinstance(prev.tag, str) else ""
        )
        parts.append((prev.tail or "").strip()[-40:])
    elif parent is not None:
        parts.append((parent.text or "").strip()[-40:])
    return " ".join(parts)


def _time_candidates(doc: _Doc) -> Iterator[_Cand]:
    generic = 0
    for el in doc.root.iter("time", "abbr"):
        if _attr(el, "itemprop"):
            continue  # microdata, handled with the meta tags
        if el.tag == "abbr" and not re.search(r"publi|updat|modif|date|time", _classes(el), re.I):
            continue
        if doc.excluded(el):
            continue
        raw = _attr(el, "datetime") or _attr(el, "title") or _attr(el, "content")
        text = " ".join(el.text_content().split())[:200]
        p_attr = _parse_machine(raw, doc.zone) if raw else None
        p_text = (
            parse_date_text(text, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
            if text
            else None
        )
        p = p_attr
        shown = raw
        if p_text is not None and (
            p_attr is None or abs((_local_date(p_text) - _local_date(p_attr)).days) > 1
        ):
            p, shown = p_text, text  # what the reader sees wins over a stale attribute
        if p is None:
            continue
        context = _context_text(el)
        if (
            _updated_class(context)
            or P.UPDATED_CUE_RE.match(text)
            or re.search(
                r"(?:updated|modified|aktualisiert|mis à jour|actualizado)\W*$", context, re.I
            )
        ):
            kind, rank = "updated", 70
        elif (
            el.get("pubdate") is not None
            or P.PUBLISHED_CLASS_RE.search(context)
            or P.PUBLISHED_CUE_RE.match(text)
        ):
            kind, rank = "published", 70
        else:
            kind, rank = "published", 80 + min(generic, 9)
            generic += 1
        yield _cand(kind, p, "time-tag", shown, rank)


def _local_date(p: ParsedDate) -> date:
    if p.offset is None:
        return p.value.date()
    return (p.value + timedelta(minutes=p.offset)).date()


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


def _page_text(doc: _Doc, strict: bool = True) -> tuple[str, int]:
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
        parts.append(piece)
        size += len(piece)

    def visit(el: etree._Element, depth: int) -> None:
        nonlocal h1_pos
        if size > 400_000 or depth > 150:
            return
        tag = _tag(el)
        if not tag or tag in _SKIP or tag == "nav":
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


def _cue_candidates(
    text: str, doc_zone: tzinfo, dayfirst: bool, rank: int, provenance: Provenance
) -> Iterator[_Cand]:
    """Dates right after an "Updated ..." / "Published ..." cue."""
    for rx, other, kind in (
        (P.UPDATED_CUE_RE, P.PUBLISHED_CUE_RE, "updated"),
        (P.PUBLISHED_CUE_RE, P.UPDATED_CUE_RE, "published"),
    ):
        count = 0
        for m in rx.finditer(text):
            window = text[m.end() : m.end() + 100]
            p = parse_date_text(window, zone=doc_zone, dayfirst=dayfirst, short_year=True)
            if p is None or p.start > 30 or other.search(window[: p.start]):
                continue
            cue = " ".join(m.group(0).split()).lower()
            weak = cue.startswith(("date", "datum", "fecha", "stand", "update "))
            snippet = m.group(0) + window[: p.end]
            yield _cand(kind, p, provenance, snippet, rank + count + (5 if weak else 0))
            count += 1
            if count >= 3:
                break


def _visible_candidates(doc: _Doc | None, text: str | None) -> Iterator[_Cand]:
    zone = doc.zone if doc else UTC
    dayfirst = doc.dayfirst if doc else True
    if text:
        head_lines = [ln for ln in text.strip().splitlines()[:8] if ln.strip()][:6]
        head = "\n".join(head_lines)[:1500]
        yield from _cue_candidates(head, zone, dayfirst, 100, "visible-text")
        if head_lines and len(head_lines[0]) <= 160:
            p = parse_date_text(head_lines[0], zone=zone, dayfirst=dayfirst)
            if p:
                yield _cand("published", p, "visible-text", head_lines[0][p.start : p.end], 130)
    if doc is None:
        return
    page, h1 = _page_text(doc)
    if not page:
        return
    region = page[max(0, h1 - 1500) : h1 + 5000] if h1 >= 0 else page[:6000]
    yield from _cue_candidates(region, zone, dayfirst, 110, "visible-text")
    # elements whose class says they hold the date ("entry-date", "post-date", "meta")
    seen_generic = False
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
        p = parse_date_text(t, zone=zone, dayfirst=doc.dayfirst, short_year=True)
        if p is None:
            continue
        if upd and not strong:
            yield _cand("updated", p, "visible-text", t[p.start : p.end], 112)
        elif strong:
            yield _cand("published", p, "visible-text", t[p.start : p.end], 75)
        elif not seen_generic:
            seen_generic = True
            yield _cand("published", p, "visible-text", t[p.start : p.end], 140)
    # the first date right after the headline, else right before it
    if h1 >= 0:
        after = page[h1 : h1 + 1200]
        p = parse_date_text(after, zone=zone, dayfirst=dayfirst, short_year=True)
        if p:
            yield _cand("published", p, "visible-text", after[p.start : p.end], 145)
        before = page[max(0, h1 - 400) : h1]
        p = parse_date_text(before, zone=zone, dayfirst=dayfirst, short_year=True)
        if p:
            yield _cand("published", p, "visible-text", before[p.start : p.end], 150)
    else:
        p = parse_date_text(page[:3000], zone=zone, dayfirst=dayfirst, short_year=True)
        if p:
            yield _cand("published", p, "visible-text", page[p.start : p.end], 155)
    # last resort: the same over the whole page, chrome included
    page, h1 = _page_text(doc, strict=False)
    if h1 >= 0:
        after = page[h1 : h1 + 30000]
        p = parse_date_text(after, zone=zone, dayfirst=dayfirst)
        if p:
            yield _cand("published", p, "visible-text", after[p.start : p.end], 200)
    p = parse_date_text(page[:5000], zone=zone, dayfirst=dayfirst)
    if p:
        yield _cand("published", p, "visible-text", page[p.start : p.end], 210)


def _url_candidates(url: str | None) -> Iterator[_Cand]:
    if not url:
        return
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", url.strip()[:2000], flags=re.I)
    path = path.split("#", 1)[0]
    for rx in P.URL_DATE_RES:
        m = rx.search(path)
        if m:
            v = _day(int(m["y"]), int(m["m"]), int(m["d"]))
            if v:
                yield _Cand("published", v, "day", "url", m.group(0).strip("/_-."), _URL_RANK)
                return


# ---------------------------------------------------------------------------------------------
# Resolution


def _plausible(c: _Cand, fetched_at: datetime) -> bool:
    limit = fetched_at + timedelta(hours=P.FUTURE_TOLERANCE_HOURS)
    return _EPOCH_MIN <= c.value <= limit


def _claim(c: _Cand) -> DateClaim:
    return DateClaim(
        value=c.value,
        precision=c.precision,
        provenance=c.provenance,
        text=c.text,
        confidence=P.CONFIDENCE[c.provenance],
        utc_offset_minutes=c.offset if c.precision != "day" else None,
    )


_PROV_ORDER: dict[str, int] = {p: i for i, p in enumerate(P.CONFIDENCE)}


def _order(c: _Cand) -> tuple[int, int]:
    return (c.rank, _PROV_ORDER[c.provenance])


def _not_before(updated: _Cand, published: _Cand) -> bool:
    if "day" in (updated.precision, published.precision):
        return updated.local_date() >= published.local_date()
    return updated.value >= published.value


def _refine(best: _Cand, pubs: list[_Cand]) -> _Cand:
    """A day-only claim takes the time of a weaker claim *on the page* stating the same day
    with a time; that claim's provenance comes with it. Off-page hints (feed, sitemap, HTTP)
    never turn a page's stated day into a time the page does not state."""
    if best.precision != "day":
        return best
    for c in pubs:
        same_day = c.local_date() == best.value.date()
        if c.precision != "day" and same_day and c is not best and c.provenance in P.ON_PAGE:
            return replace(c, rank=best.rank)
    return best


def _resolve(cands: list[_Cand], fetched_at: datetime) -> DateFindings:
    pool = [c for c in cands if _plausible(c, fetched_at)]
    # a bare date lifted from an "Updated ..." stamp is not a publication date
    stamps = [c.text for c in pool if c.kind == "updated" and c.provenance == "visible-text"]
    lifted = [
        c
        for c in pool
        if c.kind == "published" and c.rank >= 130 and any(c.text in t for t in stamps)
    ]
    if lifted and any(c.kind == "published" and c not in lifted for c in pool):
        pool = [c for c in pool if c not in lifted]
    pubs = sorted((c for c in pool if c.kind == "published"), key=_order)
    upds = sorted((c for c in pool if c.kind == "updated"), key=_order)
    best = pubs[0] if pubs else None
    url = next((c for c in pubs if c.provenance == "url"), None)
    if best is not None and url is not None and (best.local_date() - url.value.date()).days > 2:
        # the URL was minted when the story was first published: a later stamp is a re-issue
        best = next((c for c in pubs if c.local_date() == url.value.date()), url)
    published = _refine(best, pubs) if best else None
    updated = None
    for u in upds:
        if published is not None and not _not_before(u, published):
            continue
        if (
            published is not None
            and u.provenance != "visible-text"
            and (u.value, u.precision) == (published.value, published.precision)
        ):
            continue  # a CMS copying datePublished into dateModified states no update
        updated = u
        break
    return DateFindings(
        published=_claim(published) if published else None,
        updated=_claim(updated) if updated else None,
    )


def _aware(v: datetime) -> datetime:
    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


def find_dates(
    html: str,
    *,
    text: str | None = None,
    url: str | None = None,
    fetched_at: datetime,
    source_timezone: str | None = None,
    http_last_modified: str | None = None,
    feed_published: datetime | None = None,
) -> DateFindings:
    """Resolve the published and "last updated" moments of a page. Never raises.

    `fetched_at` (or the archive capture time) bounds plausibility: anything later than it
    (plus a day of time-zone slop) or before 1995 is ignored. Zone-less local times are read
    in `source_timezone` (IANA), else UTC. `http_last_modified` is only a last-resort
    published hint; an `updated` claim always comes from the page itself.
    """
    try:
        return _find_dates(
            html,
            text=text,
            url=url,
            fetched_at=_aware(fetched_at),
            zone=_zone(source_timezone if isinstance(source_timezone, str) else None),
            http_last_modified=http_last_modified,
            feed_published=feed_published,
        )
    except Exception:  # bad input must never stop a run
        return DateFindings()


def _find_dates(
    html: str,
    *,
    text: str | None,
    url: str | None,
    fetched_at: datetime,
    zone: tzinfo,
    http_last_modified: str | None,
    feed_published: datetime | None,
) -> DateFindings:
    root = _parse_html(html) if isinstance(html, str) else None
    doc = _Doc(root, zone) if root is not None else None
    cands: list[_Cand] = []
    if doc is not None:
        cands.extend(_jsonld_candidates(doc))
        cands.extend(_meta_candidates(doc))
        cands.extend(_time_candidates(doc))
    cands.extend(_visible_candidates(doc, text if isinstance(text, str) else None))
    cands.extend(_url_candidates(url if isinstance(url, str) else None))
    if isinstance(feed_published, datetime):
        fp = _aware(feed_published)
        cands.append(_Cand("published", fp, "second", "feed", fp.isoformat(), 400, 0))
    if isinstance(http_last_modified, str) and http_last_modified.strip():
        p = _parse_machine(http_last_modified, UTC)
        if p:
            cands.append(_cand("published", p, "http-header", http_last_modified, 500))
    return _resolve(cands, fetched_at)


def local_day(claim: DateClaim) -> date:
    """The calendar day of a claim as the page stated it (its own wall clock)."""
    if claim.precision == "day" or claim.utc_offset_minutes is None:
        return claim.value.date()
    return (claim.value + timedelta(minutes=claim.utc_offset_minutes)).date()


# ---------------------------------------------------------------------------------------------
# Body text clean-up

_DATE_OR_TIME_RE = re.compile(
    r"(?:19|20)\d\d|\d\d?:\d\d|\b(?:today|yesterday|heute|gestern|hier|hoy|ayer)\b"
    r"|\b\d+\s*(?:min|minutes?|hours?|hrs?|days?|stunden?|tagen?)\s+ago\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*|and|&|de|van|von|der|la|le|du|da|al|el|bin")


def _is_metadata_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if len(s) > 160:
        return False
    date_re, cue_re, by_re, by_other_re, chrome_re = P.LEADING_METADATA_RES
    if date_re.match(s):
        return True
    if cue_re.match(s) and _DATE_OR_TIME_RE.search(s) and len(s) <= 120:
        return True
    if by_re.match(s) and len(s) <= 100:
        name = re.split(r"\s*[|,•·–—]\s*|\s+-\s+", s[2:].strip(), maxsplit=1)[0]
        words = name.split()
        if 1 <= len(words) <= 6 and all(_NAME_WORD.fullmatch(w) for w in words):
            return True
    if by_other_re.match(s) and _DATE_OR_TIME_RE.search(s):
        return True
    if chrome_re.match(s):
        return True
    # a line made only of dates, date cues, weekdays and punctuation:
    # "Thu July 2, 2020", "Published — Updated", "June 30, 2020 7:02 PM EDT · Updated July 1 ..."
    rest, found_date = s, False
    for _ in range(3):
        p = parse_date_text(rest)
        if p is None:
            break
        rest, found_date = rest[: p.start] + " " + rest[p.end :], True
    rest = P.CUE_WORDS_RE.sub(" ", rest)
    rest = re.sub(rf"\b(?:{P.WEEKDAYS})\b\.?", " ", rest, flags=re.I)
    rest = re.sub(r"\b(?:[APap]\.?[Mm]\.?|[A-Z]{2,5}|on|at)\b", " ", rest)
    only_cues = P.CUE_WORDS_RE.search(s) is not None
    return (found_date or only_cues) and not rest.strip(" ,|·•-–—():/")


def strip_leading_metadata(text: str) -> str:
    """Remove metadata lines (date stamps, bylines, share prompts) from the start of a body.

    Only the first few lines are examined; removal stops at the first line of real prose.
    """
    try:
        if not isinstance(text, str) or not text:
            return text if isinstance(text, str) else ""
        lines = text.split("\n")
        i = 0
        limit = min(len(lines), 8)
        while i < limit and _is_metadata_line(lines[i]):
            i += 1
        if i == 0:
            return text
        return "\n".join(lines[i:]).lstrip("\n")
    except Exception:  # never raise on body text
        return text if isinstance(text, str) else ""
