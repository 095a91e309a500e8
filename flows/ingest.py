"""The nightly ingest flow: discover → plan re-checks → fetch (+WARC) → derive → entities →
append → commit, then source health (stored, returned, and published as a Prefect artifact).

The flow only composes stages. Tasks are coarse (one batch of articles per task), and the
run becomes visible in the warehouse only when its commit marker is written at the very end.
A night with nothing new costs a few conditional GETs: listings and due re-checks answer 304
(or the same bytes), which are recorded as observations and never reach extraction or NER.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from upath import UPath

from flows.progress import RunProgress, Stage
from schemas.errors import failure_record
from schemas.events import (
    ArticleVersion,
    Failure,
    Observation,
    RawCapture,
    SourceHealth,
    Tombstone,
)
from schemas.ids import event_id
from schemas.known import KnownArticle
from schemas.pages import FetchedPage, FetchRequest, Source
from tasks.discover import Discovery, discover_source
from tasks.entities import AliasTable, load_alias_table, mention_events
from tasks.fetch import FetchBatch, FetchOutcome, fetch_pages, keep_capture
from tasks.health import is_stale, usual_gap
from tasks.rechecks import RecheckPolicy, plan_fetches
from tasks.records import capture_record
from tasks.sources import load_sources, sources_path
from tasks.versions import derive_versions
from warehouse.layout import resolve_root
from warehouse.log import append_events, commit_run, init_warehouse, write_alias_snapshot
from warehouse.queries import (
    known_articles,
    listing_validators,
    source_rhythms,
)
from warehouse.warc import CapturePointer, WarcBatchWriter

MAX_NEW_PER_SOURCE = 1000  # a source's backlog beyond this waits for the next night

append_task = task(name="append events", cache_policy=NO_CACHE)(append_events)


def utc_now() -> datetime:
    """The flow's clock: the only place fetch times come from."""
    return datetime.now(UTC)


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def chunks(items: Sequence[FetchRequest], size: int) -> Iterator[Sequence[FetchRequest]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Counts:
    """One source's tallies in this run (stored as a SourceHealth record at the end)."""

    discovered: int = 0
    new_urls: int = 0
    rechecked: int = 0
    skipped_by_tier: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    new_versions: int = 0
    deleted: int = 0
    failed: Counter[str] = field(default_factory=Counter)

    def fail(self, records: Sequence[Failure]) -> None:
        self.failed.update(r.reason for r in records)


@dataclass
class Run:
    """What every stage of one run appends to: its id, its files, its batch numbers."""

    root: UPath
    run_id: str
    known: dict[str, KnownArticle]
    files: list[str] = field(default_factory=list)
    batches: int = 0

    def append(self, records: Sequence[Any]) -> None:
        if records:
            self.files += append_task(self.root, self.run_id, f"{self.batches:05d}", records)
            self.batches += 1


def capture_records(batch: FetchBatch, run_id: str) -> list[RawCapture]:
    return [capture_record(page, pointer, run_id) for page, pointer in batch.captures]


def article_observation(
    article: KnownArticle,
    outcome: str,
    *,
    url: str,
    status: int,
    etag: str | None,
    last_modified: str | None,
    body_sha256: str | None,
    capture_id: str | None,
    pointer: CapturePointer | None,
    observed_at: datetime,
    run_id: str,
) -> Observation:
    """A look at a known article that made no version; validators the server did not repeat
    are carried forward, so the next conditional GET still has them."""
    return Observation(
        event_id=event_id(article.article_id, outcome, observed_at.isoformat(), capture_id),
        url=url,
        article_id=article.article_id,
        kind="article",
        outcome=outcome,
        status=status,
        etag=etag or article.etag,
        last_modified=last_modified or article.last_modified,
        content_sha256=body_sha256 or article.body_sha256,
        capture_id=capture_id,
        warc_file=pointer.warc_file if pointer else None,
        warc_offset=pointer.offset if pointer else None,
        warc_length=pointer.length if pointer else None,
        source_id=article.source_id,
        observed_at=observed_at,
        run_id=run_id,
    )


def listing_observations(
    discovery: Discovery, source: Source, run: Run, day: str
) -> list[Observation]:
    """Each feed/sitemap read, kept in WARC (a 304 too) and recorded as an observation."""
    observations: list[Observation] = []
    if not discovery.documents:
        return observations
    with WarcBatchWriter(run.root, run.run_id, f"listings-{source.source_id}", day) as writer:
        for d in discovery.documents:
            capture_id, pointer = keep_capture(writer, d.outcome)
            observations.append(
                Observation(
                    event_id=event_id(d.url, d.kind, d.observed_at.isoformat(), d.content_sha256),
                    url=d.url,
                    article_id=None,
                    kind=d.kind,
                    outcome="listing",
                    status=d.status,
                    etag=d.etag,
                    last_modified=d.last_modified,
                    content_sha256=d.content_sha256,
                    capture_id=capture_id,
                    warc_file=pointer.warc_file,
                    warc_offset=pointer.offset,
                    warc_length=pointer.length,
                    source_id=source.source_id,
                    observed_at=d.observed_at,
                    run_id=run.run_id,
                )
            )
    return observations


def tombstones_for(
    batch: FetchBatch, known_by_url: dict[str, KnownArticle], source: Source, run_id: str
) -> tuple[list[Tombstone], list[Failure]]:
    """A 404/410 for a known live article is a tombstone; for an unknown URL, a failure."""
    tombstones, failures = [], []
    for outcome in batch.gone:
        known = known_by_url.get(outcome.url)
        status = getattr(outcome.error, "status", 410)
        if known is not None and known.live:
            tombstones.append(
                Tombstone(
                    event_id=event_id(known.article_id, outcome.observed_at.isoformat()),
                    article_id=known.article_id,
                    url=outcome.url,
                    status=status,
                    source_id=source.source_id,
                    observed_at=outcome.observed_at,
                    run_id=run_id,
                )
            )
        elif known is None:
            failures.append(_fetch_failure(outcome, source, run_id))
    return tombstones, failures


def _fetch_failure(outcome: FetchOutcome, source: Source, run_id: str) -> Failure:
    assert outcome.error is not None
    return failure_record(
        outcome.error,
        url=outcome.url,
        source_id=source.source_id,
        stage="fetch",
        observed_at=outcome.observed_at,
        run_id=run_id,
    )


def _process_batch(
    run: Run,
    source: Source,
    fetched: FetchBatch,
    counts: Counts,
    aliases: AliasTable,
    derive_stage: Stage,
) -> None:
    """Turn one fetched batch into events: observations for what did not change (no
    extraction), versions and mentions for what did, tombstones and failures."""
    known_by_url = {a.url: a for a in run.known.values()}
    observations: list[Observation] = []
    for outcome, pointer in fetched.not_modified:
        article = known_by_url.get(outcome.url)
        if article is not None and outcome.response is not None:
            observations.append(
                article_observation(
                    article,
                    "not-modified",
                    url=outcome.url,
                    status=304,
                    etag=outcome.response.header("etag"),
                    last_modified=outcome.response.header("last-modified"),
                    body_sha256=None,
                    capture_id=None,
                    pointer=pointer,
                    observed_at=outcome.observed_at,
                    run_id=run.run_id,
                )
            )
    to_derive: list[FetchedPage] = []
    pointers = {page.capture_id: pointer for page, pointer in fetched.captures}
    for page in fetched.pages:
        article = known_by_url.get(page.url)
        digest = hashlib.sha256(page.body).hexdigest()
        if article is not None and article.live and article.body_sha256 == digest:
            observations.append(_page_observation(article, "same-body", page, pointers, run))
        else:
            to_derive.append(page)
    derive_stage.add_total(len(to_derive))
    versions, failures = derive_versions(to_derive, source, run.run_id) if to_derive else ([], [])
    derive_stage.advance(len(to_derive))
    pages = {page.capture_id: page for page in to_derive}
    fresh: list[ArticleVersion] = []
    for v in versions:
        previous = run.known.get(v.article_id)
        if previous is not None and previous.live and previous.content_hash == v.content_hash:
            page = pages[v.capture_id]
            observations.append(_page_observation(previous, "same-content", page, pointers, run))
            continue
        fresh.append(v)
        # a later batch of this run must compare with this version
        run.known[v.article_id] = KnownArticle(
            v.article_id,
            v.url,
            v.source_id,
            v.content_hash,
            True,
            first_seen=previous.first_seen if previous else v.observed_at,
            last_checked=v.observed_at,
            body_sha256=hashlib.sha256(pages[v.capture_id].body).hexdigest(),
            derivation_key=v.derivation_key,
            capture_id=v.capture_id,
        )
    tombstones, gone_failures = tombstones_for(fetched, known_by_url, source, run.run_id)
    failures += gone_failures + [
        _fetch_failure(o, source, run.run_id) for o in fetched.failures if o.error is not None
    ]
    mentions = mention_events(fresh, aliases, run.run_id) if fresh else []
    run.append(
        [
            *capture_records(fetched, run.run_id),
            *fresh,
            *mentions,
            *observations,
            *failures,
            *tombstones,
        ]
    )
    counts.fetched += len(fetched.pages)
    counts.not_modified += len(fetched.not_modified)
    counts.unchanged += len(fetched.pages) - len(to_derive) + len(versions) - len(fresh)
    counts.new_versions += len(fresh)
    counts.deleted += len(tombstones)
    counts.fail(failures)


def _page_observation(
    article: KnownArticle,
    outcome: str,
    page: FetchedPage,
    pointers: dict[str, CapturePointer],
    run: Run,
) -> Observation:
    return article_observation(
        article,
        outcome,
        url=page.url,
        status=page.status,
        etag=page.header("etag"),
        last_modified=page.header("last-modified"),
        body_sha256=hashlib.sha256(page.body).hexdigest(),
        capture_id=page.capture_id,
        pointer=pointers.get(page.capture_id),
        observed_at=page.observed_at,
        run_id=run.run_id,
    )


def health_record(
    source: Source,
    counts: Counts,
    history: Sequence[tuple[datetime, datetime]],
    now: datetime,
    run_id: str,
) -> SourceHealth:
    """The source's tallies, with its usual rhythm and whether it has gone quiet."""
    last_new = now if counts.new_urls else max((seen for _, seen in history), default=None)
    gap = usual_gap([item for item, _ in history])
    return SourceHealth(
        event_id=event_id(run_id, source.source_id),
        source_id=source.source_id,
        discovered=counts.discovered,
        new_urls=counts.new_urls,
        rechecked=counts.rechecked,
        skipped_by_tier=counts.skipped_by_tier,
        fetched=counts.fetched,
        not_modified=counts.not_modified,
        unchanged=counts.unchanged,
        new_versions=counts.new_versions,
        deleted=counts.deleted,
        failed=sum(counts.failed.values()),
        failed_reasons=[f"{k}={v}" for k, v in sorted(counts.failed.items())],
        last_new_item_at=last_new,
        usual_gap_hours=round(gap.total_seconds() / 3600, 2) if gap is not None else None,
        stale=is_stale(last_new, gap, now),
        observed_at=now,
        run_id=run_id,
    )


def ingest_source(
    run: Run,
    source: Source,
    listings: dict[str, tuple[str | None, str | None]],
    policy: RecheckPolicy,
    aliases: AliasTable,
    batch_size: int,
    stages: dict[str, Stage],
) -> Counts:
    """One source: discover, plan, fetch in batches, derive, append."""
    counts = Counts()
    validators = {url: FetchRequest(url, etag, lm) for url, (etag, lm) in listings.items()}
    discovery = discover_source(source, utc_now, validators)
    stages["discover"].advance()
    failures = [
        failure_record(
            error,
            url=url,
            source_id=source.source_id,
            stage="discover",
            observed_at=observed_at,
            run_id=run.run_id,
        )
        for url, observed_at, error in discovery.failures
    ]
    day = utc_now().date().isoformat()
    run.append([*listing_observations(discovery, source, run, day), *failures])
    counts.fail(failures)
    counts.discovered = len(discovery.items)
    plan = plan_fetches(
        discovery.items,
        run.known.values(),
        source.source_id,
        policy,
        utc_now(),
        MAX_NEW_PER_SOURCE,
    )
    counts.new_urls, counts.rechecked = plan.new_urls, plan.rechecked
    counts.skipped_by_tier = plan.skipped_by_tier
    stages["fetch"].add_total(len(plan.requests))
    for requests in chunks(plan.requests, batch_size):
        fetched = fetch_pages(
            requests,
            source_id=source.source_id,
            root=run.root,
            run_id=run.run_id,
            batch=f"{run.batches:05d}",
            now=utc_now,
        )
        stages["fetch"].advance(len(requests))
        _process_batch(run, source, fetched, counts, aliases, stages["derive"])
    return counts


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


@flow(name="nightly-ingest", log_prints=True)
def nightly_ingest(
    sources: str | None = None, warehouse: str | None = None, batch_size: int = 25
) -> dict[str, Any]:
    """Ingest every source of sources.csv once; returns per-source health counts."""
    logger = get_run_logger()
    source_list = load_sources(sources_path(sources))  # a bad file fails before any write
    root = resolve_root(warehouse)
    init_warehouse(root)
    run = Run(root, new_run_id(utc_now()), known_articles(root))
    listings = listing_validators(root)
    rhythms = source_rhythms(root)
    policy = RecheckPolicy.from_env()
    aliases = load_alias_table()
    write_alias_snapshot(root, aliases.version, ((eid, key) for key, eid in aliases.alias_rows()))
    records: list[SourceHealth] = []

    with RunProgress(logger, RunProgress.wants_bars()) as progress:
        stages = {
            "discover": progress.stage("discover", len(source_list)),
            "fetch": progress.stage("fetch"),
            "derive": progress.stage("derive"),
        }
        for source in source_list:
            counts = ingest_source(run, source, listings, policy, aliases, batch_size, stages)
            history = rhythms.get(source.source_id, [])
            records.append(health_record(source, counts, history, utc_now(), run.run_id))

    run.append(records)
    summary = {r.source_id: _summary(r) for r in records}
    commit_run(root, run.run_id, "nightly-ingest", run.files, sources=summary)
    publish_health(records)
    logger.info("run %s committed: %s", run.run_id, summary)
    return {"run_id": run.run_id, "warehouse": str(root), "sources": summary}


def _summary(record: SourceHealth) -> dict[str, Any]:
    """A health record as the CLI prints it: failures by reason as a mapping."""
    fields = asdict(record)
    for key in ("event_id", "run_id", "source_id", "observed_at", "failed_reasons"):
        fields.pop(key)
    pairs = (reason.rsplit("=", 1) for reason in record.failed_reasons)
    fields["failed"] = {reason: int(count) for reason, count in pairs}
    return fields
