"""Published and "last updated" moments of a page, from every signal it carries.

Pure: no network, no disk, no clock. `fetched_at` bounds what is plausible. Every moment is
normalized to UTC; a stated day without a time stays that calendar day at 00:00 UTC with
precision 'day'; the wall-clock offset the page used is kept in `utc_offset_minutes`.

Signals, roughly strongest first: JSON-LD, <meta> (and microdata), <time> near the headline,
visible stamps ("Updated: 3:45 PM ET, Thu July 2, 2020"), the URL (/2020/07/02/), the upload
day in the page's main image URL, the feed entry, the HTTP Last-Modified header; exactly what
wins is one ordered table, `dates.evidence.EVIDENCE_TABLE`. A header never makes an `updated`
claim: "last updated" is reported only when the page itself states one (a correction or
amendment note counts). This module resolves the candidates; `dates.signals` finds them in the
HTML and `dates.text` parses one string.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from schemas.claims import DateClaim, DateFindings
from tasks.dates import patterns as P
from tasks.dates import signals as S
from tasks.dates import visible as V
from tasks.dates.evidence import BARE, STRENGTH, Evidence
from tasks.dates.text import ParsedDate, local_day, parse_date_text, parse_machine, zone_named
from tasks.page import ParsedPage

# Bump when a resolved published or updated claim changes for some page (tasks.derivation).
CODE_VERSION = "7"

__all__ = ["ParsedDate", "find_dates", "local_day", "parse_date_text", "strip_leading_metadata"]

_LATEST = datetime(P.MAX_YEAR, 12, 31, 23, 59, 59, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Resolution


def _latest_plausible(fetched_at: datetime) -> datetime:
    """The capture time (naive is UTC) plus a day of time-zone slop: nothing the page states
    can be later. A capture time past MAX_YEAR bounds nothing (no candidate is later)."""
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=UTC)
    if fetched_at.year >= P.MAX_YEAR:
        return _LATEST
    return fetched_at + timedelta(hours=P.FUTURE_TOLERANCE_HOURS)


def _claim(c: S.Cand) -> DateClaim:
    return DateClaim(
        value=c.value,
        precision=c.precision,
        provenance=c.provenance,
        text=c.text,
        confidence=P.CONFIDENCE[c.provenance],
        utc_offset_minutes=c.utc_offset_minutes if c.precision != "day" else None,
    )


_PROV_ORDER: dict[str, int] = {p: i for i, p in enumerate(P.CONFIDENCE)}


def _order(c: S.Cand) -> tuple[int, int, int]:
    """Strongest first: the evidence kind's row, the place within the kind, the provenance."""
    return (STRENGTH[c.evidence], c.order, _PROV_ORDER[c.provenance])


def _not_before(updated: S.Cand, published: S.Cand) -> bool:
    if "day" in (updated.precision, published.precision):
        return local_day(updated) >= local_day(published)
    return updated.value >= published.value


def _refine(best: S.Cand, pubs: list[S.Cand]) -> S.Cand:
    """A day-only claim takes the time of a weaker claim *on the page* stating the same day
    with a time; that claim's provenance comes with it. Off-page hints (feed, sitemap, HTTP)
    never turn a page's stated day into a time the page does not state."""
    if best.precision != "day":
        return best
    for c in pubs:
        same_day = local_day(c) == local_day(best)
        if c.precision != "day" and same_day and c is not best and c.provenance in P.ON_PAGE:
            return c
    return best


def _resolve(cands: list[S.Cand], latest: datetime) -> DateFindings:
    pool = [c for c in cands if c.value <= latest]
    # a bare date lifted from an "Updated ..." stamp is not a publication date
    stamps = [c.text for c in pool if c.role == "updated" and c.provenance == "visible-text"]
    lifted = [
        c
        for c in pool
        if c.role == "published" and c.evidence in BARE and any(c.text in t for t in stamps)
    ]
    lifted_set = set(lifted)
    if lifted and any(c.role == "published" and c not in lifted_set for c in pool):
        pool = [c for c in pool if c not in lifted_set]
    pubs = sorted((c for c in pool if c.role == "published"), key=_order)
    upds = sorted((c for c in pool if c.role == "updated"), key=_order)
    best = pubs[0] if pubs else None
    url = next((c for c in pubs if c.evidence is Evidence.URL), None)
    if best is not None and url is not None and (local_day(best) - local_day(url)).days > 2:
        # the URL was minted when the story was first published: a later stamp is a re-issue
        best = next((c for c in pubs if local_day(c) == local_day(url)), url)
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


def find_dates(
    page: ParsedPage,
    *,
    text: str | None = None,
    fetched_at: datetime,
    source_timezone: str | None = None,
    http_last_modified: str | None = None,
    feed_published: datetime | None = None,
) -> DateFindings:
    """Resolve the published and "last updated" moments of a page.

    `page` is the one parse of the capture (its tree, JSON-LD and URL are read, never
    re-parsed); `text` is the extracted body, read for visible stamps. `fetched_at` (or the
    archive capture time) bounds plausibility: anything later than it (plus a day of time-zone
    slop) or before 1995 is ignored. Zone-less local times are read in `source_timezone`
    (IANA), else UTC. `http_last_modified` is only a last-resort published hint; an `updated`
    claim always comes from the page itself.

    Bad input is handled where it is read, one claim at a time (an absurd year or offset, an
    unknown zone, an unparsable page give no candidate or UTC); any exception that still
    escapes is a bug and is left to the caller's failure boundary, never turned into "no date".
    """
    zone = zone_named(source_timezone)
    cands: list[S.Cand] = []
    doc = S.Doc(page.tree, zone) if page.tree is not None else None
    if doc is not None:
        cands.extend(S.jsonld_candidates(doc, page.jsonld))
        cands.extend(S.meta_candidates(doc))
        cands.extend(S.microdata_candidates(doc))
        cands.extend(S.time_candidates(doc))
        cands.extend(S.image_candidates(doc))
        cands.extend(S.rdf_candidates(page.html, zone))
        cands.extend(S.script_candidates(page.html, zone))
    cands.extend(V.visible_candidates(doc, text))
    cands.extend(S.url_candidates(page.url))
    if feed_published is not None and (listed := _listing_candidate(feed_published)):
        cands.append(listed)
    if http_last_modified and (p := parse_machine(http_last_modified, UTC)):
        header = S.cand("published", Evidence.HTTP_HEADER, p, "http-header", http_last_modified)
        if header:
            cands.append(header)
    return _resolve(cands, _latest_plausible(fetched_at))


def _listing_candidate(listed: datetime) -> S.Cand | None:
    """The date the feed or sitemap gives the item (naive is UTC). Its wall-clock year and
    offset are checked before it is moved to UTC: year 9999 at -12:00 would overflow."""
    offset = listed.utcoffset()
    if offset is not None and abs(offset) > timedelta(minutes=P.MAX_UTC_OFFSET_MINUTES):
        return None
    if not P.MIN_YEAR <= listed.year <= P.MAX_YEAR:
        return None
    value = listed.replace(tzinfo=UTC) if offset is None else listed.astimezone(UTC)
    return S.candidate(
        "published", Evidence.FEED, value, "second", "feed", value.isoformat(), utc_offset_minutes=0
    )


# ---------------------------------------------------------------------------------------------
# Body text clean-up

_DATE_OR_TIME_RE = re.compile(
    r"(?:19|20)\d\d|\d\d?:\d\d|\b(?:today|yesterday|heute|gestern|hier|hoy|ayer)\b"
    r"|\b\d+\s*(?:min|minutes?|hours?|hrs?|days?|stunden?|tagen?)\s+ago\b",
    re.IGNORECASE,
)
# How many lines at the start of a body may be metadata (a stamp, a byline, share prompts).
LEADING_LINES = 8
# A stamp's line keeps a few words besides its cue and dates ("by", "hours ago", "oleh"); a
# sentence that opens with a cue's word keeps more, and stays in the body.
MAX_STAMP_PROSE_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*|and|&|de|van|von|der|la|le|du|da|al|el|bin")


def _is_metadata_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if len(s) > 160:
        return False
    date_re, cue_re, by_re, by_other_re, chrome_re, url_re = P.LEADING_METADATA_RES
    if date_re.match(s):
        return True
    cued = bool(cue_re.match(s) and _DATE_OR_TIME_RE.search(s) and len(s) <= 120)
    stamps = _without_stamps(s) if cued else None  # the dates are parsed once, and only if read
    if stamps is not None:
        # "Published 5 March 2024, 10:32 | By Jane Roe", not a sentence that opens with the
        # cue's word ("Diterbitkan oleh pemerintah pada 5 Maret 2024, aturan baru …")
        prose = [w for w in _WORD.findall(stamps[1]) if not w[:1].isupper()]
        if len(prose) <= MAX_STAMP_PROSE_WORDS:
            return True
    if by_re.match(s) and len(s) <= 100:
        name = re.split(r"\s*[|,•·–—]\s*|\s+-\s+", s[2:].strip(), maxsplit=1)[0]
        words = name.split()
        if 1 <= len(words) <= 6 and all(_NAME_WORD.fullmatch(w) for w in words):
            return True
    if by_other_re.match(s) and _DATE_OR_TIME_RE.search(s):
        return True
    if chrome_re.match(s) or url_re.match(s):
        return True
    # a line made only of dates, date cues, weekdays and punctuation:
    # "Thu July 2, 2020", "Published — Updated", "June 30, 2020 7:02 PM EDT · Updated July 1 ..."
    found_date, rest = stamps or _without_stamps(s)
    only_cues = P.CUE_WORDS_RE.search(s) is not None
    return (found_date or only_cues) and not rest.strip(" ,|·•-–—():/")


def _without_stamps(s: str) -> tuple[bool, str]:
    """Whether the line states a date, and what is left of it without its dates (three at
    most), date cues, weekdays, "a.m."/"PM", zone abbreviations and "on"/"at"."""
    rest, found_date = s, False
    for _ in range(3):
        p = parse_date_text(rest)
        if p is None:
            break
        rest, found_date = rest[: p.start] + " " + rest[p.end :], True
    rest = P.CUE_WORDS_RE.sub(" ", rest)
    rest = re.sub(rf"\b(?:{P.WEEKDAYS})\b\.?", " ", rest, flags=re.I)
    rest = re.sub(r"\b(?:[APap]\.?[Mm]\.?|[A-Z]{2,5}|on|at)\b", " ", rest)
    return found_date, rest


def strip_leading_metadata(text: str) -> str:
    """Remove metadata lines (date stamps, bylines, share prompts) from the start of a body.

    Only the first `LEADING_LINES` lines are examined (the rest is never split); removal stops
    at the first line of real prose.
    """
    lines = text.split("\n", LEADING_LINES)
    i = 0
    while i < min(len(lines), LEADING_LINES) and _is_metadata_line(lines[i]):
        i += 1
    if i == 0:
        return text
    return "\n".join(lines[i:]).lstrip("\n")
