"""Re-derive records from stored raw captures with the current code: no network, ever.

A replay appends a new derivation of every capture in its scope (tagged with its derivation
key); the views show the newest derivation of each capture, so history is recomputed without
rewriting it. The capture's off-page hints (the listing's date for the item, its HTTP headers)
are stored with it, so a replay sees exactly what the first derivation saw. Work is one chunk
per stored WARC file, each read and committed on its own, so memory does not grow with the
warehouse and a killed replay resumes per file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime

from prefect import task
from prefect.cache_policies import NO_CACHE
from upath import UPath

from schemas.events import RawCapture
from schemas.ids import event_id, run_id_at
from schemas.pages import FetchedPage, Source
from schemas.tally import Tally
from tasks.archives import Chunk
from tasks.derive import derive_page
from tasks.entities import load_alias_table
from tasks.store import DEFAULT_BATCH, RunFiles, StoreContext, batches, held_urls, store_batch
from tasks.versions import page_derivation_key
from warehouse.stored import captures_by_id, replay_captures_in, replay_files
from warehouse.warc import CapturePointer, read_response_body


def replay_chunks(root: UPath, since: datetime | None) -> list[Chunk]:
    """One chunk per stored WARC file in scope, keyed by the derivation key and the scope: a
    replay with the same code resumes per file; new code replays everything again."""
    key = page_derivation_key()
    return [
        Chunk(event_id("replay", path, key, since, length=24), "replay", path, path)
        for path, _ in replay_files(root, since)
    ]


def stored_page(root: UPath, capture: RawCapture) -> FetchedPage:
    """A stored capture as a page again: its bytes from the warehouse's WARC, its hints."""
    headers = tuple(
        (name, value)
        for name, value in (
            ("Content-Type", capture.content_type),
            ("ETag", capture.etag),
            ("Last-Modified", capture.last_modified),
        )
        if value
    )
    pointer = CapturePointer(capture.warc_file, capture.warc_offset, capture.warc_length)
    return FetchedPage(
        url=capture.url,
        final_url=capture.final_url,
        status=capture.status,
        content_type=capture.content_type,
        headers=headers,
        body=read_response_body(root, pointer),
        observed_at=capture.observed_at,
        capture_id=capture.capture_id,
        source_id=capture.source_id,
        feed_published=capture.listing_published,
    )


def stored_pages(root: UPath, captures: Sequence[RawCapture]) -> Iterator[FetchedPage]:
    for capture in captures:
        yield stored_page(root, capture)


def rederiver(root: UPath, sources: Mapping[str, Source]) -> Callable[[str], str | None]:
    """capture_id -> the content hash today's code derives from that stored capture (None when
    it derives no version): how the nightly compares like with like after the code changed.
    Captures are looked up once per run, on first need."""
    cache: dict[str, RawCapture] = {}

    def rederive(capture_id: str) -> str | None:
        if capture_id not in cache:
            cache.update(captures_by_id(root, [capture_id]))
        capture = cache.get(capture_id)
        if capture is None:
            return None
        fallback = Source(capture.source_id, capture.source_id, "", None, None, None, "UTC")
        source = sources.get(capture.source_id, fallback)
        derived = derive_page(stored_page(root, capture), source, "rederive")
        return derived.version.content_hash if derived.version else None

    return rederive


def replay_file(
    root: UPath, chunk: Chunk, since: datetime | None, sources: Mapping[str, Source], now: datetime
) -> dict:
    """Derive one stored WARC file's captures again and commit them as a replay run."""
    assert chunk.path is not None
    run = RunFiles(root, f"replay-{run_id_at(now)}")
    ctx = StoreContext(run, sources, load_alias_table(), keep_raw=False)
    ctx.known_urls.update(held_urls(root))
    tally = Tally()
    captures = replay_captures_in(root, chunk.path, since)
    for batch in batches(stored_pages(root, captures), DEFAULT_BATCH):
        store_batch(batch, ctx, lambda _: tally)
    summary = tally.summary()
    run.commit(
        "replay",
        chunk=chunk.chunk_id,
        label=chunk.label,
        derivation_key=page_derivation_key(),
        **summary,
    )
    return {"chunk": chunk.label, "run_id": run.run_id, "captures": len(captures), **summary}


replay_task = task(name="replay file", cache_policy=NO_CACHE)(replay_file)
