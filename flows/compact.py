"""The compaction flow: merge each partition's small files, verify, retire the old ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from warehouse.compact import compact_partition, partitions, retire
from warehouse.layout import resolve_root
from warehouse.log import committed_run_ids, init_warehouse

compact_task = task(name="compact partition", cache_policy=NO_CACHE)(compact_partition)


@flow(name="compact", log_prints=True)
def compact(warehouse: str | None = None, grace_minutes: float = 10.0) -> dict[str, Any]:
    """Compact every partition; files replaced longer than `grace_minutes` ago are retired."""
    logger = get_run_logger()
    root = resolve_root(warehouse)
    init_warehouse(root)
    committed = committed_run_ids(root)
    done = []
    for dataset, partition in partitions(root):
        result = compact_task(root, dataset, partition, committed)
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
    moved = retire(root, timedelta(minutes=grace_minutes), datetime.now(UTC))
    return {
        "warehouse": str(root),
        "compacted": len(done),
        "rows": sum(c.rows for c in done),
        "retired_files": len(moved),
    }
