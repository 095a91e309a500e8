"""Deterministic ids: the same parts always give the same id, so re-appending adds nothing.

Every id the pipeline stores (events, captures, articles, chunks) is made here, from the parts
that identify the thing, so two writers that see the same input agree on its id without talking
to each other. Parts are joined by newlines (which no part contains in a way that could make two
different part lists collide in practice: URLs, hashes, ISO times and slugs).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

EVENT_ID_CHARS = 32
ARTICLE_ID_CHARS = 24


def event_id(*parts: object, length: int = EVENT_ID_CHARS) -> str:
    """The first `length` hex digits of the SHA-256 of the parts, newline-joined."""
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:length]


def article_id(canonical_url: str) -> str:
    """An article's id: its canonical URL, hashed (shorter, as users read it in queries)."""
    return event_id(canonical_url, length=ARTICLE_ID_CHARS)


def run_id_at(started: datetime) -> str:
    """A run's id: when it started (sortable, readable), plus randomness (two runs that start
    in the same second, on any machines, never share an id)."""
    return f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
