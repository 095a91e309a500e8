"""The backfill flow: plan chunks, skip the committed ones, run the rest in parallel.

`--warc`: one chunk per WARC/ARC file (CPU-bound: processes or Dask, see `flows.runners`).
`--wayback`: one chunk per day of snapshots listed by the CDX API (I/O-bound: threads).
`--sitemap`: one chunk per urlset (a dated index is followed, children last modified before
`--since` skipped); its pages inside the window (news:publication_date, else lastmod) are
fetched as they are today.
Resuming is planning again: chunks whose commit marker exists are done.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import as_completed

from flows.progress import RunProgress
from flows.runners import RunnerSetting, run_flow, task_runner, utc_now
from schemas.pages import Source
from tasks.archives import Chunk, chunk_id, expand_paths, warc_chunks
from tasks.backfill import backfill_archive_file, backfill_sitemap, backfill_wayback_day
from tasks.entities import load_alias_table
from tasks.fetch import FEED_TYPES, FetchConfig, Fetcher
from tasks.sitemaps import child_may_hold, parse_sitemap, windowed_pages
from tasks.sources import load_sources, sources_path
from tasks.store import DateWindow
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


def _sitemap_chunks(url: str, window: DateWindow, scope: str) -> list[Chunk]:
    """One chunk per urlset reachable from `url` (an index is followed one level)."""
    chunks: list[Chunk] = []
    with Fetcher(FetchConfig.from_env(), utc_now) as fetcher:
        queue, seen = [url], set()
        while queue:
            current = queue.pop(0)
            if current in seen:
                continue
            seen.add(current)
            outcome = fetcher.fetch(current, accept=FEED_TYPES)
            if outcome.error is not None:
                raise outcome.error
            assert outcome.response is not None
            sitemap = parse_sitemap(outcome.response.body, outcome.response.url)
            if sitemap.is_index:
                queue += [e.url for e in sitemap.entries if child_may_hold(e, window.since)]
                continue
            entries = windowed_pages(sitemap, window.since, window.until)
            if entries:
                chunk_key = chunk_id("sitemap", current, scope, *(u for _, u in entries))
                chunks.append(Chunk(chunk_key, "sitemap", current, None, tuple(entries)))
    return chunks


# A deployment run picks its runner from its job variables (env); the CLI passes its own.
@flow(
    name="backfill",
    log_prints=True,
    task_runner=task_runner(RunnerSetting.from_env(cpu_bound=True)),
)
def backfill(
    warc: list[str] | None = None,
    wayback: str | None = None,
    sitemap: str | None = None,
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
    known = {s.source_id: s for s in load_sources(sources_path())}
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
    elif sitemap:
        chunks = _sitemap_chunks(sitemap, window, scope)
    else:
        raise ValueError("backfill needs --warc PATHS, --sitemap URL or --wayback URL")
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
    elif sitemap:
        futures = [
            backfill_sitemap.submit(
                c, root=root, source=source, window=window, day=day, now=utc_now
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
    with RunProgress(logger) as progress:
        chunk_stage, page_stage = progress.stage("chunks", len(todo)), progress.stage("pages")
        for finished, future in enumerate(as_completed(futures), start=1):
            result = future.result()
            results.append(result)
            chunk_stage.advance()
            page_stage.advance(result["fetched"])
            logger.info(
                "chunk %d/%d %s: %d pages, %d versions",
                finished,
                len(todo),
                result["chunk"],
                result["fetched"],
                result["versions"],
            )
    return {
        "warehouse": str(root),
        "chunks": len(chunks),
        "skipped": len(chunks) - len(todo),
        "done": results,
    }


def run_backfill(
    workers: int | None = None, runner: RunnerSetting | None = None, **parameters: Any
) -> dict[str, Any]:
    """Run the flow on `runner`, else on the configured one (`RunnerSetting.from_env`):
    archive files are CPU-bound, snapshots and sitemaps I/O-bound."""
    if runner is None:
        runner = RunnerSetting.from_env(workers=workers, cpu_bound=bool(parameters.get("warc")))
    result: dict[str, Any] = run_flow(backfill, runner, **parameters)
    return result
