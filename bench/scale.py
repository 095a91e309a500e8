"""Beyond one machine: backfill on 1 vs 2 Dask workers, and the S3 warehouse against disk.

Both comparisons run the real flows (one Prefect test server for the whole bench) on the same
WARC files in the same run:
- Dask: the backfill flow on a LocalCluster of 1 and of 2 worker processes (cluster start-up
  included: it is part of what a user waits for);
- S3: the same backfill into a local warehouse and into a SeaweedFS S3 server on 127.0.0.1
  (loopback: this is the cost of the object-store code path, not of a network), then the same
  view queries against each (local, S3 through httpfs, S3 through fsspec), then compaction of
  each: the same files read, merged, verified and moved, storage work and nothing else.
Pages: ../shared/corpus when present (real pages), else the bundled demo pages, repeated.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.backfill import _pages, write_warcs

QUERIES = {
    "versions": "SELECT count(*), count(DISTINCT content_hash) FROM article_versions",
    "timeline": "SELECT count(*) FROM entity_mentions WHERE entity_type = 'ORG'",
    "history": "SELECT url, version, title FROM article_versions ORDER BY url, version",
}


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _queries(root: str, mode: str | None) -> float:
    from warehouse.layout import resolve_root
    from warehouse.queries import query

    if mode:
        os.environ["NEWSLEDGER_DUCKDB_S3"] = mode
    try:
        start = time.perf_counter()
        for _ in range(3):
            for sql in QUERIES.values():
                query(resolve_root(root), sql)
        return time.perf_counter() - start
    finally:
        os.environ.pop("NEWSLEDGER_DUCKDB_S3", None)


def main(pages_per_run: int = 800) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.backfill import run_backfill
    from flows.compact import compact
    from flows.runners import RunnerSetting
    from tasks.entities import load_alias_table, load_nlp
    from tests.s3_server import start_s3_server

    # This process runs the local and S3 backfills (threads): load the model before either is
    # timed, or whichever runs first pays for it. Dask workers load it themselves, both runs.
    load_nlp()
    load_alias_table()
    work = Path(tempfile.mkdtemp(prefix="nl-bench-scale-"))
    server = start_s3_server(work / "s3")
    os.environ.update(server.env)
    try:
        paths = [str(p) for p in write_warcs(work, _pages(pages_per_run))]
        with prefect_test_harness(server_startup_timeout=120):

            def backfill(runner: RunnerSetting, warehouse: str) -> float:
                return _timed(lambda: run_backfill(runner=runner, warc=paths, warehouse=warehouse))

            dask1 = backfill(RunnerSetting("dask", 1), str(work / "dask1"))
            dask2 = backfill(RunnerSetting("dask", 2), str(work / "dask2"))
            local_s = backfill(RunnerSetting("threads", 1), str(work / "local"))
            s3_s = backfill(RunnerSetting("threads", 1), "s3://ledger/bench")
            q_local = _queries(str(work / "local"), None)
            q_httpfs = _queries("s3://ledger/bench", "httpfs")
            q_fsspec = _queries("s3://ledger/bench", "fsspec")
            c_local = _timed(lambda: compact(warehouse=str(work / "local"), grace_minutes=0))
            c_s3 = _timed(lambda: compact(warehouse="s3://ledger/bench", grace_minutes=0))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    n = pages_per_run
    print(f"scale: {n} pages in {len(paths)} WARC files, same data for every row")
    print(f"  backfill on Dask, 1 worker:   {n / dask1:6.1f} pages/s")
    print(
        f"  backfill on Dask, 2 workers:  {n / dask2:6.1f} pages/s  "
        f"speed-up {dask1 / dask2:.2f}x (1 -> 2 workers)"
    )
    print(f"  backfill into local disk:     {n / local_s:6.1f} pages/s")
    print(
        f"  backfill into S3 (loopback):  {n / s3_s:6.1f} pages/s  "
        f"overhead {s3_s / local_s:.2f}x the local time"
    )
    print(f"  view queries ({len(QUERIES)} x 3), local:      {q_local:6.2f} s")
    print(f"  view queries, S3 via httpfs:          {q_httpfs:6.2f} s  {q_httpfs / q_local:.2f}x")
    print(f"  view queries, S3 via fsspec:          {q_fsspec:6.2f} s  {q_fsspec / q_local:.2f}x")
    print(f"  compaction, local:                    {c_local:6.2f} s")
    print(f"  compaction, S3:                       {c_s3:6.2f} s  {c_s3 / c_local:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
