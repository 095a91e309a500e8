"""The Wayback Machine's CDX API: which snapshots of a URL or domain exist, and where.

Each snapshot is a capture whose `observed_at` is the snapshot time, so replaying them in order
rebuilds an article's version history. The base URL is configurable (tests run a CDX server on
127.0.0.1; NEWSLEDGER_WAYBACK_BASE or --cdx-base elsewhere).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlencode, urlsplit

from schemas.errors import MalformedFeed
from tasks.archives import Chunk, chunk_id

DEFAULT_BASE = "https://web.archive.org"
_FIELDS = "timestamp,original,mimetype,statuscode,digest"


@dataclass(frozen=True)
class Snapshot:
    timestamp: str  # YYYYMMDDhhmmss, UTC
    original: str

    @property
    def observed_at(self) -> datetime:
        return datetime.strptime(self.timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(
            tzinfo=UTC
        )


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


def parse_cdx(content: bytes) -> list[Snapshot]:
    """Snapshots from a CDX JSON answer (first row names the fields), oldest first."""
    try:
        rows = json.loads(content or b"[]")
    except ValueError as exc:
        raise MalformedFeed(f"CDX answer is not JSON: {exc}") from exc
    if not rows:
        return []
    header, *data = rows
    index = {name: i for i, name in enumerate(header)}
    snapshots = [Snapshot(row[index["timestamp"]], row[index["original"]]) for row in data]
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


def host_of(url: str) -> str:
    return (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()
