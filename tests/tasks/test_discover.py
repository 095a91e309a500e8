"""Discovery: RSS/Atom/JSON feeds and sitemaps (also via robots.txt) parse, hostile listings are
refused and recorded, listings are fetched conditionally, URLs canonicalize (AMP too)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler

import pytest

from schemas.errors import BodyTooLarge, MalformedFeed
from schemas.pages import FetchRequest, Source
from tasks.discover import canonical_url, discover, parse_feed
from tasks.sitemaps import MAX_SITEMAP_BYTES, parse_sitemap
from tests.tasks.loopback import Site, make_fetcher, reply

NOW = datetime(2020, 7, 20, tzinfo=UTC)

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


def test_rss_091_and_rdf_090_and_json_feed() -> None:
    rss091 = (
        b'<rss version="0.91"><channel><item><title>A</title><link>/a</link></item></channel></rss>'
    )
    rdf090 = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>T</title></channel>'
        b"<item><title>B</title><link>http://site.test/b</link></item></rdf:RDF>"
    )
    jsonfeed = (
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": ['
        b'{"id": "1", "url": "/c", "title": "C", "date_published": "2020-07-02T08:00:00Z",'
        b' "date_modified": "2020-07-03T08:00:00+02:00"}, {"id": "2"}]}'
    )
    assert [i.url for i in parse_feed(rss091, "http://site.test/")] == ["http://site.test/a"]
    assert [i.url for i in parse_feed(rdf090, "http://site.test/")] == ["http://site.test/b"]
    (item,) = parse_feed(jsonfeed, "http://site.test/feed.json")
    assert item.url == "http://site.test/c" and item.provenance == "json-feed"
    assert item.published == datetime(2020, 7, 2, 8, tzinfo=UTC)
    assert item.modified == datetime(2020, 7, 3, 6, tzinfo=UTC)
    for bad in (b'{"version": 1}', b"[" * 100_000, b'{"version": "https://jsonfeed.org/version/1"'):
        with pytest.raises(MalformedFeed):
            parse_feed(bad, "http://site.test/feed.json")


def test_amp_and_declared_canonicals_are_one_article() -> None:
    canonical = "https://www.news.test/2020/07/02/story.html"
    for spelling in (
        "https://www.news.test/amp/2020/07/02/story.html",
        "https://www.news.test/2020/07/02/story.amp.html",
        "https://www.news.test/2020/07/02/story.html?amp=1&utm_medium=social",
        "https://www-news-test.cdn.ampproject.org/c/s/www.news.test/2020/07/02/story.html",
    ):
        assert canonical_url(spelling) == canonical, spelling
    assert (
        canonical_url(
            "https://www.news.test/amp/x", "https://www.news.test/2020/07/02/story.html#a"
        )
        == canonical
    )
    assert canonical_url("http://news.test/story/amp/") == "http://news.test/story/"


NEWS_URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>/2020/07/19/fresh.html</loc>
  <news:news><news:publication><news:name>N</news:name></news:publication>
  <news:publication_date>2020-07-19T10:00:00+04:30</news:publication_date>
  <news:title>Fresh</news:title></news:news></url>
<url><loc>/2020/07/18/edited.html</loc><lastmod>2020-07-19</lastmod></url>
<url><loc>/2019/01/01/old.html</loc><lastmod>2019-01-01</lastmod></url>
<url><loc>/undated.html</loc></url>
</urlset>"""


def _index(base: str) -> bytes:
    return (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/news.xml.gz</loc><lastmod>2020-07-19</lastmod></sitemap>"
        f"<sitemap><loc>{base}/archive-2019.xml</loc><lastmod>2019-12-31</lastmod></sitemap>"
        "</sitemapindex>"
    ).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


def _listing_site(site: Site, feed: bytes) -> Source:
    site.routes["/robots.txt"] = reply(
        200, f"User-agent: *\nAllow: /\nSitemap: {site.base}/index.xml\n".encode(), "text/plain"
    )
    site.routes["/feed.xml"] = reply(200, feed, "application/rss+xml", {"ETag": '"f1"'})
    site.routes["/index.xml"] = reply(200, _index(site.base), "application/xml")
    site.routes["/news.xml.gz"] = reply(200, gzip.compress(NEWS_URLSET), "application/gzip")
    return Source("s", "S", site.base + "/", site.base + "/feed.xml", None, "en", "UTC")


def test_discovery_reads_feed_and_robots_sitemaps_with_hints(site: Site) -> None:
    source = _listing_site(site, RSS.replace(b"http://site.test", site.base.encode()))
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    by_url = {i.url.removeprefix(site.base): i for i in found.items}
    assert "/2019/01/01/old.html" not in by_url  # older than the window: backfill's job
    assert "/archive-2019.xml" not in site.hits  # an old child sitemap is not even read
    assert by_url["/2020/07/19/fresh.html"].provenance == "news-sitemap"
    assert by_url["/2020/07/19/fresh.html"].published == datetime(2020, 7, 19, 5, 30, tzinfo=UTC)
    assert by_url["/2020/07/18/edited.html"].modified == datetime(2020, 7, 19, tzinfo=UTC)
    assert by_url["/2020/07/02/one.html"].provenance == "rss"
    assert "/undated.html" in by_url
    assert found.failures == []
    assert sorted(d.kind for d in found.documents) == ["feed", "sitemap", "sitemap"]


def test_listings_are_fetched_conditionally(site: Site) -> None:
    source = _listing_site(site, RSS)

    def conditional(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == '"f1"':
            h.send_response(304)
            h.end_headers()
        else:
            reply(200, RSS, "application/rss+xml", {"ETag": '"f1"'})(h)

    site.routes["/feed.xml"] = conditional
    feed_url = site.base + "/feed.xml"
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {feed_url: FetchRequest(feed_url, etag='"f1"')})
    (feed,) = [d for d in found.documents if d.kind == "feed"]
    assert feed.status == 304 and feed.items == 0


@pytest.mark.parametrize(
    ("feed", "reason"),
    [
        (b"<rss><channel><item><link>/x</link></item>", "malformed-feed"),  # invalid XML
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            b"<rss><channel><item><link>&c;</link></item></channel></rss>",
            "malformed-feed",
        ),  # billion laughs
    ],
)
def test_a_hostile_feed_is_a_recorded_failure_and_sitemaps_still_count(
    site: Site, feed: bytes, reason: str
) -> None:
    source = _listing_site(site, feed)
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    ((url, _, error),) = found.failures
    assert url.endswith("/feed.xml") and error.reason == reason
    assert any(i.url.endswith("/fresh.html") for i in found.items)


def test_a_gzip_bomb_sitemap_is_refused(site: Site) -> None:
    source = _listing_site(site, RSS)
    bomb = gzip.compress(b"<urlset>" + b" " * (MAX_SITEMAP_BYTES + 1024))
    site.routes["/news.xml.gz"] = reply(200, bomb, "application/gzip")
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    ((url, _, error),) = found.failures
    assert url.endswith("/news.xml.gz") and isinstance(error, BodyTooLarge)


def test_text_sitemap_and_not_a_sitemap() -> None:
    sitemap = parse_sitemap(b"http://s.test/a\nhttp://s.test/b\n", "http://s.test/sitemap.txt")
    assert [e.url for e in sitemap.entries] == ["http://s.test/a", "http://s.test/b"]
    with pytest.raises(MalformedFeed):
        parse_sitemap(b"<html><body>hi</body></html>", "http://s.test/sitemap.xml")
