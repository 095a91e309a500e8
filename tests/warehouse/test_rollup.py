"""The timelines' rollup answers exactly what the log answers, and only while it may.

Every timeline here is compared with views.sql's `entity_timeline` macro, which always counts
from the log: after the rollup is built, after runs it does not cover (new articles, new
versions, other derivations, the old derivation again), and once it is stale.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from upath import UPath

from schemas.errors import WarehouseDamaged
from tests.records import at, mention, version
from warehouse.check import check_warehouse
from warehouse.compact import compact_partition, partitions
from warehouse.ledger import read_ledger
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import connect, query, timeline
from warehouse.rollup import MANIFEST, build_entity_days, usable_rollup

NOW = datetime(2020, 8, 1, tzinfo=UTC)
ENTITIES = ("Acme", "Pentagon")


def _commit(root: Path, run_id: str, events: list[Any]) -> None:
    rows = [dataclasses.replace(e, run_id=run_id) for e in events]
    commit_run(root, run_id, "test", append_events(root, run_id, "0", rows))


def _compact(root: Path, rollup: bool = True) -> None:
    live = read_ledger(UPath(root)).live_files()
    for dataset, partition in partitions(UPath(root)):
        compact_partition(UPath(root), dataset, partition, live)
    if rollup:
        build_entity_days(UPath(root), connect, NOW)


def _from_log(root: Path, entity: str, bucket: str) -> list[tuple[Any, ...]]:
    return query(root, "SELECT * FROM entity_timeline(?, ?)", [entity, bucket]).rows


def _assert_same_as_log(root: Path) -> None:
    """Per day (what week and month sum up); one entity also within a window of days."""
    for entity in ENTITIES:  # Pentagon last: its rows are `expected` below
        expected = _from_log(root, entity, "day")
        assert timeline(root, entity, "day").rows == expected
    window = timeline(root, "Pentagon", "day", since=date(2020, 7, 3), until=date(2020, 7, 9))
    assert window.rows == [r for r in expected if 3 <= r[0].day <= 9]


def _usable(root: Path) -> tuple[str, list[str]] | None:
    return usable_rollup(UPath(root), read_ledger(UPath(root)).live_files())


def _history(root: Path) -> None:
    """Two runs over three articles: versions, two derivations, days apart."""
    init_warehouse(root)
    a1 = version("a1", "Pentagon and Acme", at(2), "r1")
    a2 = version("a2", "Acme again", at(5), "r1", published_at=at(5, 0))
    a3 = version("a3", "the Pentagon said", at(9), "r1", published_at=at(8, 0))
    _commit(
        root,
        "r1",
        [
            a1,
            a2,
            a3,
            mention(a1, "Q11209", "Pentagon", ["Pentagon"], "v1"),
            mention(a1, "nl:org:acme", "Acme", ["Acme"], "v1"),
            mention(a2, "nl:org:acme", "Acme", ["Acme", "Acme"], "v1"),
            mention(a3, "Q11209", "Pentagon", ["Pentagon"], "v1"),
        ],
    )
    a1b = version("a1", "Pentagon and Acme, updated", at(6), "r2", published_at=at(6, 0))
    _commit(
        root,
        "r2",
        [
            a1b,
            mention(a1b, "Q11209", "Pentagon", ["Pentagon", "DoD"], "v1"),
            mention(a2, "Q999", "Acme Widgets", ["Acme"], "v2"),
            mention(a2, "Q11209", "Pentagon", ["Pentagon"], "v2"),
        ],
    )


def test_rollup_answers_as_the_log_does_and_is_what_is_read(tmp_path: Path) -> None:
    _history(tmp_path)
    before = {e: timeline(tmp_path, e, "day").rows for e in ENTITIES}
    _compact(tmp_path)
    assert _usable(tmp_path) == (
        json.loads((tmp_path / "rollups" / MANIFEST).read_text())["file"],
        [],
    )
    _assert_same_as_log(tmp_path)
    assert {e: _from_log(tmp_path, e, "day") for e in ENTITIES} == before

    # The rollup is what answers: doubling its counts doubles the timeline's mentions.
    usable = _usable(tmp_path)
    assert usable is not None
    path = tmp_path / usable[0]
    table = pq.read_table(path)
    doubled = table.set_column(
        table.schema.get_field_index("mention_count"),
        "mention_count",
        pc.multiply(table["mention_count"], 2),
    )
    pq.write_table(doubled, path)
    rows = timeline(tmp_path, "Pentagon", "month").rows
    assert [r[2] for r in rows] == [2 * r[2] for r in _from_log(tmp_path, "Pentagon", "month")]


def test_runs_after_the_rollup_are_counted_from_the_log(tmp_path: Path) -> None:
    _history(tmp_path)
    _compact(tmp_path)
    # A new article, a new version of a known one that drops an entity, and a derivation
    # that resolves Acme elsewhere: their articles are dirty, the others come from the rollup.
    a4 = version("a4", "Pentagon, Acme", at(12), "r3", published_at=at(12, 0))
    a3b = version("a3", "nothing of note", at(13), "r3", published_at=at(8, 0))
    a1 = version("a1", "Pentagon and Acme, updated", at(6), "r2", published_at=at(6, 0))
    _commit(
        tmp_path,
        "r3",
        [
            a4,
            a3b,
            mention(a4, "Q11209", "Pentagon", ["Pentagon"], "v2"),
            mention(a4, "nl:org:acme", "Acme", ["Acme"], "v2"),
            mention(a1, "Q999", "Acme Widgets", ["Acme"], "v2"),
            mention(a1, "Q11209", "Pentagon", ["Pentagon", "DoD"], "v2"),
        ],
    )
    usable = _usable(tmp_path)
    assert usable is not None and usable[1]
    assert all("/r3-" in f for f in usable[1])  # r3's version and mention files
    _assert_same_as_log(tmp_path)
    # The first derivation committed again wins again.
    a2 = version("a2", "Acme again", at(5), "r1", published_at=at(5, 0))
    _commit(tmp_path, "r4", [mention(a2, "nl:org:acme", "Acme", ["Acme", "Acme"], "v1")])
    _assert_same_as_log(tmp_path)


def test_a_stale_rollup_is_not_read(tmp_path: Path) -> None:
    _history(tmp_path)
    _compact(tmp_path)
    a4 = version("a4", "Pentagon, Acme", at(2, 18), "r3")
    _commit(tmp_path, "r3", [a4, mention(a4, "Q11209", "Pentagon", ["Pentagon"], "v1")])
    _compact(tmp_path, rollup=False)  # merges files the rollup covers
    assert _usable(tmp_path) is None
    _assert_same_as_log(tmp_path)
    _compact(tmp_path)  # nothing left to merge: a rollup over what is there now
    assert _usable(tmp_path) is not None
    _assert_same_as_log(tmp_path)


@pytest.mark.parametrize("damage", ["missing file", "unreadable manifest"])
def test_without_a_readable_rollup_the_log_answers(tmp_path: Path, damage: str) -> None:
    _history(tmp_path)
    _compact(tmp_path)
    manifest = tmp_path / "rollups" / MANIFEST
    if damage == "missing file":
        (tmp_path / json.loads(manifest.read_text())["file"]).unlink()
    else:
        manifest.write_text("{not json")
    assert _usable(tmp_path) is None
    _assert_same_as_log(tmp_path)


def test_a_new_rollup_keeps_the_previous_file_only(tmp_path: Path) -> None:
    _history(tmp_path)
    files = []
    for n in range(3):
        a = version(f"b{n}", f"Pentagon {n}", at(20 + n), f"s{n}")
        _commit(tmp_path, f"s{n}", [a, mention(a, "Q11209", "Pentagon", ["Pentagon"], "v1")])
        _compact(tmp_path)
        files.append(json.loads((tmp_path / "rollups" / MANIFEST).read_text())["file"])
    assert sorted(p.name for p in (tmp_path / "rollups").glob("*.parquet")) == sorted(
        Path(f).name for f in files[1:]
    )
    _assert_same_as_log(tmp_path)


def test_a_damaged_rollup_is_found_by_check_and_set_aside(tmp_path: Path) -> None:
    _history(tmp_path)
    _compact(tmp_path)
    relative = json.loads((tmp_path / "rollups" / MANIFEST).read_text())["file"]
    (tmp_path / relative).write_bytes(b"PAR1 not parquet")
    with pytest.raises(WarehouseDamaged, match="entity_days-"):
        timeline(tmp_path, "Pentagon", "day")
    report = check_warehouse(UPath(tmp_path), NOW, quarantine=True)
    assert [d.path for d in report.damage] == [relative]
    _assert_same_as_log(tmp_path)
