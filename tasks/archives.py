"""Read web archives (WARC, ARC; gzip or not; CC-NEWS as published) into fetched pages.

Backfills feed archived responses through the same derivation as nightly ingestion: each
response becomes a `FetchedPage` whose `observed_at` is the archive's capture time. What is not
an article page (requests, metadata, revisits, images, redirects) is counted and skipped;
a damaged record ends the file with a recorded reason (`ArchiveReport.damage`) instead of
ending the backfill. Archives may be local files or `s3://` objects (read through fsspec).
Target URIs are read as WARC 1.0 wrote them too: wget (and WARC 1.0's grammar) put them in
angle brackets, `<http://…>`; the brackets are not part of the URL.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from glob import glob
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from fastwarc.warc import ArchiveIterator, WarcRecordType
from upath import UPath
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.exceptions import ArchiveLoadFailed

from schemas.errors import NewsledgerError
from schemas.pages import FetchedPage, GonePage, header_value
from tasks.bodies import BoundedDecoder, dechunked
from tasks.fetch import HTML_TYPES, FetchConfig, capture_id_for, media_type
from warehouse.layout import object_store_path
from warehouse.storage import is_local

GONE_STATUSES = frozenset({404, 410})


@dataclass
class ArchiveReport:
    """What one archive file held, by kind, so a backfill can say what it skipped and why."""

    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    damage: str | None = None


def host_allowed(url: str, hosts: Iterable[str] | None) -> bool:
    """True when no host filter is set, or the URL's host is one of them (or a subdomain)."""
    if not hosts:
        return True
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in (h.lower() for h in hosts))


def target_uri(value: str | None) -> str:
    """A WARC-Target-URI without the angle brackets WARC 1.0 writers (wget) put around it."""
    uri = (value or "").strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1].strip()
    return uri


def _cut_short(body: bytes, declared: str | None) -> bool:
    """A body shorter than its HTTP Content-Length: the archive was truncated mid-record."""
    return bool(declared and declared.strip().isdigit() and len(body) < int(declared))


# Headers that say how a body travelled, not what it is. A WARC that recorded the wire (warcio,
# wget, Heritrix, browsertrix: the WARC standard's way) keeps a gzip or chunked body as it was
# sent; Common Crawl's files hold it decoded already, the original headers renamed.
WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
# The decoded body's cap: the fetcher's default (`FetchConfig.max_body_bytes`).
MAX_DECODED_BYTES = FetchConfig.max_body_bytes


def wire_decoded(
    body: bytes, headers: tuple[tuple[str, str], ...], label: str
) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    """The payload as a fetch hands it (unchunked, decompressed) and its headers without the
    wire ones; as recorded when it is not in the encoding its headers name (a crawler that
    stored it decoded), so a corrupt body is refused by derivation as before."""
    transfer = (header_value(headers, "transfer-encoding") or "").lower()
    encoding = (header_value(headers, "content-encoding") or "").strip().lower()
    if "chunked" not in transfer and encoding in ("", "identity"):
        return body, headers
    unchunked = dechunked(body) if "chunked" in transfer else None
    payload = body if unchunked is None else unchunked
    if encoding not in ("", "identity"):
        try:
            decoder = BoundedDecoder(encoding, MAX_DECODED_BYTES, label)
            inflated = decoder.feed(payload)
            decoder.finish()
        except NewsledgerError:
            return payload, headers
        payload = inflated
    return payload, tuple((k, v) for k, v in headers if k.lower() not in WIRE_HEADERS)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# Remote archives are read front to back: big blocks mean few requests.
REMOTE_BLOCK_SIZE = 8 * 1024 * 1024


def _open(path: UPath) -> AbstractContextManager[IO[bytes]]:
    if not is_local(path):
        return path.fs.open(path.path, "rb", block_size=REMOTE_BLOCK_SIZE)
    return open(path.path, "rb")


def _is_arc(path: UPath) -> bool:
    """ARC files (the pre-WARC format) start with 'filedesc://'."""
    try:
        with _open(path) as raw:
            handle = gzip.GzipFile(fileobj=raw) if path.suffix == ".gz" else raw
            return handle.read(11) == b"filedesc://"
    except (OSError, EOFError):
        return False


def read_archive(
    path: UPath,
    *,
    source_id: str,
    hosts: Iterable[str] | None = None,
    report: ArchiveReport | None = None,
) -> Iterator[FetchedPage | GonePage]:
    """Archived HTML responses (and 404/410s) of one WARC/ARC file, in file order."""
    report = report if report is not None else ArchiveReport()
    if _is_arc(path):
        yield from _read_arc(path, source_id=source_id, hosts=hosts, report=report)
        return
    try:
        with nullcontext(str(path)) if is_local(path) else _open(path) as stream:
            yield from _read_warc(stream, path, source_id=source_id, hosts=hosts, report=report)
    except OSError as exc:  # a truncated gzip member or a record cut short: stop this file
        report.damage = f"{path.name}: {exc}"


def _read_warc(
    stream: str | IO[bytes],
    path: UPath,
    *,
    source_id: str,
    hosts: Iterable[str] | None,
    report: ArchiveReport,
) -> Iterator[FetchedPage | GonePage]:
    """fastwarc over a local file name (its own fast reader) or an open remote stream."""
    kinds = WarcRecordType.response | WarcRecordType.revisit | WarcRecordType.resource
    for record in ArchiveIterator(stream, record_types=kinds, parse_http=True, fsspec_args=False):
        if record.record_type == WarcRecordType.revisit:
            report.skipped["revisit"] += 1  # same payload as an earlier capture
            continue
        url = target_uri(record.headers.get("WARC-Target-URI"))
        if not host_allowed(url, hosts):
            report.skipped["other-host"] += 1
            continue
        http = record.http_headers
        status = (http.status_code or 0) if http is not None else 200
        headers = tuple(http.items()) if http is not None else ()
        content_type = record.http_content_type or record.headers.get("Content-Type")
        if record.record_date is None:
            report.skipped["no-warc-date"] += 1
            continue
        observed_at = _utc(record.record_date)
        if status in GONE_STATUSES:
            yield GonePage(url, status, observed_at, source_id)
            continue
        if not _is_page(status, content_type, report):
            continue
        body = record.reader.read()
        if _cut_short(body, http.get("Content-Length") if http is not None else None):
            report.damage = f"{path.name}: record for {url} cut short ({len(body)} bytes)"
            return
        report.pages += 1
        body, headers = wire_decoded(body, headers, url)
        yield _page(url, status, content_type, headers, body, observed_at, source_id)


def _is_page(status: int, content_type: str | None, report: ArchiveReport) -> bool:
    """An HTML 200 response; anything else is counted as skipped, by why."""
    if status == 200 and media_type(content_type) in HTML_TYPES:
        return True
    report.skipped["not-html" if status == 200 else f"status-{status}"] += 1
    return False


def _page(
    url: str,
    status: int,
    content_type: str | None,
    headers: tuple[tuple[str, str], ...],
    body: bytes,
    observed_at: datetime,
    source_id: str,
) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url,
        status=status,
        content_type=content_type,
        headers=headers,
        body=body,
        observed_at=observed_at,
        capture_id=capture_id_for(url, observed_at, body),
        source_id=source_id,
    )


def _read_arc(
    path: UPath, *, source_id: str, hosts: Iterable[str] | None, report: ArchiveReport
) -> Iterator[FetchedPage | GonePage]:
    """ARC files through warcio's ARC-to-WARC conversion (fastwarc reads WARC only)."""
    with _open(path) as handle:
        try:
            for record in WarcioIterator(handle, arc2warc=True):
                if record.rec_type != "response":
                    report.skipped[record.rec_type] += 1
                    continue
                url = target_uri(record.rec_headers.get_header("WARC-Target-URI"))
                if not host_allowed(url, hosts):
                    report.skipped["other-host"] += 1
                    continue
                status = int(record.http_headers.get_statuscode() or "0")
                content_type = record.http_headers.get_header("Content-Type")
                date = record.rec_headers.get_header("WARC-Date") or ""
                observed_at = _utc(datetime.fromisoformat(date.replace("Z", "+00:00")))
                if status in GONE_STATUSES:
                    yield GonePage(url, status, observed_at, source_id)
                    continue
                if not _is_page(status, content_type, report):
                    continue
                body = record.content_stream().read()
                report.pages += 1
                headers = tuple(record.http_headers.headers)
                yield _page(url, status, content_type, headers, body, observed_at, source_id)
        except (ArchiveLoadFailed, OSError, EOFError) as exc:
            report.damage = f"{path.name}: {exc}"


@dataclass(frozen=True)
class Chunk:
    """One resumable unit of backfill work: a file, a day of snapshots, or one sitemap."""

    chunk_id: str
    kind: str
    label: str
    path: str | None = None
    # (moment, URL) pairs: Wayback (timestamp, original URL); sitemap (ISO date hint or "", URL)
    entries: tuple[tuple[str, str], ...] = ()


def archive_path(location: str) -> UPath:
    """A local file or an object-store URL (with the warehouse's S3 settings)."""
    return object_store_path(location) if "://" in location else UPath(Path(location).resolve())


def _matches(pattern: str) -> list[UPath]:
    if "://" in pattern:  # an object store: its own listing does the globbing
        base = archive_path(pattern)
        found = base.fs.glob(base.path) if any(c in pattern for c in "*?[") else [base.path]
        return [archive_path(f"{base.protocol}://{name}") for name in found]
    return [UPath(Path(m).resolve()) for m in sorted(glob(pattern, recursive=True)) or [pattern]]


def expand_paths(patterns: Sequence[str]) -> list[UPath]:
    """Files named by paths, globs or `s3://` URLs, deduplicated, in a stable order."""
    found: dict[str, UPath] = {}
    for pattern in patterns:
        for path in _matches(pattern):
            if path.is_file():
                found[str(path)] = path
    return [found[k] for k in sorted(found)]


def chunk_id(*parts: object) -> str:
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:24]


def warc_chunks(paths: Sequence[UPath], *, scope: str) -> list[Chunk]:
    """One chunk per archive file; the id covers the file (path, size) and the filters."""
    return [
        Chunk(chunk_id("warc", path, path.stat().st_size, scope), "warc", path.name, str(path))
        for path in paths
    ]
