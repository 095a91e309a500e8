"""Deterministic ids: the same parts always give the same id, so re-appending adds nothing.

Every id the pipeline stores (events, captures, articles, chunks) is made here, from the parts
that identify the thing, so two writers that see the same input agree on its id without talking
to each other. Parts are joined by newlines (which no part contains in a way that could make two
different part lists collide in practice: URLs, hashes, ISO times and slugs).
"""

from __future__ import annotations

import hashlib

EVENT_ID_CHARS = 32
ARTICLE_ID_CHARS = 24


def event_id(*parts: object, length: int = EVENT_ID_CHARS) -> str:
    """The first `length` hex digits of the SHA-256 of the parts, newline-joined."""
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:length]


def article_id(canonical_url: str) -> str:
    """An article's id: its canonical URL, hashed (shorter, as users read it in queries)."""
    return event_id(canonical_url, length=ARTICLE_ID_CHARS)
