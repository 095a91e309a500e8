"""Sitemaps as pure parsers: index or urlset, plain or gzip, with Google News dates.

Sitemaps are hostile input like feeds (`tasks.feeds.hostile_xml`: defusedxml, a nesting cap,
unknown encodings transcoded), gzip is inflated under a cap (a sitemap.xml.gz bomb stops there)
and must end where gzip says it ends, and anything that is not a sitemap is MalformedFeed.
Each `<loc>` is read inside its own boundary: one that is not a fetchable URL is a rejected entry
with its reason, the others still count. A sitemap's `lastmod` and `news:publication_date` are
hints kept with their provenance.

Why our own parser: the protocol is two elements deep, and the sitemap libraries
(ultimate-sitemap-parser, advertools) fetch documents themselves, which would go around the
fetcher's address checks, caps and politeness; here parsing is pure and fetching is ours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from xml.etree.ElementTree import Element

from schemas.errors import MalformedFeed, NewsledgerError
from schemas.pages import FeedItem
from tasks.bodies import GZIP_MAGIC, gunzip_capped
from tasks.feeds import each_item, hostile_xml
from tasks.urls import fetchable_url

# The protocol caps a sitemap at 50 MB uncompressed and 50,000 URLs.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_URLS = 50_000


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    news_published: datetime | None = None
    news_title: str | None = None


@dataclass(frozen=True)
class Sitemap:
    is_index: bool  # an index lists sitemaps; a urlset lists pages
    entries: list[SitemapEntry]
    # <loc>s that are not fetchable URLs (as written, and why), and entries past the cap
    rejected: list[tuple[str, NewsledgerError]] = field(default_factory=list)
    over_cap: int = 0


def w3c_datetime(value: str | None) -> datetime | None:
    """A W3C datetime ('2020-07-02', '2020-07-02T10:00+04:30'); a bare day is 00:00 UTC,
    a time without a zone is no hint at all (which zone would it be?)."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if len(text) == 10:
            return parsed.replace(tzinfo=UTC)
        if parsed.tzinfo is None:
            return None
        parsed.astimezone(UTC)  # a moment that cannot be expressed in UTC is no hint either
    except (ValueError, OverflowError):
        return None
    return parsed


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(element: Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _news(element: Element) -> tuple[datetime | None, str | None]:
    for child in element:
        if _local(child.tag) == "news":
            return w3c_datetime(_child_text(child, "publication_date")), _child_text(child, "title")
    return None, None


def _text_sitemap(text: str, base_url: str) -> Sitemap:
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("http")]
    if not lines:
        raise MalformedFeed(f"{base_url}: neither an XML nor a text sitemap")
    rejected: list[tuple[str, NewsledgerError]] = []

    def read(line: str) -> SitemapEntry:
        return SitemapEntry(fetchable_url(line, base_url))

    entries = each_item(lines[:MAX_SITEMAP_URLS], read, lambda line: line, rejected)
    return Sitemap(False, entries, rejected, max(0, len(lines) - MAX_SITEMAP_URLS))


def parse_sitemap(content: bytes, base_url: str) -> Sitemap:
    """Entries of a sitemap index or urlset (gzip or not), in document order."""
    if content.startswith(GZIP_MAGIC):
        content = gunzip_capped(content, MAX_SITEMAP_BYTES, base_url)
    if not content.lstrip().startswith(b"<"):
        return _text_sitemap(content.decode("utf-8", errors="replace"), base_url)
    root, _ = hostile_xml(content, base_url)
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise MalformedFeed(f"{base_url}: root element {root.tag!r} is not a sitemap")
    child_tag = "sitemap" if kind == "sitemapindex" else "url"
    children = [element for element in root if _local(element.tag) == child_tag]
    rejected: list[tuple[str, NewsledgerError]] = []

    def read(element: Element) -> SitemapEntry | None:
        loc = _child_text(element, "loc")
        if not loc:
            return None
        published, title = _news(element)
        lastmod = w3c_datetime(_child_text(element, "lastmod"))
        return SitemapEntry(fetchable_url(loc, base_url), lastmod, published, title)

    entries = each_item(
        children[:MAX_SITEMAP_URLS], read, lambda e: _child_text(e, "loc"), rejected
    )
    return Sitemap(
        kind == "sitemapindex", entries, rejected, max(0, len(children) - MAX_SITEMAP_URLS)
    )


def sitemap_items(sitemap: Sitemap) -> list[FeedItem]:
    """A urlset's pages as discovery items; Google News entries say so in their provenance."""
    return [
        FeedItem(
            url=e.url,
            title=e.news_title,
            published=e.news_published,
            modified=e.lastmod,
            provenance="news-sitemap" if e.news_published or e.news_title else "sitemap",
        )
        for e in sitemap.entries
    ]


def in_window(moment: datetime | None, since: date | None, until: date | None) -> bool:
    """A sitemap hint inside [since, until]; no hint stays in (the page's own date decides)."""
    if moment is None:
        return True
    day = moment.astimezone(UTC).date()
    return (since is None or day >= since) and (until is None or day <= until)


def child_may_hold(entry: SitemapEntry, since: date | None) -> bool:
    """An index child last modified before `since` cannot list pages published after it."""
    return entry.lastmod is None or since is None or entry.lastmod.astimezone(UTC).date() >= since


def windowed_pages(
    sitemap: Sitemap, since: date | None, until: date | None
) -> list[tuple[str, str]]:
    """(date hint, URL) of a urlset's pages whose publication (else lastmod) is in the window.

    The hint is Google News' publication date when given, else lastmod (a page modified before
    `since` was published before it too); the archive's own date filter runs after derivation.
    """
    chosen = []
    for entry in sitemap.entries:
        hint = entry.news_published or entry.lastmod
        published_hint = entry.news_published
        if in_window(published_hint, since, until) and (
            published_hint is not None or in_window(entry.lastmod, since, None)
        ):
            chosen.append((hint.isoformat() if hint else "", entry.url))
    return chosen
