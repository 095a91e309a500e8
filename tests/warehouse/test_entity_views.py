"""Entity views: the newest derivation wins, co-mentions, and hostile names pass unharmed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas.events import SCHEMAS
from tests.records import at, mention, version
from warehouse.log import append_events, commit_run
from warehouse.queries import co_mentions, entity_names, query, timeline

HOSTILE = [
    "Robert'); DROP TABLE article_versions;--",
    'Al "Quote" O\'Brien',
    "Ctrl\x00\x07\x1b[31mName\u202e",
    "x" * 10_000,
    "$\\frac{1}{0}$ <script>alert(1)</script>",
]


def _commit(root: Path, run_id: str, events: list[Any]) -> None:
    """Commit events as written by run `run_id` (the run that wrote a row is in the row)."""
    rows = [dataclasses.replace(e, run_id=run_id) for e in events]
    commit_run(root, run_id, "test", append_events(root, run_id, "0", rows))


def test_newest_derivation_replaces_older_ones_without_double_counting(tmp_path: Path) -> None:
    a = version("a1", "Pentagon and Acme", at(2), "r1")
    b = version("a2", "AWC and Pentagon", at(9), "r1")
    old = [
        mention(a, "Q11209", "Pentagon", ["Pentagon"], "v1"),
        mention(a, "nl:org:acme", "Acme", ["Acme"], "v1"),
        mention(b, "nl:org:awc", "AWC", ["AWC"], "v1"),
        mention(b, "Q11209", "Pentagon", ["Pentagon"], "v1"),
    ]
    _commit(tmp_path, "r1", [a, b, *old])  # commit markers are ordered by their write time
    assert timeline(tmp_path, "AWC", "month").rows[0][1:] == (1, 1)
    new = [
        mention(a, "Q11209", "Pentagon", ["Pentagon"], "v2"),
        mention(a, "Q999", "Acme Widgets", ["Acme"], "v2"),
        mention(b, "Q999", "Acme Widgets", ["AWC"], "v2"),
        mention(b, "Q11209", "Pentagon", ["Pentagon"], "v2"),
    ]
    _commit(tmp_path, "r2", new)
    assert timeline(tmp_path, "Q999", "month").rows[0][1:] == (2, 2)
    assert timeline(tmp_path, "Pentagon", "month").rows[0][1:] == (2, 2)  # not 4
    assert timeline(tmp_path, "nl:org:awc", "month").rows == []
    rows = query(tmp_path, "SELECT DISTINCT alias_version FROM entity_mentions").rows
    assert rows == [("v2",)]
    # Re-committing the old derivation later (say the table was reverted) makes it win again,
    # although its events already exist with the same ids.
    _commit(tmp_path, "r3", old)
    assert timeline(tmp_path, "Q999", "month").rows == []
    assert timeline(tmp_path, "AWC", "month").rows[0][1:] == (1, 1)


def test_mention_files_from_before_alias_versions_still_count(tmp_path: Path) -> None:
    """Files written before mention events had `alias_version`/`language` read them as NULL."""
    a = version("a1", "Pentagon", at(2), "r1")
    row = dataclasses.asdict(mention(a, "Q11209", "Pentagon", ["Pentagon"]))
    schema = SCHEMAS["entity_mentions"]
    old_schema = pa.schema([f for f in schema if f.name not in ("alias_version", "language")])
    old_file = tmp_path / "events/entity_mentions/date=2020-07-02/r1-legacy.parquet"
    old_file.parent.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([row], schema=old_schema), old_file)
    files = append_events(tmp_path, "r1", "0", [a])
    commit_run(tmp_path, "r1", "test", [*files, str(old_file.relative_to(tmp_path))])
    assert timeline(tmp_path, "Pentagon", "day").rows[0][1:] == (1, 1)
    assert query(tmp_path, "SELECT alias_version FROM entity_mentions").rows == [(None,)]


def test_co_mentions_by_period(tmp_path: Path) -> None:
    a = version("a1", "one", at(2), "r1")
    b = version("a2", "two", at(20), "r1", published_at=at(20))
    events = [
        a,
        b,
        mention(a, "Q11209", "Pentagon", ["Pentagon"]),
        mention(a, "Q42418", "Taliban", ["Taliban"]),
        mention(a, "Q889", "Afghanistan", ["Afghanistan"]),
        mention(b, "Q11209", "Pentagon", ["DoD"]),
        mention(b, "Q42418", "Taliban", ["Taliban"]),
    ]
    _commit(tmp_path, "r1", events)
    rows = co_mentions(tmp_path, "DoD", "month").rows
    assert [(str(r[0]), r[1], r[2], r[3]) for r in rows] == [
        ("2020-07-01", "Q42418", "Taliban", 2),
        ("2020-07-01", "Q889", "Afghanistan", 1),
    ]
    by_week = co_mentions(tmp_path, "Q11209", "week").rows
    assert [(str(r[0]), r[1]) for r in by_week] == [
        ("2020-06-29", "Q42418"),
        ("2020-06-29", "Q889"),
        ("2020-07-20", "Q42418"),
    ]
    assert co_mentions(tmp_path, "nobody", "week").rows == []


@pytest.mark.slow  # every hostile name through every query
def test_hostile_names_pass_through_parquet_and_every_query(tmp_path: Path) -> None:
    a = version("a1", "hostile", at(2), "r1")
    events: list[Any] = [a]
    for i, name in enumerate(HOSTILE):
        events.append(mention(a, f"nl:org:{i}{name}", name, [name, name.upper()]))
    _commit(tmp_path, "r1", events)
    for i, name in enumerate(HOSTILE):
        assert timeline(tmp_path, name, "day").rows[0][1:] == (1, 2)
        assert timeline(tmp_path, f"nl:org:{i}{name}", "day").rows[0][1] == 1
        (found,) = entity_names(tmp_path, name)
        assert found.name == name and found.entity_id == f"nl:org:{i}{name}"
        partners = {r[2] for r in co_mentions(tmp_path, name, "week").rows}
        assert partners == set(HOSTILE) - {name}
    assert query(tmp_path, "SELECT count(*) FROM article_versions").rows == [(1,)]
