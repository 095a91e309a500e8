"""The compaction flow: merge each partition's small files, verify, retire the old ones,
collect what killed runs left behind (`warehouse.gc`), and build the timelines' rollup over
the compacted warehouse (`warehouse.rollup`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from warehouse.compact import compact_partition, partitions, retire
from warehouse.file_schemas import note_fingerprints
from warehouse.gc import DEFAULT_GRACE, collect_garbage
from warehouse.layout import resolve_root
from warehouse.ledger import has_warehouse, read_ledger
from warehouse.queries import connect
from warehouse.rollup import build_entity_days, usable_rollup

compact_task = task(name="compact partition", cache_policy=NO_CACHE)(compact_partition)
rollup_task = task(name="entity days rollup", cache_policy=NO_CACHE)(build_entity_days)


@flow(name="compact", log_prints=True)
def compact(
    warehouse: str | None = None,
    grace_minutes: float = 10.0,
    gc_grace_hours: float = DEFAULT_GRACE.total_seconds() / 3600,
) -> dict[str, Any]:
    """Compact every partition; files replaced longer than `grace_minutes` ago are retired,
    and files of runs that never committed, older than `gc_grace_hours`, are removed."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    if not has_warehouse(root):  # maintenance creates nothing (writers may not have begun)
        logger.info("no warehouse at %s yet: nothing to compact", root)
        counts = ("compacted", "rows", "retired_files", "collected_files", "collected_bytes")
        return {"warehouse": str(root), **dict.fromkeys(counts, 0)}
    live = read_ledger(root).require_readable().live_files()
    done = []
    for dataset, partition in partitions(root):
        result = compact_task(root, dataset, partition, live)
        if result is not None:
            done.append(result)
            logger.info(
                "%s/%s: %d files → 1 (%d rows, digest %s)",
                dataset,
                partition.name,
                len(result.replaced),
                result.rows,
                result.digest[:12],
            )
    now = datetime.now(UTC)
    moved = retire(root, timedelta(minutes=grace_minutes), now)
    collected = collect_garbage(root, timedelta(hours=gc_grace_hours), now)
    logger.info("gc: %s", collected.summary())
    noted = note_fingerprints(root)
    if noted:
        logger.info("recorded the columns of %d older files", noted)
    usable = usable_rollup(root, read_ledger(root).require_readable().live_files())
    if usable is None or usable[1]:  # none yet, stale, or runs committed since it was built
        manifest = rollup_task(root, connect, now)
        logger.info(
            "entity days rollup: %d rows over %d files", manifest["rows"], len(manifest["covers"])
        )
    return {
        "warehouse": str(root),
        "compacted": len(done),
        "rows": sum(c.rows for c in done),
        "retired_files": len(moved),
        "collected_files": len(collected.removed),
        "collected_bytes": collected.freed_bytes,
    }
