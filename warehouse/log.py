"""The append-only event log: Parquet files that become visible only with their run's commit.

Writers never rewrite or delete: each (run, batch) writes new files with unique names, then the
run writes one commit marker listing them. Views read only rows whose `run_id` has a marker, so
a run killed midway leaves files nobody sees, and the next run simply does the work again.
Ids are deterministic, so rows appended twice collapse to one in the views.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
from upath import UPath

from schemas.events import SCHEMAS
from warehouse.layout import INIT_RUN_ID, commits_dir, events_dir, reference_dir
from warehouse.storage import read_all, write_bytes_atomically, write_table

ALIAS_SCHEMA = pa.schema([("entity_id", pa.string()), ("alias", pa.string())])


def init_warehouse(root: UPath) -> None:
    """Create the layout with one zero-row file per dataset, so views work on an empty log.

    The `_init` commit marker is written last and names the datasets it set up, so reading it
    alone says whether the layout is complete: one request per call in an object store.
    """
    init_commit = commits_dir(root) / f"{INIT_RUN_ID}.json"
    if init_commit.exists() and set(SCHEMAS) <= set(
        json.loads(init_commit.read_bytes()).get("datasets", [])
    ):
        return
    for dataset, schema in SCHEMAS.items():
        marker = events_dir(root, dataset) / "_schema.parquet"
        if not marker.exists():
            write_table(marker, schema.empty_table())
    empty_aliases = reference_dir(root) / "entity_aliases-_schema.parquet"
    if not empty_aliases.exists():
        write_table(empty_aliases, ALIAS_SCHEMA.empty_table())
    body = {
        "run_id": INIT_RUN_ID,
        "flow": "init",
        "committed_at": datetime.now(UTC).isoformat(),
        "datasets": sorted(SCHEMAS),
    }
    _write_commit(init_commit, body)


def _record_rows(records: Sequence[Any]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(record) for record in records]


def append_events(root: UPath, run_id: str, batch: str, records: Iterable[Any]) -> list[str]:
    """Write records (any mix of event dataclasses) as new Parquet files; return their paths.

    Files are grouped by dataset and by the UTC day of `observed_at`, named
    `<run_id>-<batch>.parquet`. Nothing is visible until `commit_run` names the run.
    """
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for record in records:
        day = record.observed_at.astimezone(UTC).date().isoformat()
        groups[(type(record).DATASET, day)].append(record)
    written = []
    for (dataset, day), group in sorted(groups.items()):
        table = pa.Table.from_pylist(_record_rows(group), schema=SCHEMAS[dataset])
        path = events_dir(root, dataset) / f"date={day}" / f"{run_id}-{batch}.parquet"
        write_table(path, table, compression="zstd")
        written.append(str(path.relative_to(root)))
    return written


def commit_run(root: UPath, run_id: str, flow: str, files: Sequence[str], **summary: Any) -> UPath:
    """Make a run's files visible: one marker file, written atomically, last."""
    marker = commits_dir(root) / f"{run_id}.json"
    body = {
        "run_id": run_id,
        "flow": flow,
        "committed_at": datetime.now(UTC).isoformat(),
        "files": sorted(files),
        **summary,
    }
    _write_commit(marker, body)
    return marker


def _write_commit(path: UPath, body: dict[str, Any]) -> None:
    write_bytes_atomically(path, json.dumps(body, indent=2, default=str).encode())


def committed_run_ids(root: UPath) -> set[str]:
    return {path.stem for path in commits_dir(root).glob("*.json")}


def _commit_bodies(root: UPath) -> list[dict[str, Any]]:
    """Every commit marker, read in one batch (concurrent GETs in an object store)."""
    return [json.loads(data) for data in read_all(commits_dir(root), "*.json").values()]


def write_alias_snapshot(root: UPath, version: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Keep the alias table a run used (entity_id, alias), once per table version."""
    path = reference_dir(root) / f"entity_aliases-{version}.parquet"
    if path.exists():
        return
    rows = sorted(set(pairs))
    table = pa.table(
        {"entity_id": [r[0] for r in rows], "alias": [r[1] for r in rows]}, schema=ALIAS_SCHEMA
    )
    write_table(path, table)


def committed_chunks(root: UPath, flow: str) -> set[str]:
    """Chunk ids (of backfill/replay work units) whose run was committed: finished work."""
    done = set()
    for body in _commit_bodies(root):
        if body.get("flow") == flow and body.get("chunk"):
            done.add(body["chunk"])
    return done
