"""The nightly ingest flow: discover → fetch (+WARC) → derive → entities → append → commit.

The flow only composes stages. Tasks are coarse (one batch of articles per task), and the
run becomes visible in the warehouse only when its commit marker is written at the very end.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from schemas.events import ArticleVersion, Failure, RawCapture, Tombstone
from schemas.pages import FeedItem, Source
from tasks.discover import canonical_url, discover_source, load_sources
from tasks.entities import load_alias_table, mention_events
from tasks.errors import NewsledgerError, failure_record
from tasks.fetch import FetchBatch, fetch_pages
from tasks.versions import article_id_for, derive_versions
from warehouse.layout import resolve_root
from warehouse.log import append_events, commit_run, init_warehouse, write_alias_snapshot
from warehouse.queries import KnownArticle, known_articles
from warehouse.warc import CapturePointer

DEFAULT_SOURCES = Path(__file__).resolve().parents[1] / "seeds" / "sources.csv"

append_task = task(name="append events", cache_policy=NO_CACHE)(append_events)


def utc_now() -> datetime:
    """The flow's clock: the only place fetch times come from."""
    return datetime.now(UTC)


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class SourceHealth:
    source_id: str
    discovered: int = 0
    fetched: int = 0
    unchanged: int = 0
    new_versions: int = 0
    deleted: int = 0
    failed: dict[str, int] = field(default_factory=dict)


def urls_to_check(
    items: Sequence[FeedItem], known: dict[str, KnownArticle], source: Source
) -> list[str]:
    """Feed items first, then every live article of the source the feed no longer lists."""
    urls = list(dict.fromkeys(item.url for item in items))
    listed = {canonical_url(url) for url in urls}
    for article in known.values():
        mine = article.source_id == source.source_id and article.live
        if mine and canonical_url(article.url) not in listed:
            urls.append(article.url)
    return urls


def capture_records(batch: FetchBatch, run_id: str) -> list[RawCapture]:
    def record(page: Any, pointer: CapturePointer) -> RawCapture:
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
        )

    return [record(page, pointer) for page, pointer in batch.captures]


def tombstones_for(
    batch: FetchBatch, known_by_url: dict[str, KnownArticle], source: Source, run_id: str
) -> tuple[list[Tombstone], list[Failure]]:
    """A 404/410 for a known live article is a tombstone; for an unknown URL, a failure."""
    tombstones, failures = [], []
    for outcome in batch.gone:
        known = known_by_url.get(outcome.url)
        status = getattr(outcome.error, "status", 410)
        if known is not None and known.live:
            key = f"{known.article_id}\n{outcome.observed_at.isoformat()}"
            tombstones.append(
                Tombstone(
                    event_id=article_id_for(key),
                    article_id=known.article_id,
                    url=outcome.url,
                    status=status,
                    source_id=source.source_id,
                    observed_at=outcome.observed_at,
                    run_id=run_id,
                )
            )
        elif known is None:
            assert outcome.error is not None
            failures.append(
                failure_record(
                    outcome.error,
                    url=outcome.url,
                    source_id=source.source_id,
                    stage="fetch",
                    observed_at=outcome.observed_at,
                    run_id=run_id,
                )
            )
    return tombstones, failures


@flow(name="nightly-ingest", log_prints=True)
def nightly_ingest(
    sources: str | None = None, warehouse: str | None = None, batch_size: int = 25
) -> dict[str, Any]:
    """Ingest every source of sources.csv once; returns per-source health counts."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    run_id = new_run_id(utc_now())
    known = known_articles(root)
    aliases = load_alias_table()
    write_alias_snapshot(root, aliases.version, ((eid, key) for key, eid in aliases.alias_rows()))
    known_by_url = {article.url: article for article in known.values()}
    files: list[str] = []
    health: list[SourceHealth] = []
    batch_no = 0

    for source in load_sources(Path(sources) if sources else DEFAULT_SOURCES):
        counts = SourceHealth(source.source_id)
        health.append(counts)
        try:
            items = discover_source(source, utc_now)
        except NewsledgerError as exc:
            failure = failure_record(
                exc,
                url=source.feed_url or source.homepage,
                source_id=source.source_id,
                stage="discover",
                observed_at=utc_now(),
                run_id=run_id,
            )
            files += append_task(root, run_id, f"{batch_no:05d}", [failure])
            batch_no += 1
            counts.failed[exc.reason] = counts.failed.get(exc.reason, 0) + 1
            continue
        counts.discovered = len(items)
        feed_dates = {i.url: i.published for i in items if i.published}
        for urls in chunks(urls_to_check(items, known, source), batch_size):
            batch = f"{batch_no:05d}"
            batch_no += 1
            fetched = fetch_pages(
                urls,
                source_id=source.source_id,
                root=root,
                run_id=run_id,
                batch=batch,
                now=utc_now,
                feed_dates=feed_dates,
            )
            versions, failures = derive_versions(fetched.pages, source, run_id)
            fresh = [v for v in versions if _is_new(v, known)]
            for v in fresh:  # a later batch of this run must compare with this version
                known[v.article_id] = KnownArticle(
                    v.article_id, v.url, v.source_id, v.content_hash, True
                )
            tombstones, gone_failures = tombstones_for(fetched, known_by_url, source, run_id)
            failures += gone_failures + [
                failure_record(
                    o.error,
                    url=o.url,
                    source_id=source.source_id,
                    stage="fetch",
                    observed_at=o.observed_at,
                    run_id=run_id,
                )
                for o in fetched.failures
                if o.error is not None
            ]
            mentions = mention_events(fresh, aliases, run_id) if fresh else []
            events: list[Any] = [
                *capture_records(fetched, run_id),
                *fresh,
                *mentions,
                *failures,
                *tombstones,
            ]
            files += append_task(root, run_id, batch, events)
            counts.fetched += len(fetched.pages)
            counts.unchanged += len(versions) - len(fresh)
            counts.new_versions += len(fresh)
            counts.deleted += len(tombstones)
            for failure in failures:
                counts.failed[failure.reason] = counts.failed.get(failure.reason, 0) + 1

    summary = {h.source_id: vars(h) for h in health}
    commit_run(root, run_id, "nightly-ingest", files, sources=summary)
    logger.info("run %s committed: %s", run_id, summary)
    return {"run_id": run_id, "warehouse": str(root), "sources": summary}


def _is_new(version: ArticleVersion, known: dict[str, KnownArticle]) -> bool:
    """A version is new unless the article's latest known content hash is the same (and live)."""
    previous = known.get(version.article_id)
    return previous is None or not previous.live or previous.content_hash != version.content_hash
