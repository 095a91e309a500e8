"""A night of many sources: 100 loopback hosts × 10 articles, against a WARC backfill of the same
pages, and an unchanged second night against the first.

Hosts are 127.0.0.2 … 127.0.0.101 (the whole 127/8 range is loopback), each a separate site with
its own robots.txt, feed and sitemap, served by one child process; our politeness holds per host
(the default delay between requests to a host, at most two at a time). Targets:
- first night (discover, fetch, derive, NER, store, commit) <= 1.3 × the WARC backfill of the
  same 1,000 pages + 15 s (fetching politely costs waiting, not work);
- second night, nothing changed (listings and pages answer 304) <= 0.15 × the first night's
  CPU, and makes no version.
Both runs report to one Prefect API started before them, so neither pays a server start-up;
the spaCy model is loaded before timing (once per process, whichever runs first).
CPU is this process's (every thread: fetching, deriving, storing, Prefect's client). The
Prefect server's CPU for each night (its task runs, logs, events) is printed beside it: a
deployment pays it too, on the server's machine. The loopback sites' CPU is the internet's.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from upath import UPath

HOSTS = [f"127.0.0.{n}" for n in range(2, 102)]
ARTICLES_PER_HOST = 10


def _timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _server_cpu() -> float:
    """CPU seconds so far of the temporary Prefect server this process started (0 if none)."""
    from prefect.server.api.server import SubprocessASGIServer

    process = SubprocessASGIServer().server_process
    if process is None:
        return 0.0
    times = psutil.Process(process.pid).cpu_times()
    return times.user + times.system + times.children_user + times.children_system


def main() -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ["NEWSLEDGER_ALLOW_PRIVATE_HOSTS"] = "1"  # the hosts are on loopback

    from bench.backfill import write_warcs
    from bench.loopback_site import LoopbackSite, generate_site
    from flows.backfill import run_backfill
    from flows.ingest import nightly_ingest
    from flows.runners import RunnerSetting, shared_prefect_api
    from tasks.entities import load_alias_table, load_nlp
    from warehouse.queries import query

    now = datetime.now(UTC)
    sites = {
        host: generate_site(ARTICLES_PER_HOST, now, first=i * ARTICLES_PER_HOST)
        for i, host in enumerate(HOSTS)
    }
    work = Path(tempfile.mkdtemp(prefix="nl-nightly-"))
    load_nlp(), load_alias_table()
    try:
        with LoopbackSite(sites) as served, shared_prefect_api():
            rows = ["source_id,name,homepage,feed_url,sitemap_url,language,timezone"]
            urls, bodies = [], []
            for host in HOSTS:
                base = served.base_url_of(host)
                rows.append(f"h{host.rsplit('.', 1)[1]},{host},{base}/,{base}/feed.xml,,en,UTC")
                for path, page in sites[host].items():
                    if path.endswith(".html"):
                        urls.append(base + path)
                        bodies.append(page.body)
            sources = work / "sources.csv"
            sources.write_text("\n".join(rows) + "\n")
            paths = write_warcs(work, bodies, urls)
            backfill_s, _, _ = _timed(
                lambda: run_backfill(
                    runner=RunnerSetting("threads", 1),
                    warc=[str(p) for p in paths],
                    warehouse=str(work / "backfill"),
                )
            )

            def night() -> dict[str, Any]:
                return nightly_ingest(sources=str(sources), warehouse=str(work / "nightly"))

            server_before = _server_cpu()
            first_s, first_cpu, _ = _timed(night)
            server_first = _server_cpu() - server_before
            versions = query(UPath(work / "nightly"), "SELECT count(*) FROM article_versions").rows[
                0
            ][0]
            server_before = _server_cpu()
            second_s, second_cpu, _ = _timed(night)
            server_second = _server_cpu() - server_before
            again = query(UPath(work / "nightly"), "SELECT count(*) FROM article_versions").rows[0][
                0
            ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pages = len(urls)
    budget = 1.3 * backfill_s + 15
    print(f"nightly: {len(HOSTS)} loopback hosts x {ARTICLES_PER_HOST} articles ({pages} pages)")
    print(f"  WARC backfill of the same pages:   {backfill_s:6.1f} s")
    print(
        f"  first night:                       {first_s:6.1f} s  ({versions} versions; "
        f"target <= 1.3 x backfill + 15 s = {budget:.1f} s: {first_s / budget:.2f} of it)"
    )
    print(
        f"  second night, nothing changed:     {second_s:6.1f} s  CPU {second_cpu:.1f} s = "
        f"{second_cpu / first_cpu:.2f} x the first night's {first_cpu:.1f} s (target <= 0.15); "
        f"{again - versions} new versions (target 0)"
    )
    with_server = (second_cpu + server_second) / (first_cpu + server_first)
    print(
        f"  Prefect server CPU: first night {server_first:.1f} s, second {server_second:.1f} s; "
        f"with it the second night costs {with_server:.2f} x the first"
    )


if __name__ == "__main__":
    main()
