"""Datasets read as one schema only when every file is known to have the current columns."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from upath import UPath

from schemas.events import SCHEMAS
from tests.records import at, mention, version
from warehouse.file_schemas import fingerprint, note_fingerprints
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import connect, query


def _uniform(root: Path) -> list[str]:
    con = connect(UPath(root))
    try:
        return list(con.execute("SELECT getvariable('newsledger_uniform')").fetchone()[0])
    finally:
        con.close()


def _commit(root: Path, run_id: str, day: int) -> list[str]:
    v = version(f"a{day}", f"Pentagon {day}", at(day), run_id)
    files = append_events(root, run_id, "0", [v, mention(v, "Q11209", "Pentagon", ["Pentagon"])])
    commit_run(root, run_id, "test", files)
    return files


def test_files_written_now_are_read_as_one_schema(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    files = _commit(tmp_path, "r1", 2)
    marker = json.loads((tmp_path / "commits" / "r1.json").read_text())
    current = {f: fingerprint(SCHEMAS[f.split("/")[1]]) for f in files}
    assert marker["schemas"] == current
    assert {"article_versions", "entity_mentions"} <= set(_uniform(tmp_path))


def test_a_file_with_fewer_columns_is_reconciled_by_name(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    _commit(tmp_path, "r1", 2)
    a = version("old", "Pentagon", at(3), "r2")
    row = dataclasses.asdict(mention(a, "Q11209", "Pentagon", ["Pentagon"]))
    old = pa.schema([f for f in SCHEMAS["entity_mentions"] if f.name != "language"])
    path = tmp_path / "events/entity_mentions/date=2020-07-03/r2-legacy.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([row], schema=old), path)
    commit_run(tmp_path, "r2", "test", [str(path.relative_to(tmp_path))])
    assert "entity_mentions" not in _uniform(tmp_path)
    rows = query(tmp_path, "SELECT article_id, language FROM mention_log ORDER BY article_id")
    assert rows.rows == [("a2", "en"), ("old", None)]


def test_older_markers_are_reconciled_until_compact_notes_their_files(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    _commit(tmp_path, "r1", 2)
    marker = tmp_path / "commits" / "r1.json"
    body = json.loads(marker.read_text())
    del body["schemas"]  # as markers were written before they recorded columns
    marker.write_text(json.dumps(body))
    assert "entity_mentions" not in _uniform(tmp_path)
    assert note_fingerprints(UPath(tmp_path)) == 2
    assert note_fingerprints(UPath(tmp_path)) == 0
    assert {"article_versions", "entity_mentions"} <= set(_uniform(tmp_path))


def test_an_older_schema_file_is_reconciled(tmp_path: Path) -> None:
    """The zero-row `_schema.parquet` is the first file read: when it predates a column, the
    dataset is reconciled even though every data file has the column."""
    init_warehouse(tmp_path)
    _commit(tmp_path, "r1", 2)
    old = pa.schema([f for f in SCHEMAS["entity_mentions"] if f.name != "language"])
    pq.write_table(old.empty_table(), tmp_path / "events/entity_mentions/_schema.parquet")
    assert "entity_mentions" not in _uniform(tmp_path)
    assert query(tmp_path, "SELECT language FROM mention_log").rows == [("en",)]
