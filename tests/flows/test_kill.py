"""SIGKILL a real ingest process mid-write: nothing partial shows, and a re-run heals it."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from prefect.settings import PREFECT_API_URL

from flows.demo_site import DemoServer
from flows.ingest import nightly_ingest
from tests.conftest import write_sources
from tests.processes import kill_group, spawn_cli
from warehouse.ledger import read_ledger
from warehouse.queries import query

# What a run leaves in the views, minus what differs by nature between two runs (times, ids).
SNAPSHOT = """
SELECT url, version, content_hash, title, published_at, updated_at, dateline_text
FROM articles ORDER BY url
"""
ENTITY_SNAPSHOT = """
SELECT url, entity_id, mention_count, mentions FROM entity_mentions ORDER BY ALL
"""


def _ingest_process(sources: Path, root: Path, home: Path) -> subprocess.Popen[bytes]:
    """Reporting to the session's Prefect API (no temporary server of its own to start: the
    point is the kill mid-write, and the CLI tests cover a command's own server)."""
    arguments = ["ingest", "--sources", str(sources), "--warehouse", str(root)]
    return spawn_cli([*arguments, "--batch-size", "1"], home, api_url=str(PREFECT_API_URL.value()))


def _wait_for_event_files(root: Path, process: subprocess.Popen[bytes], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = [p for p in (root / "events").rglob("*.parquet") if p.name != "_schema.parquet"]
        if len(files) >= 3:
            return len(files)
        assert process.poll() is None, "ingest ended before it could be killed"
        time.sleep(0.02)
    raise AssertionError("no event files appeared")


def test_sigkill_mid_write_leaves_no_partial_run(
    prefect_harness: None, demo_server: DemoServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.csv", demo_server.base_url)
    killed = tmp_path / "killed"
    process = _ingest_process(sources, killed, tmp_path / "prefect-home")
    try:
        _wait_for_event_files(killed, process, timeout=180)
    finally:
        kill_group(process)
    assert process.returncode == -signal.SIGKILL

    assert {m.run_id for m in read_ledger(killed).markers} == {"_init"}, (
        "the killed run must not be committed"
    )
    for view in ("article_versions", "entity_mentions", "captures", "failures", "tombstones"):
        assert query(killed, f"SELECT count(*) FROM {view}").rows == [(0,)], view

    nightly_ingest(sources=str(sources), warehouse=str(killed))
    uninterrupted = tmp_path / "uninterrupted"
    nightly_ingest(sources=str(sources), warehouse=str(uninterrupted))

    healed = query(killed, SNAPSHOT).rows
    assert healed and healed == query(uninterrupted, SNAPSHOT).rows
    assert query(killed, ENTITY_SNAPSHOT).rows == query(uninterrupted, ENTITY_SNAPSHOT).rows
