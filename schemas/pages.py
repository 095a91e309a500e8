"""In-memory hand-offs between stages (not stored as datasets of their own)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from schemas.errors import NewsledgerError


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed or sitemap: where the article is, and what the listing says of it.

    The dates are hints, never the page's own claim: `provenance` says where they came from
    ('rss', 'atom', 'json-feed', 'sitemap', 'news-sitemap') so later stages can weigh them.
    """

    url: str
    title: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    provenance: str = "rss"


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the validators of its last response (for a conditional GET)
    and the listing's publication hint to hand on to the page."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    feed_published: datetime | None = None


@dataclass(frozen=True)
class Source:
    """One row of seeds/sources.csv."""

    source_id: str
    name: str
    homepage: str
    feed_url: str | None
    sitemap_url: str | None
    language: str | None
    timezone: str


def header_value(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    """The first value of an HTTP header, by case-insensitive name."""
    lowered = name.lower()
    return next((v for k, v in headers if k.lower() == lowered), None)


@dataclass(frozen=True)
class FetchedPage:
    """A successful (2xx) response: live from a fetch, from an archive, or a stored capture
    read again for replay. `capture_id` names the raw capture it is (or will be) kept as."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    headers: tuple[tuple[str, str], ...]
    body: bytes
    observed_at: datetime
    capture_id: str
    source_id: str
    feed_published: datetime | None = None
    request_headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


@dataclass(frozen=True)
class NotModified:
    """A 304 to a conditional GET: nothing to derive; kept in WARC, its validators carried on."""

    url: str
    final_url: str
    observed_at: datetime
    source_id: str
    headers: tuple[tuple[str, str], ...] = ()
    request_headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


@dataclass(frozen=True)
class GonePage:
    """A 404/410, live or archived: the article was gone at `observed_at`."""

    url: str
    status: int
    observed_at: datetime
    source_id: str


@dataclass(frozen=True)
class FetchFailed:
    """A URL that yielded no response to store, and why."""

    url: str
    observed_at: datetime
    source_id: str
    error: NewsledgerError


# What a fetch or an archive hands to the store, one per URL looked at.
Arrival = FetchedPage | NotModified | GonePage | FetchFailed
