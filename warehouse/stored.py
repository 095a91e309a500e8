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


# DuckDB's share of a streaming read: it spills to disk beyond this.
STREAM_MEMORY_LIMIT = "1GB"
# Versions per chunk of a stream. One query over every version held DuckDB's windows over all
# of them, texts included: about 550 MB at 100,000 versions, and out of memory (at the limit
# above) at 300,000. A chunk is a range of article ids, read by a range filter at the scan.
STREAM_CHUNK_VERSIONS = 25_000
# Article ids are hex digests: ranges of their first digits split them evenly (any other id
# still falls in exactly one range, compared as a string).
_PREFIX_DIGITS = 6

_VERSION_ROWS = "SELECT count(*) FROM version_log"
# Articles one of whose captures was also derived into another article (a changed canonical
# rule, then a replay): deciding their captures needs the other article's rows, so they are
# read apart, by article list, not by range.
_SHARED_CAPTURES = """
    WITH shared AS (
        SELECT capture_id FROM version_log
        GROUP BY capture_id HAVING min(article_id) <> max(article_id)
    )
    SELECT coalesce(list(DISTINCT article_id ORDER BY article_id), []) FROM version_log
    WHERE capture_id IN (SELECT capture_id FROM shared)
"""
_DISTINCT_VERSIONS = """
    SELECT {columns} FROM article_versions_as_of(
        'infinity', article_list := $list, article_from := $from, article_to := $to)
    WHERE $list IS NOT NULL OR NOT list_contains($apart, article_id)
    QUALIFY row_number() OVER (PARTITION BY article_id, content_hash ORDER BY version) = 1
    ORDER BY observed_at, article_id
"""


def article_ranges(versions: int) -> list[tuple[str | None, str | None]]:
    """Consecutive [from, to) ranges of article ids, about `STREAM_CHUNK_VERSIONS` versions
    each when ids are hex digests; together they cover every string."""
    chunks = max(1, -(-versions // STREAM_CHUNK_VERSIONS))
    span = 16**_PREFIX_DIGITS
    bounds = [f"{i * span // chunks:0{_PREFIX_DIGITS}x}" for i in range(1, chunks)]
    lower: list[str | None] = [None, *bounds]
    upper: list[str | None] = [*bounds, None]
    return list(zip(lower, upper, strict=True))


def stream_versions(root: UPath, batch_size: int) -> Iterator[list[ArticleVersion]]:
    """Every distinct (article, content) version in the committed log, in batches: what
    `renormalize` re-derives entities from (the stored text, no network). Read a range of
    article ids at a time (oldest first within one), so memory does not grow with the
    warehouse, and each version is read once."""
    names = [f.name for f in dataclasses.fields(ArticleVersion)]
    sql = _DISTINCT_VERSIONS.format(columns=", ".join(names))
    con = connect(root)
    try:
        con.execute(f"SET memory_limit = '{STREAM_MEMORY_LIMIT}'")
        counted = con.execute(_VERSION_ROWS).fetchone()
        shared = con.execute(_SHARED_CAPTURES).fetchone()
        apart: list[str] = shared[0] if shared else []
        chunks: list[dict[str, Any]] = [
            {"list": None, "from": lower, "to": upper, "apart": apart}
            for lower, upper in article_ranges(int(counted[0]) if counted else 0)
        ]
        if apart:
            chunks.append({"list": apart, "from": None, "to": None, "apart": apart})
        for chunk in chunks:
            cursor = con.execute(sql, chunk)
            while rows := cursor.fetchmany(batch_size):
                yield [ArticleVersion(**dict(zip(names, row, strict=True))) for row in rows]
    finally:
        con.close()


def captured_urls(root: UPath) -> list[str]:
    """The URLs pages were captured at (as requested): the pages the warehouse holds as
    themselves, which another page's canonical claim must not take over."""
    return [str(row[0]) for row in query(root, "SELECT DISTINCT url FROM captures").rows]
