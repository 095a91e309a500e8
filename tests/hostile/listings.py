"""Hostile listings as data: feeds, sitemaps and robots.txt files that are themselves the attack.
Each is one source of its own (so each fails or succeeds alone): what it serves, the discovery
failures expected (their exact reasons, in any order) and the outcome of each page it lists.

A listing case's pages are /p/<name>-<n>.html on its host (plain articles), or links of its own.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from tests.hostile.cases import VERSION
from tests.hostile.pages import plain_article
from tests.hostile.routes import RouteMap, page, redirect, reply

RSS_TYPE = "application/rss+xml"


def rss(*links: str, dates: tuple[str, ...] = ()) -> bytes:
    items = "".join(
        f"<item><title>Item {n}</title><link>{escape(link)}</link>"
        + (f"<pubDate>{dates[n]}</pubDate>" if n < len(dates) else "")
        + "</item>"
        for n, link in enumerate(links)
    )
    channel = f"<channel><title>L</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def urlset(*locs: str) -> bytes:
    urls = "".join(f"<url><loc>{escape(loc)}</loc></url>" for loc in locs)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def sitemap_index(*locs: str) -> bytes:
    maps = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locs)
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'.encode()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)


@dataclass(frozen=True)
class Where:
    """The URLs a listing case is served at (filled in by the site)."""

    base: str  # its host
    feed: str  # base + /feed/<name>.xml
    sitemap: str  # base + /sitemap/<name>.xml

    def page(self, name: str, n: int) -> str:
        return f"{self.base}/p/{name}-{n}.html"


@dataclass(frozen=True)
class ListingCase:
    name: str
    what: str
    # what the host serves (robots.txt included, if the case is about it)
    serve: Callable[[Where], RouteMap]
    uses: str = "feed"  # which listing the source names: "feed", "sitemap", or "robots"
    failures: tuple[str, ...] = ()  # discovery failures' reasons, any order
    pages: int = 0  # how many plain pages /p/<name>-<n>.html it lists (each a version)
    fetched: tuple[tuple[str, str], ...] = ()  # (link template on its host, outcome) besides
    skipped: dict[str, int] = field(default_factory=dict)
    host: str = "listings"  # a host of its own when robots.txt or Retry-After is the attack


def pages_of(where: Where, name: str, count: int) -> RouteMap:
    return {
        where.page(name, n).removeprefix(where.base): page(
            plain_article(f"Listed by {name}, page {n}")
        )
        for n in range(count)
    }


def feed_case(
    name: str, what: str, body: bytes, *, ctype: str = RSS_TYPE, failures: tuple[str, ...] = ()
) -> ListingCase:
    """A source whose feed serves `body`."""
    return ListingCase(
        name,
        what,
        lambda w: {w.feed.removeprefix(w.base): reply(200, body, ctype)},
        failures=failures,
    )


def _with_pages(
    name: str, count: int, build: Callable[[Where, list[str]], RouteMap]
) -> Callable[[Where], RouteMap]:
    """The case's plain pages, plus what `build` serves given their links."""

    def serve(where: Where) -> RouteMap:
        links = [where.page(name, n) for n in range(count)]
        return {**pages_of(where, name, count), **build(where, links)}

    return serve


LISTING_CASES: tuple[ListingCase, ...] = (
    feed_case(
        "billion-laughs",
        "entity expansion bomb",
        BILLION_LAUGHS + b"<rss><channel><item><link>&d;</link></item></channel></rss>",
        failures=("malformed-feed",),
    ),
    feed_case(
        "external-entity",
        "external entity",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><link>&x;</link></item></channel></rss>',
        failures=("malformed-feed",),
    ),
    feed_case(
        "deep-xml",
        "100,000 nested elements",
        b'<rss version="2.0"><channel>'
        + b"<a>" * 100_000
        + b"</a>" * 100_000
        + b"</channel></rss>",
        failures=("malformed-feed",),
    ),
    feed_case(
        "deep-json",
        "100,000 nested [",
        b"[" * 100_000,
        ctype="application/feed+json",
        failures=("malformed-feed",),
    ),
    feed_case(
        "not-a-feed",
        "an HTML page as the feed",
        plain_article("Not a feed"),
        ctype="text/xml",
        failures=("malformed-feed",),
    ),
    feed_case(
        "truncated-feed",
        "XML cut off mid-item",
        b'<rss version="2.0"><channel><item><link>/p/x',
        failures=("malformed-feed",),
    ),
    feed_case("empty-feed", "an empty feed body", b"", failures=("malformed-feed",)),
    feed_case(
        "binary-feed",
        "random bytes as the feed",
        bytes(range(256)) * 64,
        failures=("malformed-feed",),
    ),
    ListingCase(
        "gzip-bomb-feed",
        "a gzip bomb with Content-Encoding",
        lambda w: {
            w.feed.removeprefix(w.base): reply(
                200,
                gzip.compress(b"<rss>" + b" " * 30_000_000),
                RSS_TYPE,
                {"Content-Encoding": "gzip"},
            )
        },
        failures=("body-too-large",),
    ),
    ListingCase("feed-404", "the feed is gone", lambda w: {}, failures=("gone",)),
    ListingCase(
        "feed-to-javascript",
        "the feed redirects to javascript:",
        lambda w: {w.feed.removeprefix(w.base): redirect("javascript:alert(1)")},
        failures=("unsupported-scheme",),
    ),
    ListingCase(
        "feed-retry-after",
        "429 with Retry-After 2099 -0000",
        lambda w: {
            w.feed.removeprefix(w.base): reply(
                429, b"", headers={"Retry-After": "Thu, 01 Jan 2099 00:00:00 -0000"}
            )
        },
        failures=("server-error",),
        host="own",
    ),
    ListingCase(
        "items-100k",
        "a feed of 100,000 items (8 MB, gzip-encoded to pass the wire cap)",
        _with_pages(
            "items-100k",
            1,
            lambda w, links: {
                w.feed.removeprefix(w.base): reply(
                    200,
                    gzip.compress(rss(*links * 100_000)),
                    RSS_TYPE,
                    {"Content-Encoding": "gzip"},
                )
            },
        ),
        pages=1,
        skipped={"over-listing-cap": 99_000},
    ),
    ListingCase(
        "bogus-encoding",
        'encoding="x-bogus-enc"',
        _with_pages(
            "bogus-encoding",
            2,
            lambda w, links: {
                w.feed.removeprefix(w.base): reply(
                    200,
                    rss(*links)
                    .replace(
                        b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="x-bogus-enc"?>'
                    )
                    .replace(b"Item 0", b"Caf\xe9"),
                    RSS_TYPE,
                )
            },
        ),
        pages=2,
    ),
    ListingCase(
        "shift-jis",
        "a feed in Shift_JIS",
        _with_pages(
            "shift-jis",
            1,
            lambda w, links: {
                w.feed.removeprefix(w.base): reply(
                    200,
                    rss(*links)
                    .decode()
                    .replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="Shift_JIS"?>')
                    .replace("Item 0", "東京の天気")
                    .encode("shift_jis"),
                    RSS_TYPE,
                )
            },
        ),
        pages=1,
    ),
    ListingCase(
        "impossible-dates",
        "items dated 9999, Feb 30, +25:00, 1900",
        _with_pages(
            "impossible-dates",
            4,
            lambda w, links: {
                w.feed.removeprefix(w.base): reply(
                    200,
                    rss(
                        *links,
                        dates=(
                            "Fri, 31 Dec 9999 23:59:59 -1200",
                            "Sun, 30 Feb 2020 10:00:00 +0000",
                            "Thu, 02 Jul 2020 10:00:00 +2500",
                            "Mon, 01 Jan 1900 00:00:00 GMT",
                        ),
                    ),
                    RSS_TYPE,
                )
            },
        ),
        pages=4,
    ),
    ListingCase(
        "json-hostile",
        "a JSON Feed of hostile links",
        _with_pages(
            "json-hostile",
            1,
            lambda w, links: {
                w.feed.removeprefix(w.base): reply(
                    200,
                    json.dumps(
                        {
                            "version": "https://jsonfeed.org/version/1.1",
                            "items": [
                                {"url": links[0]},
                                {"url": w.base + "/a\u0000b"},
                                {"url": w.base + "/a\u0007b"},
                                {"url": 42},
                                {"url": "javascript:alert(1)"},
                                {"url": "{{item.url}}"},
                                "not an item",
                                {"id": "no url"},
                            ],
                        }
                    ).encode(),
                    "application/feed+json",
                )
            },
        ),
        failures=("invalid-url", "invalid-url", "invalid-url", "unsupported-scheme", "invalid-url"),
        pages=1,
    ),
    ListingCase(
        "sitemap-ring",
        "an index that lists itself, and a ring of two",
        _with_pages(
            "sitemap-ring",
            1,
            lambda w, links: {
                w.sitemap.removeprefix(w.base): reply(
                    200,
                    sitemap_index(
                        w.sitemap,
                        w.base + "/sitemap/ring-b.xml",
                        w.base + "/sitemap/ring-pages.xml",
                    ),
                    "application/xml",
                ),
                "/sitemap/ring-b.xml": reply(
                    200, sitemap_index(w.sitemap + "?utm_source=ring"), "application/xml"
                ),
                "/sitemap/ring-pages.xml": reply(200, urlset(*links), "application/xml"),
            },
        ),
        uses="sitemap",
        pages=1,
    ),
    ListingCase(
        "sitemap-bomb",
        "entity bomb in a sitemap",
        lambda w: {
            w.sitemap.removeprefix(w.base): reply(
                200,
                BILLION_LAUGHS + b"<urlset><url><loc>&d;</loc></url></urlset>",
                "application/xml",
            )
        },
        uses="sitemap",
        failures=("malformed-feed",),
    ),
    ListingCase(
        "sitemap-deep",
        "100,000 nested elements in a sitemap",
        lambda w: {
            w.sitemap.removeprefix(w.base): reply(
                200,
                b"<urlset>" + b"<url>" * 100_000 + b"</url>" * 100_000 + b"</urlset>",
                "application/xml",
            )
        },
        uses="sitemap",
        failures=("malformed-feed",),
    ),
    ListingCase(
        "sitemap-gz-truncated",
        "a sitemap.xml.gz cut in half",
        lambda w: {
            w.sitemap.removeprefix(w.base): reply(
                200,
                gzip.compress(urlset(*(f"{w.base}/x/{n}.html" for n in range(500))))[:800],
                "application/gzip",
            )
        },
        uses="sitemap",
        failures=("truncated-body",),
    ),
    ListingCase(
        "sitemap-gz-bomb",
        "a sitemap.xml.gz bomb",
        lambda w: {
            w.sitemap.removeprefix(w.base): reply(
                200, gzip.compress(b"<urlset>" + b" " * 60_000_000), "application/gzip"
            )
        },
        uses="sitemap",
        failures=("body-too-large",),
    ),
    ListingCase(
        "sitemap-bad-locs",
        "unfetchable <loc>s among good ones",
        _with_pages(
            "sitemap-bad-locs",
            1,
            lambda w, links: {
                w.sitemap.removeprefix(w.base): reply(
                    200,
                    urlset(
                        links[0], "http://[::1", "javascript:alert(1)", "http://127.0.0.1:8o8o/x"
                    ),
                    "application/xml",
                )
            },
        ),
        uses="sitemap",
        failures=("invalid-url", "unsupported-scheme", "invalid-url"),
        pages=1,
    ),
    ListingCase(
        "robots-bad-sitemaps",
        "robots.txt Sitemap lines that are not URLs",
        _with_pages(
            "robots-bad-sitemaps",
            1,
            lambda w, links: {
                "/robots.txt": reply(
                    200,
                    "User-agent: *\nAllow: /\nSitemap: http://[::1\nSitemap: javascript:x\n"
                    f"Sitemap: {w.sitemap}\n".encode(),
                    "text/plain",
                ),
                w.sitemap.removeprefix(w.base): reply(200, urlset(*links), "application/xml"),
            },
        ),
        uses="robots",
        failures=("invalid-url", "unsupported-scheme"),
        pages=1,
        host="own",
    ),
    ListingCase(
        "robots-wildcards",
        "Disallow: /*a*a*…*b (40 wildcards)",
        _with_pages(
            "robots-wildcards",
            1,
            lambda w, links: {
                "/robots.txt": reply(
                    200, ("User-agent: *\nDisallow: /*" + "a*" * 40 + "b\n").encode(), "text/plain"
                ),
                w.feed.removeprefix(w.base): reply(
                    200,
                    rss(*links, w.base + "/p/" + "a" * 5000, w.base + "/p/" + "a" * 5000 + "b"),
                    RSS_TYPE,
                ),
                "/p/" + "a" * 5000: page(plain_article("A long path that robots.txt allows")),
            },
        ),
        pages=1,
        fetched=(
            ("$HOST/p/" + "a" * 5000, VERSION),
            ("$HOST/p/" + "a" * 5000 + "b", "robots-disallowed"),
        ),
        host="own",
    ),
    ListingCase(
        "robots-huge",
        "a 6 MB robots.txt",
        _with_pages(
            "robots-huge",
            1,
            lambda w, links: {
                "/robots.txt": reply(
                    200, b"User-agent: *\nAllow: /\n" + b"# filler line\n" * 450_000, "text/plain"
                ),
                w.feed.removeprefix(w.base): reply(200, rss(*links), RSS_TYPE),
            },
        ),
        pages=1,
        host="own",
    ),
    ListingCase(
        "robots-binary",
        "random bytes as robots.txt",
        _with_pages(
            "robots-binary",
            1,
            lambda w, links: {
                "/robots.txt": reply(200, bytes(range(256)) * 2000, "application/octet-stream"),
                w.feed.removeprefix(w.base): reply(200, rss(*links), RSS_TYPE),
            },
        ),
        pages=1,
        host="own",
    ),
    ListingCase(
        "robots-to-metadata",
        "robots.txt redirects to the metadata address",
        _with_pages(
            "robots-to-metadata",
            1,
            lambda w, links: {
                "/robots.txt": redirect("http://169.254.169.254/robots.txt"),
                w.feed.removeprefix(w.base): reply(200, rss(*links), RSS_TYPE),
            },
        ),
        pages=1,
        host="own",
    ),
    ListingCase(
        "robots-500",
        "robots.txt answers 500: nothing may be fetched",
        lambda w: {
            "/robots.txt": reply(500, b"down"),
            w.feed.removeprefix(w.base): reply(200, rss(w.page("robots-500", 0)), RSS_TYPE),
        },
        failures=("server-error", "server-error"),
        host="own",
    ),
)
