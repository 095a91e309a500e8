"""Re-derive records from stored raw captures with the current code: no network, ever.

A replay appends a new derivation of every capture (tagged with its derivation key); the views
prefer the newest derivation of each capture, so history is recomputed without rewriting it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE
from upath import UPath

from schemas.events import RawCapture
from schemas.pages import FetchedPage, Source
from tasks.archives import Chunk, chunk_id
from tasks.entities import load_alias_table
from tasks.records import DateWindow, store_pages
from tasks.versions import page_derivation_key
from warehouse.log import commit_run
from warehouse.warc import CapturePointer, read_response_body


def replay_chunks(captures: Sequence[RawCapture], *, scope: str) -> list[Chunk]:
    """One chunk per stored WARC file, keyed by the code version: a replay resumes per file."""
    files = sorted({c.warc_file for c in captures})
    key = page_derivation_key()
    return [Chunk(chunk_id("replay", f, key, scope), "replay", f, f) for f in files]


def stored_pages(root: UPath, captures: Sequence[RawCapture]) -> Iterator[FetchedPage]:
    """The captured responses as pages again, read from the warehouse's own WARC files."""
    for c in captures:
        headers = tuple(
            (name, value)
            for name, value in (
                ("Content-Type", c.content_type),
                ("ETag", c.etag),
                ("Last-Modified", c.last_modified),
            )
            if value
        )
        body = read_response_body(root, CapturePointer(c.warc_file, c.warc_offset, c.warc_length))
        yield FetchedPage(
            url=c.url,
            final_url=c.final_url,
            status=c.status,
            content_type=c.content_type,
            headers=headers,
            body=body,
            observed_at=c.observed_at,
            capture_id=c.capture_id,
            source_id=c.source_id,
            feed_published=c.listing_published,
        )


def replay_captures(
    root: UPath, chunk: Chunk, captures: Sequence[RawCapture], sources: Mapping[str, Source]
) -> dict:
    """Derive one file's captures again and commit them as a replay run."""
    run_id = f"replay-{chunk.chunk_id[:16]}-{uuid.uuid4().hex[:8]}"

    def source_of(source_id: str) -> Source:
        return sources.get(source_id) or Source(source_id, source_id, "", None, None, None, "UTC")

    stats = store_pages(
        stored_pages(root, captures),
        root=root,
        run_id=run_id,
        source_of=source_of,
        window=DateWindow(),
        aliases=load_alias_table(),
        raw=None,
    )
    summary = stats.summary()
    commit_run(
        root,
        run_id,
        "replay",
        stats.files,
        chunk=chunk.chunk_id,
        label=chunk.label,
        derivation_key=page_derivation_key(),
        **summary,
    )
    return {"chunk": chunk.label, "run_id": run_id, **summary}


replay_file = task(name="replay file", cache_policy=NO_CACHE)(replay_captures)
