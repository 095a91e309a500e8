"""DuckDB over the event log: a connection with the views loaded, and the named queries.

The views live in `views.sql` (plain SQL, also usable from the duckdb CLI); this module only
points them at a warehouse root and runs queries the CLI and the flows need.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
from upath import UPath

from schemas.errors import QueryFailed
from schemas.events import RawCapture
from schemas.known import KnownArticle
from warehouse.duckdb_s3 import attach_object_store
from warehouse.layout import commits_dir
from warehouse.log import init_warehouse
from warehouse.storage import as_path, list_files

VIEWS_SQL = Path(__file__).with_name("views.sql")


def connect(root: UPath) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views defined over `root` (a disk or `s3://`)."""
    root = as_path(root)
    init_warehouse(root)
    commits = list_files(commits_dir(root), "*.json")  # first: see views.sql, committed_runs
    con = duckdb.connect()
    attach_object_store(con, root)
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET parquet_metadata_cache = true")  # views read each footer once, not per view
    con.execute("SET VARIABLE newsledger_root = ?", [str(root)])
    con.execute("SET VARIABLE newsledger_commits = ?::VARCHAR[]", [commits])
    con.execute(VIEWS_SQL.read_text())
    return con


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def query(root: UPath, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Result:
    """Run one statement with the views loaded; `params` positional (?) or named ($name)."""
    con = connect(root)
    try:
        bound = dict(params) if isinstance(params, Mapping) else list(params or [])
        cursor = con.execute(sql, bound or None)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return Result(columns, cursor.fetchall())
    finally:
        con.close()


def run_sql(root: UPath, sql: str) -> Result:
    """A user's query (`newsledger sql`): DuckDB's refusal becomes QueryFailed, in one line."""
    try:
        return query(root, sql)
    except duckdb.Error as exc:
        lines = [line.strip() for line in str(exc).splitlines()]
        message = " ".join(line for line in lines if line.strip("^ "))
        raise QueryFailed(
            message, hint='the views and their columns: newsledger sql "SHOW ALL TABLES"'
        ) from exc


def known_articles(root: UPath) -> dict[str, KnownArticle]:
    """Every article the committed log knows, keyed by article_id, with its latest hash."""
    result = query(
        root,
        """
        WITH latest AS (
            SELECT v.article_id, v.url, v.source_id, v.content_hash,
                   a.article_id IS NOT NULL AS live, v.derivation_key, v.capture_id
            FROM article_versions v LEFT JOIN articles a USING (article_id)
            QUALIFY row_number() OVER (PARTITION BY v.article_id ORDER BY v.version DESC) = 1
        ), seen AS (
            SELECT article_id, min(observed_at) AS first_seen
            FROM version_events GROUP BY article_id
        ), looks AS (
            SELECT v.article_id, c.observed_at, c.etag, c.last_modified, c.content_sha256
            FROM version_events v JOIN captures c USING (capture_id)
            UNION ALL
            SELECT article_id, observed_at, etag, last_modified, content_sha256
            FROM observations WHERE kind = 'article' AND article_id IS NOT NULL
        ), last_look AS (
            SELECT * FROM looks
            QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY observed_at DESC) = 1
        )
        SELECT latest.article_id, latest.url, latest.source_id, latest.content_hash,
               latest.live, seen.first_seen, last_look.observed_at, last_look.etag,
               last_look.last_modified, last_look.content_sha256,
               latest.derivation_key, latest.capture_id
        FROM latest JOIN seen USING (article_id) LEFT JOIN last_look USING (article_id)
        """,
    )
    return {row[0]: KnownArticle(*row) for row in result.rows}


def listing_validators(root: UPath) -> dict[str, tuple[str | None, str | None]]:
    """(ETag, Last-Modified) of the last response of every feed and sitemap, by URL."""
    result = query(
        root,
        """
        SELECT url, etag, last_modified FROM observations
        WHERE kind IN ('feed', 'sitemap') AND status = 200
        QUALIFY row_number() OVER (PARTITION BY url ORDER BY observed_at DESC) = 1
        """,
    )
    return {row[0]: (row[1], row[2]) for row in result.rows}


def source_rhythms(root: UPath, recent: int = 50) -> dict[str, list[tuple[datetime, datetime]]]:
    """Per source, its most recent new articles as (published, else first seen; first seen),
    newest first: the history a source's usual rhythm is judged from."""
    result = query(
        root,
        """
        SELECT source_id, coalesce(published_at, observed_at), observed_at
        FROM article_versions WHERE version = 1
        QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY observed_at DESC) <= ?
        ORDER BY source_id, observed_at DESC
        """,
        [recent],
    )
    rhythms: dict[str, list[tuple[datetime, datetime]]] = {}
    for source_id, item_time, first_seen in result.rows:
        rhythms.setdefault(source_id, []).append((item_time, first_seen))
    return rhythms


# The counting of views.sql's entity_timeline (keep the two in step), narrowed to a window of
# days (the day an article's timeline uses) and to one source.
TIMELINE_WITHIN_SQL = """
WITH hits AS (
    SELECT article_id, coalesce(published_at, observed_at) AS happened_at, mention_count
    FROM entity_mentions
    WHERE entity_id IN (SELECT entity_id FROM entity_ids($entity))
      AND ($source IS NULL OR article_id IN (
          SELECT article_id FROM article_versions WHERE source_id = $source))
    QUALIFY row_number() OVER (PARTITION BY article_id, entity_id ORDER BY version DESC) = 1
), days AS (
    SELECT *, timezone('UTC', happened_at)::DATE AS day FROM hits
)
SELECT date_trunc($bucket, day)::DATE AS bucket_start,
       count(DISTINCT article_id) AS articles,
       sum(mention_count)::BIGINT AS mentions
FROM days
WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
GROUP BY ALL
ORDER BY bucket_start
"""


def timeline(
    root: UPath,
    entity: str,
    bucket: str,
    *,
    since: date | None = None,
    until: date | None = None,
    source: str | None = None,
) -> Result:
    """Articles and mentions of an entity (id or alias) per bucket, optionally only those of
    days `since`..`until` (inclusive) and of one source."""
    if since is None and until is None and source is None:
        return query(root, "SELECT * FROM entity_timeline(?, ?)", [entity, bucket])
    parameters = {
        "entity": entity,
        "bucket": bucket,
        "since": since,
        "until": until,
        "source": source,
    }
    return query(root, TIMELINE_WITHIN_SQL, parameters)


def history(root: UPath, url: str) -> Result:
    return query(root, "SELECT * FROM article_history(?)", [url])


def stored_captures(root: UPath, since: datetime | None = None) -> list[RawCapture]:
    """Every committed capture observed at or after `since`, oldest first."""
    names = [f.name for f in dataclasses.fields(RawCapture)]
    result = query(
        root,
        f"""
        SELECT {", ".join(names)} FROM captures WHERE ? IS NULL OR observed_at >= ?
        ORDER BY observed_at, capture_id
        """,
        [since, since],
    )
    return [RawCapture(**dict(zip(names, row, strict=True))) for row in result.rows]


def co_mentions(root: UPath, entity: str, bucket: str) -> Result:
    """Entities appearing in the same article versions as `entity` (id or alias), per bucket."""
    return query(root, "SELECT * FROM co_mentions(?, ?)", [entity, bucket])


@dataclass(frozen=True)
class EntityName:
    """One canonical entity a user's name resolves to, and how many articles mention it."""

    entity_id: str
    name: str
    type: str
    articles: int


def entity_names(root: UPath, entity: str) -> list[EntityName]:
    """The canonical ids (with their newest name and type) that `entity` resolves to."""
    result = query(
        root,
        """
        SELECT entity_id, arg_max(entity_name, observed_at), arg_max(entity_type, observed_at),
               count(DISTINCT article_id) AS articles
        FROM entity_mentions
        WHERE entity_id IN (SELECT entity_id FROM entity_ids(?))
        GROUP BY entity_id
        ORDER BY articles DESC, entity_id
        """,
        [entity],
    )
    return [EntityName(*row) for row in result.rows]


def similar_entities(root: UPath, entity: str, limit: int = 3) -> list[str]:
    """Names of mentioned entities whose id or an alias is closest to `entity` (Jaro-Winkler
    on folded names): the hint for a mistyped name."""
    result = query(
        root,
        """
        WITH scored AS (
            SELECT entity_id,
                   max(jaro_winkler_similarity(alias_key, nl_fold($entity))) AS score,
                   arg_max(alias, jaro_winkler_similarity(alias_key, nl_fold($entity))) AS alias
            FROM entity_aliases
            WHERE entity_id IN (SELECT entity_id FROM mention_events)
            GROUP BY entity_id
            HAVING score >= 0.85
            ORDER BY score DESC, entity_id
            LIMIT $limit
        )
        SELECT coalesce((SELECT arg_max(m.entity_name, m.observed_at) FROM entity_mentions AS m
                         WHERE m.entity_id = s.entity_id), s.alias) AS name
        FROM scored AS s
        ORDER BY s.score DESC, s.entity_id
        """,
        {"entity": entity, "limit": limit},
    )
    return [row[0] for row in result.rows]
