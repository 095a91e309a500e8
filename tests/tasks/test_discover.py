"""Feeds and URL identity: RSS and Atom parse, hostile XML is refused, URLs canonicalize."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tasks.discover import canonical_url, parse_feed
from tasks.errors import MalformedFeed

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/2020/07/02/one.html</link>
<pubDate>Thu, 02 Jul 2020 10:00:00 +0430</pubDate></item>
<item><title>Two</title><guid>http://site.test/two.html</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link rel="alternate" href="http://site.test/a"/>
<link rel="self" href="http://site.test/a.atom"/><published>2020-07-02T08:00:00Z</published></entry>
</feed>"""


def test_rss_items_in_order_with_dates() -> None:
    items = parse_feed(RSS, "http://site.test/feed.xml")
    assert [i.url for i in items] == [
        "http://site.test/2020/07/02/one.html",
        "http://site.test/two.html",
    ]
    assert items[0].published == datetime(2020, 7, 2, 5, 30, tzinfo=UTC)
    assert items[1].published is None


def test_atom_alternate_links() -> None:
    (item,) = parse_feed(ATOM, "http://site.test/")
    assert item.url == "http://site.test/a"
    assert item.published == datetime(2020, 7, 2, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "content",
    [
        b"<rss><channel><item><link>x</link></item>",  # truncated
        b"not xml at all",
        b"<html><body>a page</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<rss><channel><item><link>&b;</link></item></channel></rss>",  # entity expansion
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><link>&x;</link></item></channel></rss>",  # external entity
    ],
)
def test_malformed_and_hostile_feeds_are_refused(content: bytes) -> None:
    with pytest.raises(MalformedFeed):
        parse_feed(content, "http://site.test/feed.xml")


def test_canonical_url_drops_tracking_fragment_and_default_port() -> None:
    assert (
        canonical_url("HTTP://Site.Test:80/a.html?utm_source=x&id=3&fbclid=y#comments")
        == "http://site.test/a.html?id=3"
    )
    assert canonical_url("http://site.test/amp/a", "/a") == "http://site.test/a"
    assert canonical_url("http://site.test") == "http://site.test/"
