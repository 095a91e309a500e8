"""Dates in one string: ISO 8601, RFC 2822, epoch seconds, textual dates in many languages.

Pure. A clock time next to a date is applied with its zone (abbreviation, numeric offset) or
else the zone given; a date without a time stays a calendar day (00:00 UTC, precision 'day')
so no time zone can shift it to another day. Data (month names, zones) is in `dates.patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from schemas.claims import Precision
from tasks.dates import patterns as P

__all__ = [
    "ParsedDate",
    "Stated",
    "local_day",
    "parse_date_text",
    "parse_machine",
    "utc_day",
    "zone_named",
]


@dataclass(frozen=True)
class ParsedDate:
    """A date found in a string: UTC value, precision, matched span, stated UTC offset."""

    value: datetime
    precision: Precision
    start: int
    end: int
    # minutes east of UTC of the wall clock the string was written in; None for a bare day
    utc_offset_minutes: int | None = None


# ---------------------------------------------------------------------------------------------
# The day convention: one pair of definitions for every stage and reader


class Stated(Protocol):
    """A moment as a page stated it (a ParsedDate, a date candidate, a DateClaim)."""

    @property
    def value(self) -> datetime: ...
    @property
    def precision(self) -> Precision: ...
    @property
    def utc_offset_minutes(self) -> int | None: ...


def utc_day(y: int, m: int, d: int) -> datetime | None:
    """A stated calendar day as it is kept: 00:00 UTC of that day, so that no time zone can
    move it to another day (None when there is no such day, as Feb 30)."""
    try:
        return datetime(y, m, d, tzinfo=UTC)
    except ValueError:
        return None


def local_day(moment: Stated) -> date:
    """The calendar day on the page's own wall clock: a stated day is itself (see `utc_day`);
    a moment is its UTC value moved by the offset it was written with."""
    if moment.precision == "day" or moment.utc_offset_minutes is None:
        return moment.value.date()
    return (moment.value + timedelta(minutes=moment.utc_offset_minutes)).date()


# ---------------------------------------------------------------------------------------------
# Time zones


@lru_cache(maxsize=64)
def zone_named(name: str | None) -> tzinfo:
    """The IANA zone `name`; UTC for no name or one the zone database does not know (a typo
    in sources.csv, a path, a NUL: each raises its own error in ZoneInfo)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def _abbrev_zone(abbrev: str) -> tzinfo | None:
    spec = P.TZ_ABBREVIATIONS.get(abbrev.upper())
    if spec is None:
        return None
    if isinstance(spec, str):
        return zone_named(spec)
    return timezone(timedelta(minutes=spec))


_OFFSET = re.compile(r"([+-])(\d\d?):?(\d\d)?$")


def _offset_zone(text: str) -> tzinfo | None:
    """The fixed zone of a stated offset ("+05:30", "-0400", "GMT+530", "UTC+2"); None when
    no clock has it (see `dates.patterns.MAX_UTC_OFFSET_MINUTES`)."""
    m = _OFFSET.search(text.strip())
    if not m or int(m.group(3) or 0) >= 60:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > P.MAX_UTC_OFFSET_MINUTES:
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


# ---------------------------------------------------------------------------------------------
# Parsing one string

# (a full stop too: Korean dates end in one, "2024.03.05. 오후 6:30")
_SEP_AFTER = re.compile(r"[\s,.|·•/\-–—]*(?:(?:at|um|à|a\s+las|às|alle|om|-)\s+)?", re.I)
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
    bad_offset: bool = False  # it states an offset no clock has: the moment is unreadable


def _time_from(m: re.Match[str], base: int) -> _Time | None:
    if not m.group(0).strip():
        return None
    if m.group("M") is None and not (m.group("ampm") or m.group("pre")):
        return None
    h = int(m.group("H"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    ampm = ampm or P.MERIDIEM_BEFORE.get(m.group("pre") or "", "")
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
    bad = m.group("off") is not None and zone is None
    return _Time(h, int(m.group("M") or 0), sec, zone, m.start() + base, m.end() + base, bad)


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
    if utc_day(*day) is None:
        return None
    t = _find_time(text, start, end)
    if t is not None and t.bad_offset:
        return None
    if t is None:
        v = utc_day(*day)
        return ParsedDate(v, "day", start, end) if v else None
    local = _local(*day, t.hour, t.minute, t.second or 0, t.zone or zone)
    if local is None:
        return None
    prec: Precision = "second" if t.second is not None else "minute"
    return ParsedDate(local[0], prec, min(start, t.start), max(end, t.end), local[1])


def _solar_hijri_month(name: str) -> int:
    return P.SOLAR_HIJRI_MONTHS.index(name) + 1


def _solar_hijri_days(year: int) -> int:
    return 366 if year % 33 in P.SOLAR_HIJRI_LEAP_REMAINDERS else 365


def _from_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian day of a Solar Hijri one: whole years counted from a known Nowruz, then
    31-day months up to the seventh and 30-day ones after (the twelfth has 29 or 30)."""
    if not 1 <= month <= 12:
        return None
    into_year = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    month_days = 31 if month <= 6 else 30 if month <= 11 else _solar_hijri_days(year) - 336
    if not 1 <= day <= month_days:
        return None
    epoch_year, epoch_day = P.SOLAR_HIJRI_EPOCH
    years = range(min(year, epoch_year), max(year, epoch_year))
    shift = sum(_solar_hijri_days(y) for y in years) * (1 if year >= epoch_year else -1)
    moment = date(*epoch_day) + timedelta(days=shift + into_year + day - 1)
    return moment.year, moment.month, moment.day


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
        if z is None:
            return None  # an offset no clock has
    elif (h, mi, s) == (0, 0, 0):
        # a zone-less midnight is a day written as a timestamp: keep the day
        v = utc_day(y, mo, d)
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


def _asctime(m: re.Match[str], zone: tzinfo) -> ParsedDate | None:
    """ "Jan 04 09:34 2021": the time sits between the day and the year."""
    mo = _month(m["mon"])
    h = int(m["H"])
    if mo is None or h > 23 or utc_day(int(m["y"]), mo, int(m["d"])) is None:
        return None
    sec = m["S"]
    local = _local(int(m["y"]), mo, int(m["d"]), h, int(m["M"]), int(sec or 0), zone)
    if local is None:
        return None
    prec: Precision = "second" if sec else "minute"
    return ParsedDate(local[0], prec, m.start(), m.end(), local[1])


def parse_date_text(
    text: str, *, zone: tzinfo = UTC, dayfirst: bool = True, short_year: bool = False
) -> ParsedDate | None:
    """The first date in `text` (ISO 8601, textual in some 30 languages, numeric, CJK; digits
    of other scripts read as ASCII ones).

    A clock time next to the date is applied (zone abbreviations and offsets honoured, else
    `zone`); a date without a time is that calendar day at 00:00 UTC with precision 'day'.
    """
    if not text:
        return None
    text = text[:40000]
    if not text.isascii():
        text = text.translate(P.NATIVE_DIGITS)
    found: list[ParsedDate] = []

    def matches(rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        # Only a date starting no later than the earliest one found so far can be the first,
        # so each further pattern scans only up to there (plus the longest date's length).
        limit = min((p.start for p in found), default=len(text)) + P.MAX_DATE_CHARS
        return rx.finditer(text, 0, min(limit, len(text)))

    m = P.ISO_RE.search(text)
    if m:
        p = _iso(text, m, zone)
        if p:
            found.append(p)
    for rx in (P.MDY_TEXT_RE, P.DMY_TEXT_RE, P.YMD_TEXT_RE):
        for m in matches(rx):
            mo = _month(m["mon"])
            p = (
                _dated(text, (int(m["y"]), mo, int(m["d"])), m.start(), m.end(), zone)
                if mo
                else None
            )
            if p:
                found.append(p)
                break
    for rx in (P.SOLAR_HIJRI_RE, P.SOLAR_HIJRI_NUM_RE):
        for m in matches(rx):
            month = int(m["m"]) if "m" in rx.groupindex else _solar_hijri_month(m["mon"])
            day = _from_solar_hijri(int(m["y"]), month, int(m["d"]))
            p = _dated(text, day, m.start(), m.end(), zone) if day else None
            if p:
                found.append(p)
                break
    for m in matches(P.THAI_RE):
        month = next(i for i, names in enumerate(P.THAI_MONTHS, 1) if m["mon"] in names)
        year = int(m["y"])
        year -= P.BUDDHIST_ERA_OFFSET if year >= 2500 else 0
        p = _dated(text, (year, month, int(m["d"])), m.start(), m.end(), zone)
        if p:
            found.append(p)
            break
    for m in matches(P.MDY_TIME_YEAR_RE):
        p = _asctime(m, zone)
        if p:
            found.append(p)
            break
    for rx in (P.YMD_RE, P.CJK_RE):
        for m in matches(rx):
            p = _dated(text, (int(m["y"]), int(m["m"]), int(m["d"])), m.start(), m.end(), zone)
            if p:
                found.append(p)
                break
    for m in matches(P.DMY_NUM_RE):
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
        for m in matches(P.DMY_SHORT_RE):
            yy = int(m["y"])
            y = 2000 + yy if yy < 70 else 1900 + yy
            p = _dated(text, (y, int(m["b"]), int(m["a"])), m.start(), m.end(), zone)
            if p:
                found.append(p)
                break
    if not found:
        return None
    return min(found, key=lambda p: (p.start, -p.end))


def parse_machine(value: str, zone: tzinfo) -> ParsedDate | None:
    """A machine-readable attribute value (ISO 8601, RFC 2822, epoch seconds, or text); None
    for a value too long to be one (`dates.patterns.MAX_MACHINE_DATE_CHARS`)."""
    value = value.strip()
    if not value or len(value) > P.MAX_MACHINE_DATE_CHARS:
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
            minutes = int(off.total_seconds() // 60) if off is not None else None
            if minutes is not None and abs(minutes) > P.MAX_UTC_OFFSET_MINUTES:
                return None  # "+2300": an offset no clock has
            return ParsedDate(v.astimezone(UTC), "second", 0, len(value), minutes)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return parse_date_text(value, zone=zone, dayfirst=True)
