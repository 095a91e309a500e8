"""Fetching at nightly scale, against a generated loopback site of ≥ 1,000 articles.

1. Throughput: our fetcher (politeness off; every safety check, size cap and redirect check
   on) over the site's article URLs, against a bare `httpx.AsyncClient` loop over the same URLs
   at the same concurrency, measured in interleaved rounds. Target ratio ≥ 0.8.
2. A second nightly run with nothing changed, as a ratio of the first run's wall time: the real
   `nightly_ingest` flow (Prefect, politeness on, WARC, Parquet, NER) both times. Target ≤ 0.10,
   with zero new versions and every re-check answered 304 or skipped by its tier.

The site is served by a child process (bench/loopback_site.py) that stops with the bench.
Run: `.venv/bin/python -m bench.fetch` (also part of `python -m bench`).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from upath import UPath

from bench.loopback_site import LoopbackSite, generate_site
from schemas.pages import FetchRequest
from tasks.fetch import AsyncFetcher, FetchConfig

ARTICLES = 1000
CONCURRENCY = 32
ROUNDS = 5


async def _anchor(urls: Sequence[str]) -> float:
    """The bare loop: one AsyncClient, a semaphore, read every body."""
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(limits=limits) as client:
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(url: str) -> None:
            async with gate:
                response = await client.get(url)
                response.raise_for_status()

        start = time.perf_counter()
        await asyncio.gather(*(one(u) for u in urls))
        return time.perf_counter() - start


async def _ours(urls: Sequence[str]) -> float:
    config = FetchConfig(polite=False, allow_private_hosts=True, concurrency=CONCURRENCY)
    fetcher = AsyncFetcher(config, lambda: datetime.now(UTC))
    try:
        start = time.perf_counter()
        outcomes = await fetcher.fetch_all([FetchRequest(u) for u in urls])
        elapsed = time.perf_counter() - start
    finally:
        await fetcher.aclose()
    failed = [o for o in outcomes if o.error is not None]
    if failed:
        raise RuntimeError(f"{len(failed)} fetches failed, e.g. {failed[0].error}")
    return elapsed


def throughput(urls: Sequence[str]) -> None:
    asyncio.run(_anchor(urls[:50]))  # warm both paths (imports, connection setup code)
    asyncio.run(_ours(urls[:50]))
    rounds = []
    for i in range(ROUNDS):  # interleaved, alternating who goes first, against drift in load
        if i % 2:
            ours = asyncio.run(_ours(urls))
            anchor = asyncio.run(_anchor(urls))
        else:
            anchor = asyncio.run(_anchor(urls))
            ours = asyncio.run(_ours(urls))
        rounds.append((anchor, ours))
    print(f"fetch: {len(urls)} loopback articles, concurrency {CONCURRENCY}, politeness off")
    best_anchor, best_ours = min(a for a, _ in rounds), min(o for _, o in rounds)
    print(f"  anchor bare httpx.AsyncClient loop: {len(urls) / best_anchor:8.0f} pages/s")
    print(f"  newsledger AsyncFetcher.fetch_all:  {len(urls) / best_ours:8.0f} pages/s")
    ratio = statistics.median(a / o for a, o in rounds)
    print(f"  throughput ratio ours/anchor: {ratio:.2f} (target >= 0.8; median of {ROUNDS} rounds)")


def nightly_runs(base_url: str, work: Path) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.ingest import nightly_ingest
    from warehouse.queries import query

    sources = work / "sources.csv"
    sources.write_text(
        "source_id,name,homepage,feed_url,sitemap_url,language,timezone\n"
        f"bench,Bench Ledger,{base_url}/,{base_url}/feed.xml,,en,UTC\n"
    )
    warehouse = work / "warehouse"

    def run() -> tuple[float, dict[str, Any]]:
        start = time.perf_counter()
        summary = nightly_ingest(sources=str(sources), warehouse=str(warehouse), batch_size=100)
        return time.perf_counter() - start, summary["sources"]["bench"]

    with prefect_test_harness(server_startup_timeout=120):
        first_s, first = run()
        second_s, second = run()
    versions = query(UPath(warehouse), "SELECT count(*) FROM article_versions").rows[0][0]
    print(f"nightly: {ARTICLES} articles, real flow, politeness on (2 per host, robots.txt)")
    print(
        f"  first run:  {first_s:7.2f} s  new versions {first['new_versions']}, "
        f"fetched {first['fetched']}, failed {first['failed'] or 0}"
    )
    print(
        f"  second run: {second_s:7.2f} s  new versions {second['new_versions']}, "
        f"re-checked {second['rechecked']} → 304 {second['not_modified']}, "
        f"same bytes {second['unchanged']}, skipped by tier {second['skipped_by_tier']}, "
        f"new URLs {second['new_urls']}"
    )
    answered = second["not_modified"] + second["unchanged"] == second["rechecked"]
    print(
        f"  second/first wall time ratio: {second_s / first_s:.3f} (target <= 0.10); "
        f"every re-check 304 or skipped: {answered and second['new_versions'] == 0}; "
        f"versions stored: {versions}"
    )


def main() -> None:
    os.environ["NEWSLEDGER_ALLOW_PRIVATE_HOSTS"] = "1"
    os.environ.setdefault("NEWSLEDGER_HOST_DELAY", "0")  # our own loopback site: no spacing
    pages = generate_site(ARTICLES, datetime.now(UTC))
    with LoopbackSite({"127.0.0.1": pages}) as site, tempfile.TemporaryDirectory() as tmp:
        urls = [f"{site.base_url}{path}" for path in pages if path.endswith(".html")]
        throughput(urls)
        nightly_runs(site.base_url, Path(tmp))


if __name__ == "__main__":
    main()
