"""The append-only event log: Parquet files that become visible only with their run's commit.

Writers never rewrite or delete: each (run, batch) writes new files with unique names, then the
run writes one commit marker listing every file it wrote (Parquet and WARC). Views read exactly
the files markers list (`warehouse.ledger`), so a run killed midway leaves files nobody reads,
`gc` removes them later, and the next run simply does the work again. Ids are deterministic,
so rows appended twice collapse to one in the views.
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
from warehouse.file_schemas import fingerprints_of
from warehouse.layout import INIT_RUN_ID, commits_dir, events_dir, init_marker, reference_dir
from warehouse.ledger import Marker, parse_marker
from warehouse.storage import read_all, write_bytes_atomically, write_table

ALIAS_SCHEMA = pa.schema([("entity_id", pa.string()), ("alias", pa.string())])


def init_warehouse(root: UPath) -> None:
    """Create the layout with one zero-row file per dataset, so views work on an empty log.

    The `_init` commit marker is written last and names the datasets it set up, so reading it
    alone says whether the layout is complete: one request per call in an object store.
    """
    init_commit = init_marker(root)
    if init_commit.exists() and set(SCHEMAS) <= _initialized_datasets(init_commit.read_bytes()):
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


def _initialized_datasets(marker: bytes) -> set[str]:
    """The datasets an `_init` marker set up (none if it cannot be read: set them up again)."""
    try:
        body = json.loads(marker)
    except ValueError:
        return set()
    datasets = body.get("datasets", []) if isinstance(body, dict) else []
    return {str(name) for name in datasets} if isinstance(datasets, list) else set()


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


def commit_run(
    root: UPath,
    run_id: str,
    flow: str,
    files: Sequence[str],
    raw_files: Sequence[str] | None = None,
    /,
    **summary: Any,
) -> UPath:
    """Make a run's files visible: one marker file, written atomically, last.

    `files` are the Parquet files the run appended (as `append_events` returned them) and
    `raw_files` the WARC files it wrote (relative to the root, as `CapturePointer.warc_file`);
    pass `[]` when it wrote none. Left out (None), the marker does not list them and `gc`
    keeps every raw file named after the run (`<run_id>-…`), as for markers from before this
    list. Positional, so no summary key can stand for it. The layout is created first if it is
    missing, so a committed run is always readable. The marker records each Parquet file's
    columns (`warehouse.file_schemas`), read from the files themselves.
    """
    init_warehouse(root)
    marker = commits_dir(root) / f"{run_id}.json"
    body: dict[str, Any] = {
        "run_id": run_id,
        "flow": flow,
        "committed_at": datetime.now(UTC).isoformat(),
        "files": sorted(files),
        "schemas": fingerprints_of(root, sorted(files)),
    }
    if raw_files is not None:
        body["raw_files"] = sorted(raw_files)
    _write_commit(marker, {**body, **summary})
    return marker


def _write_commit(path: UPath, body: dict[str, Any]) -> None:
    write_bytes_atomically(path, json.dumps(body, indent=2, default=str).encode())


def _commit_bodies(root: UPath) -> list[dict[str, Any]]:
    """Every readable commit marker, read in one batch (concurrent GETs in an object store).

    A marker that cannot be read is left out here: a writer then redoes that run's work,
    which adds nothing (deterministic ids); `newsledger check` reports the marker.
    """
    bodies = []
    for name, data in read_all(commits_dir(root), "*.json").items():
        if not isinstance(parse_marker(f"commits/{name}", data), Marker):
            continue
        bodies.append(json.loads(data))
    return bodies


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
