"""Compaction: many small Parquet files of a partition become one, provably losslessly.

The one exception to append-only. Steps, each safe to interrupt:
1. read the partition's live files (those the views read: committed, not yet replaced, not
   quarantined; `warehouse.ledger`); count rows and take an order-independent digest
   (the sorted SHA-256 of every row);
2. write the merged file under a temporary name and rename it into place;
3. read it back: the same count and digest, or the new file is removed and nothing changes;
4. record the compaction in `compactions/<id>.json`, then retire the old files (move them out
   of `events/`) once a grace period has passed, so queries already running can finish.
Between steps 2 and 4 a row exists twice; every view collapses duplicate event ids, so readers
never see a half state: never a missing row, never a doubled one. A merged file nobody recorded
(a compaction killed before step 4) is read by no view, and `gc` removes it later.

Merged rows are sorted by the key queries filter on (entity mentions by entity, the rest by
article), so each row group's min/max statistics let DuckDB skip most of a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa
from upath import UPath

from schemas.errors import CompactionMismatch
from schemas.events import SCHEMAS
from warehouse.file_schemas import fingerprint
from warehouse.layout import compactions_dir, events_dir, retired_dir
from warehouse.storage import (
    list_directories,
    move,
    read_all,
    read_table,
    write_bytes_atomically,
    write_table,
)

COMPACTED_PREFIX = "compact-"
# The column merged rows are sorted by, per dataset (absent: kept in the order read).
SORT_KEYS = {
    "entity_mentions": ["entity_id", "article_id"],
    "article_versions": ["article_id", "observed_at"],
    "captures": ["capture_id"],
    "observations": ["url"],
    "tombstones": ["article_id"],
}
# Rows per row group of a merged file. Modest, so a filter on the sort key skips most of a
# partition: an entity in one article of four has about 700 of a day's 30,000 mention rows,
# which fall in one or two groups of 4,096 (in one group of 32,768 it would read them all).
ROW_GROUP_ROWS = {"entity_mentions": 4_096, "article_versions": 4_096}
DEFAULT_ROW_GROUP_ROWS = 32_768


@dataclass(frozen=True)
class Compaction:
    compaction_id: str
    dataset: str
    partition: str
    replaced: list[str]
    written: str
    rows: int
    digest: str


# Each row as JSON (every column by name, lists and nulls unambiguous, times in UTC), hashed;
# the sorted hashes hashed again: the same multiset of rows in any order gives the same digest.
# In DuckDB, column by column: a partition of a year's warehouse is millions of mention rows.
ROWS_DIGEST_SQL = """
SELECT count(*), sha256(coalesce(string_agg(row_hash, '' ORDER BY row_hash), ''))
FROM (SELECT sha256(to_json(r)) AS row_hash FROM merged_rows AS r)
"""


def rows_digest(tables: list[pa.Table]) -> tuple[int, str]:
    """(row count, digest of the multiset of rows): equal iff the same rows, in any order."""
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.register("merged_rows", pa.concat_tables(tables))
        found = con.execute(ROWS_DIGEST_SQL).fetchone()
    finally:
        con.close()
    assert found is not None
    return int(found[0]), str(found[1])


def _candidates(root: UPath, partition: UPath, live: Collection[str]) -> list[UPath]:
    """The partition's live files: committed (or merged) and read by the views."""
    prefix = str(partition.relative_to(root)) + "/"
    return [root / name for name in sorted(live) if name.startswith(prefix)]


def _aligned(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """An older file under the current schema: missing (newer) columns become nulls."""
    columns = [
        table.column(f.name).cast(f.type)
        if f.name in table.column_names
        else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema.remove_metadata())


def compact_partition(
    root: UPath, dataset: str, partition: UPath, live: Collection[str]
) -> Compaction | None:
    """Merge a partition's live files into one verified file (old files not yet moved).

    `live` is what the views read (`Ledger.live_files()`, relative to the root): files of runs
    that never committed, and quarantined ones, are never merged.
    """
    files = _candidates(root, partition, live)
    if len(files) < 2:
        return None
    relative = [str(p.relative_to(root)) for p in files]
    compaction_id = hashlib.sha256("\n".join(relative).encode()).hexdigest()[:16]
    schema = SCHEMAS[dataset]
    sources = [_aligned(read_table(p), schema) for p in files]
    rows, digest = rows_digest(sources)
    target = partition / f"{COMPACTED_PREFIX}{compaction_id}.parquet"
    merged = pa.concat_tables(sources)
    if dataset in SORT_KEYS:
        merged = merged.sort_by([(key, "ascending") for key in SORT_KEYS[dataset]])
    write_table(
        target,
        merged,
        compression="zstd",
        row_group_size=ROW_GROUP_ROWS.get(dataset, DEFAULT_ROW_GROUP_ROWS),
    )
    if rows_digest([read_table(target)]) != (rows, digest):
        target.unlink(missing_ok=True)
        raise CompactionMismatch(f"{target} does not match the {len(files)} files it merges")
    compaction = Compaction(
        compaction_id,
        dataset,
        partition.name,
        relative,
        str(target.relative_to(root)),
        rows,
        digest,
    )
    record: dict[str, Any] = {
        **compaction.__dict__,
        "at": datetime.now(UTC).isoformat(),
        "schema": fingerprint(merged.schema),
    }
    write_bytes_atomically(
        compactions_dir(root) / f"{compaction_id}.json", json.dumps(record, indent=2).encode()
    )
    return compaction


def partitions(root: UPath) -> list[tuple[str, UPath]]:
    return [
        (dataset, partition)
        for dataset in SCHEMAS
        for partition in list_directories(events_dir(root, dataset), "date=*")
    ]


def retire(root: UPath, grace: timedelta, now: datetime) -> list[str]:
    """Move the files replaced by compactions older than `grace` out of the event log."""
    moved = []
    for name, data in sorted(read_all(compactions_dir(root), "*.json").items()):
        record = json.loads(data)
        if record.get("retired") or now - datetime.fromisoformat(record["at"]) < grace:
            continue
        if not (root / record["written"]).exists():
            continue  # never retire sources of a merged file that is not there
        for replaced in record["replaced"]:
            try:
                move(root / replaced, retired_dir(root) / record["compaction_id"] / replaced)
            except FileNotFoundError:
                continue  # moved already: by an earlier pass, or by a compaction beside this one
            moved.append(replaced)
        record["retired"] = now.isoformat()
        write_bytes_atomically(compactions_dir(root) / name, json.dumps(record, indent=2).encode())
    return moved
