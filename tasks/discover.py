"""Find article URLs: parse a source's RSS/Atom feed and canonicalize URLs.

Feeds are hostile input: they are parsed with defusedxml (no entity expansion, no external
entities), and anything that is not a feed becomes a MalformedFeed error, never a crash.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.pages import FeedItem, Source
from tasks.errors import MalformedFeed
from tasks.fetch import FEED_TYPES, FetchConfig, Fetcher

ATOM = "{http://www.w3.org/2005/Atom}"
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


def canonical_url(url: str, declared: str | None = None) -> str:
    """One spelling per article: the page's declared canonical if any, tracking params, the
    fragment, default ports and a trailing `index.html`-free host case folded away."""
    chosen = urljoin(url, declared) if declared else url
    parts = urlsplit(chosen)
    host = (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    netloc = host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
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


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """Items of an RSS 0.9x/2.0 or Atom feed, in feed order, with absolute URLs."""
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
                published = _text(entry.find(f"{ATOM}published")) or _text(
                    entry.find(f"{ATOM}updated")
                )
                items.append(
                    FeedItem(
                        urljoin(base_url, link),
                        _text(entry.find(f"{ATOM}title")),
                        _feed_date(published),
                    )
                )
    elif root.tag in (
        "rss",
        "{http://purl.org/rss/1.0/}RDF",
        "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF",
    ):
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
                    )
                )
    else:
        raise MalformedFeed(f"{base_url}: root element {root.tag!r} is neither RSS nor Atom")
    return items


def load_sources(path: Path) -> list[Source]:
    """Rows of seeds/sources.csv (columns per DESIGN.md)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [
            Source(
                source_id=row["source_id"],
                name=row["name"],
                homepage=row["homepage"],
                feed_url=row.get("feed_url") or None,
                sitemap_url=row.get("sitemap_url") or None,
                language=row.get("language") or None,
                timezone=row.get("timezone") or "UTC",
            )
            for row in csv.DictReader(handle)
        ]


@task(name="discover", cache_policy=NO_CACHE)
def discover_source(source: Source, now: Callable[[], datetime]) -> list[FeedItem]:
    """Fetch and parse a source's feed. A feed that fails raises (the flow records it)."""
    if not source.feed_url:
        return []
    with Fetcher(FetchConfig.from_env(), now) as fetcher:
        outcome = fetcher.fetch(source.feed_url, accept=FEED_TYPES)
    if outcome.error is not None:
        raise outcome.error
    assert outcome.response is not None
    return parse_feed(outcome.response.body, outcome.response.url)
