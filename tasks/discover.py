"""Find article URLs: a source's feed (RSS, Atom, JSON Feed) and sitemaps, one URL per article.

Listings are hostile input (`tasks.feeds`, `tasks.sitemaps` bound them), and so is every link
they list. Each listing, and each listed link, is handled inside its own failure boundary: a
link that cannot be fetched (`http://[::1`, `javascript:`, `{{url}}`) becomes a failure of that
item with its reason, an exception nobody foresaw becomes `discover-error` for that item or
listing, and discovery goes on with the rest. What is listed but is not an article (the site's
home page, tag/section/author/search pages, the feed itself) is skipped and counted, never
fetched as an article. Listings are fetched conditionally (ETag/Last-Modified of the last run),
so a quiet source costs a few 304s. Their dates are hints, kept with provenance; a hint no news
page can have (before EARLIEST_HINT, or later than MAX_HINT_AHEAD after the run) is dropped.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TypeVar

from schemas.errors import DiscoverError, MalformedFeed, NewsledgerError
from schemas.pages import FeedItem, FetchRequest, Source
from tasks.feeds import parse_feed
from tasks.fetch import FEED_TYPES, FetchOutcome, Response
from tasks.fetch_service import BlockingFetcher
from tasks.sitemaps import parse_sitemap, sitemap_items
from tasks.urls import canonical_url, fetchable_url, is_listing_url, is_site_root

# No news page predates the web; a listing that says otherwise is wrong, not old.
EARLIEST_HINT = datetime(1991, 1, 1, tzinfo=UTC)
# Zones and clock skew put honest hints up to a day ahead of our clock; later is a wrong date.
MAX_HINT_AHEAD = timedelta(days=1)

T = TypeVar("T")


@dataclass(frozen=True)
class DocumentCheck:
    """One feed or sitemap fetched during discovery: kept as an observation, and its
    validators make the next run's request conditional."""

    url: str
    kind: str  # 'feed' | 'sitemap'
    status: int  # 200, or 304 when unchanged since the last run
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    items: int
    observed_at: datetime
    # The exchange itself, so the flow keeps the listing in WARC like any other response.
    outcome: FetchOutcome = field(compare=False, repr=False)


@dataclass
class Discovery:
    """What one source's listings say this run: items (deduplicated by canonical URL), the
    documents read, what failed (a listing, or one listed link: the run goes on without it),
    and what was listed but skipped, by why (`home-page`, `listing-page`, `over-listing-cap`)."""

    items: list[FeedItem] = field(default_factory=list)
    documents: list[DocumentCheck] = field(default_factory=list)
    failures: list[tuple[str, datetime, NewsledgerError]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def guarded(self, url: str, observed_at: datetime, action: Callable[[], T]) -> T | None:
        """`action()`, or None with the failure noted: the boundary around one listing."""
        try:
            return action()
        except NewsledgerError as exc:
            self.failures.append((url, observed_at, exc))
        except Exception as exc:  # a bug or unforeseen input fails this listing, not the source
            self.failures.append((url, observed_at, DiscoverError.wrapping(exc)))
        return None

    def reject(
        self, rejected: Sequence[tuple[str, NewsledgerError]], over_cap: int, when: datetime
    ) -> None:
        """A listing's unfetchable links become failures; its items past the cap are counted."""
        self.failures += [(link, when, error) for link, error in rejected]
        if over_cap:
            self.skipped["over-listing-cap"] += over_cap


@dataclass(frozen=True)
class DiscoveryLimits:
    """How far a nightly run reads a source's sitemaps: recent entries only (older ones are
    the backfill's job), a bounded number of sitemap documents (an index that lists itself,
    or a ring of indexes, ends there)."""

    window: timedelta = timedelta(days=30)
    max_sitemaps: int = 25
    max_depth: int = 3


def merge_items(items: Sequence[FeedItem]) -> list[FeedItem]:
    """One item per canonical URL, in first-seen order; later listings fill missing hints."""
    merged: dict[str, FeedItem] = {}
    for item in items:
        key = canonical_url(item.url)
        seen = merged.get(key)
        if seen is None:
            merged[key] = replace(item, url=key)
        else:
            merged[key] = replace(
                seen,
                title=seen.title or item.title,
                published=seen.published or item.published,
                modified=max(
                    (d for d in (seen.modified, item.modified) if d is not None), default=None
                ),
            )
    return list(merged.values())


def plausible_hints(item: FeedItem, now: datetime) -> FeedItem:
    """The item without dates no news page can have (before the web, or after tomorrow)."""

    def keep(moment: datetime | None) -> datetime | None:
        if moment is None or not EARLIEST_HINT <= moment <= now + MAX_HINT_AHEAD:
            return None
        return moment

    return replace(item, published=keep(item.published), modified=keep(item.modified))


def is_recent(item: FeedItem, now: datetime, window: timedelta) -> bool:
    """Undated entries are kept (we cannot tell); dated ones only inside the window."""
    moment = item.modified or item.published
    return moment is None or moment >= now - window


def article_items(
    items: Sequence[FeedItem], listings: set[str], skipped: Counter[str]
) -> list[FeedItem]:
    """The items that may be articles: the home page, listing pages and the listings we read
    themselves (a feed that lists itself) are skipped and counted."""
    kept = []
    for item in items:
        if is_site_root(item.url):
            skipped["home-page"] += 1
        elif item.url in listings or is_listing_url(item.url):
            skipped["listing-page"] += 1
        else:
            kept.append(item)
    return kept


def _check(outcome: FetchOutcome, kind: str, items: int) -> DocumentCheck:
    response = outcome.response
    assert response is not None
    return DocumentCheck(
        url=outcome.url,
        kind=kind,
        status=response.status,
        etag=response.header("etag"),
        last_modified=response.header("last-modified"),
        content_sha256=hashlib.sha256(response.body).hexdigest()
        if response.status == 200
        else None,
        items=items,
        observed_at=outcome.observed_at,
        outcome=outcome,
    )


def _read(
    fetcher: BlockingFetcher,
    url: str,
    validators: Mapping[str, FetchRequest],
    result: Discovery,
) -> tuple[FetchOutcome, Response] | None:
    """A conditional GET of one listing; failures are noted and yield None."""
    outcome = fetcher.fetch(url, FEED_TYPES, validators.get(url, FetchRequest(url)))
    if outcome.error is not None or outcome.response is None:
        error = outcome.error or MalformedFeed(f"{url}: no response")
        result.failures.append((url, outcome.observed_at, error))
        return None
    return outcome, outcome.response


def _read_feed(
    fetcher: BlockingFetcher, url: str, validators: Mapping[str, FetchRequest], result: Discovery
) -> list[FeedItem]:
    read = _read(fetcher, url, validators, result)
    if read is None:
        return []
    outcome, response = read
    if outcome.not_modified:
        result.documents.append(_check(outcome, "feed", 0))
        return []
    listing = result.guarded(
        url, outcome.observed_at, partial(parse_feed, response.body, response.url)
    )
    if listing is None:
        return []
    result.reject(listing.rejected, listing.over_cap, outcome.observed_at)
    result.documents.append(_check(outcome, "feed", len(listing.items)))
    return listing.items


def _read_sitemaps(
    fetcher: BlockingFetcher,
    urls: Sequence[str],
    validators: Mapping[str, FetchRequest],
    result: Discovery,
    now: datetime,
    limits: DiscoveryLimits,
) -> list[FeedItem]:
    """Sitemaps breadth first (index → urlset), each read once, at most `max_sitemaps`."""
    found: list[FeedItem] = []
    queue = [(url, 0) for url in urls]
    seen: set[str] = set()
    while queue and len(seen) < limits.max_sitemaps:
        url, depth = queue.pop(0)
        if canonical_url(url) in seen:
            continue
        seen.add(canonical_url(url))
        read = _read(fetcher, url, validators, result)
        if read is None:
            continue
        outcome, response = read
        if outcome.not_modified:
            result.documents.append(_check(outcome, "sitemap", 0))
            continue
        sitemap = result.guarded(
            url, outcome.observed_at, partial(parse_sitemap, response.body, response.url)
        )
        if sitemap is None:
            continue
        result.reject(sitemap.rejected, sitemap.over_cap, outcome.observed_at)
        result.documents.append(_check(outcome, "sitemap", len(sitemap.entries)))
        if sitemap.is_index:
            queue += [
                (e.url, depth + 1)
                for e in sitemap.entries
                if depth + 1 < limits.max_depth
                and (e.lastmod is None or e.lastmod >= now - limits.window)
            ]
        else:
            found += sitemap_items(sitemap)
    return found


def _sitemap_urls(
    source: Source, fetcher: BlockingFetcher, result: Discovery, now: datetime
) -> list[str]:
    """The configured sitemap first, then the robots.txt Sitemap: lines of the homepage
    (a line that is not a fetchable URL is a failure of that line)."""
    urls = []
    if source.sitemap_url:
        configured = result.guarded(
            source.sitemap_url, now, lambda: fetchable_url(source.sitemap_url)
        )
        urls += [configured] if configured else []
    robots_url = f"{source.homepage.rstrip('/')}/robots.txt"
    rules = result.guarded(robots_url, now, lambda: fetcher.robots(fetchable_url(source.homepage)))
    if rules is not None:
        urls += rules.sitemaps
        result.reject(rules.rejected_sitemaps, 0, now)
    return list(dict.fromkeys(urls))


def discover(
    source: Source,
    fetcher: BlockingFetcher,
    now: datetime,
    validators: Mapping[str, FetchRequest],
    limits: DiscoveryLimits = DiscoveryLimits(),
) -> Discovery:
    """Read a source's feed, its sitemaps and those its robots.txt names (index → urlset,
    gzip or not), conditionally; return the recent article items with their hints."""
    result = Discovery()
    try:
        found = _read_feed(fetcher, source.feed_url, validators, result) if source.feed_url else []
        sitemaps = _sitemap_urls(source, fetcher, result, now)
        mapped = _read_sitemaps(fetcher, sitemaps, validators, result, now, limits)
        # a feed lists what the site calls current; a sitemap lists everything, so only its
        # recent entries are tonight's (older ones are the backfill's)
        found += [i for i in mapped if is_recent(plausible_hints(i, now), now, limits.window)]
        listings = {canonical_url(d.url) for d in result.documents}
        hinted = [plausible_hints(item, now) for item in found]
        result.items = article_items(merge_items(hinted), listings, result.skipped)
    except Exception as exc:  # the boundary around the source: it fails, the night goes on
        where = source.feed_url or source.homepage
        error = exc if isinstance(exc, NewsledgerError) else DiscoverError.wrapping(exc)
        result.failures.append((where, now, error))
    return result
