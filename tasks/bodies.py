"""Decompress response bodies ourselves, so the size cap holds on the *decompressed* bytes.

httpx would inflate a whole network chunk at once (a 64 KiB gzip chunk can become 64 MiB); here
every step asks zlib for at most what is left under the cap, so a gzip bomb stops at the cap.
A compressed stream must also *end*: gzip and zlib carry their own end marker, and a body that
stops before it (a connection cut mid-transfer, a proxy that truncated it) is refused as
`TruncatedBody` instead of being stored as if it were the whole page.
"""

from __future__ import annotations

import zlib

from schemas.errors import BodyTooLarge, TruncatedBody, UnsupportedContent

# Content-Encodings we ask for (Accept-Encoding) and can undo; anything else is refused.
DECODABLE = frozenset({"", "identity", "gzip", "x-gzip", "deflate"})
GZIP_MAGIC = b"\x1f\x8b"


class BoundedDecoder:
    """Incremental gzip/deflate/identity decoding that never yields more than `limit` bytes.

    Over the limit it raises BodyTooLarge, or, with `truncate`, keeps the first `limit` bytes
    and ignores the rest (robots.txt: RFC 9309 reads the first 500 KiB and no more).
    """

    def __init__(self, encoding: str, limit: int, label: str, *, truncate: bool = False) -> None:
        encoding = encoding.strip().lower()
        if encoding not in DECODABLE:
            raise UnsupportedContent(f"{label}: content encoding {encoding!r} not supported")
        self._inflate = encoding not in ("", "identity")
        self._raw_deflate = False
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, auto
        self._limit = limit
        self._label = label
        self._truncate = truncate
        self.size = 0
        self._started = False  # a compressed byte arrived (an empty body has no stream to end)
        self.full = False  # the limit was reached (truncate mode): nothing more is taken

    def _take(self, data: bytes) -> bytes:
        if self.size + len(data) > self._limit:
            if not self._truncate:
                raise BodyTooLarge(f"{self._label}: decompressed body over {self._limit} bytes")
            data = data[: self._limit - self.size]
            self.full = True
        self.size += len(data)
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self.full:
            return b""
        if not self._inflate:
            return self._take(chunk)
        self._started = self._started or bool(chunk)
        out = []
        data = chunk
        while data and not self.full:
            try:
                piece = self._zlib.decompress(data, self._limit - self.size + 1)
            except zlib.error as exc:
                if self.size or self._raw_deflate:
                    raise UnsupportedContent(f"{self._label}: corrupt compressed body") from exc
                # "deflate" is sometimes sent without its zlib header: retry as raw deflate.
                self._raw_deflate = True
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            out.append(self._take(piece))
            if self._zlib.unconsumed_tail:
                data = self._zlib.unconsumed_tail
            elif self._zlib.eof and self._zlib.unused_data:  # a gzip file of several members
                data = self._zlib.unused_data
                self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)
            else:
                data = b""
        return b"".join(out)

    def finish(self) -> None:
        """The body has ended: a compressed stream must have reached its end marker."""
        if self._inflate and self._started and not self.full and not self._zlib.eof:
            raise TruncatedBody(f"{self._label}: compressed body ends before its end marker")


def gunzip_capped(body: bytes, limit: int, label: str) -> bytes:
    """A gzip file's content (sitemap.xml.gz), refused once it would pass `limit` bytes."""
    decoder = BoundedDecoder("gzip", limit, label)
    try:
        content = decoder.feed(body)
    except UnsupportedContent as exc:
        raise UnsupportedContent(f"{label}: not a valid gzip file") from exc
    decoder.finish()
    return content


def dechunked(body: bytes) -> bytes | None:
    """A body in HTTP/1.1 chunked framing (`1f4\\r\\n...\\r\\n0\\r\\n\\r\\n`) without it; None when
    the bytes are not whole chunked framing (already unframed, or cut short)."""
    parts: list[bytes] = []
    pos = 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            return None
        try:
            size = int(body[pos:end].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return None
        if size == 0:
            return b"".join(parts)
        start = end + 2
        if (
            size < 0
            or start + size + 2 > len(body)
            or body[start + size : start + size + 2] != b"\r\n"
        ):
            return None
        parts.append(body[start : start + size])
        pos = start + size + 2
