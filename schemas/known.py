"""What the warehouse knows of an article, as the next run needs it (a contract between the
warehouse's queries and the stages that plan and compare re-checks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class KnownArticle:
    """What the next run needs to know of an article to re-check it without re-deriving it:
    its latest content hash (and the derivation key and capture that produced it, so a
    capture derived by newer code is compared like with like), when it was first seen and last
    looked at, and the validators and body digest of that last look (for a conditional GET,
    and to skip extraction)."""

    article_id: str
    url: str
    source_id: str
    content_hash: str
    live: bool
    first_seen: datetime | None = None
    last_checked: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    derivation_key: str | None = None
    capture_id: str | None = None
