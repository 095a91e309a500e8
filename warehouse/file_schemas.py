"""Which event files carry the whole current schema of their dataset.

Why: to read files whose columns may differ (older files lack columns added since), the views
ask DuckDB to reconcile every file's columns by name, and DuckDB does so each time a view or
query names the dataset: with a year of daily partitions, a tenth of a second per mention, over
a second per session. When every live file of a dataset is known to have the current columns,
the views read it as one schema instead. Known, not assumed: each commit marker records the
fingerprint of every Parquet file it commits (read from the file's footer when it commits),
and each compaction record the fingerprint of the file it wrote; `compact` notes the
fingerprints of older live files that have none (`fingerprints/<id>.json`). Until then a file
without one makes its dataset reconciled, as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

import pyarrow as pa
import pyarrow.parquet as pq
from upath import UPath

from schemas.events import SCHEMAS
from warehouse.layout import SCHEMA_FILE, dataset_of, events_dir, fingerprints_dir
from warehouse.ledger import read_ledger
from warehouse.storage import write_bytes_atomically


def _type_text(kind: pa.DataType) -> str:
    """A type as DuckDB reads it: a list's item field name (`item`, or `element` once written
    to Parquet) is not part of it."""
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return f"list<{_type_text(kind.value_type)}>"
    if pa.types.is_struct(kind):
        return "struct<" + ",".join(f"{f.name}:{_type_text(f.type)}" for f in kind) + ">"
    return str(kind)


def fingerprint(schema: pa.Schema) -> str:
    """The columns (names and types, in any order) a file has."""
    columns = sorted(f"{field.name}:{_type_text(field.type)}" for field in schema)
    return hashlib.sha256("\n".join(columns).encode()).hexdigest()[:16]


def file_fingerprint(path: UPath) -> str:
    with path.open("rb") as handle:
        return fingerprint(pq.read_schema(handle))


def fingerprints_of(root: UPath, files: Iterable[str]) -> dict[str, str]:
    """Each Parquet file's fingerprint (paths relative to `root`), read from its footer."""
    return {name: file_fingerprint(root / name) for name in files if name.endswith(".parquet")}


def uniform_datasets(root: UPath, live: Iterable[str], known: Mapping[str, str]) -> list[str]:
    """The datasets whose every live file, and whose zero-row `_schema.parquet` (the first
    file the views read), has the current columns; `known` maps files to their fingerprints."""
    current = {dataset: fingerprint(schema) for dataset, schema in SCHEMAS.items()}
    mixed: set[str] = set()
    for name in live:
        dataset = dataset_of(name)
        if dataset is not None and known.get(name) != current.get(dataset):
            mixed.add(dataset)
    return sorted(
        dataset
        for dataset in SCHEMAS
        if dataset not in mixed
        and file_fingerprint(events_dir(root, dataset) / SCHEMA_FILE) == current[dataset]
    )


def note_fingerprints(root: UPath) -> int:
    """Record the fingerprints of the live files nobody recorded one for; returns how many."""
    ledger = read_ledger(root).require_readable()
    known = ledger.fingerprints()
    missing = [name for name in ledger.live_files() if name not in known]
    if not missing:
        return 0
    noted = fingerprints_of(root, missing)
    record_id = hashlib.sha256("\n".join(sorted(noted)).encode()).hexdigest()[:16]
    body = json.dumps({"files": noted}, indent=1, sort_keys=True).encode()
    write_bytes_atomically(fingerprints_dir(root) / f"{record_id}.json", body)
    return len(noted)
