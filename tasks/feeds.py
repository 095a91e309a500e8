"""Feeds as pure parsers: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed by hand.

Listings are hostile input, so feedparser only ever sees a document that has already passed
`hostile_xml`: defusedxml parsed it (no entity declarations, so no billion laughs; no external
entities), its nesting is at most MAX_XML_DEPTH deep, a declared encoding Python does not know
(`encoding="x-bogus-enc"`) or expat cannot read (Shift_JIS, GB 2312) was transcoded to UTF-8,
and items beyond MAX_FEED_ITEMS were cut off (and counted). feedparser then does what it is
good at: every dialect's link, guid and date elements, `xml:base`, entities in titles.

Each item is read inside its own boundary: a link that is not fetchable (`http://[::1`, a port
of `8o8o`, `javascript:`, NUL bytes, `{{url}}`) is a rejected item with its own reason, and an
exception nobody foresaw is `DiscoverError` for that item only; the other items still count.

Why JSON Feed stays ours: feedparser 6.0 does not read JSON Feed at all (it answers an empty
result), and the format is a handful of keys.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from xml.etree.ElementTree import Element, ParseError, tostring

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from schemas.errors import DiscoverError, MalformedFeed, NewsledgerError
from schemas.pages import FeedItem
from tasks.urls import CONTROL_CHARACTERS, MAX_URL_CHARS, fetchable_url

# Real feeds nest under ten levels (XHTML content in Atom a few more); 100,000 levels is an
# attack on whatever walks the tree after us, so deeper documents are refused.
MAX_XML_DEPTH = 64
# A night takes at most 1,000 new URLs from a source, and feedparser costs about half a
# millisecond per item: a feed of 100,000 items is read up to this many, the rest counted.
MAX_FEED_ITEMS = 1000
FEED_ROOTS = frozenset(
    {
        "rss",  # 0.91, 0.92, 2.0
        "{http://purl.org/rss/1.0/}RDF",
        "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF",  # 0.90 and 1.0
        "{http://www.w3.org/2005/Atom}feed",
        "{http://purl.org/atom/ns#}feed",  # Atom 0.3
    }
)
ITEM_TAGS = frozenset({"item", "entry"})
# Encodings expat decodes itself; any other declared encoding is transcoded to UTF-8 first.
EXPAT_ENCODINGS = frozenset({"utf-8", "utf-16", "ascii", "latin-1", "iso8859-1"})
XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([^\"']{0,60})[\"']")

T = TypeVar("T")


@dataclass
class Listing:
    """What one feed or sitemap lists: its items, the listed links it rejected (raw link and
    why), and how many items it held beyond the cap."""

    items: list[FeedItem] = field(default_factory=list)
    rejected: list[tuple[str, NewsledgerError]] = field(default_factory=list)
    over_cap: int = 0


def printable_link(raw: object) -> str:
    """A rejected link as it can be stored and shown: control characters percent-encoded,
    at most MAX_URL_CHARS long."""
    text = raw if isinstance(raw, str) else repr(raw)
    escaped = CONTROL_CHARACTERS.sub(lambda m: f"%{ord(m.group()):02X}", text)
    return escaped[:MAX_URL_CHARS]


def each_item(
    entries: Iterable[Any],
    read: Callable[[Any], T | None],
    link_of: Callable[[Any], object],
    rejected: list[tuple[str, NewsledgerError]],
) -> list[T]:
    """`read` applied to every entry inside its own failure boundary: a NewsledgerError keeps
    its reason, anything else becomes DiscoverError; both are noted with the entry's link."""
    found: list[T] = []
    for entry in entries:
        try:
            item = read(entry)
        except NewsledgerError as exc:
            rejected.append((printable_link(_safe(link_of, entry)), exc))
        except Exception as exc:  # the per-item boundary: this entry fails, the listing does not
            rejected.append((printable_link(_safe(link_of, entry)), DiscoverError.wrapping(exc)))
        else:
            if item is not None:
                found.append(item)
    return found


def _safe(link_of: Callable[[Any], object], entry: Any) -> object:
    try:
        return link_of(entry)
    except Exception:  # naming a broken entry must not break the boundary
        return "<unreadable entry>"


def _transcoded(content: bytes) -> bytes:
    """The document in an encoding expat reads: a declared encoding that Python does not know
    or expat cannot handle is decoded here (as declared when known, else UTF-8, else
    Windows-1252) and the declaration rewritten to UTF-8."""
    declared = XML_DECLARATION.match(content)
    if declared is None:
        return content
    name = declared.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        codec = None
    if codec in EXPAT_ENCODINGS:
        return content
    text = None
    for candidate in (codec, "utf-8"):
        if candidate:
            try:
                text = content.decode(candidate)
                break
            except (UnicodeDecodeError, LookupError):
                continue
    if text is None:
        text = content.decode("cp1252", errors="replace")
    utf8 = text.encode("utf-8")
    rewritten = XML_DECLARATION.match(utf8)
    if rewritten is None:
        return utf8
    return utf8[: rewritten.start(1)] + b"utf-8" + utf8[rewritten.end(1) :]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def hostile_xml(content: bytes, label: str, *, max_items: int | None = None) -> tuple[Element, int]:
    """The document's root, parsed safely and bounded, and how many items past `max_items` were
    cut off it (RSS `item` / Atom `entry` elements). MalformedFeed for anything hostile."""
    try:
        root = SafeET.fromstring(_transcoded(content))
    except (ParseError, DefusedXmlException, ValueError, LookupError) as exc:
        raise MalformedFeed(f"{label}: not parseable XML ({type(exc).__name__}: {exc})") from exc
    items = 0
    excess: dict[int, tuple[Element, set[int]]] = {}  # parent id → (parent, ids of cut items)
    stack: list[tuple[Element, int]] = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_XML_DEPTH:
            raise MalformedFeed(f"{label}: XML nested deeper than {MAX_XML_DEPTH} levels")
        for child in element:
            if max_items is not None and _local(child.tag) in ITEM_TAGS:
                items += 1
                if items > max_items:
                    excess.setdefault(id(element), (element, set()))[1].add(id(child))
                    continue
            stack.append((child, depth + 1))
    for parent, cut in excess.values():
        parent[:] = [child for child in parent if id(child) not in cut]
    return root, max(0, items - max_items) if max_items is not None else 0


def feed_date(value: object) -> datetime | None:
    """An RFC 822 or ISO 8601 moment with a zone; anything else (no zone, impossible dates,
    dates that cannot even be expressed in UTC) is no hint at all."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return None
    try:
        parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return parsed


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _json_items(content: bytes, base_url: str) -> Listing:
    """JSON Feed 1.0/1.1: items with `url` (else `external_url`), RFC 3339 dates."""
    try:
        document = json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise MalformedFeed(f"{base_url}: not parseable JSON ({type(exc).__name__})") from exc
    if not isinstance(document, dict) or "jsonfeed.org/version/" not in str(
        document.get("version", "")
    ):
        raise MalformedFeed(f"{base_url}: JSON but not a JSON Feed")
    entries = document.get("items")
    if not isinstance(entries, list):
        entries = []
    listing = Listing(over_cap=max(0, len(entries) - MAX_FEED_ITEMS))

    def link_of(entry: Any) -> object:
        return entry.get("url") or entry.get("external_url") if isinstance(entry, dict) else None

    def read(entry: Any) -> FeedItem | None:
        link = link_of(entry)
        if link is None:
            return None  # an item without a link lists no page
        return FeedItem(
            fetchable_url(link, base_url),
            _text(entry.get("title")),
            feed_date(entry.get("date_published")),
            feed_date(entry.get("date_modified")),
            "json-feed",
        )

    listing.items = each_item(entries[:MAX_FEED_ITEMS], read, link_of, listing.rejected)
    return listing


def _entry_link(entry: dict[str, Any]) -> object:
    """The entry's page: its first alternate link (feedparser falls back to a permalink guid)."""
    for link in entry.get("links") or []:
        if isinstance(link, dict) and link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return dict.get(entry, "link")


def parse_feed(content: bytes, base_url: str) -> Listing:
    """Items of an RSS 0.9x/1.0/2.0, Atom or JSON feed, in feed order, with absolute URLs."""
    if content.lstrip()[:1] == b"{":
        return _json_items(content, base_url)
    root, over_cap = hostile_xml(content, base_url, max_items=MAX_FEED_ITEMS)
    if root.tag not in FEED_ROOTS:
        raise MalformedFeed(f"{base_url}: root element {root.tag!r} is not RSS, Atom or JSON Feed")
    # feedparser reads exactly the tree defusedxml accepted (and we cut), never the raw bytes,
    # and from a stream: given bytes it would first try them as a file name to open.
    parsed = feedparser.parse(
        io.BytesIO(tostring(root, encoding="utf-8", xml_declaration=True)),
        response_headers={"content-type": "application/xml"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    provenance = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    listing = Listing(over_cap=over_cap)

    def read(entry: dict[str, Any]) -> FeedItem | None:
        link = _entry_link(entry)
        if link is None:
            return None  # an item without a link lists no page
        # dict.get: feedparser's own get maps a missing `updated` to `published` with a warning
        published, updated = dict.get(entry, "published"), dict.get(entry, "updated")
        return FeedItem(
            fetchable_url(link, base_url),
            _text(dict.get(entry, "title")),
            feed_date(published) or feed_date(updated),
            feed_date(updated),
            provenance,
        )

    listing.items = each_item(parsed.entries, read, _entry_link, listing.rejected)
    return listing
