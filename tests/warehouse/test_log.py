"""The append-only log: runs are visible only once committed, and re-appends add nothing."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow.parquet as pq

from schemas.events import SCHEMAS
from tests.records import at, mention, tombstone, version
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import connect, query

REPO = Path(__file__).resolve().parents[2]


def _count(root: Path, sql: str) -> int:
    return int(query(root, sql).rows[0][0])


def test_uncommitted_run_is_invisible(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    files = append_events(tmp_path, "run-a", "00000", [version("a1", "body one", at(2), "run-a")])
    assert files and all((tmp_path / f).exists() for f in files)
    assert _count(tmp_path, "SELECT count(*) FROM article_versions") == 0
    commit_run(tmp_path, "run-a", "test", files)
    assert _count(tmp_path, "SELECT count(*) FROM article_versions") == 1


def test_a_session_sees_the_runs_committed_when_it_connected_whole(tmp_path: Path) -> None:
    """Commit markers are listed before any event file: a run that writes and commits while a
    session is open is not half in view (its marker is not in the session's list)."""
    init_warehouse(tmp_path)
    first = [version("a1", "body one", at(2), "run-a")]
    commit_run(tmp_path, "run-a", "test", append_events(tmp_path, "run-a", "0", first))
    con = connect(tmp_path)
    try:
        # Another writer appends and commits a run while the session is open.
        later = [version("a2", "body two", at(2), "run-b"), version("a3", "three", at(3), "run-b")]
        commit_run(tmp_path, "run-b", "test", append_events(tmp_path, "run-b", "0", later))
        seen = con.execute("SELECT article_id FROM article_versions ORDER BY 1").fetchall()
        assert seen == [("a1",)]
    finally:
        con.close()
    assert _count(tmp_path, "SELECT count(*) FROM article_versions") == 3


def test_files_follow_the_layout_and_schema(tmp_path: Path) -> None:
    v = version("a1", "body", at(2), "run-a")
    files = append_events(tmp_path, "run-a", "00007", [v, mention(v, "Q1", "X", ["X"])])
    assert sorted(files) == [
        "events/article_versions/date=2020-07-02/run-a-00007.parquet",
        "events/entity_mentions/date=2020-07-02/run-a-00007.parquet",
    ]
    table = pq.read_table(tmp_path / files[0])
    assert table.schema.equals(SCHEMAS["article_versions"], check_metadata=False)
    assert not list(tmp_path.rglob("*.tmp"))


def test_reappending_the_same_events_adds_nothing(tmp_path: Path) -> None:
    events = [version("a1", "body one", at(2), "run-a"), version("a2", "other", at(2), "run-a")]
    commit_run(tmp_path, "run-a", "test", append_events(tmp_path, "run-a", "0", events))
    commit_run(tmp_path, "run-a", "test", append_events(tmp_path, "run-a", "1", events))
    assert _count(tmp_path, "SELECT count(*) FROM article_versions") == 2


def test_versions_are_changes_only_and_numbered_by_observation(tmp_path: Path) -> None:
    events = [
        version("a1", "first", at(2, 8), "r1"),
        version("a1", "first", at(3, 8), "r2"),  # re-observed unchanged: not a version
        version("a1", "second", at(4, 8), "r3"),
        version("a1", "first", at(5, 8), "r4"),  # reverted: a version again
    ]
    for event in events:
        commit_run(tmp_path, event.run_id, "t", append_events(tmp_path, event.run_id, "0", [event]))
    rows = query(
        tmp_path, "SELECT version, body, observed_at FROM article_versions ORDER BY version"
    ).rows
    assert [(r[0], r[1]) for r in rows] == [(1, "first"), (2, "second"), (3, "first")]
    history = query(tmp_path, "SELECT version, changed FROM article_history('http://news.test/a1')")
    assert history.rows == [(1, ["first seen"]), (2, ["body"]), (3, ["body"])]


def test_tombstone_removes_from_articles_but_not_from_the_past(tmp_path: Path) -> None:
    first = [version("a1", "kept", at(2), "r1"), version("a2", "gone soon", at(2), "r1")]
    commit_run(tmp_path, "r1", "t", append_events(tmp_path, "r1", "0", first))
    between = datetime.now(UTC)
    gone = [tombstone("a2", at(4), "r2")]
    commit_run(tmp_path, "r2", "t", append_events(tmp_path, "r2", "0", gone))
    assert query(tmp_path, "SELECT article_id FROM articles ORDER BY 1").rows == [("a1",)]
    past = query(tmp_path, "SELECT article_id FROM articles_as_of(?) ORDER BY 1", [between])
    assert past.rows == [("a1",), ("a2",)]
    before = datetime(2020, 7, 1, tzinfo=UTC)
    assert query(tmp_path, "SELECT count(*) FROM articles_as_of(?)", [before]).rows == [(0,)]
    tombstones = query(tmp_path, "SELECT article_id, recorded_at > ? FROM tombstones", [between])
    assert tombstones.rows == [("a2", True)]


def test_timeline_folds_aliases_and_counts_articles(tmp_path: Path) -> None:
    v1 = version("a1", "one", at(2), "r1")
    v2 = version("a2", "two", at(2), "r1", published_at=at(9, 0))
    events = [
        v1,
        v2,
        mention(v1, "Q34490", "al-Qaeda", ["Al-Qaeda", "al-Qaeda’s"]),
        mention(v2, "Q34490", "al-Qaeda", ["Al Qaeda"]),
    ]
    commit_run(tmp_path, "r1", "t", append_events(tmp_path, "r1", "0", events))
    expected = [("2020-07-02", 1, 2), ("2020-07-09", 1, 1)]
    for name in ("al-Qaeda", "Al-Qaeda", "AL QAEDA", "al-Qaeda’s", "Q34490"):
        rows = query(
            tmp_path,
            "SELECT bucket_start::VARCHAR, articles, mentions FROM entity_timeline(?, 'day')",
            [name],
        ).rows
        assert rows == expected, name
    weekly = query(
        tmp_path, "SELECT bucket_start::VARCHAR, articles FROM entity_timeline('Q34490', 'month')"
    )
    assert weekly.rows == [("2020-07-01", 2)]


CLI_QUERIES = [
    "SELECT article_id, version, title, recorded_at, published_day FROM articles ORDER BY 1",
    "SELECT entity_id, article_id, version, recorded_at FROM entity_mentions ORDER BY ALL",
    "SELECT * FROM entity_timeline('Al Qaeda', 'week')",
    "SELECT version, changed FROM article_history('http://news.test/a1')",
    "SELECT article_id, version FROM articles_as_of(now()) ORDER BY 1",
]


def test_views_work_from_the_plain_duckdb_cli_as_the_readme_says(tmp_path: Path) -> None:
    """The README's command line (views.sql read after the root is set), with the same rows as
    `newsledger`'s Python route: the CLI computes the lists of files from the markers itself."""
    v1, v2 = version("a1", "body", at(2), "r1"), version("a1", "body two", at(3), "r2")
    commit_run(tmp_path, "r1", "t", append_events(tmp_path, "r1", "0", [v1]))
    events = [v2, mention(v2, "Q34490", "al-Qaeda", ["al-Qaeda’s"])]
    commit_run(tmp_path, "r2", "t", append_events(tmp_path, "r2", "0", events))
    header = (REPO / "warehouse" / "views.sql").read_text().splitlines()
    documented = [line for line in header[:15] if "duckdb -cmd" in line]
    assert documented and "-init" not in documented[0]  # -init runs before the -cmd SET
    for sql in CLI_QUERIES:  # from the warehouse's parent, with a relative root: as in README
        out = subprocess.run(
            [
                str(REPO / ".venv" / "bin" / "duckdb"),
                "-cmd",
                f"SET VARIABLE newsledger_root = '{tmp_path.name}'",
                "-cmd",
                f".read {REPO / 'warehouse' / 'views.sql'}",
                "-json",
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            cwd=tmp_path.parent,
        )
        from_cli = [tuple(row.values()) for row in json.loads(out.stdout or "[]")]
        from_python = [tuple(_plain(v) for v in row) for row in query(tmp_path, sql).rows]
        assert from_cli == from_python and from_python, (sql, out.stderr)


def _plain(value: object) -> object:
    """A value as the duckdb CLI's JSON output writes it."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f").rstrip("0").rstrip(".") + "+00"
    if isinstance(value, date):
        return value.isoformat()
    return value
