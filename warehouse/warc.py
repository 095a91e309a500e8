"""Raw captures as WARC: every response that produced a record is kept byte for byte.

One gzip WARC file per (run, batch), spooled to a local temporary file and moved into the
warehouse when closed (a rename on disk, one upload to an object store), so a capture's
(file, offset, length) pointer is valid once the file is visible. Each exchange is a
request record followed by a response record; the pointer addresses the response.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

from upath import UPath
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warehouse.layout import raw_dir
from warehouse.storage import as_path, is_local, read_range, upload

# httpx hands us decoded bodies; these headers would then describe the wire, not the payload.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class Exchange:
    """What the fetch stage saw: enough to rebuild the WARC request/response pair."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes
    observed_at: datetime


@dataclass(frozen=True)
class CapturePointer:
    warc_file: str  # relative to the warehouse root
    offset: int
    length: int


class WarcBatchWriter:
    """Append exchanges to `raw/date=<day>/<run_id>-<batch>.warc.gz`; visible on close."""

    def __init__(self, root: UPath, run_id: str, batch: str, day: str) -> None:
        self._root = as_path(root)
        self.path = raw_dir(self._root) / f"date={day}" / f"{run_id}-{batch}.warc.gz"
        # Spool beside the target on a disk (the move is then a rename), else in /tmp.
        spool = None
        if is_local(self.path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            spool = str(self.path.parent)
        self._handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in close()
            "wb", dir=spool, prefix=f".{self.path.name}.", suffix=".tmp", delete=False
        )
        self._tmp = self._handle.name
        self._writer = WARCWriter(self._handle, gzip=True)

    def write(self, exchange: Exchange) -> CapturePointer:
        date = exchange.observed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        target = exchange.url.split("/", 3)[-1] if exchange.url.count("/") >= 3 else ""
        request = self._writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                f"{exchange.method} /{target} HTTP/1.1",
                exchange.request_headers,
                is_http_request=True,
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in _WIRE_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        response = self._writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),  # a known length: warcio need not spool a temp file
            http_headers=StatusAndHeaders(
                f"{exchange.status} {exchange.reason}".strip(), headers, protocol="HTTP/1.1"
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        # With gzip on, every record is its own gzip member: offsets address it exactly.
        self._writer.write_record(request)
        offset = self._handle.tell()
        self._writer.write_record(response)
        length = self._handle.tell() - offset
        return CapturePointer(self.relative_path, offset, length)

    @property
    def relative_path(self) -> str:
        """The file's path under the warehouse root (what a commit marker lists)."""
        return str(self.path.relative_to(self._root))

    def close(self) -> None:
        """Finish the file and move it into place: its pointers are valid from now on."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        upload(self._tmp, self.path)

    def discard(self) -> None:
        """Drop the spooled file: nothing of it ever appears in the warehouse."""
        self._handle.close()
        os.unlink(self._tmp)

    def __enter__(self) -> WarcBatchWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()


def read_response_body(root: UPath, pointer: CapturePointer) -> bytes:
    """The payload of one stored response (what `replay` re-derives records from)."""
    record_bytes = read_range(as_path(root) / pointer.warc_file, pointer.offset, pointer.length)
    for record in ArchiveIterator(io.BytesIO(record_bytes)):
        return bytes(record.content_stream().read())
    raise LookupError(f"no WARC record at {pointer}")
