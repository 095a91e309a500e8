"""`newsledger gc`: files of runs that never committed, and spool files, go; nothing committed
does, nor anything young (runs in progress)."""

from __future__ import annotations

import gzip
import os
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL

from flows.cli import main
from flows.compact import compact
from flows.demo_site import DemoServer
from tests.conftest import write_sources
from tests.processes import kill_group, spawn_cli
from tests.records import at, mention, tombstone, version
from warehouse.gc import collect_garbage, parse_grace
from warehouse.ledger import read_ledger
from warehouse.log import append_events, commit_run
from warehouse.queries import query

SNAPSHOT = {
    "articles": "SELECT * EXCLUDE (recorded_at) FROM articles ORDER BY article_id",
    "mentions": "SELECT entity_id, article_id, version FROM entity_mentions ORDER BY ALL",
    "tombstones": "SELECT article_id FROM tombstones ORDER BY 1",
}


def _snapshot(root: Path) -> dict[str, list[tuple[object, ...]]]:
    return {name: query(root, sql).rows for name, sql in SNAPSHOT.items()}


def _raw(root: Path, name: str) -> str:
    path = root / "raw" / "date=2020-07-02" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(b"WARC/1.0\r\n\r\n"))
    return str(path.relative_to(root))


def _committed(root: Path) -> None:
    a = version("a1", "kept", at(2), "r1")
    events = [a, mention(a, "Q1", "One", ["One"]), tombstone("a9", at(2), "r1")]
    commit_run(
        root, "r1", "test", append_events(root, "r1", "0", events), [_raw(root, "r1-0.warc.gz")]
    )


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _age(root: Path, names: set[str], days: float) -> None:
    stamp = time.time() - days * 86400
    for name in names:
        os.utime(root / name, (stamp, stamp))


def test_gc_removes_what_no_run_committed_and_keeps_the_rest(tmp_path: Path) -> None:
    _committed(tmp_path)
    before, kept = _snapshot(tmp_path), _files(tmp_path)
    killed = set(append_events(tmp_path, "killed", "0", [version("a2", "lost", at(3), "killed")]))
    killed.add(_raw(tmp_path, "killed-0.warc.gz"))
    killed.add(_raw(tmp_path, ".killed-1.warc.gz.k2j4h1.tmp"))
    spool = tmp_path / "events" / "article_versions" / "date=2020-07-03" / ".x.parquet.ab12.tmp"
    spool.write_bytes(b"half a file")
    killed.add(str(spool.relative_to(tmp_path)))
    merged = tmp_path / "events" / "article_versions" / "date=2020-07-02" / "compact-0f.parquet"
    merged.write_bytes(b"a merge killed before its record")
    killed.add(str(merged.relative_to(tmp_path)))
    _age(tmp_path, killed, days=2)

    collected = collect_garbage(tmp_path, timedelta(days=1), datetime.now(UTC))
    assert {f.path for f in collected.removed} == killed
    assert collected.freed_bytes == sum(f.size for f in collected.removed) > 0
    assert _files(tmp_path) == kept
    assert _snapshot(tmp_path) == before


def test_gc_spares_young_files_of_runs_in_progress(tmp_path: Path) -> None:
    _committed(tmp_path)
    in_progress = append_events(tmp_path, "running", "0", [version("a2", "soon", at(3), "running")])
    collected = collect_garbage(tmp_path, parse_grace("1d"), datetime.now(UTC))
    assert collected.removed == [] and [f.path for f in collected.spared] == in_progress
    assert "kept" in collected.summary()


def test_gc_keeps_every_file_named_after_a_committed_run(tmp_path: Path) -> None:
    """Markers written before they listed WARC files list none: a committed run's raw files
    are known by their name (`<run_id>-…`), listed or not; a file no committed run is named by
    goes."""
    files = append_events(tmp_path, "old-run", "0", [version("a1", "x", at(2), "old-run")])
    commit_run(tmp_path, "old-run", "test", files)  # no raw_files: an old-style marker
    listed = append_events(tmp_path, "new-run", "0", [version("a2", "y", at(2), "new-run")])
    commit_run(tmp_path, "new-run", "test", listed, [_raw(tmp_path, "new-run-0.warc.gz")])
    kept = [_raw(tmp_path, "old-run-0.warc.gz"), _raw(tmp_path, "new-run-unlisted.warc.gz")]
    stray = _raw(tmp_path, "gone-run-0.warc.gz")
    collected = collect_garbage(tmp_path, timedelta(0), datetime.now(UTC) + timedelta(seconds=1))
    assert [f.path for f in collected.removed] == [stray]
    assert all((tmp_path / name).exists() for name in kept)


def test_gc_keeps_the_files_of_a_run_whose_marker_is_damaged(tmp_path: Path) -> None:
    _committed(tmp_path)
    (tmp_path / "commits" / "r1.json").write_bytes(b"{ torn")
    kept = _files(tmp_path)
    collected = collect_garbage(tmp_path, timedelta(0), datetime.now(UTC) + timedelta(seconds=1))
    assert collected.removed == [] and _files(tmp_path) == kept
    assert read_ledger(tmp_path).damage


@pytest.mark.parametrize(
    ("text", "seconds"), [("0", 0), ("90s", 90), ("30m", 1800), ("12h", 43200), ("1d", 86400)]
)
def test_grace_periods_as_written(text: str, seconds: int) -> None:
    assert parse_grace(text) == timedelta(seconds=seconds)


def test_a_grace_that_is_not_a_duration_is_a_one_line_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _committed(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["gc", "--grace", "tomorrow", "--warehouse", str(tmp_path)])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "not a duration" in error and len(error.strip().splitlines()) == 1


def test_compaction_collects_too(prefect_harness: None, tmp_path: Path) -> None:
    _committed(tmp_path)
    leftover = append_events(tmp_path, "killed", "0", [version("a2", "lost", at(3), "killed")])
    _age(tmp_path, set(leftover), days=2)
    result = compact(warehouse=str(tmp_path))
    assert result["collected_files"] == 1 and not (tmp_path / leftover[0]).exists()


def _uncommitted(root: Path) -> set[str]:
    ledger = read_ledger(root)
    named = set(ledger.live_files()) | ledger.committed_raw_files()
    found = set()
    for folder in ("events", "raw"):
        for path in (root / folder).rglob("*"):
            relative = str(path.relative_to(root))
            if path.is_file() and path.name != "_schema.parquet" and relative not in named:
                found.add(relative)
    return found


def _wait_for_files(root: Path, process: object, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(_uncommitted(root)) >= count:
            return
        assert process.poll() is None, "ingest ended before it could be killed"  # type: ignore[attr-defined]
        time.sleep(0.02)
    raise AssertionError("no uncommitted files appeared")


@pytest.mark.slow  # a whole ingest in a child process, reporting to the session's Prefect API
def test_gc_after_a_killed_ingest_leaves_the_views_and_no_uncommitted_file(
    prefect_harness: None,
    demo_server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """SIGKILL a real ingest mid-write (as tests/flows/test_kill.py does), then `gc --grace 0`:
    the views are what they were, and every file left under events/ and raw/ is committed."""
    root = tmp_path / "wh"
    _committed(root)
    before = _snapshot(root)
    sources = write_sources(tmp_path / "sources.csv", demo_server.base_url)
    arguments = ["ingest", "--sources", str(sources), "--warehouse", str(root), "--batch-size", "1"]
    process = spawn_cli(arguments, tmp_path / "prefect-home", str(PREFECT_API_URL.value()))
    try:
        _wait_for_files(root, process, count=3, timeout=180)
    finally:
        kill_group(process)
    assert process.returncode == -signal.SIGKILL
    assert _uncommitted(root), "the killed run left files"
    assert _snapshot(root) == before

    assert main(["gc", "--grace", "0", "--warehouse", str(root)]) == 0
    assert capsys.readouterr().out.startswith("gc: freed ")
    assert _uncommitted(root) == set()
    assert _snapshot(root) == before
