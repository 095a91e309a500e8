"""Sitemaps as pure parsers: urlset and index, text sitemaps, gzip (bombs and truncation), each
<loc> judged on its own, hostile XML refused."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from schemas.errors import BodyTooLarge, MalformedFeed, TruncatedBody
from tasks.sitemaps import MAX_SITEMAP_BYTES, parse_sitemap, w3c_datetime

BASE = "http://s.test/sitemap.xml"


def _urlset(*locs: str) -> bytes:
    urls = "".join(f"<url><loc><![CDATA[{loc}]]></loc></url>" for loc in locs)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_text_sitemap_and_not_a_sitemap() -> None:
    sitemap = parse_sitemap(b"http://s.test/a\nhttp://s.test/b\n", "http://s.test/sitemap.txt")
    assert [e.url for e in sitemap.entries] == ["http://s.test/a", "http://s.test/b"]
    with pytest.raises(MalformedFeed):
        parse_sitemap(b"<html><body>hi</body></html>", BASE)


def test_each_loc_is_judged_alone() -> None:
    sitemap = parse_sitemap(
        _urlset("/a.html", "http://[::1", "http://s.test:8o8o/x", "javascript:x", "/b.html"), BASE
    )
    assert [e.url for e in sitemap.entries] == ["http://s.test/a.html", "http://s.test/b.html"]
    assert [(loc, e.reason) for loc, e in sitemap.rejected] == [
        ("http://[::1", "invalid-url"),
        ("http://s.test:8o8o/x", "invalid-url"),
        ("javascript:x", "unsupported-scheme"),
    ]
    text = parse_sitemap(b"http://s.test/a\nhttp://[host/x\nhttp://s.test/b\x00c\n", BASE)
    assert [e.url for e in text.entries] == ["http://s.test/a"]
    assert [(loc, e.reason) for loc, e in text.rejected] == [
        ("http://[host/x", "invalid-url"),
        ("http://s.test/b%00c", "invalid-url"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<urlset><url><loc>&b;</loc></url></urlset>",
        b"<urlset>" + b"<url>" * 100_000 + b"</url>" * 100_000 + b"</urlset>",
        b'<?xml version="1.0" encoding="x-bogus-enc"?><feed/>',
    ],
)
def test_hostile_sitemaps_are_refused(content: bytes) -> None:
    with pytest.raises(MalformedFeed):
        parse_sitemap(content, BASE)


def test_gzip_bombs_stop_at_the_cap_and_truncated_gzip_is_not_a_sitemap() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (MAX_SITEMAP_BYTES + 1024))
    with pytest.raises(BodyTooLarge):
        parse_sitemap(bomb, BASE + ".gz")
    whole = gzip.compress(_urlset(*(f"/{n}.html" for n in range(2000))))
    assert len(parse_sitemap(whole, BASE + ".gz").entries) == 2000
    with pytest.raises(TruncatedBody):
        parse_sitemap(whole[: len(whole) // 2], BASE + ".gz")


def test_lastmod_hints_are_real_moments_or_nothing() -> None:
    assert w3c_datetime("2020-07-02") == datetime(2020, 7, 2, tzinfo=UTC)
    assert w3c_datetime("2020-07-02T10:00+04:30") == datetime(2020, 7, 2, 5, 30, tzinfo=UTC)
    assert w3c_datetime("2020-07-02T10:00") is None
    assert w3c_datetime("9999-12-31T23:59:59-12:00") is None
    assert w3c_datetime("2020-02-30") is None
