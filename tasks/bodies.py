"""Decompress response bodies ourselves, so the size cap holds on the *decompressed* bytes.

httpx would inflate a whole network chunk at once (a 64 KiB gzip chunk can become 64 MiB); here
every step asks zlib for at most what is left under the cap, so a gzip bomb stops at the cap.
"""

from __future__ import annotations

import zlib

from schemas.errors import BodyTooLarge, UnsupportedContent

# Content-Encodings we ask for (Accept-Encoding) and can undo; anything else is refused.
DECODABLE = frozenset({"", "identity", "gzip", "x-gzip", "deflate"})
GZIP_MAGIC = b"\x1f\x8b"


class BoundedDecoder:
    """Incremental gzip/deflate/identity decoding that never yields more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int, label: str) -> None:
        encoding = encoding.strip().lower()
        if encoding not in DECODABLE:
            raise UnsupportedContent(f"{label}: content encoding {encoding!r} not supported")
        self._inflate = encoding not in ("", "identity")
        self._raw_deflate = False
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, auto
        self._limit = limit
        self._label = label
        self.size = 0

    def _take(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self._limit:
            raise BodyTooLarge(f"{self._label}: decompressed body over {self._limit} bytes")
        return data

    def feed(self, chunk: bytes) -> bytes:
        if not self._inflate:
            return self._take(chunk)
        out = []
        data = chunk
        while data:
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


def gunzip_capped(body: bytes, limit: int, label: str) -> bytes:
    """A gzip file's content (sitemap.xml.gz), refused once it would pass `limit` bytes."""
    decoder = BoundedDecoder("gzip", limit, label)
    try:
        return decoder.feed(body)
    except UnsupportedContent as exc:
        raise UnsupportedContent(f"{label}: not a valid gzip file") from exc
