"""Beyond one machine: the warehouse in S3, backfills on Dask, concurrent writers.

Everything runs for real: a SeaweedFS S3 server on 127.0.0.1 (`s3_server`), a Dask
LocalCluster of two worker processes, and writer processes started from the command line
against one warehouse. Each result is compared with a reference backfill of the same archives
into a local warehouse, one chunk after another.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import s3fs
from prefect.client.orchestration import get_client
from prefect.settings import PREFECT_API_URL
from upath import UPath

import tasks.versions
from flows.backfill import run_backfill
from flows.compact import compact
from flows.ingest import nightly_ingest
from flows.replay import replay
from flows.runners import RunnerSetting
from tests.archive_builder import write_archive
from tests.conftest import write_sources
from tests.processes import REPO, errors_of, kill_group, spawn_cli
from tests.records import at, version
from tests.s3_server import ACCESS_KEY, SECRET_KEY, S3Server
from warehouse.duckdb_s3 import MODE_VARIABLE
from warehouse.layout import resolve_root
from warehouse.log import append_events, commit_run
from warehouse.queries import connect, query
from warehouse.s3_settings import BLOCK_VARIABLE

SNAPSHOT = """
SELECT url, version, content_hash, title, published_at, updated_at, observed_at, dateline_place
FROM article_versions ORDER BY url, version
"""
MENTIONS = "SELECT article_id, version, entity_id, mention_count FROM entity_mentions ORDER BY ALL"
# What identifies an event in each view users read.
IDENTITIES = {
    "captures": "SELECT capture_id FROM captures",
    "article_versions": "SELECT event_id FROM version_events",
    "entity_mentions": "SELECT event_id FROM mention_events",
    "failures": "SELECT event_id FROM failures",
    "tombstones": "SELECT event_id FROM tombstone_events",
}
# Four files (four writers, two Dask workers with two each); ten articles a file are enough for
# every chunk to write and commit several event files, and what more would add is derivations.
FILES, PER_FILE = 4, 10


def rows(root: str | Path, sql: str) -> list[tuple[Any, ...]]:
    return query(resolve_root(str(root)), sql).rows


def event_ids(root: str | Path) -> dict[str, list[str]]:
    """Per dataset, the event ids the views show (sorted, duplicates kept if there were any)."""
    return {
        name: [r[0] for r in rows(root, f"{sql} ORDER BY 1")] for name, sql in IDENTITIES.items()
    }


def event_files(root: str | Path) -> int:
    location = resolve_root(str(root))
    found = location.fs.glob(f"{location.path}/events/**/*.parquet")
    return sum(1 for name in found if not name.endswith("_schema.parquet"))


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale-archives")
    captured = datetime(2020, 7, 1, 9, tzinfo=UTC)
    for index in range(FILES):
        write_archive(
            folder / f"w{index}.warc.gz", PER_FILE * index, PER_FILE, captured_from=captured
        )
    return folder


@pytest.fixture(scope="module")
def reference(
    prefect_harness: None, archives: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The archives backfilled into a local warehouse, one chunk after another on threads."""
    root = tmp_path_factory.mktemp("scale-reference")
    run_backfill(
        runner=RunnerSetting("threads", 1),
        warc=[str(archives / "*.warc.gz")],
        warehouse=str(root),
    )
    assert len(rows(root, SNAPSHOT)) == FILES * PER_FILE
    return root


def _upload(archives: Path, prefix: str) -> str:
    fs = s3fs.S3FileSystem(skip_instance_cache=True)
    for path in sorted(archives.glob("*.warc.gz")):
        fs.put_file(str(path), f"{prefix.removeprefix('s3://')}/{path.name}")
    return f"{prefix}/*.warc.gz"


def _cli_sql(warehouse: str, sql: str, mode: str | None = None) -> list[dict[str, Any]]:
    env = {**os.environ}
    env.pop(MODE_VARIABLE, None)
    if mode:
        env[MODE_VARIABLE] = mode
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "sql",
            "--warehouse",
            warehouse,
            "--format",
            "json",
            sql,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


def test_every_stage_runs_against_an_s3_warehouse(
    reference: Path,
    archives: Path,
    s3_root: str,
    demo_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Backfill from archives that are themselves in the object store.
    inputs = _upload(archives, f"{s3_root}-input")
    result = run_backfill(runner=RunnerSetting("threads", 2), warc=[inputs], warehouse=s3_root)
    assert len(result["done"]) == FILES
    assert rows(s3_root, SNAPSHOT) == rows(reference, SNAPSHOT)
    assert rows(s3_root, MENTIONS) == rows(reference, MENTIONS)
    store = s3fs.S3FileSystem(skip_instance_cache=True)
    bucket_path = s3_root.removeprefix("s3://")
    assert store.glob(f"{bucket_path}/raw/**/*.warc.gz"), "raw captures are kept in the store"
    assert store.glob(f"{bucket_path}/commits/*.json")

    # Nightly ingest of the demo site, into the same S3 warehouse and into a local one.
    sources = write_sources(tmp_path / "sources.csv", demo_server.base_url)
    local = tmp_path / "local"
    for warehouse in (s3_root, str(local)):
        nightly_ingest(sources=str(sources), warehouse=warehouse)
    demo = """
        SELECT url, content_hash, title, published_at FROM articles
        WHERE source_id = 'demo-ledger' ORDER BY url
    """
    assert rows(s3_root, demo) == rows(local, demo)
    assert len(rows(local, demo)) > 10

    # Replay: a new derivation of every capture, read back with ranged GETs.
    monkeypatch.setattr(tasks.versions, "CODE_VERSION", "test-s3")
    replay(warehouse=s3_root)
    captures = rows(s3_root, "SELECT count(*) FROM captures")[0][0]
    derived = rows(s3_root, "SELECT derivation_key, count(*) FROM version_events GROUP BY ALL")
    assert derived == [(tasks.versions.page_derivation_key(), captures)]
    monkeypatch.undo()

    # Compaction: fewer files, the same rows; the replaced files are moved out of events/.
    before = rows(s3_root, SNAPSHOT)
    files_before = event_files(s3_root)
    summary = compact(warehouse=s3_root, grace_minutes=0)
    assert summary["retired_files"] > 0
    assert event_files(s3_root) < files_before
    assert rows(s3_root, SNAPSHOT) == before
    assert store.glob(f"{bucket_path}/retired/**/*.parquet")

    # `newsledger sql` picks httpfs (shipped by a package here) by itself; fsspec when forced.
    sql = "SELECT url, version, title FROM article_versions ORDER BY url, version"
    expected = [dict(zip(("url", "version", "title"), r, strict=True)) for r in rows(local, sql)]
    automatic = _cli_sql(s3_root, sql)
    assert automatic == _cli_sql(s3_root, sql, "fsspec") == _cli_sql(s3_root, sql, "httpfs")
    assert [r for r in automatic if r["url"].startswith(demo_server.base_url)] == expected


def test_duckdb_reads_s3_through_httpfs_or_a_registered_fsspec_filesystem(
    reference: Path, s3_root: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_root(s3_root)
    local = UPath(reference)
    for path in sorted(local.rglob("*")):
        if path.is_file():
            location.fs.put_file(str(path), f"{location.path}/{path.relative_to(local)}")
    for mode in ("httpfs", "fsspec"):
        monkeypatch.setenv(MODE_VARIABLE, mode)
        con = connect(location)
        try:
            assert con.execute("SELECT getvariable('newsledger_storage')").fetchone() == (mode,)
            assert con.execute(SNAPSHOT).fetchall() == rows(reference, SNAPSHOT)
        finally:
            con.close()
    monkeypatch.delenv(MODE_VARIABLE)
    con = connect(location)
    try:
        # httpfs is installed (a package ships it): preferred when nothing forces a choice.
        assert con.execute("SELECT getvariable('newsledger_storage')").fetchone() == ("httpfs",)
    finally:
        con.close()


@pytest.mark.parametrize("cluster", ["started-by-the-runner", "at-a-scheduler-address"])
def test_backfill_on_a_dask_local_cluster_with_two_worker_processes(
    cluster: str, reference: Path, archives: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import LocalCluster

    root = tmp_path / "dask"
    completed_before = _completed_task_runs("backfill archive file")
    with contextlib.ExitStack() as stack:
        address = None
        if cluster == "at-a-scheduler-address":
            # Started apart from the flow, its workers know nothing of Prefect's settings:
            # every task prefect-dask submits carries the flow's (the API URL among them).
            monkeypatch.delenv("PREFECT_API_URL", raising=False)
            running = stack.enter_context(
                LocalCluster(
                    n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
                )
            )
            address = running.scheduler_address
        result = run_backfill(
            runner=RunnerSetting("dask", 2, address),
            warc=[str(archives / "*.warc.gz")],
            warehouse=str(root),
        )
    assert rows(root, SNAPSHOT) == rows(reference, SNAPSHOT)
    assert rows(root, MENTIONS) == rows(reference, MENTIONS)
    workers = {chunk["worker"] for chunk in result["done"]}
    assert len(workers) == 2, workers  # both worker processes took chunks...
    assert f"{os.uname().nodename}:{os.getpid()}" not in workers  # ...not this process
    # ...and reported to this session's Prefect API, not to servers of their own.
    assert _completed_task_runs("backfill archive file") - completed_before == FILES


def _completed_task_runs(name: str) -> int:
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName

    with get_client(sync_client=True) as client:
        found = client.read_task_runs(
            task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_=name))
        )
    return sum(1 for run in found if run.state_name == "Completed")


@pytest.mark.parametrize("store", ["local", "s3"])
def test_four_concurrent_writers_and_a_compaction_lose_and_duplicate_nothing(
    store: str, reference: Path, archives: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    root = str(tmp_path / "shared") if store == "local" else request.getfixturevalue("s3_root")
    files = sorted(str(p) for p in archives.glob("*.warc.gz"))
    api = PREFECT_API_URL.value()
    # Four writers with overlapping work: writer i backfills files i and i+1.
    writers = [
        spawn_cli(
            ["backfill", "--warehouse", root, "--warc", files[i], files[(i + 1) % FILES]],
            tmp_path / f"prefect-{i}",
            api_url=api,
        )
        for i in range(FILES)
    ]
    compactions = 0
    try:
        while any(w.poll() is None for w in writers):
            # beside the writers, over and over; a replaced file stays 6 s for the queries that
            # loaded the ledger before the compaction (what the grace period is for)
            compact(warehouse=root, grace_minutes=0.1)
            compactions += 1
            time.sleep(0.2)
        failed = [i for i, w in enumerate(writers) if w.returncode != 0]
        assert not failed, "\n".join(errors_of(tmp_path / f"prefect-{i}") for i in failed)
    finally:
        for writer in writers:
            kill_group(writer)
    compact(warehouse=root, grace_minutes=0)
    assert compactions > 0
    assert rows(root, SNAPSHOT) == rows(reference, SNAPSHOT)
    assert rows(root, MENTIONS) == rows(reference, MENTIONS)
    assert event_ids(root) == event_ids(reference)  # each event exactly once, none missing


def test_s3_settings_may_come_from_a_prefect_block_alone(
    prefect_harness: None, s3_server: S3Server, s3_root: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect_aws import AwsCredentials
    from prefect_aws.client_parameters import AwsClientParameters

    AwsCredentials(
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        region_name="us-east-1",
        aws_client_parameters=AwsClientParameters(endpoint_url=s3_server.endpoint),
    ).save("newsledger-test-s3", overwrite=True)
    for key in s3_server.env:  # nothing left of the usual AWS settings
        monkeypatch.delenv(key)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/nonexistent")
    monkeypatch.setenv(BLOCK_VARIABLE, "newsledger-test-s3")

    root = resolve_root(s3_root)
    event = version("a1", "kept in the store", at(2), "run-block")
    commit_run(root, "run-block", "test", append_events(root, "run-block", "0", [event]))
    for mode in ("httpfs", "fsspec"):
        monkeypatch.setenv(MODE_VARIABLE, mode)
        assert rows(s3_root, "SELECT article_id FROM article_versions") == [("a1",)]
