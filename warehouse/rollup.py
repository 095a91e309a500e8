"""Entity days: what every entity's timeline counts, computed once at compaction.

Why: one entity's timeline counts every article that mentions it, each with its latest
version that does (views.sql `entity_ids_latest`). Computed from the log, that reads every
version and mention row of those articles: for an entity in a quarter of a year of news, a
quarter of the warehouse, seconds per query. The rollup holds the answer for every entity
and article as of the files it was built from, sorted by entity, so a timeline reads the
entity's rows only.

It never changes an answer. A rollup states the event files it covers (the live article
version and mention files when it was built). It is used only while every one of them is still
live: a later compaction that merged them, or a quarantine, makes it stale until the next
compaction builds a new one. Rows in files it does not cover (runs committed since) make
their articles "dirty": their rollup rows are ignored and those articles alone are computed
from the log, all their rows, exactly as without a rollup. Each article's result depends on
that article's rows only, so the union is the answer from the log.

```
<root>/rollups/entity_days.json               the current rollup: its file, what it covers
<root>/rollups/entity_days-<id>.parquet       entity_id, article_id, day, mention_count
```
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import duckdb
import pyarrow.parquet as pq
from upath import UPath

from warehouse.layout import dataset_of, rollups_dir
from warehouse.storage import list_files, remove, write_atomically, write_bytes_atomically

MANIFEST = "entity_days.json"
# The datasets an entity's days are computed from: a file of another dataset never changes them.
COVERED_DATASETS = ("article_versions", "entity_mentions")
# Rows per row group: an entity's rows are contiguous (sorted by entity), so a rare entity
# reads one group; a common one reads its own groups and skips the rest.
ROW_GROUP_ROWS = 16_384

# Every entity's latest-version rows; the derivation keys as `newsledger timeline` passes them
# (one key for every row lets the query skip comparing derivations).
ENTITY_DAYS_SQL = """
WITH every AS MATERIALIZED (
    SELECT coalesce(list(DISTINCT entity_id), []) AS ids,
           CASE WHEN count(*) = count(derivation_key) THEN list(DISTINCT derivation_key) END
               AS keys
    FROM mention_log
)
SELECT entity_id, article_id, day, mention_count
FROM entity_ids_latest((SELECT ids FROM every), derivation_keys := (SELECT keys FROM every))
ORDER BY entity_id, article_id
"""


def covered_files(files: list[str]) -> list[str]:
    return sorted(f for f in files if dataset_of(f) in COVERED_DATASETS)


def build_entity_days(
    root: UPath, connect: Callable[[UPath], duckdb.DuckDBPyConnection], now: datetime
) -> dict[str, Any]:
    """Write a new rollup from the warehouse as a fresh session sees it; returns its manifest.

    The previous rollup's file is kept (a timeline that started before may still read it);
    older ones are removed.
    """
    con = connect(root)
    try:
        files = con.execute("SELECT getvariable('newsledger_files')").fetchone()
        covers = covered_files(list(files[0]) if files else [])
        rollup_id = hashlib.sha256("\n".join(covers).encode()).hexdigest()[:16]
        relative = f"rollups/entity_days-{rollup_id}.parquet"
        rows = 0

        def write(handle: Any) -> None:
            nonlocal rows
            reader = con.execute(ENTITY_DAYS_SQL).to_arrow_reader(ROW_GROUP_ROWS)
            with pq.ParquetWriter(handle, reader.schema, compression="zstd") as writer:
                for batch in reader:
                    writer.write_batch(batch, row_group_size=ROW_GROUP_ROWS)
                    rows += batch.num_rows

        write_atomically(root / relative, write)
    finally:
        con.close()
    previous = read_manifest(root)
    manifest = {"file": relative, "covers": covers, "rows": rows, "built_at": now.isoformat()}
    write_bytes_atomically(rollups_dir(root) / MANIFEST, json.dumps(manifest, indent=1).encode())
    keep = {relative, previous["file"] if previous else ""}
    base = str(root).rstrip("/") + "/"
    for name in list_files(rollups_dir(root), "entity_days-*.parquet"):
        if name.removeprefix(base) not in keep:
            remove(root / name.removeprefix(base))
    return manifest


def read_manifest(root: UPath) -> dict[str, Any] | None:
    """The current rollup's manifest, or None (none built yet, or unreadable: a rollup is only
    ever a shortcut, and without it every answer comes from the log)."""
    try:
        data = json.loads((rollups_dir(root) / MANIFEST).read_bytes())
    except (FileNotFoundError, ValueError):
        return None
    if not isinstance(data, dict) or not {"file", "covers"} <= data.keys():
        return None
    return data


def usable_rollup(root: UPath, live: list[str]) -> tuple[str, list[str]] | None:
    """(the current rollup's file, the covered-dataset files it does not cover) for a session
    over `live` files; None when there is none or it is stale (a file it covers is no longer
    live: merged by a later compaction, or quarantined)."""
    manifest = read_manifest(root)
    if manifest is None or not (root / manifest["file"]).exists():
        return None
    covers = set(manifest["covers"])
    current = covered_files(live)
    if not covers <= set(current):
        return None
    return manifest["file"], [f for f in current if f not in covers]
