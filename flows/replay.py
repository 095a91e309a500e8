"""The replay flow: re-derive stored captures with the current code, file by file, offline."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import as_completed

from flows.progress import RunProgress
from flows.runners import RunnerSetting, task_runner, utc_now
from tasks.replay import replay_chunks, replay_task
from tasks.sources import load_sources, sources_path
from tasks.versions import page_derivation_key
from warehouse.layout import resolve_root
from warehouse.log import committed_chunks, init_warehouse


# A deployment run picks its runner from its job variables (env); the CLI passes its own.
@flow(
    name="replay", log_prints=True, task_runner=task_runner(RunnerSetting.from_env(cpu_bound=True))
)
def replay(
    since: str | None = None, warehouse: str | None = None, sources: str | None = None
) -> dict[str, Any]:
    """New derivations of every article with a capture observed since `since` (all when
    None): all of such an article's captures, so versions compare like with like."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    start = datetime.fromisoformat(since).replace(tzinfo=UTC) if since else None
    known_sources = {s.source_id: s for s in load_sources(sources_path(sources))}
    chunks = replay_chunks(root, start)
    done = committed_chunks(root, "replay")
    todo = [c for c in chunks if c.chunk_id not in done]
    logger.info(
        "replay with derivation %s: %d files, %d to do",
        page_derivation_key(),
        len(chunks),
        len(todo),
    )
    futures = [replay_task.submit(root, chunk, start, known_sources, utc_now()) for chunk in todo]
    results = []
    with RunProgress(logger) as progress:
        file_stage, page_stage = progress.stage("files", len(todo)), progress.stage("captures")
        for future in as_completed(futures):
            results.append(future.result())
            file_stage.advance()
            page_stage.advance(results[-1]["captures"])
    return {
        "warehouse": str(root),
        "captures": sum(r["captures"] for r in results),
        "files": len(chunks),
        "done": results,
    }
