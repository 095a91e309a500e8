"""Backfill work units as Prefect tasks: an archive file, a day of Wayback snapshots, a sitemap.

Each unit is its own run: it writes its records and raw captures, then commits with its chunk
id. A restarted backfill skips committed chunks; a unit killed midway left only invisible,
uncommitted files, and doing it again yields the same events (deterministic ids).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from upath import UPath

from schemas.errors import ArchiveDamaged, failure_record
from schemas.ids import run_id_at
from schemas.pages import Arrival, FetchedPage, FetchRequest, Source
from schemas.tally import Tally
from tasks.archives import ArchiveReport, Chunk, archive_path, read_archive
from tasks.entities import load_alias_table
from tasks.fetch import FetchConfig, Fetcher, FetchOutcome, capture_id_for
from tasks.fetch_service import arrival
from tasks.store import (
    DEFAULT_BATCH,
    DateWindow,
    RunFiles,
    StoreContext,
    batches,
    held_urls,
    store_batch,
)
from tasks.wayback import Snapshot, snapshot_url


class _LastCapture:
    """Remembers the capture time of the last record read from an archive: a damaged file's
    failure is dated by it, so every writer that reads the same file records the same event."""

    def __init__(self, path: UPath) -> None:
        self.path = path
        self.moment: datetime | None = None

    def track(self, items: Iterable[Arrival]) -> Iterator[Arrival]:
        for item in items:
            self.moment = item.observed_at
            yield item

    def when(self) -> datetime:
        """The last capture read, else the file's modification time."""
        if self.moment is not None:
            return self.moment
        return datetime.fromtimestamp(self.path.stat().st_mtime, UTC)


def chunk_run_id(chunk: Chunk, now: datetime) -> str:
    """Unique per attempt: a killed attempt's files never join a later attempt's commit."""
    return f"{chunk.kind}-{chunk.chunk_id[:16]}-{run_id_at(now)}"


def _commit(run: RunFiles, chunk: Chunk, tally: Tally, **extra: Any) -> dict:
    # Which machine and process did the chunk: the trail of a run spread over workers.
    summary = {**tally.summary(), "worker": f"{socket.gethostname()}:{os.getpid()}"}
    run.commit(
        "backfill",
        chunk=chunk.chunk_id,
        label=chunk.label,
        kind=chunk.kind,
        **summary,
        **extra,
    )
    return {"chunk": chunk.label, "run_id": run.run_id, **summary, **extra}


def _store(
    run: RunFiles, day: str, items: Iterable[Arrival], source: Source, window: DateWindow
) -> Tally:
    """Derive and store one chunk's pages, keeping their raw responses in the chunk's WARC."""
    ctx = StoreContext(run, {source.source_id: source}, load_alias_table(), window=window, day=day)
    ctx.known_urls.update(held_urls(run.root))
    tally = Tally()
    for batch in batches(items, DEFAULT_BATCH):
        store_batch(batch, ctx, lambda _: tally)
    return tally


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
    run = RunFiles(root, chunk_run_id(chunk, started_at))
    report = ArchiveReport()
    path = archive_path(chunk.path)
    last = _LastCapture(path)
    pages = read_archive(path, source_id=source.source_id, hosts=hosts, report=report)
    tally = _store(run, day, last.track(pages), source, window)
    if report.damage:
        failure = failure_record(
            ArchiveDamaged(report.damage),
            url=chunk.path,
            source_id=source.source_id,
            stage="archive",
            observed_at=last.when(),
            run_id=run.run_id,
        )
        run.append([failure])
        tally.fail([failure])
    return _commit(run, chunk, tally, skipped=dict(report.skipped))


@dataclass(frozen=True)
class FetchJob:
    """One page a chunk fetches: from where, as which URL, and when it counts as observed."""

    fetch_url: str
    page_url: str
    captured_at: datetime | None = None  # an archive's capture time; None = when fetched
    published_hint: datetime | None = None


def _arrival(job: FetchJob, outcome: FetchOutcome, source: Source) -> Arrival:
    """A fetched job as the store takes it: an archived snapshot is the original page at its
    capture time; a live fetch is what the redirects reached, now."""
    request = FetchRequest(job.fetch_url, feed_published=job.published_hint)
    fetched = arrival(outcome, request, source.source_id)
    if job.captured_at is None:
        return replace(fetched, url=job.page_url) if isinstance(fetched, FetchedPage) else fetched
    moved = replace(fetched, url=job.page_url, observed_at=job.captured_at)
    if isinstance(moved, FetchedPage):
        capture_id = capture_id_for(job.page_url, job.captured_at, moved.body)
        moved = replace(moved, final_url=job.page_url, capture_id=capture_id)
    return moved


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
    run = RunFiles(root, chunk_run_id(chunk, now()))
    with Fetcher(FetchConfig.from_env(), now) as fetcher:
        outcomes = fetcher.fetch_all([FetchRequest(job.fetch_url) for job in jobs])
    items = [_arrival(job, outcome, source) for job, outcome in zip(jobs, outcomes, strict=True)]
    tally = _store(run, day, items, source, window)
    return _commit(run, chunk, tally)


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
