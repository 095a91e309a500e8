"""The Wayback Machine's CDX API: which snapshots of a URL or domain exist, and where.

Each snapshot is a capture whose `observed_at` is the snapshot time, so replaying them in order
rebuilds an article's version history. The base URL is configurable (tests run a CDX server on
127.0.0.1; NEWSLEDGER_WAYBACK_BASE or --cdx-base elsewhere). Each CDX row is read inside its own
failure boundary: a row that is not a snapshot we can fetch (a short row, a timestamp that is no
moment, an `original` that is no fetchable URL) is rejected with its reason, the rest still count.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlencode

from schemas.errors import MalformedFeed, NewsledgerError
from tasks.archives import Chunk, chunk_id
from tasks.feeds import each_item
from tasks.urls import fetchable_url

DEFAULT_BASE = "https://web.archive.org"
_FIELDS = "timestamp,original,mimetype,statuscode,digest"
# A CDX timestamp: 4 to 14 digits of YYYYMMDDhhmmss (shorter ones are padded with zeros).
TIMESTAMP = re.compile(r"^\d{4,14}$")


@dataclass(frozen=True)
class Snapshot:
    timestamp: str  # YYYYMMDDhhmmss, UTC
    original: str

    @property
    def observed_at(self) -> datetime:
        return snapshot_time(self.timestamp)


def snapshot_time(timestamp: str) -> datetime:
    """A CDX timestamp as a UTC moment (missing digits are zeros); MalformedFeed if none."""
    try:
        moment = datetime.strptime(timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S")
    except ValueError as exc:
        raise MalformedFeed(f"CDX timestamp {timestamp!r:.40} is no moment") from exc
    return moment.replace(tzinfo=UTC)


def cdx_query(base: str, target: str, since: date | None, until: date | None) -> str:
    """The CDX search URL: HTML 200 captures of one URL (or a whole domain), deduplicated."""
    params = {
        "url": target,
        "output": "json",
        "fl": _FIELDS,
        "collapse": "digest",
        "filter": ["statuscode:200", "mimetype:text/html"],
    }
    if "/" not in target.split("://", 1)[-1].rstrip("/"):
        params["matchType"] = "domain"
    if since:
        params["from"] = since.strftime("%Y%m%d")
    if until:
        params["to"] = until.strftime("%Y%m%d")
    return f"{base.rstrip('/')}/cdx/search/cdx?{urlencode(params, doseq=True)}"


def parse_cdx(
    content: bytes, rejected: list[tuple[str, NewsledgerError]] | None = None
) -> list[Snapshot]:
    """Snapshots from a CDX JSON answer (first row names the fields), oldest first.

    Rows that are not fetchable snapshots are left out; pass `rejected` to receive them
    (the row's `original`, or the row itself, and why) so they can be recorded as failures."""
    try:
        rows = json.loads(content or b"[]")
    except (ValueError, RecursionError) as exc:
        raise MalformedFeed(f"CDX answer is not JSON: {type(exc).__name__}: {exc}") from exc
    if not rows:
        return []
    if not isinstance(rows, list) or not isinstance(rows[0], list):
        raise MalformedFeed("CDX answer is not a list of rows")
    header, *data = rows
    index = {name: i for i, name in enumerate(header) if isinstance(name, str)}
    if "timestamp" not in index or "original" not in index:
        raise MalformedFeed(f"CDX answer names no timestamp/original fields: {header!r:.200}")

    def field(row: object, name: str) -> object:
        return row[index[name]] if isinstance(row, list) and len(row) > index[name] else None

    def read(row: object) -> Snapshot:
        timestamp = field(row, "timestamp")
        if not isinstance(timestamp, str) or not TIMESTAMP.match(timestamp):
            raise MalformedFeed(f"CDX row without a usable timestamp: {row!r:.200}")
        snapshot_time(timestamp)
        return Snapshot(timestamp, fetchable_url(field(row, "original")))

    def link_of(row: object) -> object:
        original = field(row, "original")
        return original if isinstance(original, str) else row

    snapshots = each_item(data, read, link_of, rejected if rejected is not None else [])
    return sorted(snapshots, key=lambda s: (s.timestamp, s.original))


def snapshot_url(base: str, snapshot: Snapshot) -> str:
    """The raw archived bytes (`id_`), not the Wayback page wrapped around them."""
    return f"{base.rstrip('/')}/web/{snapshot.timestamp}id_/{snapshot.original}"


def wayback_chunks(snapshots: list[Snapshot], *, scope: str) -> list[Chunk]:
    """One chunk per snapshot day, so an interrupted backfill resumes day by day."""
    by_day: dict[str, list[Snapshot]] = defaultdict(list)
    for snapshot in snapshots:
        by_day[snapshot.timestamp[:8]].append(snapshot)
    return [
        Chunk(
            chunk_id("wayback", day, scope, *(s.timestamp + s.original for s in day_snaps)),
            "wayback",
            day,
            None,
            tuple((s.timestamp, s.original) for s in day_snaps),
        )
        for day, day_snaps in sorted(by_day.items())
    ]
