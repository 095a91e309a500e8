"""The nightly ingest flow: discover → plan → fetch → derive-and-store → commit, every source at
once, then source health (stored, returned, and published as Prefect artifacts).

The flow only composes stages. All sources share one fetcher (`FetchService`): one global
connection limit, politeness per host, one robots.txt per host. Pages are derived as they
arrive, in batches (one Prefect task per batch), while the rest are still being fetched, so a
slow or failing host never holds up the others. The run becomes visible in the warehouse only
when its commit marker is written at the very end. A night with nothing new costs a few
conditional GETs: listings and due re-checks answer 304 (or the same bytes), which are recorded
as observations and never reach extraction or NER (the model is not even loaded).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows.progress import RunProgress
from flows.runners import utc_now
from schemas.events import SourceHealth
from schemas.ids import article_id, run_id_at
from schemas.known import KnownArticle
from schemas.pages import Arrival, FetchedPage, FetchRequest, Source
from schemas.tally import Tally
from tasks.discover import Discovery, discover
from tasks.entities import load_alias_table
from tasks.fetch import FetchConfig
from tasks.fetch_service import FetchService, arrival
from tasks.health import health_record
from tasks.rechecks import RecheckPolicy, plan_fetches
from tasks.replay import rederiver
from tasks.sources import load_sources, sources_path
from tasks.store import (
    HeldUrls,
    KnownIndex,
    RunFiles,
    StoreContext,
    store_batch,
    store_listings,
)
from tasks.urls import canonical_url
from warehouse.known import known_articles, source_rhythms
from warehouse.layout import resolve_root
from warehouse.log import init_warehouse, write_alias_snapshot
from warehouse.queries import listing_validators

# A source's backlog beyond this many new URLs waits for the next night.
MAX_NEW_PER_SOURCE = int(os.environ.get("NEWSLEDGER_MAX_NEW_PER_SOURCE", "1000"))
DISCOVERY_THREADS = 16  # sources whose listings are read at once (requests share one fetcher)
BATCH_WAIT_SECONDS = 2.0  # a partial batch is derived after this long without a new page
BODILESS_PER_PAGE = 40  # answers without a body (304, 404, failures) a batch holds per page slot

store_task = task(name="derive and store", cache_policy=NO_CACHE)(store_batch)


@task(name="discover", cache_policy=NO_CACHE)
def discover_all(
    sources: Sequence[Source],
    service: FetchService,
    validators: dict[str, FetchRequest],
    now: Callable[[], datetime],
) -> list[Discovery]:
    """Every source's listings at once (their requests share the run's fetcher)."""
    with ThreadPoolExecutor(max_workers=DISCOVERY_THREADS, thread_name_prefix="discover") as pool:
        return list(pool.map(lambda s: discover(s, service, now(), validators), sources))


def interleaved(plans: dict[str, list[FetchRequest]]) -> list[tuple[FetchRequest, str]]:
    """Requests taken round-robin across sources, so every host starts early."""
    queues = {source_id: list(requests) for source_id, requests in plans.items()}
    jobs: list[tuple[FetchRequest, str]] = []
    while any(queues.values()):
        for source_id, requests in queues.items():
            if requests:
                jobs.append((requests.pop(0), source_id))
    return jobs


def arrivals_in_batches(
    service: FetchService,
    jobs: Sequence[tuple[FetchRequest, str]],
    size: int,
    wait: float = BATCH_WAIT_SECONDS,
) -> Iterator[list[Arrival]]:
    """Fetch outcomes as they complete, in batches of `size` pages to derive; a partial batch is
    handed on when nothing new has arrived for `wait` seconds (pages are derived while others
    are fetched).

    Only pages with a body fill a batch: a 304, a 404 or a failure costs a row, not a
    derivation, so they ride along with the pages (at most `BODILESS_PER_PAGE` × `size` of them
    in one batch). A quiet night of conditional GETs is then a few batches, not one Prefect task
    run, one WARC file and one set of Parquet files per `size` answers."""
    batch: list[Arrival] = []
    pages = 0
    for item in service.stream(jobs, tick=wait):
        if item is not None:
            request, source_id, outcome = item
            batch.append(arrival(outcome, request, source_id))
            pages += isinstance(batch[-1], FetchedPage)
        full = pages >= size or len(batch) >= size * BODILESS_PER_PAGE
        if batch and (item is None or full):
            yield batch
            batch, pages = [], 0
    if batch:
        yield batch


def publish_health(records: Sequence[SourceHealth]) -> None:
    """The run's source health as Prefect artifacts: a table, and a note on stale sources."""
    create_table_artifact(
        key="source-health",
        table=[
            {
                k: v.isoformat() if isinstance(v, datetime) else v
                for k, v in asdict(r).items()
                if k not in ("event_id", "run_id")
            }
            for r in records
        ],
        description="Per-source health of this nightly run",
    )
    stale = [r for r in records if r.stale]
    if stale:
        lines = [
            f"- **{r.source_id}**: nothing new since {r.last_new_item_at:%Y-%m-%d %H:%M} UTC "
            f"(usually every {r.usual_gap_hours} h)"
            for r in stale
            if r.last_new_item_at is not None
        ]
        create_markdown_artifact(
            key="stale-sources", markdown="## Stale sources\n\n" + "\n".join(lines)
        )


def _summary(record: SourceHealth) -> dict[str, Any]:
    """A health record as the CLI prints it: failures by reason as a mapping, ISO times."""
    fields = asdict(record)
    for key in ("event_id", "run_id", "source_id", "observed_at", "failed_reasons"):
        fields.pop(key)
    pairs = (reason.rsplit("=", 1) for reason in record.failed_reasons)
    fields["failed"] = {reason: int(count) for reason, count in pairs}
    if record.last_new_item_at is not None:
        fields["last_new_item_at"] = record.last_new_item_at.isoformat()
    return fields


def _plan(
    sources: Iterable[Source],
    discoveries: Sequence[Discovery],
    known: KnownIndex,
    tallies: dict[str, Tally],
    now: datetime,
) -> dict[str, list[FetchRequest]]:
    policy = RecheckPolicy.from_env()
    by_source: dict[str, list[KnownArticle]] = {}
    for article in known.by_id.values():
        by_source.setdefault(article.source_id, []).append(article)
    plans: dict[str, list[FetchRequest]] = {}
    for source, discovery in zip(sources, discoveries, strict=True):
        plan = plan_fetches(
            discovery.items,
            by_source.get(source.source_id, []),
            source.source_id,
            policy,
            now,
            MAX_NEW_PER_SOURCE,
        )
        tally = tallies[source.source_id]
        tally.discovered = len(discovery.items)
        tally.new_urls, tally.rechecked = plan.new_urls, plan.rechecked
        tally.skipped_by_tier = plan.skipped_by_tier
        plans[source.source_id] = plan.requests
    return plans


@flow(name="nightly-ingest", log_prints=True)
def nightly_ingest(
    sources: str | None = None, warehouse: str | None = None, batch_size: int = 25
) -> dict[str, Any]:
    """Ingest every source of sources.csv once; returns per-source health counts."""
    logger = get_run_logger()
    source_list = load_sources(sources_path(sources))  # a bad file fails before any write
    root = resolve_root(warehouse)
    init_warehouse(root)
    started = utc_now()
    by_id = {s.source_id: s for s in source_list}
    aliases = load_alias_table()
    write_alias_snapshot(root, aliases.version, ((eid, key) for key, eid in aliases.alias_rows()))
    run = RunFiles(root, run_id_at(started))
    tallies = {s.source_id: Tally() for s in source_list}
    validators = {
        url: FetchRequest(url, etag, lm) for url, (etag, lm) in listing_validators(root).items()
    }
    ids = [source.source_id for source in source_list]

    with (
        known_articles(root) as stored,
        FetchService(FetchConfig.from_env(), utc_now) as service,
        RunProgress(logger, RunProgress.wants_bars()) as progress,
    ):
        discover_stage = progress.stage("discover", len(source_list))
        discoveries = discover_all(source_list, service, validators, utc_now)
        discover_stage.advance(len(source_list))
        # What the night needs of the warehouse: its sources' articles (re-checks) and those at
        # the URLs it discovered (held by another source, they are not new); articles met later
        # (a redirect, a followed canonical) and canonical claims are asked as they come.
        listed = {canonical_url(item.url) for d in discoveries for item in d.items}
        listed_ids = {article_id(url) for url in listed}
        known = KnownIndex(
            stored.articles(sources=ids, ids=listed_ids, urls=listed),
            rederiver(root, by_id),
            look_up=stored.by_ids,
            asked=listed_ids,
        )
        held = HeldUrls(latest_urls=stored.latest_urls, apart=stored.latest_urls_apart)
        day = started.date().isoformat()
        ctx = StoreContext(run, by_id, aliases, known=known, day=day, known_urls=held)
        store_listings(zip(ids, discoveries, strict=True), ctx, tallies.__getitem__)
        plans = _plan(source_list, discoveries, known, tallies, utc_now())
        jobs = interleaved(plans)
        held.update(request.url for request, _ in jobs)
        fetch_stage = progress.stage("fetch", len(jobs))
        derive_stage = progress.stage("derive", len(jobs))
        for batch in arrivals_in_batches(service, jobs, batch_size):
            fetch_stage.advance(len(batch))
            # quoted: Prefect would otherwise walk every parameter before each task run (every
            # header of every response; what the warehouse knows, this run's NER spans)
            store_task(quote(batch), quote(ctx), tallies.__getitem__)  # type: ignore[call-overload]
            derive_stage.advance(len(batch))

    rhythms = source_rhythms(root, ids)
    now = utc_now()
    records = [
        health_record(s, tallies[s.source_id], rhythms.get(s.source_id, []), now, run.run_id)
        for s in source_list
    ]
    run.append(records)
    summary = {r.source_id: _summary(r) for r in records}
    run.commit("nightly-ingest", sources=summary)
    publish_health(records)
    logger.info("run %s committed (%d files)", run.run_id, len(run.files))
    return {"run_id": run.run_id, "warehouse": str(root), "sources": summary}
