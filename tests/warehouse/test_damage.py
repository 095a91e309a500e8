"""A warehouse that says what is wrong: damaged files, markers and missing files are one clear
error naming them (never a traceback, never rows silently gone), `newsledger check` lists each
problem in one line, and `--quarantine` sets damaged files aside so the views read on."""

from __future__ import annotations

import gzip
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.cli import main
from schemas.errors import WarehouseDamaged, WarehouseMissing
from tests.records import at, version
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import query

ARTICLES = "SELECT article_id FROM article_versions ORDER BY 1"


def _warehouse(root: Path) -> dict[str, str]:
    """Two committed runs (a1 by r1, a2 by r2) and a raw file r2 lists; r2's files by kind."""
    commit_run(
        root, "r1", "test", append_events(root, "r1", "0", [version("a1", "x", at(2), "r1")])
    )
    (parquet,) = append_events(root, "r2", "0", [version("a2", "y", at(3), "r2")])
    warc = "raw/date=2020-07-03/r2-0.warc.gz"
    (root / warc).parent.mkdir(parents=True)
    (root / warc).write_bytes(gzip.compress(b"WARC/1.0\r\n\r\n") * 3)
    commit_run(root, "r2", "test", [parquet], [warc])
    return {"parquet": parquet, "marker": "commits/r2.json", "warc": warc}


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


DAMAGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "truncated file": ("parquet", _truncate),
    "zero-byte file": ("parquet", lambda p: p.write_bytes(b"")),
    "missing file": ("parquet", lambda p: p.unlink()),
    "garbage marker": ("marker", lambda p: p.write_bytes(b"\x00garbage{")),
    "empty marker": ("marker", lambda p: p.write_bytes(b"")),
    "marker of another run": ("marker", lambda p: p.write_text('{"run_id": "r9"}')),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_one_clear_error_then_checked_then_quarantined(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _warehouse(tmp_path)
    which, damage = DAMAGE[kind]
    damage(tmp_path / files[which])
    name = Path(files[which]).name

    with pytest.raises(WarehouseDamaged) as raised:
        query(tmp_path, ARTICLES)
    assert name in str(raised.value) and "newsledger check" in str(raised.value)

    assert main(["sql", ARTICLES, "--warehouse", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err and "Traceback" not in err

    assert main(["check", "--warehouse", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if name in line] and out[-1].startswith("check:")

    assert main(["check", "--quarantine", "--warehouse", str(tmp_path)]) == 1
    capsys.readouterr()
    assert query(tmp_path, ARTICLES).rows == [("a1",)]  # r2's rows set aside, r1's read on
    assert main(["check", "--warehouse", str(tmp_path)]) == 0
    assert (tmp_path / "quarantine").is_dir()
    if kind != "missing file":
        assert (tmp_path / "quarantine" / files[which]).exists()


def test_a_damaged_raw_file_is_found_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _warehouse(tmp_path)
    _truncate(tmp_path / files["warc"])
    assert main(["check", "--warehouse", str(tmp_path)]) == 1
    (line,) = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("check:")]
    assert line.startswith(files["warc"]) and "gzip" in line
    assert query(tmp_path, ARTICLES).rows == [("a1",), ("a2",)]  # the views read no WARC


def test_a_truncated_file_of_a_run_that_never_committed_is_harmless(tmp_path: Path) -> None:
    _warehouse(tmp_path)
    (killed,) = append_events(tmp_path, "killed", "0", [version("a3", "z", at(3), "killed")])
    _truncate(tmp_path / killed)
    assert query(tmp_path, ARTICLES).rows == [("a1",), ("a2",)]
    assert main(["check", "--warehouse", str(tmp_path)]) == 0  # young: maybe a run in progress


def test_a_clean_warehouse_checks_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _warehouse(tmp_path)
    assert main(["check", "--warehouse", str(tmp_path)]) == 0
    (summary,) = capsys.readouterr().out.splitlines()
    assert summary.startswith("check: ") and " 0 problems" in summary


def test_reads_never_create_a_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nothing = tmp_path / "typo"
    with pytest.raises(WarehouseMissing):
        query(nothing, "SELECT 1")
    for command in (["sql", "SELECT 1"], ["timeline", "Pentagon"], ["history", "http://x.test/a"]):
        assert main([*command, "--warehouse", str(nothing)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "no warehouse" in err and "Traceback" not in err
    assert not nothing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["sql", "SELECT 1", "--warehouse", str(empty)]) == 2
    assert list(empty.iterdir()) == []
    init_warehouse(empty)
    assert query(empty, "SELECT count(*) FROM articles").rows == [(0,)]


def test_an_old_file_nobody_committed_is_reported_for_gc_not_quarantined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _warehouse(tmp_path)
    (killed,) = append_events(tmp_path, "killed", "0", [version("a3", "z", at(3), "killed")])
    two_days_ago = time.time() - 2 * 86400
    os.utime(tmp_path / killed, (two_days_ago, two_days_ago))
    assert main(["check", "--quarantine", "--warehouse", str(tmp_path)]) == 1
    (line,) = [x for x in capsys.readouterr().out.splitlines() if not x.startswith("check:")]
    assert line.startswith(killed) and "newsledger gc" in line
    assert (tmp_path / killed).exists() and not (tmp_path / "quarantine").exists()
