"""Compaction: beside other compactions (a file another one moved first is not an error), and
the digest that proves a merge lossless."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from tests.records import at, version
from warehouse.compact import compact_partition, partitions, retire, rows_digest
from warehouse.ledger import read_ledger
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import query


def test_retiring_files_another_compaction_moved_first(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    for run in ("r1", "r2", "r3"):
        event = version(f"a-{run}", f"body {run}", at(2), run)
        commit_run(tmp_path, run, "test", append_events(tmp_path, run, "0", [event]))
    (dataset, partition), *_ = [p for p in partitions(tmp_path) if p[0] == "article_versions"]
    compaction = compact_partition(tmp_path, dataset, partition, read_ledger(tmp_path).live_files())
    assert compaction is not None and len(compaction.replaced) == 3
    # A compaction on another machine retired one of the same files already.
    elsewhere = tmp_path / "retired" / "other" / compaction.replaced[0]
    elsewhere.parent.mkdir(parents=True)
    shutil.move(tmp_path / compaction.replaced[0], elsewhere)

    moved = retire(tmp_path, timedelta(0), datetime.now(UTC) + timedelta(seconds=1))
    assert moved == compaction.replaced[1:]
    assert [p.name for p in partition.glob("*.parquet")] == [Path(compaction.written).name]
    assert query(tmp_path, "SELECT count(*) FROM article_versions").rows == [(3,)]


def test_rows_digest_is_of_the_multiset_of_rows() -> None:
    """The same rows in any order and split agree; any changed, lost or doubled row does not,
    nor do values that print alike (a null and "None", a list and its joined text)."""
    rows = [
        {"id": "a", "forms": ["x", "y"], "n": 1, "at": datetime(2020, 7, 2, tzinfo=UTC)},
        {"id": "b", "forms": [], "n": None, "at": datetime(2020, 7, 3, tzinfo=UTC)},
        {"id": "c", "forms": ["x, y"], "n": 2, "at": None},
    ]
    table = pa.Table.from_pylist(rows)
    digest = rows_digest([table])
    assert digest[0] == 3
    assert rows_digest([table.slice(2), table.slice(0, 2)]) == digest
    assert rows_digest([pa.Table.from_pylist(rows[::-1], schema=table.schema)]) == digest
    changed = [
        [*rows[:2], {**rows[2], "forms": ["x", "y"]}],
        [*rows[:2], {**rows[2], "n": 3}],
        [{**rows[0], "at": datetime(2020, 7, 2, 0, 0, 1, tzinfo=UTC)}, *rows[1:]],
        [rows[0], rows[0], rows[2]],
        [{**rows[0], "id": None}, *rows[1:]],
    ]
    for other in changed:
        assert rows_digest([pa.Table.from_pylist(other, schema=table.schema)]) != digest
    text = pa.Table.from_pylist([{"v": None}], schema=pa.schema([("v", pa.string())]))
    assert rows_digest([text]) != rows_digest([pa.table({"v": ["None"]})])
