"""Discovery against a real server on 127.0.0.1: feeds and sitemaps (also via robots.txt) are
read conditionally, hostile listings and hostile listed links are recorded failures (each on its
own), home and listing pages are skipped, and one fetcher can serve discovery and page fetches."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler

import pytest

from schemas.errors import BodyTooLarge
from schemas.pages import FetchRequest, Source
from tasks.discover import DiscoveryLimits, discover
from tasks.fetch import FetchConfig
from tasks.fetch_service import FetchService
from tasks.sitemaps import MAX_SITEMAP_BYTES
from tests.tasks.loopback import Site, make_fetcher, reply

NOW = datetime(2020, 7, 20, tzinfo=UTC)

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/2020/07/02/one.html</link>
<pubDate>Thu, 02 Jul 2020 10:00:00 +0430</pubDate></item>
<item><title>Two</title><guid>http://site.test/two.html</guid></item>
</channel></rss>"""


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


def _feed(base: str, links: list[str]) -> bytes:
    items = "".join(f"<item><link><![CDATA[{link}]]></link></item>" for link in links)
    return f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def test_each_listed_link_is_its_own_failure_and_listing_pages_are_skipped(site: Site) -> None:
    good = [f"{site.base}/2020/07/19/story-{n}.html" for n in range(3)]
    hostile = {
        "http://[host/x": "invalid-url",
        "http://[::1": "invalid-url",
        f"{site.base.replace(str(site.port), '8o8o')}/x": "invalid-url",
        "javascript:alert(1)": "unsupported-scheme",
        "{{item.url}}": "invalid-url",
    }
    skipped = [
        f"{site.base}/",  # the home page
        f"{site.base}/index.html",
        f"{site.base}/tag/iran",
        f"{site.base}/author/jane-doe",
        f"{site.base}/page/2",
        f"{site.base}/feed.xml",  # the feed lists itself
        f"{site.base}/news-feed-of-the-day",  # not skipped: an article whose slug says "feed"
    ]
    source = _listing_site(site, _feed(site.base, [*good, *hostile, *skipped, good[0] + "#top"]))
    site.routes["/robots.txt"] = reply(200, b"User-agent: *\nAllow: /\n", "text/plain")
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    assert [i.url for i in found.items] == [*good, f"{site.base}/news-feed-of-the-day"]
    assert {url: error.reason for url, _, error in found.failures} == hostile
    assert found.skipped == {"home-page": 2, "listing-page": 4}
    assert not any(path.startswith(("/tag", "/author", "/page")) for path in site.hits)


def test_robots_sitemap_lines_and_sitemap_locs_fail_one_by_one(site: Site) -> None:
    source = _listing_site(site, _feed(site.base, []))
    site.routes["/robots.txt"] = reply(
        200,
        f"User-agent: *\nAllow: /\nSitemap: http://[::1\nSitemap: javascript:x\n"
        f"Sitemap: {site.base}/index.xml\n".encode(),
        "text/plain",
    )
    urlset = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.base}/2020/07/19/ok.html</loc></url>"
        "<url><loc>http://[host/x</loc></url><url><loc>file:///etc/passwd</loc></url></urlset>"
    )
    site.routes["/news.xml.gz"] = reply(200, gzip.compress(urlset.encode()), "application/gzip")
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    assert [i.url for i in found.items] == [f"{site.base}/2020/07/19/ok.html"]
    assert sorted((url, e.reason) for url, _, e in found.failures) == [
        ("file:///etc/passwd", "unsupported-scheme"),
        ("http://[::1", "invalid-url"),
        ("http://[host/x", "invalid-url"),
        ("javascript:x", "unsupported-scheme"),
    ]


def test_a_ring_of_sitemap_indexes_is_read_once_each(site: Site) -> None:
    source = _listing_site(site, _feed(site.base, []))

    def index(*children: str) -> bytes:
        locs = "".join(f"<sitemap><loc>{site.base}{c}</loc></sitemap>" for c in children)
        return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'.encode()

    site.routes["/index.xml"] = reply(200, index("/index.xml", "/index-2.xml"), "application/xml")
    site.routes["/index-2.xml"] = reply(200, index("/index.xml?utm_source=x"), "application/xml")
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {}, DiscoveryLimits(max_depth=50))
    assert site.hits["/index.xml"] == 1 and site.hits["/index-2.xml"] == 1
    assert found.failures == [] and found.items == []


def test_hints_no_news_page_can_have_are_dropped_and_the_item_kept(site: Site) -> None:
    rss = (
        '<rss version="2.0"><channel>'
        f"<item><link>{site.base}/a.html</link>"
        "<pubDate>Mon, 01 Jan 2999 00:00:00 GMT</pubDate></item>"
        f"<item><link>{site.base}/b.html</link>"
        "<pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    ).encode()
    source = _listing_site(site, rss)
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    hinted = {i.url.removeprefix(site.base): i.published for i in found.items}
    assert hinted["/a.html"] is None and hinted["/b.html"] is None


def test_an_unforeseen_exception_fails_its_listing_not_the_source(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a parser (simulated: the feed parser raises ZeroDivisionError) becomes a
    discover-error for that feed, with its class and message; the sitemaps still count."""

    def broken(content: bytes, base_url: str) -> None:
        raise ZeroDivisionError("division by zero in a parser")

    monkeypatch.setattr("tasks.discover.parse_feed", broken)
    source = _listing_site(site, RSS)
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    ((url, _, error),) = found.failures
    assert url.endswith("/feed.xml") and error.reason == "discover-error"
    assert str(error) == "ZeroDivisionError: division by zero in a parser"
    assert not error.transient
    assert any(i.url.endswith("/fresh.html") for i in found.items)


def test_one_fetcher_reads_robots_txt_once_for_discovery_and_pages(site: Site) -> None:
    """The nightly's shared fetcher: discovery and the page fetches of a run share one
    robots.txt fetch per host."""
    source = _listing_site(site, _feed(site.base, [f"{site.base}/2020/07/19/a.html"]))
    site.routes["/2020/07/19/a.html"] = reply(200, b"<p>an article</p>")
    config = FetchConfig(allow_private_hosts=True, min_host_delay=0.0, retries=0)
    with FetchService(config, lambda: NOW) as service:
        found = discover(source, service, NOW, {})
        jobs = [(FetchRequest(i.url), "s") for i in found.items]
        outcomes = [item for item in service.stream(jobs) if item is not None]
    fetched = {request.url: outcome for request, _, outcome in outcomes}
    assert fetched[f"{site.base}/2020/07/19/a.html"].response is not None
    assert len(fetched) == len(found.items) > 1
    assert site.hits["/robots.txt"] == 1


def test_a_feed_lists_what_is_current_whatever_its_age_a_sitemap_only_recent(site: Site) -> None:
    """The window is the sitemaps' (they list everything a site ever published); a feed's items
    are what the site calls current, so an item dated a year ago is still tonight's."""
    rss = (
        f'<rss version="2.0"><channel><item><link>{site.base}/2019/07/01/old-but-listed.html'
        "</link><pubDate>Mon, 01 Jul 2019 10:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()
    source = _listing_site(site, rss)
    with make_fetcher() as fetcher:
        found = discover(source, fetcher, NOW, {})
    urls = {i.url.removeprefix(site.base) for i in found.items}
    assert "/2019/07/01/old-but-listed.html" in urls
    assert "/2019/01/01/old.html" not in urls  # the sitemap's old entry stays the backfill's
