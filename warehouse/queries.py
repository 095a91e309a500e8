"""DuckDB over the event log: a connection with the views loaded, and the named queries.

The views live in `views.sql` (plain SQL, also usable from the duckdb CLI); this module only
points them at a warehouse root and runs queries the CLI and the flows need.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.log import init_warehouse

VIEWS_SQL = Path(__file__).with_name("views.sql")


def connect(root: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views defined over `root`."""
    init_warehouse(root)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET VARIABLE newsledger_root = ?", [str(root)])
    con.execute(VIEWS_SQL.read_text())
    return con


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def query(root: Path, sql: str, params: Sequence[Any] | None = None) -> Result:
    con = connect(root)
    try:
        cursor = con.execute(sql, list(params) if params else None)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return Result(columns, cursor.fetchall())
    finally:
        con.close()


@dataclass(frozen=True)
class KnownArticle:
    """What the next run needs to know of an article to re-check it without re-deriving it."""

    article_id: str
    url: str
    source_id: str
    content_hash: str
    live: bool


def known_articles(root: Path) -> dict[str, KnownArticle]:
    """Every article the committed log knows, keyed by article_id, with its latest hash."""
    result = query(
        root,
        """
        SELECT v.article_id, v.url, v.source_id, v.content_hash,
               a.article_id IS NOT NULL AS live
        FROM article_versions v LEFT JOIN articles a USING (article_id)
        QUALIFY row_number() OVER (PARTITION BY v.article_id ORDER BY v.version DESC) = 1
        """,
    )
    return {row[0]: KnownArticle(*row) for row in result.rows}


def timeline(root: Path, entity: str, bucket: str) -> Result:
    return query(root, "SELECT * FROM entity_timeline(?, ?)", [entity, bucket])


def history(root: Path, url: str) -> Result:
    return query(root, "SELECT * FROM article_history(?)", [url])
