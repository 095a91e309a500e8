"""The replay flow: re-derive stored captures with the current code, file by file, offline."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger
from prefect.futures import as_completed

from flows.progress import RunProgress
from flows.runners import RunnerSetting, task_runner
from tasks.replay import replay_chunks, replay_file
from tasks.sources import load_sources, sources_path
from tasks.versions import page_derivation_key
from warehouse.layout import resolve_root
from warehouse.log import committed_chunks, init_warehouse
from warehouse.queries import stored_captures


# A deployment run picks its runner from its job variables (env); the CLI passes its own.
@flow(
    name="replay", log_prints=True, task_runner=task_runner(RunnerSetting.from_env(cpu_bound=True))
)
def replay(
    since: str | None = None, warehouse: str | None = None, sources: str | None = None
) -> dict[str, Any]:
    """New derivations of every capture observed since `since` (all when None)."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    start = datetime.fromisoformat(since).replace(tzinfo=UTC) if since else None
    captures = stored_captures(root, start)
    known_sources = {s.source_id: s for s in load_sources(sources_path(sources))}
    chunks = replay_chunks(captures, scope=str(since))
    done = committed_chunks(root, "replay")
    todo = [c for c in chunks if c.chunk_id not in done]
    logger.info(
        "replay with derivation %s: %d captures in %d files, %d files to do",
        page_derivation_key(),
        len(captures),
        len(chunks),
        len(todo),
    )
    futures = [
        replay_file.submit(
            root, chunk, [c for c in captures if c.warc_file == chunk.path], known_sources
        )
        for chunk in todo
    ]
    results = []
    with RunProgress(logger) as progress:
        file_stage, page_stage = progress.stage("files", len(todo)), progress.stage("pages")
        for future in as_completed(futures):
            results.append(future.result())
            file_stage.advance()
            page_stage.advance(results[-1]["pages"])
    return {
        "warehouse": str(root),
        "captures": len(captures),
        "files": len(chunks),
        "done": results,
    }
