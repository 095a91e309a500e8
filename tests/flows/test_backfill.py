"""Backfill, replay and compaction against WARC files and a CDX server built here.

A module-scoped archive set (3 WARC files, 140 article responses plus a non-HTML response,
a 404, a revisit record and a truncated final record) is backfilled once into a reference
warehouse; a small set (3 files of 40 articles) serves the kill/resume, replay and compaction
tests, which compare against its uninterrupted backfill.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from prefect.settings import PREFECT_API_URL

import tasks.versions
from flows.backfill import run_backfill
from flows.compact import compact
from flows.demo_site import DemoServer
from flows.ingest import nightly_ingest
from flows.replay import replay
from flows.runners import RunnerSetting
from tasks.archives import Chunk
from tasks.replay import replay_file
from tests.archive_builder import article_html, article_url, write_archive
from tests.conftest import write_sources
from tests.processes import REPO, kill_group, prepared_prefect_home, spawn_cli
from warehouse.ledger import read_ledger
from warehouse.queries import query

SNAPSHOT = """
SELECT url, version, content_hash, title, published_at, updated_at, observed_at, dateline_place
FROM article_versions ORDER BY url, version
"""
MENTIONS = "SELECT article_id, version, entity_id, mention_count FROM entity_mentions ORDER BY ALL"
EXPECTED_ARTICLES = 140


def rows(root: Path, sql: str) -> list[tuple[Any, ...]]:
    return query(root, sql).rows


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archives")
    # Big enough that the publication window below lies inside a.warc.gz (story n is published
    # 7 h after story n-1: 100 stories span June); derivations are all that more would add, in
    # a.warc.gz and in the two files beside it (each needs only to be another chunk, the last
    # one cut short).
    write_archive(folder / "a.warc.gz", 0, 100, extras=True)
    write_archive(folder / "b.warc.gz", 100, 20)
    write_archive(folder / "c.warc.gz", 120, 20, truncate=True)
    return folder


@pytest.fixture(scope="module")
def small_archives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three files of 40 articles captured within a day: partitions with several files."""
    folder = tmp_path_factory.mktemp("small-archives")
    captured = datetime(2020, 7, 1, 9, tzinfo=UTC)
    for index in range(3):
        write_archive(folder / f"s{index}.warc.gz", 40 * index, 40, captured_from=captured)
    return folder


@pytest.fixture(scope="module")
def small(
    prefect_harness: None, small_archives: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The small archives backfilled without interruption: for resume, replay, compaction."""
    root = tmp_path_factory.mktemp("small")
    run_backfill(warc=[str(small_archives / "*.warc.gz")], warehouse=str(root))
    return root


@pytest.fixture(scope="module")
def reference(
    prefect_harness: None, archives: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Two chunks at a time on threads: two writers into one warehouse, without a process pool
    that would import Prefect and spaCy twice more (about half of this fixture's time). Each
    chunk is read, derived and committed inside its task whatever the runner, and the
    processes runner is the CLI test's below (and test_scale's Dask workers)."""
    root = tmp_path_factory.mktemp("reference")
    run_backfill(
        runner=RunnerSetting("threads", 2),
        warc=[str(archives / "*.warc.gz")],
        warehouse=str(root),
    )
    return root


def test_backfill_reads_every_record_kind(reference: Path) -> None:
    assert rows(reference, "SELECT count(*) FROM articles") == [(EXPECTED_ARTICLES,)]
    (first,) = rows(
        reference, "SELECT observed_at, published_at FROM articles WHERE url LIKE '%/story-0.html'"
    )
    assert first[0] == datetime(2020, 6, 2, 8, tzinfo=UTC)  # the archive's capture time
    assert first[1] == datetime(2020, 6, 1, 8, tzinfo=UTC)
    failures = rows(reference, "SELECT reason, count(*) FROM failures GROUP BY ALL")
    assert failures == [("archive-damaged", 1)]
    assert rows(reference, "SELECT url, status FROM tombstones") == [
        ("http://archive.test/missing.html", 404)
    ]
    mentioned = rows(reference, "SELECT count(DISTINCT article_id) FROM entity_mentions")
    assert mentioned == [(EXPECTED_ARTICLES,)], "every story names an organization or a place"
    unkept = rows(
        reference, "SELECT count(*) FROM article_versions v ANTI JOIN captures c USING (capture_id)"
    )
    assert unkept == [(0,)], "every record points at a raw capture the warehouse kept"


def test_backfill_twice_is_the_same_as_once(
    reference: Path, archives: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    shutil.copytree(reference, again)
    result = run_backfill(warc=[str(archives / "*.warc.gz")], warehouse=str(again))
    assert result["skipped"] == 3 and result["done"] == []
    assert rows(again, SNAPSHOT) == rows(reference, SNAPSHOT)


def test_published_window_filters_on_publication_not_capture(
    prefect_harness: None, archives: Path, tmp_path: Path
) -> None:
    run_backfill(
        warc=[str(archives / "a.warc.gz")],
        warehouse=str(tmp_path),
        since="2020-06-10",
        until="2020-06-19",
    )
    days = rows(
        tmp_path,
        "SELECT min(published_at)::DATE::VARCHAR, "
        "max(published_at)::DATE::VARCHAR, count(*) FROM articles",
    )
    start = datetime(2020, 6, 1, 8, tzinfo=UTC)  # story n is published at start + 7h * n
    published = [(start + timedelta(hours=7 * n)).date().isoformat() for n in range(100)]
    inside = sum("2020-06-10" <= day <= "2020-06-19" for day in published)
    assert days == [("2020-06-10", "2020-06-19", inside)]


def _backfill_process(archives: Path, root: Path, home: Path) -> subprocess.Popen[bytes]:
    """Reporting to the session's Prefect API: what is killed is the backfill, not a temporary
    server's start (each would cost a server start; the CLI test below starts one)."""
    return spawn_cli(
        ["backfill", "--warc", str(archives / "*.warc.gz"), "--warehouse", str(root)],
        home,
        api_url=str(PREFECT_API_URL.value()),
    )


def _event_files(root: Path) -> int:
    return sum(1 for p in (root / "events").rglob("*.parquet") if p.name != "_schema.parquet")


def test_killed_backfill_resumes_to_the_uninterrupted_result(
    small: Path, small_archives: Path, tmp_path: Path
) -> None:
    root = tmp_path / "killed"
    archives = small_archives
    kill_points = sorted(random.Random(20200702).sample(range(1, 10), 3))
    for kill_after in kill_points:  # files on disk (of all runs so far) before each SIGKILL
        process = _backfill_process(archives, root, tmp_path / "prefect")
        deadline = time.monotonic() + 180
        while _event_files(root) < kill_after and process.poll() is None:
            assert time.monotonic() < deadline, "backfill wrote nothing"
            time.sleep(0.01)
        kill_group(process)
    result = run_backfill(warc=[str(archives / "*.warc.gz")], warehouse=str(root))
    assert result["skipped"] + len(result["done"]) == 3
    assert rows(root, SNAPSHOT) == rows(small, SNAPSHOT)
    assert rows(root, MENTIONS) == rows(small, MENTIONS)


def test_backfilling_what_nightly_holds_adds_nothing(
    prefect_harness: None, demo_server: DemoServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.csv", demo_server.base_url)
    root = tmp_path / "wh"
    nightly_ingest(sources=str(sources), warehouse=str(root))
    nightly_ingest(sources=str(sources), warehouse=str(root))
    before = rows(
        root, "SELECT url, version, content_hash, observed_at FROM article_versions ORDER BY ALL"
    )
    mentions = rows(root, MENTIONS)
    run_backfill(
        warc=[str(root / "raw" / "**" / "*.warc.gz")], warehouse=str(root), source_id="demo-ledger"
    )
    after = rows(
        root, "SELECT url, version, content_hash, observed_at FROM article_versions ORDER BY ALL"
    )
    assert len(before) >= 15 and after == before
    assert rows(root, MENTIONS) == mentions


# ---- Wayback -------------------------------------------------------------------------------

SNAPSHOT_TIMES = ["20200702081500", "20200702190000", "20200705120000"]


@pytest.fixture
def cdx_server() -> Iterator[str]:
    published = datetime(2020, 7, 2, 6, tzinfo=UTC)
    original = article_url(7, published)
    bodies = {ts: article_html(7, published, revision=i) for i, ts in enumerate(SNAPSHOT_TIMES)}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            if self.path.startswith("/cdx/search/cdx"):
                rows = [["timestamp", "original", "mimetype", "statuscode", "digest"]]
                rows += [
                    [ts, original, "text/html", "200", f"D{ts}"] for ts in reversed(SNAPSHOT_TIMES)
                ]
                body = repr(rows).replace("'", '"').encode()
                ctype = "application/json"
            elif self.path.startswith("/web/"):
                timestamp = self.path.split("/")[2].removesuffix("id_")
                body, ctype = bodies[timestamp], "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_wayback_snapshots_rebuild_versions_in_snapshot_order(
    prefect_harness: None, cdx_server: str, tmp_path: Path
) -> None:
    url = article_url(7, datetime(2020, 7, 2, 6, tzinfo=UTC))
    run_backfill(wayback=url, cdx_base=cdx_server, warehouse=str(tmp_path))
    history = query(
        tmp_path, "SELECT version, observed_at, changed FROM article_history(?)", [url]
    ).rows
    expected = [datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=UTC) for ts in SNAPSHOT_TIMES]
    assert [(v, t) for v, t, _ in history] == list(zip([1, 2, 3], expected, strict=True))
    assert "updated_at" in history[2][2]


# ---- replay and compaction ------------------------------------------------------------------


class _NoNetwork:
    """Make every socket connection fail loudly, and remember that one was tried."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[Any] = []

        def refuse(sock: socket.socket, address: Any) -> None:
            self.attempts.append(address)
            raise OSError(f"network used during replay: {address}")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def test_replay_derives_every_capture_again_without_network(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "replayed"
    shutil.copytree(small, root)
    monkeypatch.setattr(tasks.versions, "CODE_VERSION", "test-next")
    stored = query(root, "SELECT warc_file FROM captures ORDER BY observed_at, capture_id").rows
    first_file = stored[0][0]
    guard = _NoNetwork(monkeypatch)
    chunk = Chunk("by-hand", "replay", first_file, first_file)
    replay_file(root, chunk, None, {}, datetime(2020, 7, 10, tzinfo=UTC))
    assert guard.attempts == []
    monkeypatch.undo()  # Prefect talks to its API over loopback; the derivations above did not
    monkeypatch.setattr(tasks.versions, "CODE_VERSION", "test-next")
    replay(warehouse=str(root))
    derived = rows(root, "SELECT derivation_key, count(*) FROM version_events GROUP BY ALL")
    assert derived == [(tasks.versions.page_derivation_key(), len(stored))]
    assert "versions=test-next" in derived[0][0]
    assert rows(root, SNAPSHOT) == rows(small, SNAPSHOT)


def test_compaction_is_lossless_and_readers_never_see_a_half_state(
    small: Path, tmp_path: Path
) -> None:
    root = tmp_path / "compacted"
    shutil.copytree(small, root)
    expected = rows(root, SNAPSHOT)
    counts = "SELECT (SELECT count(*) FROM article_versions), (SELECT count(*) FROM captures)"
    want = rows(root, counts)
    files_before = _event_files(root)
    seen: list[Any] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            seen.append(rows(root, counts))
            time.sleep(0.05)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        result = compact(warehouse=str(root), grace_minutes=60)
    finally:
        stop.set()
        thread.join()
    assert result["compacted"] > 0 and result["retired_files"] == 0
    assert seen and all(s == want for s in seen)
    assert rows(root, SNAPSHOT) == expected
    retired = compact(warehouse=str(root), grace_minutes=0)["retired_files"]
    assert retired > 0 and _event_files(root) < files_before
    assert rows(root, SNAPSHOT) == expected
    assert _committed_runs(root) == _committed_runs(small)


def test_compaction_refuses_a_merge_that_loses_a_row(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warehouse.compact as compaction

    root = tmp_path / "lossy"
    shutil.copytree(small, root)
    real_write = compaction.write_table
    monkeypatch.setattr(
        compaction,
        "write_table",
        lambda where, table, **kw: real_write(where, table.slice(1), **kw),
    )
    partition = next(
        p
        for d, p in compaction.partitions(root)
        if d == "article_versions" and len(list(p.glob("*.parquet"))) > 1
    )
    with pytest.raises(compaction.CompactionMismatch):
        compaction.compact_partition(
            root, "article_versions", partition, read_ledger(root).live_files()
        )
    assert not list(partition.glob("compact-*"))


def test_sitemap_backfill_keeps_the_window(
    prefect_harness: None, demo_server: DemoServer, tmp_path: Path
) -> None:
    since, until = "2020-07-01", "2020-07-05"
    run_backfill(
        sitemap=demo_server.base_url + "/sitemap.xml",
        since=since,
        until=until,
        warehouse=str(tmp_path),
        source_id="demo-ledger",
    )
    expected = {
        demo_server.base_url + a["path"]
        for a in demo_server.site.articles()
        if since
        <= datetime.fromisoformat(a["published"]).astimezone(UTC).date().isoformat()
        <= until
    }
    got = {row[0] for row in rows(tmp_path, "SELECT url FROM articles")}
    assert len(expected) >= 4 and got == expected
    again = run_backfill(
        sitemap=demo_server.base_url + "/sitemap.xml",
        since=since,
        until=until,
        warehouse=str(tmp_path),
        source_id="demo-ledger",
    )
    assert again["done"] == [] and again["skipped"] == again["chunks"] == 1


def test_cli_backfill_on_two_processes_shares_one_temporary_server_and_ends_cleanly(
    small: Path, small_archives: Path, tmp_path: Path
) -> None:
    """No Prefect API configured: the command starts one temporary server for the flow and its
    worker processes, sends the run's last log lines before stopping it, and exits 0."""
    root = tmp_path / "cli"
    env = {**os.environ, "PREFECT_HOME": str(prepared_prefect_home(tmp_path / "prefect"))}
    env.pop("PREFECT_API_URL", None)
    command = ["backfill", "--verbose", "--workers", "2", "--warehouse", str(root)]
    command += ["--warc", str(small_archives / "*.warc.gz")]
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=300,
    )
    output = (done.stdout + done.stderr).decode()
    assert done.returncode == 0, output[-3000:]
    assert output.count("Starting temporary server") == 1  # not one per worker
    assert "Error logging to API" not in output
    assert rows(root, SNAPSHOT) == rows(small, SNAPSHOT)
    assert rows(root, MENTIONS) == rows(small, MENTIONS)


def _committed_runs(root: Path) -> set[str]:
    """The runs with a readable commit marker (`_init` included)."""
    return {marker.run_id for marker in read_ledger(root).markers}
