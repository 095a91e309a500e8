"""In-memory hand-offs between stages (not stored as datasets of their own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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


@dataclass(frozen=True)
class FetchedPage:
    """A successful (2xx) response, already kept in WARC under `capture_id`."""

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

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)
