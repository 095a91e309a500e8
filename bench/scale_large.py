"""A year of news in one warehouse: 1 M article versions and 10 M entity mentions.

The bench writes them through the warehouse API (`append_events`, `commit_run`, in 100 runs),
compacts (which builds the timelines' rollup, `warehouse.rollup`), and measures what a user
meets:
- one entity's timeline, from a fresh connection (what `newsledger timeline` does), right after
  `compact` and again after the nightly below (its articles are not in the rollup yet): target
  < 1 s; for comparison, the `entity_timeline` SQL macro, which always counts from the log;
- a nightly of 1,000 new articles (10 loopback hosts × 100) into this warehouse against the
  same nightly into an empty one, in the same run: target <= 1.2x;
- the peak RSS of `renormalize` over the whole warehouse (a child process; its texts are
  German, so the alias table resolves them without the NER model and the run measures the
  streaming, not spaCy): target < 2 GB.
`python -m bench.scale_large [versions] [--built DIR] [--no-renormalize]` (default 1,000,000;
mentions are 10 per version; renormalizing 1 M versions takes most of an hour). With
`--built DIR` the warehouse is written to DIR once and copied from there on later runs (writing
1 M versions takes a quarter of an hour); each run measures a fresh copy.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from upath import UPath

from schemas.events import ArticleVersion, EntityMention
from schemas.ids import article_id, event_id

REPO = Path(__file__).resolve().parents[1]
RUNS = 100
MENTIONS_PER_VERSION = 10
ENTITIES = 50_000
# A known entity every few articles mention, so its timeline has something to count.
KNOWN = ("Q11209", "United States Department of Defense", "ORG")
# German filler: the alias table resolves it without the NER model (see the module docstring).
FILLER = (
    "die regierung sagte am dienstag dass die gespraeche in der hauptstadt naechste woche "
    "fortgesetzt werden sollen nachdem vertreter beider seiten lange verhandelt hatten"
)
WORDS = tuple(FILLER.split(" "))
START = datetime(2025, 1, 1, tzinfo=UTC)


def _version(n: int, rng: random.Random) -> ArticleVersion:
    url = f"http://archive.bench/{n // 1000}/story-{n}.html"
    body = " ".join(rng.choice(WORDS) for _ in range(40)) + " Pentagon."
    observed = START + timedelta(seconds=n * 30)
    digest = event_id(url, body, length=64)
    aid = article_id(url)
    return ArticleVersion(
        event_id=event_id(aid, digest, observed.isoformat()),
        article_id=aid,
        url=url,
        canonical_url=url,
        declared_canonical=None,
        content_hash=digest,
        title=f"Bericht {n}",
        seo_title=None,
        body=body,
        authors=[],
        language="de",
        published_at=observed - timedelta(hours=2),
        published_precision="minute",
        published_provenance="meta",
        published_text=None,
        published_confidence=0.9,
        published_utc_offset_minutes=60,
        updated_at=None,
        updated_precision=None,
        updated_provenance=None,
        updated_text=None,
        updated_confidence=None,
        updated_utc_offset_minutes=None,
        dateline_text=None,
        dateline_place=None,
        dateline_country=None,
        dateline_agency=None,
        dateline_place_id=None,
        dateline_country_inferred=None,
        source_id="archive",
        capture_id=event_id("capture", url),
        derivation_key="bench",
        observed_at=observed,
        run_id="",
    )


def _mentions(version: ArticleVersion, rng: random.Random) -> Iterator[EntityMention]:
    picks = {KNOWN} if version.article_id[-1] in "0123" else set()
    while len(picks) < MENTIONS_PER_VERSION:
        n = int(rng.paretovariate(1.2)) % ENTITIES
        picks.add((f"nl:org:{n:012x}", f"Organisation {n}", "ORG"))
    for entity_id, name, kind in sorted(picks):
        yield EntityMention(
            event_id=event_id(version.article_id, version.content_hash, entity_id, "bench"),
            article_id=version.article_id,
            content_hash=version.content_hash,
            entity_id=entity_id,
            entity_name=name,
            entity_type=kind,
            mentions=[name],
            mention_count=1,
            roles=[],
            observed_at=version.observed_at,
            run_id=version.run_id,
            alias_version="bench",
            language="de",
            derivation_key="bench",
        )


def build(root: UPath, versions: int) -> float:
    """Write the warehouse in RUNS committed runs; returns seconds taken."""
    from dataclasses import replace

    from tasks.entities import load_alias_table
    from warehouse.log import append_events, commit_run, init_warehouse, write_alias_snapshot

    start = time.perf_counter()
    init_warehouse(root)
    table = load_alias_table()  # as every run records the table it resolved names with
    write_alias_snapshot(root, table.version, ((eid, key) for key, eid in table.alias_rows()))
    rng = random.Random(7)
    per_run = versions // RUNS
    for r in range(RUNS):
        run_id = f"bench-{r:04d}"
        files: list[str] = []
        for batch in range(0, per_run, 10_000):
            records: list[object] = []
            for n in range(r * per_run + batch, r * per_run + min(batch + 10_000, per_run)):
                version = replace(_version(n, rng), run_id=run_id)
                records.append(version)
                records.extend(_mentions(version, rng))
            files += append_events(root, run_id, f"{batch:07d}", records)
        commit_run(root, run_id, "bench", files)
    return time.perf_counter() - start


def _timeline_seconds(root: UPath, runs: int = 3) -> tuple[float, float]:
    """Best of `runs` of `newsledger timeline Pentagon --by week`, each from a fresh
    connection: (wall seconds, CPU seconds of this process, DuckDB's threads included)."""
    from warehouse.queries import timeline

    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        rows = timeline(root, "Pentagon", "week").rows
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        assert rows, "the known entity has a timeline"
    return best, best_cpu


def _macro_seconds(root: UPath) -> tuple[float, list[tuple[object, ...]]]:
    """The `entity_timeline` SQL macro (always from the log), once, and its rows."""
    from warehouse.queries import query

    start = time.perf_counter()
    rows = query(root, "SELECT * FROM entity_timeline('Pentagon', 'week')").rows
    return time.perf_counter() - start, rows


def _nightly_seconds(warehouse: UPath, sources: Path) -> float:
    from flows.ingest import nightly_ingest

    start = time.perf_counter()
    nightly_ingest(sources=str(sources), warehouse=str(warehouse))
    return time.perf_counter() - start


def _renormalize_peak_rss(root: UPath, api_url: str) -> tuple[float, float]:
    """(seconds, peak RSS in GB) of `newsledger renormalize` in a child process."""
    env = {**os.environ, "PREFECT_API_URL": api_url}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "flows.cli", "renormalize", "--warehouse", str(root)],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb / 1024 / 1024


def _warehouse(large: UPath, versions: int, built: Path | None) -> float:
    """Write the warehouse (or copy it from `built`, writing it there first if absent)."""
    if built is None:
        return build(large, versions)
    seconds = 0.0
    if not built.exists():
        seconds = build(UPath(built.with_name(built.name + ".partial")), versions)
        built.with_name(built.name + ".partial").rename(built)
    shutil.copytree(built, large.path)
    return seconds


def main(versions: int = 1_000_000, built: Path | None = None, renormalize: bool = True) -> None:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ["NEWSLEDGER_ALLOW_PRIVATE_HOSTS"] = "1"

    from bench.loopback_site import LoopbackSite, generate_site
    from flows.compact import compact
    from flows.runners import shared_prefect_api
    from tasks.entities import load_alias_table, load_nlp
    from warehouse.queries import timeline

    work = Path(tempfile.mkdtemp(prefix="nl-scale-large-"))
    renorm: tuple[float, float] | None = None
    large, empty = UPath(work / "large"), UPath(work / "empty")
    try:
        built_s = _warehouse(large, versions, built)
        hosts = [f"127.0.0.{n}" for n in range(2, 12)]
        now = datetime.now(UTC)
        sites = {h: generate_site(100, now, first=i * 100) for i, h in enumerate(hosts)}
        load_nlp(), load_alias_table()
        with LoopbackSite(sites) as served, shared_prefect_api():
            from prefect.settings import PREFECT_API_URL

            compact_start = time.perf_counter()
            compact(warehouse=str(large), grace_minutes=0)
            compact_s = time.perf_counter() - compact_start
            timeline_s = _timeline_seconds(large)
            macro_s, macro_rows = _macro_seconds(large)
            same = [timeline(large, "Pentagon", "week").rows == macro_rows]
            sources = work / "sources.csv"
            rows = ["source_id,name,homepage,feed_url,sitemap_url,language,timezone"]
            for host in hosts:
                base = served.base_url_of(host)
                rows.append(f"h{host.rsplit('.', 1)[1]},{host},{base}/,{base}/feed.xml,,en,UTC")
            sources.write_text("\n".join(rows) + "\n")
            empty_s = _nightly_seconds(empty, sources)
            large_s = _nightly_seconds(large, sources)
            after_nightly_s = _timeline_seconds(large)
            same.append(timeline(large, "Pentagon", "week").rows == _macro_seconds(large)[1])
            if renormalize:
                renorm = _renormalize_peak_rss(large, str(PREFECT_API_URL.value()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    written = f"written in {built_s:.0f} s" if built_s else f"copied from {built}"
    print(
        f"scale (large): {versions:,} versions, {versions * MENTIONS_PER_VERSION:,} mentions "
        f"{written}, compacted (with the rollup) in {compact_s:.0f} s"
    )
    print(
        f"  timeline Pentagon --by week, fresh connection: {timeline_s[0]:.2f} s "
        f"({timeline_s[1]:.2f} s CPU) after compact, {after_nightly_s[0]:.2f} s "
        f"({after_nightly_s[1]:.2f} s CPU) after the nightly (target < 1 s); the "
        f"entity_timeline macro (from the log) {macro_s:.2f} s; the same rows as the macro "
        f"(after compact, after the nightly): {same}"
    )
    print(
        f"  nightly of 1,000 new articles: empty warehouse {empty_s:.1f} s, large {large_s:.1f} s"
        f" = {large_s / empty_s:.2f}x (target <= 1.2x)"
    )
    if renorm is None:
        print("  renormalize: not run (--no-renormalize)")
    else:
        print(f"  renormalize over it: {renorm[0]:.0f} s, peak RSS {renorm[1]:.2f} GB (< 2 GB)")


if __name__ == "__main__":
    args = sys.argv[1:]
    kept = Path(args[args.index("--built") + 1]) if "--built" in args else None
    numbers = [a for a in args if a.isdigit()]
    main(int(numbers[0]) if numbers else 1_000_000, kept, "--no-renormalize" not in args)
