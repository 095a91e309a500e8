"""The one derive-and-store path: what ingest, backfill and replay do with what they fetched or
read, batch by batch — keep the raw response, derive a version (or a failure), compare it with
what the warehouse knows, recognize entities, and append every event of the batch.

Why one path: the nightly and the bulk paths used to derive and store the same things twice, in
two ways, and drifted. Now they differ only in what they pass in:
- `known` (nightly, and any path that re-checks known articles): a body identical to the last
  look is an observation and never reaches extraction; a version whose normalized content is
  unchanged is an observation too. "Unchanged" compares like with like: when the last version
  was derived by other code (another derivation key), the previous capture is re-derived with
  today's code and compared with that, so an extractor upgrade never turns every re-fetched
  page into a new version.
- `window` (backfill): versions and tombstones outside the date window are counted, not stored.
- `keep_raw` (live fetches and archives: yes; replay: the captures are stored already).
Nothing here commits: a run's (or a chunk's) caller commits once everything is appended.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from schemas.errors import Gone, NewsledgerError, failure_record
from schemas.events import ArticleVersion, Failure, Observation, RawCapture, Tombstone
from schemas.ids import article_id, event_id
from schemas.known import KnownArticle
from schemas.pages import (
    Arrival,
    FetchedPage,
    FetchFailed,
    FetchRequest,
    GonePage,
    NotModified,
    Source,
)
from schemas.tally import Tally
from tasks.derive import derive_page
from tasks.discover import Discovery, DocumentCheck
from tasks.entities import AliasTable, InMemorySpanCache, SpanCache, TextCut, derive_mentions
from tasks.fetch_service import arrival
from tasks.urls import canonical_url
from warehouse.log import append_events, commit_run
from warehouse.stored import captured_urls
from warehouse.warc import CapturePointer, Exchange, WarcBatchWriter

DEFAULT_BATCH = 200  # pages per append: one set of Parquet files, one NER batch


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last one shorter), without materializing all."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class DateWindow:
    """Keep articles published (else observed) within [since, until]; None = open-ended."""

    since: date | None = None
    until: date | None = None

    def admits_moment(self, moment: datetime) -> bool:
        day = moment.date()
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    def admits(self, version: ArticleVersion) -> bool:
        return self.admits_moment(version.published_at or version.observed_at)


@dataclass
class RunFiles:
    """Where one run appends: its id, the files it wrote so far (its commit lists them:
    Parquet `files` and WARC `raw_files`), and a counter that names each batch's files
    uniquely within the run."""

    root: Any  # UPath
    run_id: str
    files: list[str] = field(default_factory=list)
    raw_files: list[str] = field(default_factory=list)
    batches: int = 0

    def next_batch(self) -> str:
        self.batches += 1
        return f"{self.batches:05d}"

    def append(self, records: Sequence[Any], batch: str | None = None) -> None:
        """Write records as this run's files named after `batch` (a new batch if None)."""
        if records:
            name = batch or self.next_batch()
            self.files += append_events(self.root, self.run_id, name, records)

    def commit(self, flow: str, **summary: Any) -> None:
        """Make every file of the run visible at once (the marker lists them all)."""
        commit_run(self.root, self.run_id, flow, self.files, self.raw_files, **summary)


@dataclass
class KnownIndex:
    """What the warehouse knows of the articles a run meets (nightly), and how to re-derive a
    previous capture with today's code (`rederive`: capture_id -> content hash, or None if it
    cannot be read).

    `by_id` holds what the run read up front: the articles of its sources and those at the URLs
    it fetches, so `by_url` answers for every request, and every known article among the ids
    in `asked` (those of the URLs it fetches). Another article id, met only once a page is
    derived (a redirect, a declared canonical), is asked of `look_up` (ids -> the warehouse's
    articles among them), once."""

    by_id: dict[str, KnownArticle]
    rederive: Callable[[str], str | None]
    look_up: Callable[[Collection[str]], dict[str, KnownArticle]] | None = None
    asked: set[str] = field(default_factory=set)
    by_url: dict[str, KnownArticle] = field(init=False)

    def __post_init__(self) -> None:
        self.by_url = {a.url: a for a in self.by_id.values()}

    def article(self, article: str) -> KnownArticle | None:
        """The known article with this id, if any."""
        self.ask([article])
        return self.by_id.get(article)

    def ask(self, articles: Iterable[str]) -> None:
        """Look up, in one query, those of `articles` the index cannot answer for yet."""
        unasked = {a for a in articles if a not in self.by_id and a not in self.asked}
        if not unasked or self.look_up is None:
            return
        self.asked |= unasked
        for found in self.look_up(unasked).values():
            self.by_id.setdefault(found.article_id, found)
            self.by_url.setdefault(found.url, found)

    def expect(self, items: Iterable[Arrival]) -> None:
        """Ask at once for the articles a batch's pages will most likely be derived into (that
        of their final URL, after redirects): one query per batch rather than one per page."""
        expected = set()
        for item in items:
            if isinstance(item, FetchedPage) and item.final_url != item.url:
                try:
                    expected.add(article_id(canonical_url(item.final_url)))
                except NewsledgerError:
                    continue  # derivation records why
        self.ask(expected)

    def learn(self, version: ArticleVersion, body_sha256: str) -> None:
        """A later batch of this run must compare with the version just stored."""
        previous = self.article(version.article_id)
        known = KnownArticle(
            version.article_id,
            version.url,
            version.source_id,
            version.content_hash,
            True,
            first_seen=previous.first_seen if previous else version.observed_at,
            last_checked=version.observed_at,
            body_sha256=body_sha256,
            derivation_key=version.derivation_key,
            capture_id=version.capture_id,
        )
        self.by_id[version.article_id] = known
        self.by_url[version.url] = known

    def unchanged(self, version: ArticleVersion) -> KnownArticle | None:
        """The known live article this version does not change, if any (like with like)."""
        known = self.article(version.article_id)
        if known is None or not known.live:
            return None
        if known.derivation_key == version.derivation_key:
            return known if known.content_hash == version.content_hash else None
        if known.capture_id is None:
            return None
        return known if self.rederive(known.capture_id) == version.content_hash else None


class HeldUrls(Container[str]):
    """Canonical URLs of the pages held as themselves: a page claiming one of them as its
    canonical is kept apart (`tasks.urls.accepted_canonical`).

    `urls` are those in memory (this run's requests and new versions; replay's and backfill's
    `held_urls`). With `latest_urls` (article ids -> their latest version's URL) and `apart`
    (the latest URL of every article ever fetched at a URL other than its own), the warehouse's
    articles count too (the nightly): a URL is held when the latest version of a known article
    was fetched at it (canonical form). Asked only when a page claims a URL, since
    canonicalizing the URL of every stored article each night cost more than the night: an
    article whose latest URL's canonical form is `url` either has the id of `url` or is one of
    the few `apart` ones (some of its versions name a URL other than their canonical one)."""

    def __init__(
        self,
        urls: Iterable[str] = (),
        latest_urls: Callable[[Collection[str]], dict[str, str]] | None = None,
        apart: Callable[[], Iterable[str]] | None = None,
    ) -> None:
        self.urls = set(urls)
        self._latest_urls, self._apart = latest_urls, apart
        self._apart_urls: set[str] | None = None
        self._answers: dict[str, bool] = {}

    def add(self, url: str) -> None:
        self.urls.add(url)

    def update(self, urls: Iterable[str]) -> None:
        self.urls.update(urls)

    def __contains__(self, url: object) -> bool:
        if url in self.urls:
            return True
        if self._latest_urls is None or not isinstance(url, str):
            return False
        if url not in self._answers:
            self._answers[url] = self._stored(url, self._latest_urls)
        return self._answers[url]

    def _stored(self, url: str, latest_urls: Callable[[Collection[str]], dict[str, str]]) -> bool:
        own = latest_urls([article_id(url)]).get(article_id(url))
        if own is not None and canonical_url(own) == url:
            return True
        if self._apart_urls is None:
            apart = self._apart() if self._apart is not None else ()
            self._apart_urls = {canonical_url(u) for u in apart}
        return url in self._apart_urls


def held_urls(root: Any) -> set[str]:
    """Canonical URLs of the pages the warehouse holds as themselves (see `StoreContext`)."""
    return {canonical_url(url) for url in captured_urls(root)}


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def capture_record(page: FetchedPage, pointer: CapturePointer, run_id: str) -> RawCapture:
    return RawCapture(
        capture_id=page.capture_id,
        url=page.url,
        final_url=page.final_url,
        status=page.status,
        content_type=page.content_type,
        etag=page.header("etag"),
        last_modified=page.header("last-modified"),
        content_sha256=sha256(page.body),
        content_length=len(page.body),
        warc_file=pointer.warc_file,
        warc_offset=pointer.offset,
        warc_length=pointer.length,
        source_id=page.source_id,
        observed_at=page.observed_at,
        run_id=run_id,
        listing_published=page.feed_published,
    )


def keep_raw(writer: WarcBatchWriter, item: FetchedPage | NotModified) -> CapturePointer:
    """Keep one response in the run's WARC (request + response records)."""
    page = item if isinstance(item, FetchedPage) else None
    return writer.write(
        Exchange(
            url=item.final_url,
            method="GET",
            request_headers=list(item.request_headers),
            status=page.status if page is not None else 304,
            reason="OK" if page is not None else "Not Modified",
            response_headers=list(item.headers),
            body=page.body if page is not None else b"",
            observed_at=item.observed_at,
        )
    )


def observation(
    article: KnownArticle,
    outcome: str,
    item: FetchedPage | NotModified,
    pointer: CapturePointer | None,
    run_id: str,
) -> Observation:
    """A look at a known article that made no version; validators the server did not repeat
    are carried forward, so the next conditional GET still has them."""
    page = item if isinstance(item, FetchedPage) else None
    capture_id = page.capture_id if page is not None else None
    return Observation(
        event_id=event_id(article.article_id, outcome, item.observed_at.isoformat(), capture_id),
        url=item.url,
        article_id=article.article_id,
        kind="article",
        outcome=outcome,
        status=page.status if page is not None else 304,
        etag=item.header("etag") or article.etag,
        last_modified=item.header("last-modified") or article.last_modified,
        content_sha256=sha256(page.body) if page is not None else article.body_sha256,
        capture_id=capture_id,
        warc_file=pointer.warc_file if pointer else None,
        warc_offset=pointer.offset if pointer else None,
        warc_length=pointer.length if pointer else None,
        source_id=article.source_id,
        observed_at=item.observed_at,
        run_id=run_id,
    )


def tombstone(gone: GonePage, article: str, run_id: str) -> Tombstone:
    return Tombstone(
        event_id=event_id(article, gone.observed_at.isoformat()),
        article_id=article,
        url=gone.url,
        status=gone.status,
        source_id=gone.source_id,
        observed_at=gone.observed_at,
        run_id=run_id,
    )


@dataclass
class StoreContext:
    """Everything a batch is stored with (one per run or chunk)."""

    run: RunFiles
    sources: Mapping[str, Source]
    aliases: AliasTable
    keep_raw: bool = True
    known: KnownIndex | None = None
    window: DateWindow = field(default_factory=DateWindow)
    day: str = ""  # the WARC partition of this run's raw files (the run's UTC day)
    # Canonical URLs of pages held as themselves (the warehouse's and this run's): a page
    # claiming one of them as its canonical is kept apart (`tasks.derive.derive_page`).
    known_urls: HeldUrls = field(default_factory=HeldUrls)
    # NER spans of the paragraphs this run (or chunk) has read: a later version of an article
    # in the same run (a Wayback snapshot series, a recheck) re-runs NER only on new paragraphs.
    spans: SpanCache = field(default_factory=InMemorySpanCache)

    def source(self, source_id: str) -> Source:
        found = self.sources.get(source_id)
        return found or Source(source_id, source_id, "", None, None, None, "UTC")


class _RawWriter:
    """The batch's WARC file, opened on first use (a batch of 304s and failures may need one;
    a batch of tombstones none)."""

    def __init__(self, ctx: StoreContext, batch: str) -> None:
        self.ctx, self.batch = ctx, batch
        self.writer: WarcBatchWriter | None = None

    def keep(self, item: FetchedPage | NotModified) -> CapturePointer:
        if self.writer is None:
            self.writer = WarcBatchWriter(
                self.ctx.run.root, self.ctx.run.run_id, self.batch, self.ctx.day
            )
        return keep_raw(self.writer, item)

    def close(self, failed: bool) -> None:
        if self.writer is None:
            return
        if failed:
            self.writer.discard()
            return
        self.writer.close()
        self.ctx.run.raw_files.append(self.writer.relative_path)


class _Batch:
    """One batch's events, gathered in order, then appended together."""

    def __init__(
        self, ctx: StoreContext, tally_of: Callable[[str], Tally], raw: _RawWriter
    ) -> None:
        self.ctx, self.tally_of, self.raw = ctx, tally_of, raw
        self.run_id = ctx.run.run_id
        self.events: list[Any] = []
        self.fresh: list[ArticleVersion] = []

    def failed(self, item: FetchFailed, stage: str = "fetch") -> None:
        record = failure_record(
            item.error,
            url=item.url,
            source_id=item.source_id,
            stage=stage,
            observed_at=item.observed_at,
            run_id=self.run_id,
        )
        self.events.append(record)
        self.tally_of(item.source_id).fail([record])

    def gone(self, item: GonePage) -> None:
        """A 404/410: a tombstone for an article we hold (an archive's: for its URL's article,
        inside the window); for a URL we never stored, a failure saying so."""
        tally = self.tally_of(item.source_id)
        known = self.ctx.known
        if known is None:
            if not self.ctx.window.admits_moment(item.observed_at):
                tally.outside_window += 1
                return
            self.events.append(tombstone(item, article_id(canonical_url(item.url)), self.run_id))
            tally.tombstones += 1
            return
        article = known.by_url.get(item.url)
        if article is None:
            error = Gone(f"{item.url} answered {item.status}", item.status)
            self.failed(FetchFailed(item.url, item.observed_at, item.source_id, error))
        elif article.live:
            self.events.append(tombstone(item, article.article_id, self.run_id))
            tally.tombstones += 1

    def not_modified(self, item: NotModified) -> None:
        self.tally_of(item.source_id).not_modified += 1
        article = self.ctx.known.by_url.get(item.url) if self.ctx.known else None
        if article is not None:
            pointer = self.raw.keep(item) if self.ctx.keep_raw else None
            self.events.append(observation(article, "not-modified", item, pointer, self.run_id))

    def captured(self, page: FetchedPage) -> CapturePointer | None:
        """Keep the response and its capture record (not for replay: stored already)."""
        if not self.ctx.keep_raw:
            return None
        pointer = self.raw.keep(page)
        self.events.append(capture_record(page, pointer, self.run_id))
        return pointer

    def page(self, page: FetchedPage) -> None:
        tally = self.tally_of(page.source_id)
        tally.fetched += 1
        known = self.ctx.known
        digest = sha256(page.body)
        article = known.by_url.get(page.url) if known else None
        if article is not None and article.live and article.body_sha256 == digest:
            tally.unchanged += 1
            pointer = self.captured(page)
            self.events.append(observation(article, "same-body", page, pointer, self.run_id))
            return
        source = self.ctx.source(page.source_id)
        derived = derive_page(page, source, self.run_id, known_urls=self.ctx.known_urls)
        self.events += derived.failures
        tally.fail(derived.failures)
        version = derived.version
        if version is None:
            self.captured(page)  # kept: a later extractor may read what this one could not
            return
        if not self.ctx.window.admits(version):
            tally.outside_window += 1
            return
        pointer = self.captured(page)
        same = known.unchanged(version) if known else None
        if same is not None:
            tally.unchanged += 1
            self.events.append(observation(same, "same-content", page, pointer, self.run_id))
            return
        self.events.append(version)
        self.fresh.append(version)
        self.ctx.known_urls.add(version.canonical_url)
        tally.versions += 1
        if known is not None:
            known.learn(version, digest)


def store_batch(
    items: Sequence[Arrival], ctx: StoreContext, tally_of: Callable[[str], Tally]
) -> None:
    """Derive and append one batch: raw responses, versions (or failures), observations,
    tombstones and the entities of every new version. Uncommitted until the caller commits."""
    name = ctx.run.next_batch()
    raw = _RawWriter(ctx, name)
    batch = _Batch(ctx, tally_of, raw)
    if ctx.known is not None:
        ctx.known.expect(items)
    try:
        for item in items:
            if isinstance(item, FetchedPage):
                batch.page(item)
            elif isinstance(item, NotModified):
                batch.not_modified(item)
            elif isinstance(item, GonePage):
                batch.gone(item)
            else:
                batch.failed(item)
    except BaseException:
        raw.close(failed=True)
        raise
    raw.close(failed=False)
    notes: list[Failure] = []
    mentions = []
    if batch.fresh:
        derived = derive_mentions(batch.fresh, ctx.aliases, ctx.run.run_id, ctx.spans)
        mentions = derived.mentions
        notes = cut_notes(derived.cuts, batch.fresh, ctx.run.run_id)
    ctx.run.append([*batch.events, *mentions, *notes], name)


def cut_notes(
    cuts: Sequence[TextCut], versions: Sequence[ArticleVersion], run_id: str
) -> list[Failure]:
    """A failure record (permanent, stage `entities`) for each version whose text was longer
    than the entity stage reads: the version is stored, but not every entity of it."""
    by_key = {(v.article_id, v.content_hash): v for v in versions}
    notes = []
    for cut in cuts:
        version = by_key[(cut.article_id, cut.content_hash)]
        notes.append(
            Failure(
                event_id=event_id(version.url, "entities", cut.reason, version.content_hash),
                url=version.url,
                source_id=version.source_id,
                stage="entities",
                reason=cut.reason,
                detail=cut.detail,
                transient=False,
                observed_at=version.observed_at,
                run_id=run_id,
            )
        )
    return notes


def listing_observation(
    check: DocumentCheck, source_id: str, pointer: CapturePointer, run_id: str
) -> Observation:
    """A feed or sitemap read by discovery (a 304 too): its validators make the next read
    conditional."""
    return Observation(
        event_id=event_id(
            check.url, check.kind, check.observed_at.isoformat(), check.content_sha256
        ),
        url=check.url,
        article_id=None,
        kind=check.kind,
        outcome="listing",
        status=check.status,
        etag=check.etag,
        last_modified=check.last_modified,
        content_sha256=check.content_sha256,
        capture_id=None,
        warc_file=pointer.warc_file,
        warc_offset=pointer.offset,
        warc_length=pointer.length,
        source_id=source_id,
        observed_at=check.observed_at,
        run_id=run_id,
    )


def store_listings(
    discoveries: Iterable[tuple[str, Discovery]],
    ctx: StoreContext,
    tally_of: Callable[[str], Tally],
) -> None:
    """Keep what discovery read of every source (each listing in WARC, as an observation) and
    what failed, as one batch: one WARC file and one set of Parquet files for the night's
    listings, not one per source (a quiet night is mostly listings that answered 304)."""
    name = ctx.run.next_batch()
    raw = _RawWriter(ctx, name)
    events: list[Any] = []
    failed: list[tuple[str, list[Any]]] = []
    try:
        for source_id, discovery in discoveries:
            for check in discovery.documents:
                item = arrival(check.outcome, FetchRequest(check.url), source_id)
                if isinstance(item, FetchedPage | NotModified):
                    pointer = raw.keep(item)
                    events.append(listing_observation(check, source_id, pointer, ctx.run.run_id))
            failures = [
                failure_record(
                    error,
                    url=url,
                    source_id=source_id,
                    stage="discover",
                    observed_at=observed_at,
                    run_id=ctx.run.run_id,
                )
                for url, observed_at, error in discovery.failures
            ]
            failed.append((source_id, failures))
            events += failures
    except BaseException:
        raw.close(failed=True)
        raise
    raw.close(failed=False)
    for source_id, failures in failed:  # counted once their listings are kept, as before
        tally_of(source_id).fail(failures)
    ctx.run.append(events, name)
