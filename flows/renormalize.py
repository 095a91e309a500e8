"""Re-derive stored entity mentions with the current resolver, model and alias table (a new
derivation, appended).

Why: the alias table improves (a new alias, a merged entity, a corrected type), a better spaCy
model or resolver ships, and timelines should reflect it for the past too. This flow re-reads
every stored article version's text from the warehouse (no network), resolves its entities with
today's derivation (`entity_derivation_key`), and appends mention events tagged with it as one
committed run; the views then show only the newest derivation per article version. Nothing is
rewritten: older derivations stay in the log (and `*_as_of` still shows them as they were).
Versions are streamed in batches, so memory does not grow with the warehouse.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.progress import RunProgress
from flows.runners import RunnerSetting, task_runner, utc_now
from schemas.ids import run_id_at
from tasks.entities import entity_derivation_key, load_alias_table, mention_events
from tasks.store import RunFiles
from warehouse.layout import resolve_root
from warehouse.log import init_warehouse, write_alias_snapshot
from warehouse.stored import stream_versions

append_task = task(name="append mentions", cache_policy=NO_CACHE)(RunFiles.append)
IN_FLIGHT = 4  # batches handed to workers ahead of the one being appended


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
    run = RunFiles(root, run_id_at(utc_now()))
    table = load_alias_table()
    write_alias_snapshot(root, table.version, ((eid, key) for key, eid in table.alias_rows()))
    versions = mentions = 0
    pending: list[Any] = []

    with RunProgress(logger) as progress:
        stage = progress.stage("versions")

        def append_oldest() -> None:
            nonlocal mentions
            batch, future = pending.pop(0)
            events = future.result()
            append_task(run, events)
            mentions += len(events)
            stage.advance(len(batch))

        for batch in stream_versions(root, batch_size):  # derived on workers, appended in order
            pending.append((batch, mention_events.submit(batch, table, run.run_id)))
            versions += len(batch)
            if len(pending) > IN_FLIGHT:
                append_oldest()
        while pending:
            append_oldest()
    summary = {
        "derivation_key": entity_derivation_key(table.version),
        "alias_version": table.version,
        "versions": versions,
        "mentions": mentions,
    }
    run.commit("renormalize", **summary)
    logger.info("run %s committed: %s", run.run_id, summary)
    return {"run_id": run.run_id, "warehouse": str(root), **summary}
