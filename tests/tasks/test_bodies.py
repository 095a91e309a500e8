"""Bodies decoded under the cap: bombs stop there, truncated compressed streams are refused, and
truncation on purpose keeps the first bytes."""

from __future__ import annotations

import gzip
import zlib

import pytest

from schemas.errors import BodyTooLarge, TruncatedBody, UnsupportedContent
from tasks.bodies import BoundedDecoder

TEXT = b"<p>" + b"news of the day " * 5000 + b"</p>"


def _decode(encoding: str, body: bytes, limit: int = 10_000_000, chunk: int = 4096) -> bytes:
    decoder = BoundedDecoder(encoding, limit, "test")
    out = b"".join(decoder.feed(body[i : i + chunk]) for i in range(0, len(body), chunk))
    decoder.finish()
    return out


def test_whole_streams_decode_in_any_chunking() -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    for encoding, body in (
        ("gzip", gzip.compress(TEXT)),
        ("gzip", gzip.compress(TEXT[:100]) + gzip.compress(TEXT[100:])),  # two members
        ("deflate", zlib.compress(TEXT)),
        ("deflate", raw.compress(TEXT) + raw.flush()),  # deflate without its zlib header
        ("identity", TEXT),
        ("", TEXT),
    ):
        assert _decode(encoding, body, chunk=777) == TEXT, encoding


def test_a_compressed_stream_cut_short_is_truncated_not_complete() -> None:
    for encoding, body in (("gzip", gzip.compress(TEXT)), ("deflate", zlib.compress(TEXT))):
        with pytest.raises(TruncatedBody):
            _decode(encoding, body[: len(body) - 10])
    assert _decode("gzip", b"") == b""  # no body is not a cut body (a 304, a HEAD)


def test_bombs_stop_at_the_cap_or_are_truncated_on_purpose() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(BodyTooLarge):
        _decode("gzip", bomb, limit=100_000)
    decoder = BoundedDecoder("gzip", 1000, "robots.txt", truncate=True)
    kept = decoder.feed(bomb)
    decoder.finish()  # truncated on purpose: not an error
    assert kept == b"\0" * 1000 and decoder.full and decoder.feed(b"more") == b""


def test_unknown_encodings_and_garbage_are_refused() -> None:
    with pytest.raises(UnsupportedContent):
        BoundedDecoder("br", 1000, "test")
    with pytest.raises(UnsupportedContent):
        BoundedDecoder("gzip, gzip", 1000, "test")
    with pytest.raises(UnsupportedContent):
        _decode("gzip", b"\x1f\x8b" + b"garbage" * 100)
