"""Backfill work units as Prefect tasks: an archive file, a day of Wayback snapshots, a sitemap.

Each unit is its own run: it writes its records and raw captures, then commits with its chunk
id. A restarted backfill skips committed chunks; a unit killed midway left only invisible,
uncommitted files, and doing it again yields the same events (deterministic ids).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from upath import UPath

from schemas.errors import ArchiveDamaged, failure_record
from schemas.events import Failure
from schemas.pages import FetchedPage, FetchRequest, Source
from tasks.archives import ArchiveReport, Chunk, GonePage, archive_path, read_archive
from tasks.entities import load_alias_table
from tasks.fetch import FetchConfig, Fetcher, FetchOutcome, capture_id_for
from tasks.records import ChunkStats, DateWindow, store_pages
from tasks.wayback import Snapshot, snapshot_url
from warehouse.log import append_events, commit_run
from warehouse.warc import WarcBatchWriter


def chunk_run_id(chunk: Chunk) -> str:
    """Unique per attempt: a killed attempt's files never join a later attempt's commit."""
    return f"{chunk.kind}-{chunk.chunk_id[:16]}-{uuid.uuid4().hex[:8]}"


def _commit(root: UPath, run_id: str, chunk: Chunk, stats: ChunkStats, **extra: Any) -> dict:
    # Which machine and process did the chunk: the trail of a run spread over workers.
    summary = {**stats.summary(), "worker": f"{socket.gethostname()}:{os.getpid()}"}
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


def _store(
    root: UPath,
    run_id: str,
    day: str,
    pages: Iterable[FetchedPage | GonePage],
    source: Source,
    window: DateWindow,
) -> ChunkStats:
    """Derive and store one chunk's pages, keeping their raw responses in the chunk's WARC."""
    with WarcBatchWriter(root, run_id, "raw", day) as raw:
        return store_pages(
            pages,
            root=root,
            run_id=run_id,
            source_of=lambda _: source,
            window=window,
            aliases=load_alias_table(),
            raw=raw,
        )


@task(name="backfill archive file", cache_policy=NO_CACHE)
def backfill_archive_file(
    chunk: Chunk,
    *,
    root: UPath,
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
    pages = read_archive(
        archive_path(chunk.path), source_id=source.source_id, hosts=hosts, report=report
    )
    stats = _store(root, run_id, day, pages, source, window)
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


@dataclass(frozen=True)
class FetchJob:
    """One page a chunk fetches: from where, as which URL, and when it counts as observed."""

    fetch_url: str
    page_url: str
    captured_at: datetime | None = None  # an archive's capture time; None = when fetched
    published_hint: datetime | None = None


def _page_or_failure(
    job: FetchJob, outcome: FetchOutcome, source: Source, run_id: str
) -> FetchedPage | Failure:
    observed_at = job.captured_at or outcome.observed_at
    response = outcome.response
    if outcome.error is not None or response is None:
        return failure_record(
            outcome.error or ArchiveDamaged("no response"),
            url=job.page_url,
            source_id=source.source_id,
            stage="fetch",
            observed_at=observed_at,
            run_id=run_id,
        )
    # An archived snapshot is the original page; a live fetch is what the redirects reached.
    final_url = job.page_url if job.captured_at else response.url
    return FetchedPage(
        url=job.page_url,
        final_url=final_url,
        status=response.status,
        content_type=response.header("content-type"),
        headers=tuple(response.headers),
        body=response.body,
        observed_at=observed_at,
        capture_id=capture_id_for(final_url, observed_at, response.body),
        source_id=source.source_id,
        feed_published=job.published_hint,
    )


def _fetch_and_store(
    chunk: Chunk,
    jobs: list[FetchJob],
    *,
    root: UPath,
    source: Source,
    window: DateWindow,
    day: str,
    now: Callable[[], datetime],
) -> dict:
    """Fetch a chunk's pages (politely, concurrently), derive and store them, commit."""
    run_id = chunk_run_id(chunk)
    with Fetcher(FetchConfig.from_env(), now) as fetcher:
        outcomes = fetcher.fetch_all([FetchRequest(job.fetch_url) for job in jobs])
    results = [
        _page_or_failure(job, outcome, source, run_id)
        for job, outcome in zip(jobs, outcomes, strict=True)
    ]
    failures = [r for r in results if isinstance(r, Failure)]
    pages = [r for r in results if isinstance(r, FetchedPage)]
    stats = _store(root, run_id, day, pages, source, window)
    if failures:
        stats.files += append_events(root, run_id, "fetch-failures", failures)
        stats.failures.update(f.reason for f in failures)
    return _commit(root, run_id, chunk, stats)


@task(name="backfill wayback day", cache_policy=NO_CACHE)
def backfill_wayback_day(
    chunk: Chunk,
    *,
    root: UPath,
    source: Source,
    window: DateWindow,
    base: str,
    day: str,
    now: Callable[[], datetime],
) -> dict:
    """Fetch one day's snapshots (raw bytes), each a capture at its snapshot time."""
    snapshots = [Snapshot(timestamp, original) for timestamp, original in chunk.entries]
    jobs = [FetchJob(snapshot_url(base, s), s.original, s.observed_at) for s in snapshots]
    return _fetch_and_store(chunk, jobs, root=root, source=source, window=window, day=day, now=now)


@task(name="backfill sitemap", cache_policy=NO_CACHE)
def backfill_sitemap(
    chunk: Chunk,
    *,
    root: UPath,
    source: Source,
    window: DateWindow,
    day: str,
    now: Callable[[], datetime],
) -> dict:
    """Fetch the pages one sitemap lists as they are today, with its date hints."""
    jobs = [
        FetchJob(url, url, None, datetime.fromisoformat(hint) if hint else None)
        for hint, url in chunk.entries
    ]
    return _fetch_and_store(chunk, jobs, root=root, source=source, window=window, day=day, now=now)
