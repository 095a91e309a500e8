"""Find article URLs: a source's feed (RSS, Atom, JSON Feed) and sitemaps, one URL per article.

Listings are hostile input: XML is parsed with defusedxml (no entity expansion, no external
entities), JSON within the fetch size cap, and anything that is not a listing becomes a
MalformedFeed error, never a crash. Listings are fetched conditionally (ETag/Last-Modified of
the last run), so a quiet source costs a few 304s. Their dates are hints, kept with provenance.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.errors import MalformedFeed, NewsledgerError
from schemas.pages import FeedItem, FetchRequest, Source
from tasks.fetch import FEED_TYPES, FetchConfig, Fetcher, FetchOutcome, Response
from tasks.fetch_service import BlockingFetcher
from tasks.sitemaps import parse_sitemap, sitemap_items

ATOM = "{http://www.w3.org/2005/Atom}"
RSS_ROOTS = frozenset(
    {
        "rss",  # 0.91, 0.92, 2.0
        "{http://purl.org/rss/1.0/}RDF",
        "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF",  # 0.90 and 1.0
    }
)
# Query parameters that identify a click, not a page: they never make a new article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ncid",
        "ocid",
        "smid",
        "sr_share",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_")
# AMP spellings of a page, and what they stand for. Query markers: (key, value or "*").
AMP_PARAMS = frozenset({("amp", "*"), ("outputtype", "amp"), ("output", "amp")})
AMP_PATHS = (
    (re.compile(r"/amp/?$"), "/"),  # /2020/07/02/story/amp → /2020/07/02/story/
    (re.compile(r"^/amp(?=/)"), ""),  # /amp/2020/07/02/story → /2020/07/02/story
    (re.compile(r"\.amp(\.html?)?$"), r"\1"),  # story.amp.html → story.html
)
AMP_CACHE_SUFFIX = ".cdn.ampproject.org"
AMP_CACHE_PATH = re.compile(r"^/[a-z]/(?:(s)/)?")  # /c/s/example.com/… is https://example.com/…


def _amp_free(parts: SplitResult) -> SplitResult:
    """The canonical page an AMP URL stands for (the AMP cache, /amp paths, ?amp=1)."""
    if (parts.hostname or "").endswith(AMP_CACHE_SUFFIX) and AMP_CACHE_PATH.match(parts.path):
        return urlsplit(AMP_CACHE_PATH.sub(r"http\1://", parts.path, count=1))
    path = parts.path
    for pattern, replacement in AMP_PATHS:
        path = pattern.sub(replacement, path)
    return parts._replace(path=path)


def _is_tracking(key: str, value: str) -> bool:
    key = key.lower()
    return (
        key in TRACKING_PARAMS
        or key.startswith(TRACKING_PREFIXES)
        or (key, value.lower()) in AMP_PARAMS
        or (key, "*") in AMP_PARAMS
    )


def canonical_url(url: str, declared: str | None = None) -> str:
    """One spelling per article: the page's declared canonical (rel=canonical, og:url) if any,
    without tracking parameters, AMP markers, the fragment, default ports and host case."""
    chosen = urljoin(url, declared) if declared else url
    parts = _amp_free(urlsplit(chosen.strip()))
    host = (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)
    ]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def _text(element: Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _feed_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed if parsed.tzinfo else None


def _json_date(value: object) -> datetime | None:
    return _feed_date(value) if isinstance(value, str) else None


def _parse_json_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """JSON Feed 1.0/1.1: items with `url` (else `external_url`), RFC 3339 dates."""
    try:
        document = json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise MalformedFeed(f"{base_url}: not parseable JSON ({type(exc).__name__})") from exc
    if not isinstance(document, dict) or "jsonfeed.org/version/" not in str(
        document.get("version", "")
    ):
        raise MalformedFeed(f"{base_url}: JSON but not a JSON Feed")
    items = []
    for entry in document.get("items") or []:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        if isinstance(link, str) and link.strip():
            title = entry.get("title")
            items.append(
                FeedItem(
                    urljoin(base_url, link.strip()),
                    title.strip() or None if isinstance(title, str) else None,
                    _json_date(entry.get("date_published")),
                    _json_date(entry.get("date_modified")),
                    "json-feed",
                )
            )
    return items


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """Items of an RSS 0.9x/1.0/2.0, Atom or JSON feed, in feed order, with absolute URLs."""
    if content.lstrip()[:1] == b"{":
        return _parse_json_feed(content, base_url)
    try:
        root = SafeET.fromstring(content)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise MalformedFeed(f"{base_url}: not parseable XML ({type(exc).__name__}: {exc})") from exc
    items: list[FeedItem] = []
    if root.tag == f"{ATOM}feed":
        for entry in root.iter(f"{ATOM}entry"):
            link = next(
                (
                    e.get("href")
                    for e in entry.findall(f"{ATOM}link")
                    if e.get("rel", "alternate") == "alternate" and e.get("href")
                ),
                None,
            )
            if link:
                updated = _text(entry.find(f"{ATOM}updated"))
                items.append(
                    FeedItem(
                        urljoin(base_url, link),
                        _text(entry.find(f"{ATOM}title")),
                        _feed_date(_text(entry.find(f"{ATOM}published")) or updated),
                        _feed_date(updated),
                        "atom",
                    )
                )
    elif root.tag in RSS_ROOTS:
        for item in root.iter():
            if item.tag.rsplit("}", 1)[-1] != "item":
                continue
            fields = {child.tag.rsplit("}", 1)[-1]: _text(child) for child in item}
            link = fields.get("link") or fields.get("guid")
            if link:
                items.append(
                    FeedItem(
                        urljoin(base_url, link),
                        fields.get("title"),
                        _feed_date(fields.get("pubDate") or fields.get("date")),
                        _feed_date(fields.get("modified") or fields.get("updated")),
                        "rss",
                    )
                )
    else:
        raise MalformedFeed(f"{base_url}: root element {root.tag!r} is not RSS, Atom or JSON Feed")
    return items


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
    documents read, and the listings that failed (the run goes on without them)."""

    items: list[FeedItem] = field(default_factory=list)
    documents: list[DocumentCheck] = field(default_factory=list)
    failures: list[tuple[str, datetime, NewsledgerError]] = field(default_factory=list)


@dataclass(frozen=True)
class DiscoveryLimits:
    """How far a nightly run reads a source's sitemaps: recent entries only (older ones are
    the backfill's job), a bounded number of sitemap documents."""

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


def is_recent(item: FeedItem, now: datetime, window: timedelta) -> bool:
    """Undated entries are kept (we cannot tell); dated ones only inside the window."""
    moment = item.modified or item.published
    return moment is None or moment >= now - window


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
    try:
        items = [] if outcome.not_modified else parse_feed(response.body, response.url)
    except NewsledgerError as exc:
        result.failures.append((url, outcome.observed_at, exc))
        return []
    result.documents.append(_check(outcome, "feed", len(items)))
    return items


def discover(
    source: Source,
    fetcher: BlockingFetcher,
    now: datetime,
    validators: Mapping[str, FetchRequest],
    limits: DiscoveryLimits = DiscoveryLimits(),
) -> Discovery:
    """Read a source's feed, its sitemaps and those its robots.txt names (index → urlset,
    gzip or not), conditionally; return the recent items with their hints."""
    result = Discovery()
    found = _read_feed(fetcher, source.feed_url, validators, result) if source.feed_url else []
    queue = [(url, 0) for url in _sitemap_urls(source, fetcher, result, now)]
    seen: set[str] = set()
    while queue and len(seen) < limits.max_sitemaps:
        url, depth = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        read = _read(fetcher, url, validators, result)
        if read is None:
            continue
        outcome, response = read
        if outcome.not_modified:
            result.documents.append(_check(outcome, "sitemap", 0))
            continue
        try:
            sitemap = parse_sitemap(response.body, response.url)
        except NewsledgerError as exc:
            result.failures.append((url, outcome.observed_at, exc))
            continue
        result.documents.append(_check(outcome, "sitemap", len(sitemap.entries)))
        if sitemap.is_index:
            queue += [
                (e.url, depth + 1)
                for e in sitemap.entries
                if depth + 1 < limits.max_depth
                and (e.lastmod is None or e.lastmod >= now - limits.window)
            ]
        else:
            found += [i for i in sitemap_items(sitemap) if is_recent(i, now, limits.window)]
    result.items = merge_items(found)
    return result


def _sitemap_urls(
    source: Source, fetcher: BlockingFetcher, result: Discovery, now: datetime
) -> list[str]:
    """The configured sitemap first, then the robots.txt Sitemap: lines of the homepage."""
    urls = [source.sitemap_url] if source.sitemap_url else []
    try:
        urls += fetcher.robots(source.homepage).sitemaps
    except NewsledgerError as exc:
        result.failures.append((f"{source.homepage.rstrip('/')}/robots.txt", now, exc))
    return list(dict.fromkeys(urls))


@task(name="discover", cache_policy=NO_CACHE)
def discover_source(
    source: Source,
    now: Callable[[], datetime],
    validators: Mapping[str, FetchRequest],
    config: FetchConfig | None = None,
) -> Discovery:
    """Read one source's listings; failures are in the result (the flow records them)."""
    with Fetcher(config or FetchConfig.from_env(), now) as fetcher:
        return discover(source, fetcher, now(), validators)
