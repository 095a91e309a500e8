"""Turn many fetched (or archived) pages into stored records: the bulk path of backfill/replay.

Nightly ingestion compares each page with what the warehouse knows; bulk paths need not: event
ids are deterministic and the views collapse repeated content, so re-deriving a capture that is
already stored adds nothing. Everything a chunk writes becomes visible with its one commit.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from upath import UPath

from schemas.events import ArticleVersion, Failure, RawCapture, Tombstone
from schemas.ids import article_id, event_id
from schemas.pages import FetchedPage, Source
from tasks.archives import GonePage
from tasks.entities import AliasTable, mentions_for_versions
from tasks.urls import canonical_url
from tasks.versions import version_or_failure
from warehouse.log import append_events
from warehouse.warc import CapturePointer, Exchange, WarcBatchWriter


@dataclass(frozen=True)
class DateWindow:
    """Keep articles published (else observed) within [since, until]; None = open-ended."""

    since: date | None = None
    until: date | None = None

    def admits(self, version: ArticleVersion) -> bool:
        moment = version.published_at or version.observed_at
        day = moment.date()
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


@dataclass
class ChunkStats:
    pages: int = 0
    versions: int = 0
    outside_window: int = 0
    tombstones: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The counts, JSON-ready (for commit markers and run reports)."""
        return {
            "pages": self.pages,
            "versions": self.versions,
            "outside_window": self.outside_window,
            "tombstones": self.tombstones,
            "failures": dict(self.failures),
        }


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def capture_record(page: FetchedPage, pointer: CapturePointer, run_id: str) -> RawCapture:
    return RawCapture(
        capture_id=page.capture_id,
        url=page.url,
        final_url=page.final_url,
        status=page.status,
        content_type=page.content_type,
        etag=page.header("etag"),
        last_modified=page.header("last-modified"),
        content_sha256=hashlib.sha256(page.body).hexdigest(),
        content_length=len(page.body),
        warc_file=pointer.warc_file,
        warc_offset=pointer.offset,
        warc_length=pointer.length,
        source_id=page.source_id,
        observed_at=page.observed_at,
        run_id=run_id,
        listing_published=page.feed_published,
    )


def keep_raw(writer: WarcBatchWriter, page: FetchedPage) -> CapturePointer:
    """Copy an archived response into the warehouse's own WARC store (for later replay)."""
    return writer.write(
        Exchange(
            url=page.url,
            method="GET",
            request_headers=[],
            status=page.status,
            reason="OK",
            response_headers=list(page.headers),
            body=page.body,
            observed_at=page.observed_at,
        )
    )


def tombstone_for(gone: GonePage, source_id: str, run_id: str) -> Tombstone:
    article = article_id(canonical_url(gone.url))
    return Tombstone(
        event_id=event_id(article, gone.observed_at.isoformat()),
        article_id=article,
        url=gone.url,
        status=gone.status,
        source_id=source_id,
        observed_at=gone.observed_at,
        run_id=run_id,
    )


def store_pages(
    items: Iterable[FetchedPage | GonePage],
    *,
    root: UPath,
    run_id: str,
    source_of: Callable[[str], Source],
    window: DateWindow,
    aliases: AliasTable,
    raw: WarcBatchWriter | None,
    batch_size: int = 200,
) -> ChunkStats:
    """Derive, filter by window, recognize entities and append, batch by batch (uncommitted).

    `source_of` maps a page's source_id to its source (its time zone reads local times).

    With `raw`, each page is also copied into the warehouse's WARC store and gets a capture
    record; without it (replay), the captures are already stored.
    """
    stats = ChunkStats()
    for number, batch in enumerate(batches(items, batch_size)):
        events: list[Any] = []
        versions: list[ArticleVersion] = []
        for item in batch:
            if isinstance(item, GonePage):
                events.append(tombstone_for(item, item.source_id, run_id))
                stats.tombstones += 1
                continue
            source = source_of(item.source_id)
            stats.pages += 1
            version = version_or_failure(item, source, run_id)
            if isinstance(version, Failure):
                events.append(version)
                stats.failures[version.reason] += 1
                continue
            if not window.admits(version):
                stats.outside_window += 1
                continue
            if raw is not None:
                events.append(capture_record(item, keep_raw(raw, item), run_id))
            versions.append(version)
        events += versions + mentions_for_versions(versions, aliases, run_id)
        stats.versions += len(versions)
        stats.files += append_events(root, run_id, f"{number:05d}", events)
    return stats
