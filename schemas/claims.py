"""What the parsing stages claim about a page, before it becomes a stored record.

A date is never just a value: it carries where it came from (provenance), how precise the page
was (a day, a minute), the original text, and a confidence, so a reader of the warehouse can
judge it and a better parser can later re-derive it from the stored capture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Precision = Literal["day", "minute", "second"]
# Where a date came from, strongest first. Kept as plain strings in Parquet.
Provenance = Literal[
    "json-ld",
    "meta",
    "time-tag",
    "visible-text",
    "dateline",
    "url",
    "feed",
    "sitemap",
    "http-header",
]
# Hints that came with the response, not claims of the page: they may date a page that states
# nothing, but never make a new version (they change while the article does not).
OFF_PAGE_PROVENANCES: frozenset[str] = frozenset({"feed", "sitemap", "http-header"})


@dataclass(frozen=True)
class DateClaim:
    """One moment a page states, normalized to UTC.

    `value` is timezone-aware UTC. With precision 'day' it is that calendar day at 00:00 UTC
    (never a local midnight shifted to another day).
    """

    value: datetime
    precision: Precision
    provenance: Provenance
    text: str
    confidence: float
    # Minutes east of UTC of the wall clock the page stated the moment in (from its offset or
    # zone abbreviation, else the source's zone); None for 'day' precision or when unknown.
    # value + utc_offset_minutes is the page's local time, so its local day is recoverable.
    utc_offset_minutes: int | None = None


@dataclass(frozen=True)
class DateFindings:
    """The published and "last updated" moments of one page; None when the page states none."""

    published: DateClaim | None = None
    updated: DateClaim | None = None


@dataclass(frozen=True)
class Dateline:
    """A wire-style dateline such as "KABUL, July 2 (Reuters) -"."""

    text: str
    place: str | None = None  # canonical (English) name of the place
    country: str | None = None  # ISO 3166-1 alpha-2
    agency: str | None = None
    date_text: str | None = None
    place_id: int | None = None  # GeoNames id of the place, when the gazetteer knows it
    country_inferred: bool = False  # the country came from the agency and language, not the place


@dataclass(frozen=True)
class ResolvedEntity:
    """One canonical entity found in one article version, with every surface form seen."""

    entity_id: str
    name: str
    type: Literal["PERSON", "ORG", "LOC"]
    mentions: list[str] = field(default_factory=list)
    mention_count: int = 0
    roles: list[str] = field(default_factory=list)
