"""Several `newsledger` commands started together, with the default set-up, all succeed
(issue 14 §9): no PREFECT_API_URL, one fresh PREFECT_HOME shared by all (as on a user's
machine), so each command starts a temporary Prefect server against one database. Every event
they write is recorded exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.archive_builder import write_archive
from warehouse.queries import query

REPO = Path(__file__).resolve().parents[2]
WRITERS = 4
PER_FILE = 3


@pytest.mark.timeout(900)  # four processes, each importing Prefect and spaCy and starting a server
def test_four_backfills_started_together_all_commit_exactly_once(tmp_path: Path) -> None:
    archives = []
    for n in range(WRITERS):
        path = tmp_path / f"part-{n}.warc.gz"
        write_archive(path, n * PER_FILE, PER_FILE, captured_from=datetime(2020, 7, 1, tzinfo=UTC))
        archives.append(path)
    root = tmp_path / "wh"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),  # fresh: the first starts migrate it
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    env.pop("PREFECT_API_URL", None)
    commands = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "flows.cli",
                "backfill",
                "--warc",
                str(p),
                "--warehouse",
                str(root),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for p in archives
    ]
    outputs = [c.communicate(timeout=600)[0].decode() for c in commands]
    for command, output in zip(commands, outputs, strict=True):
        assert command.returncode == 0, output[-3000:]

    assert query(root, "SELECT count(*) FROM article_versions").rows == [(WRITERS * PER_FILE,)]
    assert query(root, "SELECT count(DISTINCT run_id) FROM captures").rows == [(WRITERS,)]
    committed = {p.stem for p in (root / "commits").glob("*.json")}
    ids: list[str] = []
    for path in (root / "events").rglob("*.parquet"):
        table = pq.read_table(path)
        if "event_id" in table.column_names and table.num_rows:
            runs = set(table.column("run_id").to_pylist())
            if runs <= committed:
                ids += table.column("event_id").to_pylist()
    assert len(ids) == len(set(ids)), "no event was written twice"
