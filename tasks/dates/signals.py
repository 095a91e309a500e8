"""Date candidates from a page's markup and address, each with its role and evidence kind.

Pure. Signals: JSON-LD, <meta> and microdata, <time> elements (those of related lists, comments
and page chrome left out), a one-line date script, a trackback RDF block, the URL and the main
image's URL. Visible stamps are `tasks.dates.visible`'s; how strongly each kind of evidence
counts is `tasks.dates.evidence`; `tasks.dates` resolves the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Literal

import lxml.html
from lxml import etree

from schemas.claims import Precision, Provenance
from tasks.dates import patterns as P
from tasks.dates.document import Doc, attr, updated_class
from tasks.dates.evidence import Evidence
from tasks.dates.text import ParsedDate, local_day, parse_date_text, parse_machine, utc_day
from tasks.page import ARTICLE_TYPES, jsonld_types
from tasks.titles import is_document_title, title_key, title_size

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
    utc_offset_minutes: int | None = None
    order: int = 0  # its place within its evidence kind, lower first (see dates.evidence)


# ---------------------------------------------------------------------------------------------
# Making a candidate: the one place a date claim is checked


def candidate(
    role: Role,
    evidence: Evidence,
    value: datetime,
    precision: Precision,
    provenance: Provenance,
    text: str,
    *,
    utc_offset_minutes: int | None = None,
    order: int = 0,
) -> Cand | None:
    """A candidate, or None when the claim is absurd: a moment (UTC) outside the plausible
    years or stated with an offset no clock has. Every signal makes its candidates here, so
    one absurd hint is dropped alone and never costs the page its other claims; the text kept
    is bounded (`dates.patterns.MAX_CANDIDATE_TEXT_CHARS`)."""
    if not P.MIN_YEAR <= value.year <= P.MAX_YEAR:
        return None
    if utc_offset_minutes is not None and abs(utc_offset_minutes) > P.MAX_UTC_OFFSET_MINUTES:
        return None
    shown = " ".join(text.split())[: P.MAX_CANDIDATE_TEXT_CHARS]
    return Cand(role, evidence, value, precision, provenance, shown, utc_offset_minutes, order)


def cand(
    role: Role,
    evidence: Evidence,
    p: ParsedDate,
    provenance: Provenance,
    text: str,
    order: int = 0,
) -> Cand | None:
    """The candidate of a date parsed from `text` (see `candidate`)."""
    return candidate(
        role,
        evidence,
        p.value,
        p.precision,
        provenance,
        text,
        utc_offset_minutes=p.utc_offset_minutes,
        order=order,
    )


# ---------------------------------------------------------------------------------------------
# Signals


def page_titles(root: lxml.html.HtmlElement) -> list[str]:
    """The page's own names for itself, as `title_key`s: <title>, og:/twitter:title, the first
    h1 (each at most `MAX_TITLE_CHARS` long: a longer one is no title)."""
    found: list[str] = []
    title = next((t for t in root.iter("title") if is_document_title(t)), None)
    if title is not None:  # not an inline SVG's "Share on Facebook"
        found.append(title.text_content())
    for el in root.iter("meta"):
        key = (attr(el, "property") or attr(el, "name")).lower()
        if key in ("og:title", "twitter:title"):
            found.append(attr(el, "content"))
    h1 = next(root.iter("h1"), None)
    if h1 is not None:
        found.append(h1.text_content())
    short = (x for x in found if len(x) <= P.MAX_TITLE_CHARS)
    return [t for t in (title_key(x) for x in short) if t]


def names_the_page(obj: dict[str, object], titles: list[str]) -> bool:
    """True when a JSON-LD object's name or headline is the page's title, or a run of two words
    or more of it (as `title_size` counts: a Chinese or Japanese character is half a word)."""
    for key in ("name", "headline"):
        v = obj.get(key)
        if not isinstance(v, str) or len(v) > P.MAX_TITLE_CHARS:
            continue
        name = title_key(v)
        for title in titles:
            short, long = sorted((name, title), key=len)
            if title_size(short) >= 2 and f" {short} " in f" {long} ":
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
        types = jsonld_types(obj)
        if types & ARTICLE_TYPES:
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
                if p and (made := cand(role, evidence, p, "json-ld", v, order=place + i)):
                    yield made


def meta_candidates(doc: Doc) -> Iterator[Cand]:
    """<meta> dates by name (`dates.patterns.META_*`, earlier names first)."""
    pub = {n: i for i, n in enumerate(P.META_PUBLISHED)}
    mod = {n: i for i, n in enumerate(P.META_MODIFIED)}
    read = 0
    for el in doc.root.iter("meta"):
        key = (
            (
                attr(el, "property")
                or attr(el, "name")
                or attr(el, "itemprop")
                or attr(el, "http-equiv")
            )
            .strip()
            .lower()
        )
        content = attr(el, "content") or attr(el, "datetime")
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
        read += 1
        if read > P.MAX_META_DATES:
            return
        p = parse_machine(content, doc.zone)
        if p and (made := cand(role, evidence, p, "meta", content, order)):
            yield made


def microdata_candidates(doc: Doc) -> Iterator[Cand]:
    """itemprop dates on ordinary elements: their machine value, else their text."""
    read = 0
    for el in doc.root.iter():
        if not isinstance(el.tag, str) or el.tag == "meta":
            continue
        prop = attr(el, "itemprop").lower()
        if prop not in ("datepublished", "datemodified", "datecreated", "uploaddate"):
            continue
        if doc.excluded(el):
            continue
        read += 1
        if read > P.MAX_MICRODATA_ELEMENTS:
            return
        role: Role = "updated" if prop == "datemodified" else "published"
        prov: Provenance = "time-tag" if el.tag == "time" else "meta"
        raw = attr(el, "datetime") or attr(el, "content") or attr(el, "title")
        p = parse_machine(raw, doc.zone) if raw else None
        if p:
            if made := cand(role, E.MICRODATA, p, prov, raw):
                yield made
            continue
        text = " ".join((doc.text(el) or "").split())[:200]
        p = parse_date_text(text, zone=doc.zone, dayfirst=doc.dayfirst, short_year=True)
        shown = text[p.start : p.end] if p else ""
        if p and (made := cand(role, E.MICRODATA_TEXT, p, "visible-text", shown)):
            yield made


def _context(doc: Doc, el: etree._Element) -> tuple[str, str]:
    """(classes of the element and its parent, the text just before it). Kept apart so that
    a class word ("publish") is never looked for in a neighbour's prose ("public order").
    A previous element too long to read (`Doc.text`) is a container, not a label."""
    classes = [doc.classes(el), "pubdate" if el.get("pubdate") is not None else ""]
    before = ""
    parent = el.getparent()
    if parent is not None:
        classes.append(doc.classes(parent))
    prev = el.getprevious()
    if prev is not None:
        shown = " ".join((doc.text(prev) or "").split()) if isinstance(prev.tag, str) else ""
        before = f"{shown[-40:]} {(prev.tail or '').strip()[-40:]}"
    elif parent is not None:
        before = (parent.text or "").strip()[-40:]
    return " ".join(classes), before


def time_candidates(doc: Doc) -> Iterator[Cand]:
    """<time> (and dated <abbr>) elements. Those near the headline are the story's; further
    down they date teasers and comments unless their class or a cue says otherwise."""
    read = 0
    for el in doc.root.iter("time", "abbr"):
        if attr(el, "itemprop"):
            continue  # microdata, handled with the meta tags
        titled_abbr = False
        if el.tag == "abbr" and not P.ABBR_DATE_CLASS_RE.search(doc.classes(el)):
            titled_abbr = True  # only its title can make it a date ("Freitag, 6. Oktober 2017")
        if doc.excluded(el):
            continue
        read += 1
        if read > P.MAX_TIME_ELEMENTS:
            return
        raw = attr(el, "datetime") or attr(el, "title") or attr(el, "content")
        text = " ".join((doc.text(el) or "").split())[:200]
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
            p_attr is None or abs((local_day(p_text) - local_day(p_attr)).days) > 1
        ):
            p, shown = p_text, text  # what the reader sees wins over a stale attribute
        if p is None:
            continue
        classes, before = _context(doc, el)
        near = doc.near_headline(el)
        labelled = E.TIME_LABELLED_NEAR if near else E.TIME_LABELLED_FAR
        role: Role
        if (
            updated_class(classes)
            or P.UPDATED_CUE_RE.match(text)
            or P.UPDATED_CUE_END_RE.search(before)
        ):
            role, evidence = "updated", labelled
        elif P.PUBLISHED_CLASS_RE.search(classes) or P.PUBLISHED_CUE_RE.match(text):
            role, evidence = "published", labelled
        else:
            role = "published"
            evidence = E.TIME_NEAR if near and not titled_abbr else E.TIME_FAR
        if made := cand(role, evidence, p, "time-tag", shown):
            yield made


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
    if found and (made := candidate("published", E.URL, found[0], "day", "url", found[1])):
        yield made


def image_candidates(doc: Doc) -> Iterator[Cand]:
    """The upload day in the page's main image URL: weaker than anything the page states."""
    for el in doc.root.iter("meta"):
        key = (attr(el, "property") or attr(el, "name") or attr(el, "itemprop")).lower()
        if key in P.IMAGE_META_KEYS:
            found = _url_day(attr(el, "content"), P.IMAGE_DATE_RES, keep_query=False)
            if found:
                image = candidate("published", E.IMAGE_URL, found[0], "day", "url", found[1])
                if image:
                    yield image
            return


def script_candidates(html: str, zone: tzinfo) -> Iterator[Cand]:
    """A date the page writes with a one-line script (<script>showDate("2020/04/17 01:43")):
    what the reader sees, though the HTML holds it only as the script's argument."""
    m = P.SCRIPT_DATE_RE.search(html[:400_000])
    if m:
        p = parse_machine(m["value"], zone)
        if p and (made := cand("published", E.SCRIPT, p, "visible-text", m["value"])):
            yield made


def rdf_candidates(html: str, zone: tzinfo) -> Iterator[Cand]:
    """dc:date of a trackback RDF block (kept in an HTML comment by old blog engines)."""
    m = P.RDF_DATE_RE.search(html[:300_000])
    if m:
        p = parse_machine(m["value"], zone)
        if p and (made := cand("published", E.RDF_DC_DATE, p, "meta", m["value"])):
            yield made
