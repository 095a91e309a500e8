"""The backfill flow: plan chunks, skip the committed ones, run the rest in parallel.

`--warc`: one chunk per WARC/ARC file (CPU-bound: a process pool with `workers` > 1).
`--wayback`: one chunk per day of snapshots listed by the CDX API (I/O-bound: threads).
Resuming is planning again: chunks whose commit marker exists are done.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows.ingest import DEFAULT_SOURCES, utc_now
from schemas.pages import Source
from tasks.archives import Chunk, expand_paths, warc_chunks
from tasks.backfill import backfill_archive_file, backfill_wayback_day
from tasks.discover import load_sources
from tasks.entities import load_alias_table
from tasks.fetch import FEED_TYPES, FetchConfig, Fetcher
from tasks.records import DateWindow
from tasks.wayback import DEFAULT_BASE, cdx_query, parse_cdx, wayback_chunks
from warehouse.layout import resolve_root
from warehouse.log import committed_chunks, init_warehouse, write_alias_snapshot


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _list_snapshots(base: str, target: str, window: DateWindow) -> list[Any]:
    with Fetcher(FetchConfig.from_env(), utc_now) as fetcher:
        outcome = fetcher.fetch(
            cdx_query(base, target, window.since, window.until), accept=FEED_TYPES
        )
    if outcome.error is not None:
        raise outcome.error
    assert outcome.response is not None
    return parse_cdx(outcome.response.body)


@flow(name="backfill", log_prints=True)
def backfill(
    warc: list[str] | None = None,
    wayback: str | None = None,
    since: str | None = None,
    until: str | None = None,
    hosts: list[str] | None = None,
    source_id: str = "backfill",
    timezone: str = "UTC",  # for a source_id that seeds/sources.csv does not know
    warehouse: str | None = None,
    cdx_base: str | None = None,
) -> dict[str, Any]:
    """Backfill archives into the warehouse; safe to repeat and to interrupt."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    aliases = load_alias_table()
    write_alias_snapshot(root, aliases.version, ((eid, key) for key, eid in aliases.alias_rows()))
    window = DateWindow(_day(since), _day(until))
    known = {s.source_id: s for s in load_sources(DEFAULT_SOURCES)}
    source = known.get(source_id) or Source(source_id, source_id, "", None, None, None, timezone)
    scope = f"{sorted(hosts or [])}|{window}|{source_id}|{timezone}"
    started = utc_now()
    day = started.date().isoformat()

    chunks: list[Chunk]
    if warc:
        chunks = warc_chunks(expand_paths(warc), scope=scope)
    elif wayback:
        base = cdx_base or os.environ.get("NEWSLEDGER_WAYBACK_BASE", DEFAULT_BASE)
        chunks = wayback_chunks(_list_snapshots(base, wayback, window), scope=scope)
    else:
        raise ValueError("backfill needs --warc PATHS or --wayback URL")
    done = committed_chunks(root, "backfill")
    todo = [c for c in chunks if c.chunk_id not in done]
    logger.info(
        "backfill: %d chunks, %d already done, %d to do",
        len(chunks),
        len(chunks) - len(todo),
        len(todo),
    )

    if warc:
        futures = [
            backfill_archive_file.submit(
                c, root=root, source=source, window=window, hosts=hosts, day=day, started_at=started
            )
            for c in todo
        ]
    else:
        futures = [
            backfill_wayback_day.submit(
                c, root=root, source=source, window=window, base=base, day=day, now=utc_now
            )
            for c in todo
        ]
    results = []
    for finished, future in enumerate(as_completed(futures), start=1):
        result = future.result()
        results.append(result)
        logger.info(
            "chunk %d/%d %s: %d pages, %d versions",
            finished,
            len(todo),
            result["chunk"],
            result["pages"],
            result["versions"],
        )
    return {
        "warehouse": str(root),
        "chunks": len(chunks),
        "skipped": len(chunks) - len(todo),
        "done": results,
    }


def run_backfill(workers: int = 1, **parameters: Any) -> dict[str, Any]:
    """Run the flow with a process pool for `workers` > 1 on archive files (CPU-bound)."""
    if parameters.get("warc") and workers > 1:
        runner: Any = ProcessPoolTaskRunner(max_workers=workers)
    else:
        runner = ThreadPoolTaskRunner(max_workers=max(workers, 4))
    result: dict[str, Any] = backfill.with_options(task_runner=runner)(**parameters)
    return result
