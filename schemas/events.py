"""The stored records: one dataclass and one pyarrow schema per dataset in the event log.

Every record is an event appended once and never rewritten. Ids are deterministic (hashes of
what identifies the event), so appending the same event twice is harmless: the views keep one.
Each record has `run_id` (which run wrote it: a run becomes visible with its commit marker) and
`observed_at` (transaction time: when the page was fetched, or the archive captured it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

import pyarrow as pa

from schemas.arrow import arrow_schema


@dataclass(frozen=True)
class RawCapture:
    """One HTTP exchange kept verbatim in WARC, so any record can be re-derived (`replay`)."""

    DATASET: ClassVar[str] = "captures"

    capture_id: str
    url: str
    final_url: str
    status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    content_sha256: str
    content_length: int
    warc_file: str
    warc_offset: int
    warc_length: int
    source_id: str
    observed_at: datetime
    run_id: str
    # Off-page hints that came with the URL (the feed's or sitemap's date for the item), kept
    # so `replay` sees what the first derivation saw. Never part of the content hash.
    listing_published: datetime | None = None


@dataclass(frozen=True)
class ArticleVersion:
    """One observation of an article whose normalized content differs from the one before.

    Version numbers are not stored: the views derive them (ordered by observed_at), so
    concurrent writers never race for a number. `derivation_key` names the code that derived
    the record (each stage's version, see `tasks.derivation`): the views show, per capture, the
    newest committed derivation. `canonical_url` is the identity the pipeline accepted;
    `declared_canonical` is what the page claimed, kept even when it was not accepted.
    `seo_title` is the page's social/SEO title when it differs from the displayed headline.
    """

    DATASET: ClassVar[str] = "article_versions"

    event_id: str
    article_id: str
    url: str
    canonical_url: str
    content_hash: str
    declared_canonical: str | None
    title: str | None
    seo_title: str | None
    body: str
    authors: list[str]
    language: str | None
    published_at: datetime | None
    published_precision: str | None
    published_provenance: str | None
    published_text: str | None
    published_confidence: float | None
    published_utc_offset_minutes: int | None
    updated_at: datetime | None
    updated_precision: str | None
    updated_provenance: str | None
    updated_text: str | None
    updated_confidence: float | None
    updated_utc_offset_minutes: int | None
    dateline_text: str | None
    dateline_place: str | None
    dateline_country: str | None
    dateline_agency: str | None
    dateline_place_id: int | None
    dateline_country_inferred: bool | None
    source_id: str
    capture_id: str
    derivation_key: str
    observed_at: datetime
    run_id: str


@dataclass(frozen=True)
class EntityMention:
    """One canonical entity in one article version (keyed by the version's content hash).

    `derivation_key` names everything that produced it (resolver code version, spaCy model
    name and version, alias-table version; `tasks.derivation`): re-deriving after any of them
    changes appends a new derivation, and the views show only the newest committed one per
    article version. `alias_version` is the alias table's part of it, kept as its own column
    for queries. `language` is the language the text was read as (the page's, else detected;
    None when unknown).
    """

    DATASET: ClassVar[str] = "entity_mentions"

    event_id: str
    article_id: str
    content_hash: str
    entity_id: str
    entity_name: str
    entity_type: str
    mentions: list[str]
    mention_count: int
    roles: list[str]
    observed_at: datetime
    run_id: str
    alias_version: str
    language: str | None
    derivation_key: str


@dataclass(frozen=True)
class Failure:
    """Something that went wrong for one URL in one stage, with a reason a person can act on."""

    DATASET: ClassVar[str] = "failures"

    event_id: str
    url: str
    source_id: str
    stage: str
    reason: str
    detail: str
    transient: bool
    observed_at: datetime
    run_id: str


@dataclass(frozen=True)
class Tombstone:
    """An article the site says is gone (404/410): it leaves `articles`, its history stays."""

    DATASET: ClassVar[str] = "tombstones"

    event_id: str
    article_id: str
    url: str
    status: int
    source_id: str
    observed_at: datetime
    run_id: str


@dataclass(frozen=True)
class Observation:
    """A look at a URL that made no version: a 304, a body identical to the last capture, or
    content whose normalized hash did not change; also each feed/sitemap read by discovery.

    Observations are what make re-checks cheap and auditable: they carry the validators
    (ETag, Last-Modified) the next conditional GET sends, and they advance an article's
    "last checked" time for its re-check tier. `outcome` is one of 'not-modified',
    'same-body', 'same-content' (articles) or 'listing' (feeds and sitemaps).
    A 304 is kept in WARC too; `warc_*` point at it (None when no response was stored).
    """

    DATASET: ClassVar[str] = "observations"

    event_id: str
    url: str
    article_id: str | None
    kind: str  # 'article' | 'feed' | 'sitemap'
    outcome: str
    status: int
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    capture_id: str | None
    warc_file: str | None
    warc_offset: int | None
    warc_length: int | None
    source_id: str
    observed_at: datetime
    run_id: str


@dataclass(frozen=True)
class SourceHealth:
    """One source in one run: what discovery found, what fetching did, what it cost.

    `failed_reasons` holds "reason=count" strings. `stale` flags a source whose listings have
    yielded nothing new for longer than its usual rhythm (`usual_gap_hours` × a factor).
    """

    DATASET: ClassVar[str] = "source_health"

    event_id: str
    source_id: str
    discovered: int
    new_urls: int
    rechecked: int
    skipped_by_tier: int
    fetched: int
    not_modified: int
    unchanged: int
    new_versions: int
    deleted: int
    failed: int
    failed_reasons: list[str]
    last_new_item_at: datetime | None
    usual_gap_hours: float | None
    stale: bool
    observed_at: datetime
    run_id: str


RECORD_TYPES = (
    RawCapture,
    ArticleVersion,
    EntityMention,
    Failure,
    Tombstone,
    Observation,
    SourceHealth,
)
SCHEMAS: dict[str, pa.Schema] = {cls.DATASET: arrow_schema(cls) for cls in RECORD_TYPES}
