"""Re-normalize stored entity mentions with the current alias table (a new derivation, appended).

Why: the alias table improves (a new alias, a merged entity, a corrected type), and timelines
should reflect it for the past too. This flow re-reads every stored article version's text
from the warehouse (no network), resolves its entities with the current table, and appends
mention events tagged with that table's version as one committed run; the views then prefer
the newest derivation. Nothing is rewritten: the older derivations stay in the log.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger

from flows.ingest import append_task, new_run_id, utc_now
from flows.progress import RunProgress
from flows.runners import RunnerSetting, task_runner
from tasks.entities import load_alias_table, mention_events
from warehouse.layout import resolve_root
from warehouse.log import commit_run, init_warehouse, write_alias_snapshot
from warehouse.queries import stored_versions


# CPU-bound (NER): a deployment run picks its runner from its job variables (env); the CLI
# passes its own (`flows.runners`).
@flow(
    name="renormalize",
    log_prints=True,
    task_runner=task_runner(RunnerSetting.from_env(cpu_bound=True)),
)
def renormalize(warehouse: str | None = None, batch_size: int = 200) -> dict[str, Any]:
    """Re-derive entity mentions of every stored version; returns the run's counts."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    run_id = new_run_id(utc_now())
    table = load_alias_table()
    write_alias_snapshot(root, table.version, ((eid, key) for key, eid in table.alias_rows()))
    versions = stored_versions(root)
    files: list[str] = []
    mentions = 0
    futures = [
        mention_events.submit(versions[start : start + batch_size], table, run_id)
        for start in range(0, len(versions), batch_size)
    ]
    with RunProgress(logger) as progress:
        stage = progress.stage("versions", len(versions))
        for index, future in enumerate(futures):  # derived on the workers, appended in order
            events = future.result()
            files += append_task(root, run_id, f"{index:05d}", events)
            mentions += len(events)
            stage.advance(min(batch_size, len(versions) - index * batch_size))
    summary = {"alias_version": table.version, "versions": len(versions), "mentions": mentions}
    commit_run(root, run_id, "renormalize", files, **summary)
    logger.info("run %s committed: %s", run_id, summary)
    return {"run_id": run_id, "warehouse": str(root), **summary}
