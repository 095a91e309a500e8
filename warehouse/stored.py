"""What re-derivation reads back: stored captures (what `replay` re-derives, and what the
nightly re-derives to compare like with like after the code changed) and stored versions (what
`renormalize` re-derives entities from).

Why whole articles for `replay --since D`: versions are consecutive distinct content hashes of
one article. Re-deriving only the captures after D with new code would compare new hashes with
hashes the old code made, and invent a version at D. So a replay since D takes every capture of
every article that has one since D (and the captures since D that made no record at all).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from upath import UPath

from schemas.events import ArticleVersion, RawCapture
from warehouse.queries import connect, query

_FIELDS = [f.name for f in dataclasses.fields(RawCapture)]
_COLUMNS = ", ".join(f"c.{name}" for name in _FIELDS)

# The captures a replay since ? takes: whole articles (see the module docstring).
_REPLAY_SCOPE = """
    WITH touched AS (
        SELECT v.article_id FROM version_events v JOIN captures c USING (capture_id)
        WHERE c.observed_at >= $since
        UNION
        SELECT article_id FROM observations
        WHERE capture_id IS NOT NULL AND article_id IS NOT NULL AND observed_at >= $since
    ), article_captures AS (
        SELECT capture_id FROM version_events WHERE article_id IN (SELECT article_id FROM touched)
        UNION
        SELECT capture_id FROM observations
        WHERE capture_id IS NOT NULL AND article_id IN (SELECT article_id FROM touched)
    )
    SELECT {columns} FROM captures c
    WHERE ($since IS NULL OR c.observed_at >= $since
           OR c.capture_id IN (SELECT capture_id FROM article_captures))
"""


def _captures(rows: Iterable[tuple[Any, ...]]) -> list[RawCapture]:
    return [RawCapture(**dict(zip(_FIELDS, row, strict=True))) for row in rows]


def replay_files(root: UPath, since: datetime | None) -> list[tuple[str, int]]:
    """The WARC files a replay since `since` reads, with how many captures each: its chunks."""
    sql = f"""
        SELECT warc_file, count(*) FROM ({_REPLAY_SCOPE.format(columns=_COLUMNS)})
        GROUP BY warc_file ORDER BY warc_file
    """
    return [(str(f), int(n)) for f, n in query(root, sql, {"since": since}).rows]


def replay_captures_in(root: UPath, warc_file: str, since: datetime | None) -> list[RawCapture]:
    """One chunk's captures: those of `warc_file` in the scope of a replay since `since`."""
    sql = f"""
        SELECT * FROM ({_REPLAY_SCOPE.format(columns=_COLUMNS)})
        WHERE warc_file = $file ORDER BY observed_at, capture_id
    """
    return _captures(query(root, sql, {"since": since, "file": warc_file}).rows)


def captures_by_id(root: UPath, capture_ids: Iterable[str]) -> dict[str, RawCapture]:
    """The stored captures with these ids (one query, whatever their number)."""
    wanted = sorted(set(capture_ids))
    if not wanted:
        return {}
    sql = f"SELECT {_COLUMNS} FROM captures c WHERE c.capture_id IN (SELECT unnest($ids))"
    return {c.capture_id: c for c in _captures(query(root, sql, {"ids": wanted}).rows)}


# DuckDB's share of a streaming read: it spills to disk beyond this, so a renormalization's
# memory does not grow with the warehouse.
STREAM_MEMORY_LIMIT = "1GB"


def stream_versions(root: UPath, batch_size: int) -> Iterator[list[ArticleVersion]]:
    """Every distinct (article, content) version in the committed log, oldest first, in
    batches: what `renormalize` re-derives entities from (the stored text, no network)."""
    names = [f.name for f in dataclasses.fields(ArticleVersion)]
    con = connect(root)
    try:
        con.execute(f"SET memory_limit = '{STREAM_MEMORY_LIMIT}'")
        cursor = con.execute(
            f"""
            SELECT {", ".join(names)} FROM article_versions
            QUALIFY row_number() OVER (PARTITION BY article_id, content_hash ORDER BY version) = 1
            ORDER BY observed_at, article_id
            """
        )
        while rows := cursor.fetchmany(batch_size):
            yield [ArticleVersion(**dict(zip(names, row, strict=True))) for row in rows]
    finally:
        con.close()


def captured_urls(root: UPath) -> list[str]:
    """The URLs pages were captured at (as requested): the pages the warehouse holds as
    themselves, which another page's canonical claim must not take over."""
    return [str(row[0]) for row in query(root, "SELECT DISTINCT url FROM captures").rows]
