"""Backfill work units as Prefect tasks: an archive file, a day of Wayback snapshots, a sitemap.

Each unit is its own run: it writes its records and raw captures, then commits with its chunk
id. A restarted backfill skips committed chunks; a unit killed midway left only invisible,
uncommitted files, and doing it again yields the same events (deterministic ids).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.pages import FetchedPage, FetchRequest, Source
from tasks.archives import ArchiveReport, Chunk, read_archive
from tasks.entities import load_alias_table
from tasks.errors import ArchiveDamaged, failure_record
from tasks.fetch import FetchConfig, Fetcher, capture_id_for
from tasks.records import ChunkStats, DateWindow, store_pages
from tasks.wayback import Snapshot, snapshot_url
from warehouse.log import append_events, commit_run
from warehouse.warc import WarcBatchWriter


def chunk_run_id(chunk: Chunk) -> str:
    """Unique per attempt: a killed attempt's files never join a later attempt's commit."""
    return f"{chunk.kind}-{chunk.chunk_id[:16]}-{uuid.uuid4().hex[:8]}"


def _commit(root: Path, run_id: str, chunk: Chunk, stats: ChunkStats, **extra: Any) -> dict:
    summary = stats.summary()
    commit_run(
        root,
        run_id,
        "backfill",
        stats.files,
        chunk=chunk.chunk_id,
        label=chunk.label,
        kind=chunk.kind,
        **summary,
        **extra,
    )
    return {"chunk": chunk.label, "run_id": run_id, **summary, **extra}


@task(name="backfill archive file", cache_policy=NO_CACHE)
def backfill_archive_file(
    chunk: Chunk,
    *,
    root: Path,
    source: Source,
    window: DateWindow,
    hosts: list[str] | None,
    day: str,
    started_at: datetime,
) -> dict:
    """Derive and store every article page of one WARC/ARC file, then commit it."""
    assert chunk.path is not None
    run_id = chunk_run_id(chunk)
    report = ArchiveReport()
    with WarcBatchWriter(root, run_id, "raw", day) as raw:
        stats = store_pages(
            read_archive(Path(chunk.path), source_id=source.source_id, hosts=hosts, report=report),
            root=root,
            run_id=run_id,
            source_of=lambda _: source,
            window=window,
            aliases=load_alias_table(),
            raw=raw,
        )
    if report.damage:
        failure = failure_record(
            ArchiveDamaged(report.damage),
            url=chunk.path,
            source_id=source.source_id,
            stage="archive",
            observed_at=started_at,
            run_id=run_id,
        )
        stats.files += append_events(root, run_id, "damage", [failure])
        stats.failures[ArchiveDamaged.reason] += 1
    return _commit(root, run_id, chunk, stats, skipped=dict(report.skipped))


@task(name="backfill wayback day", cache_policy=NO_CACHE)
def backfill_wayback_day(
    chunk: Chunk,
    *,
    root: Path,
    source: Source,
    window: DateWindow,
    base: str,
    day: str,
    now: Callable[[], datetime],
) -> dict:
    """Fetch one day's snapshots (raw bytes), each a capture at its snapshot time."""
    run_id = chunk_run_id(chunk)
    pages, failures = [], []
    with Fetcher(FetchConfig.from_env(), now) as fetcher:
        for timestamp, original in chunk.entries:
            snapshot = Snapshot(timestamp, original)
            outcome = fetcher.fetch(snapshot_url(base, snapshot))
            if outcome.error is not None or outcome.response is None:
                failures.append(
                    failure_record(
                        outcome.error or ArchiveDamaged("no response"),
                        url=original,
                        source_id=source.source_id,
                        stage="fetch",
                        observed_at=snapshot.observed_at,
                        run_id=run_id,
                    )
                )
                continue
            body = outcome.response.body
            pages.append(
                FetchedPage(
                    url=original,
                    final_url=original,
                    status=200,
                    content_type=dict((k.lower(), v) for k, v in outcome.response.headers).get(
                        "content-type"
                    ),
                    headers=tuple(outcome.response.headers),
                    body=body,
                    observed_at=snapshot.observed_at,
                    capture_id=capture_id_for(original, snapshot.observed_at, body),
                    source_id=source.source_id,
                )
            )
    with WarcBatchWriter(root, run_id, "raw", day) as raw:
        stats = store_pages(
            pages,
            root=root,
            run_id=run_id,
            source_of=lambda _: source,
            window=window,
            aliases=load_alias_table(),
            raw=raw,
        )
    if failures:
        stats.files += append_events(root, run_id, "fetch-failures", failures)
        for failure in failures:
            stats.failures[failure.reason] += 1
    return _commit(root, run_id, chunk, stats)


@task(name="backfill sitemap", cache_policy=NO_CACHE)
def backfill_sitemap(
    chunk: Chunk,
    *,
    root: Path,
    source: Source,
    window: DateWindow,
    day: str,
    now: Callable[[], datetime],
) -> dict:
    """Fetch the pages one sitemap lists (politely, concurrently) as they are today."""
    run_id = chunk_run_id(chunk)
    requests = [
        FetchRequest(url, feed_published=datetime.fromisoformat(hint) if hint else None)
        for hint, url in chunk.entries
    ]
    with Fetcher(FetchConfig.from_env(), now) as fetcher:
        outcomes = fetcher.fetch_all(requests)
    pages, failures = [], []
    for request, outcome in zip(requests, outcomes, strict=True):
        response = outcome.response
        if outcome.error is not None or response is None:
            error = outcome.error or ArchiveDamaged("no response")
            failures.append(
                failure_record(
                    error,
                    url=request.url,
                    source_id=source.source_id,
                    stage="fetch",
                    observed_at=outcome.observed_at,
                    run_id=run_id,
                )
            )
            continue
        pages.append(
            FetchedPage(
                url=request.url,
                final_url=response.url,
                status=response.status,
                content_type=response.header("content-type"),
                headers=tuple(response.headers),
                body=response.body,
                observed_at=outcome.observed_at,
                capture_id=capture_id_for(response.url, outcome.observed_at, response.body),
                source_id=source.source_id,
                feed_published=request.feed_published,
            )
        )
    with WarcBatchWriter(root, run_id, "raw", day) as raw:
        stats = store_pages(
            pages,
            root=root,
            run_id=run_id,
            source_of=lambda _: source,
            window=window,
            aliases=load_alias_table(),
            raw=raw,
        )
    if failures:
        stats.files += append_events(root, run_id, "fetch-failures", failures)
        for failure in failures:
            stats.failures[failure.reason] += 1
    return _commit(root, run_id, chunk, stats)
