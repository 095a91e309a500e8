"""The hostile news site, served on 127.0.0.1: real HTTP servers answering every case.

- the main host: eight good articles, every hostile case of tests/hostile/cases.py at
  /h/<name>, a feed (at /latest.php?format=rss, which lists itself among the rest) and a sitemap
  listing the good articles and every hostile link, and a robots.txt naming the sitemap;
- a host of its own for each case that defers its host (Retry-After beyond a run);
- the listings host, serving the hostile feeds and sitemaps of tests/hostile/listings.py, and a
  host of its own for each listing case about robots.txt or Retry-After.

Every host is a `tests.tasks.loopback.Site` (a ThreadingHTTPServer on port 0). One source per
listing case plus the main source: `sources_csv` writes them for the nightly flow.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from schemas.pages import Source
from tests.hostile.cases import CASES, Case, Ctx
from tests.hostile.listings import LISTING_CASES, ListingCase, Where
from tests.hostile.pages import GOOD_ARTICLES, article_page, good_path
from tests.hostile.routes import reply
from tests.tasks.loopback import Site

MAIN_SOURCE = "hostile-main"
FEED_PATH = "/latest.php?format=rss"


class HostileSite:
    """All hosts of the hostile site, running; `close()` stops them."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.main = Site()
        self.listings = Site()
        self.hosts: dict[str, Site] = {"main": self.main, "listings": self.listings}
        published = [now - timedelta(hours=2 + n) for n in range(len(GOOD_ARTICLES))]
        self.good = tuple(
            self.main.base + good_path(slug, when)
            for (slug, *_), when in zip(GOOD_ARTICLES, published, strict=True)
        )
        self.ctx = Ctx(self.main.base, self.main.port, self.good, self.main.base + FEED_PATH)
        for (_, headline, dateline, paragraphs), url, when in zip(
            GOOD_ARTICLES, self.good, published, strict=True
        ):
            body = article_page(headline, dateline, paragraphs, when)
            self.main.routes[url.removeprefix(self.main.base)] = reply(200, body, "text/html")
        for case in CASES:
            host = self._host(case.host)
            if case.serve is not None:
                host.routes.update(case.serve(self.ctx, f"/h/{case.name}"))
        self.where: dict[str, Where] = {}
        for listing in LISTING_CASES:
            host = self._host(listing.name if listing.host == "own" else listing.host)
            where = Where(
                host.base,
                f"{host.base}/feed/{listing.name}.xml",
                f"{host.base}/sitemap/{listing.name}.xml",
            )
            self.where[listing.name] = where
            host.routes.update(listing.serve(where))
        self.main.routes[FEED_PATH] = reply(200, self.feed(), "application/rss+xml")
        self.main.routes["/sitemap.xml"] = reply(200, self.sitemap(), "application/xml")
        self.main.routes["/robots.txt"] = reply(
            200, f"User-agent: *\nAllow: /\nSitemap: {self.main.base}/sitemap.xml\n".encode()
        )

    def _host(self, name: str) -> Site:
        if name not in self.hosts:
            self.hosts[name] = Site()
        return self.hosts[name]

    def link(self, case: Case) -> str:
        """The link the listings carry for `case`."""
        if not case.link:
            return f"{self._host(case.host).base}/h/{case.name}"
        return self.ctx.fill(case.link)

    def feed(self) -> bytes:
        """RSS 2.0: the good articles (dated) first, then every hostile link."""
        items = [
            f"<item><title>{escape(headline)}</title><link>{escape(url)}</link>"
            f"<pubDate>{format_datetime(self.now - timedelta(hours=2 + n))}</pubDate></item>"
            for n, ((_, headline, _, _), url) in enumerate(
                zip(GOOD_ARTICLES, self.good, strict=True)
            )
        ]
        items += [
            f"<item><title>{escape(case.what)}</title><link>{escape(self.link(case))}</link></item>"
            for case in CASES
        ]
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Hostile Wire</title><link>{self.main.base}/</link>{''.join(items)}"
            "</channel></rss>"
        ).encode()

    def sitemap(self) -> bytes:
        """A urlset of the same links (a second listing of each: one article, one failure)."""
        locs = [*self.good, *(self.link(case) for case in CASES)]
        urls = "".join(f"<url><loc>{escape(loc)}</loc></url>" for loc in locs)
        return (
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
        )

    def sources(self) -> list[Source]:
        """The main source and one source per listing case."""
        main = Source(
            MAIN_SOURCE,
            "Hostile Wire",
            self.main.base + "/",
            self.ctx.feed,
            self.main.base + "/sitemap.xml",
            "en",
            "UTC",
        )
        return [main, *(self.source(listing) for listing in LISTING_CASES)]

    def source(self, listing: ListingCase) -> Source:
        where = self.where[listing.name]
        return Source(
            f"listing-{listing.name}",
            listing.what,
            where.base + "/",
            where.feed if listing.uses == "feed" else None,
            where.sitemap if listing.uses == "sitemap" else None,
            "en",
            "UTC",
        )

    def sources_csv(self, path: Path) -> Path:
        rows = ["source_id,name,homepage,feed_url,sitemap_url,language,timezone"]
        for s in self.sources():
            name = s.name.replace(",", " ").replace('"', "")
            rows.append(
                f"{s.source_id},{name},{s.homepage},{s.feed_url or ''},{s.sitemap_url or ''},"
                f"{s.language},{s.timezone}"
            )
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return path

    def close(self) -> None:
        for host in self.hosts.values():
            host.close()
