"""DuckDB over the event log: a connection with the views loaded, and the named queries.

The views live in `views.sql` (plain SQL, also usable from the duckdb CLI); this module points
them at a warehouse root and at exactly the files its ledger names (`warehouse.ledger`), and
runs the queries the CLI and the flows need. Reading never writes: a root without a
warehouse is `WarehouseMissing`, and a damaged committed file or marker is one
`WarehouseDamaged` naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from upath import UPath

from schemas.errors import QueryFailed, WarehouseDamaged
from warehouse.duckdb_s3 import attach_object_store
from warehouse.file_schemas import uniform_datasets
from warehouse.layout import reference_dir
from warehouse.ledger import CHECK_HINT, read_ledger
from warehouse.rollup import usable_rollup
from warehouse.storage import as_path, list_files

VIEWS_SQL = Path(__file__).with_name("views.sql")
# An entity mentioned in more articles than this is read without an article filter: binding a
# list of article ids and checking every row against it costs more, past about a thousand ids,
# than it saves (bench.views data: 200 ids 15% faster than no filter, 2,000 ids 20% slower).
ARTICLE_FILTER_LIMIT = 1000


def connect(root: UPath) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse views defined over `root` (a disk or `s3://`).

    The ledger is read once, here: the session sees the runs committed by now, each whole.
    """
    root = as_path(root)
    ledger = read_ledger(root).require_readable()
    base = str(root).rstrip("/") + "/"
    reference = [
        name.removeprefix(base)
        for name in list_files(reference_dir(root), "entity_aliases-*.parquet")
    ]
    con = duckdb.connect()
    try:
        attach_object_store(con, root)
        con.execute("SET parquet_metadata_cache = true")  # each footer read once, not per view
        con.execute("SET VARIABLE newsledger_root = ?", [str(root)])
        runs = pa.table(
            {
                "run_id": pa.array([m.run_id for m in ledger.markers], pa.string()),
                "flow": pa.array([m.flow for m in ledger.markers], pa.string()),
                "committed_at": pa.array(
                    [m.committed_at for m in ledger.markers], pa.timestamp("us", tz="UTC")
                ),
            }
        )
        _set_list(con, "newsledger_runs", runs, RUN_ITEM, RUN_TYPE)
        live = ledger.live_files()
        _set_list(con, "newsledger_files", _paths(live), "path", "VARCHAR[]")
        _set_list(con, "newsledger_reference", _paths(reference), "path", "VARCHAR[]")
        uniform = uniform_datasets(root, live, ledger.fingerprints())
        con.execute("SET VARIABLE newsledger_uniform = ?::VARCHAR[]", [uniform])
        con.execute(VIEWS_SQL.read_text())  # binding the views reads every file's footer
    except BaseException as error:
        con.close()
        damage = damage_from(error, root) if isinstance(error, duckdb.Error) else None
        if damage is None:
            raise
        raise damage from error
    return con


RUN_ITEM = "{'run_id': run_id, 'flow': flow, 'committed_at': committed_at}"
RUN_TYPE = "STRUCT(run_id VARCHAR, flow VARCHAR, committed_at TIMESTAMPTZ)[]"


def _paths(paths: list[str]) -> pa.Table:
    return pa.table({"path": pa.array(paths, pa.string())})


def _set_list(
    con: duckdb.DuckDBPyConnection, name: str, rows: pa.Table, item: str, type_: str
) -> None:
    """Set the session variable `name` to the list of `item` over `rows` (of SQL type `type_`),
    passed as Arrow: a Python list bound as a parameter converts value by value (10 s for
    36,000 paths)."""
    con.register("newsledger_input", rows)
    try:
        con.execute(
            f"SET VARIABLE {name} = "
            f"(SELECT coalesce(list({item}), []::{type_}) FROM newsledger_input)"
        )
    finally:
        con.unregister("newsledger_input")


def damage_from(error: duckdb.Error, root: UPath) -> WarehouseDamaged | None:
    """A DuckDB error about a warehouse file (it names a path under `root`), as one line."""
    message = str(error).split("\n", 1)[0]
    if str(as_path(root)).rstrip("/") not in message and "newsledger:" not in message:
        return None
    return WarehouseDamaged(f"{message.split('newsledger: ', 1)[-1]} ({CHECK_HINT})")


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


Params = Sequence[Any] | Mapping[str, Any] | None


@contextmanager
def session(root: UPath) -> Iterator[Callable[[str, Params], Result]]:
    """A connection for several queries; each DuckDB error about a warehouse file becomes
    one `WarehouseDamaged` naming it."""
    con = connect(root)

    def run(sql: str, params: Params = None) -> Result:
        try:
            bound = dict(params) if isinstance(params, Mapping) else list(params or [])
            cursor = con.execute(sql, bound or None)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            return Result(columns, cursor.fetchall())
        except duckdb.Error as error:
            damage = damage_from(error, root)
            if damage is None:
                raise
            raise damage from error

    try:
        yield run
    finally:
        con.close()


def query(root: UPath, sql: str, params: Params = None) -> Result:
    """Run one query with the views loaded."""
    with session(root) as run:
        return run(sql, params)


def _entity_ids(run: Callable[[str, Params], Result], entity: str) -> list[str]:
    """The ids `entity` (an id, a canonical name or any alias) resolves to."""
    candidates = run(
        "SELECT coalesce(list(entity_id), []) FROM entity_candidates(?)", [entity]
    ).rows[0][0]
    ids: list[str] = run(
        "SELECT coalesce(list(entity_id ORDER BY entity_id), []) FROM entity_ids_among(?, ?)",
        [entity, candidates],
    ).rows[0][0]
    return ids


def _articles_of(
    run: Callable[[str, Params], Result], ids: list[str], among: list[str] | None = None
) -> tuple[list[str] | None, list[str] | None]:
    """(the articles that ever mentioned `ids`, only those `among` when given; the derivation
    keys of those mentions when every one has one). The article list is None when it is too
    long to be worth filtering by (and no `among` was given)."""
    articles, derivations = run(
        "SELECT coalesce(list(DISTINCT article_id), []), "
        "CASE WHEN count(*) = count(derivation_key) THEN list(DISTINCT derivation_key) END "
        "FROM mention_log WHERE entity_id IN (SELECT unnest($ids)) "
        "AND ($among IS NULL OR article_id IN (SELECT unnest($among)))",
        {"ids": ids, "among": among},
    ).rows[0]
    if among is None and len(articles) > ARTICLE_FILTER_LIMIT:
        articles = None  # reading everything is cheaper than filtering by such a list
    return articles, derivations


def entity_query(root: UPath, entity: str, sql: str, **params: Any) -> Result:
    """Run `sql` about one entity, given as $ids (the ids `entity` resolves to), $articles (the
    articles that ever mentioned them) and $derivations (the derivation keys of those mentions,
    when every one has one: see views.sql's `entity_ids_latest`), plus `params`.

    Steps on one connection: the candidate ids, the known ones among them, the articles, then
    the query, with the lists bound as parameters. DuckDB treats bound lists as constants and
    turns them into filters at the Parquet scans (in compacted files sorted by entity, the
    row groups of those ids only); lists computed inside the query would not be, and every
    version and mention of the warehouse would be read for one entity.
    """
    with session(root) as run:
        ids = _entity_ids(run, entity)
        articles, derivations = _articles_of(run, ids)
        bound = {"ids": ids, "articles": articles, "derivations": derivations, **params}
        return run(sql, {name: value for name, value in bound.items() if f"${name}" in sql})


def run_sql(root: UPath, sql: str) -> Result:
    """A user's query (`newsledger sql`): DuckDB's refusal becomes QueryFailed, in one line (a
    damaged warehouse file stays `WarehouseDamaged`)."""
    try:
        return query(root, sql)
    except duckdb.Error as exc:
        lines = [line.strip() for line in str(exc).splitlines()]
        message = " ".join(line for line in lines if line.strip("^ "))
        raise QueryFailed(
            message, hint='the views and their columns: newsledger sql "SHOW ALL TABLES"'
        ) from exc


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


# What a timeline counts, per article and entity (views.sql `entity_ids_latest`): from the log,
# or from the rollup for the articles it answers for plus the log for the others (`dirty`:
# articles with rows the rollup does not cover; see warehouse.rollup).
LATEST_FROM_LOG = (
    "SELECT article_id, entity_id, day, mention_count FROM entity_ids_latest("
    "$ids, article_list := $articles, derivation_keys := $derivations)"
)
LATEST_FROM_ROLLUP = """
SELECT article_id, entity_id, day, mention_count
FROM read_parquet(nl_path(getvariable('newsledger_rollup')))
WHERE entity_id IN (SELECT unnest($ids))
  AND article_id NOT IN (SELECT unnest($dirty))
"""
TIMELINE_SQL = """
SELECT date_trunc($bucket, day)::DATE AS bucket_start,
       count(DISTINCT article_id) AS articles,
       sum(mention_count)::BIGINT AS mentions
FROM ({latest}) AS latest
{where}
GROUP BY ALL
ORDER BY bucket_start
"""
# The windowed timeline's filters: a window of days (the day an article's timeline uses) and
# one source. (DuckDB 1.5.5 crashed (SIGSEGV) on a QUALIFY form of this query when a source
# filter left no row: tests cover the empty source.)
SOURCE_FILTER = """article_id IN (
    SELECT article_id FROM article_versions_as_of('infinity', article_list := $articles)
    WHERE source_id = $source)"""
WINDOW_FILTERS = {
    "since": "day >= $since",
    "until": "day <= $until",
    "source": SOURCE_FILTER,
}


@dataclass(frozen=True)
class _Rollup:
    """The rollup a session uses: the articles it must not answer for (`dirty`) and the mention
    files it does not cover."""

    dirty: list[str]
    uncovered_mentions: list[str]


def _rollup(run: Callable[[str, Params], Result], root: UPath) -> _Rollup | None:
    """Point the session at the usable rollup (`warehouse.rollup`), or None when there is none."""
    live = run("SELECT getvariable('newsledger_files')", None).rows[0][0] or []
    usable = usable_rollup(root, list(live))
    if usable is None:
        return None
    path, uncovered = usable
    run("SET VARIABLE newsledger_rollup = ?", [path])
    if not uncovered:
        return _Rollup([], [])
    dirty: list[str] = run(
        "SELECT coalesce(list(DISTINCT article_id), []) "
        "FROM read_parquet(list_transform($files, lambda f: nl_path(f)), union_by_name = true)",
        {"files": uncovered},
    ).rows[0][0]
    mentions = [f for f in uncovered if f.startswith("events/entity_mentions/")]
    return _Rollup(dirty, mentions)


# Which candidate ids a timeline counts: those with rows in the rollup or in the mention files it
# does not cover, or in the alias tables. (The log may know more ids, from derivations no longer
# current; their rows count nowhere, and a derivation made current again writes its rows again.)
ROLLUP_KNOWN_SQL = """
SELECT coalesce(list(DISTINCT entity_id ORDER BY entity_id), []) FROM (
    SELECT entity_id FROM read_parquet(nl_path(getvariable('newsledger_rollup')))
    WHERE entity_id IN (SELECT unnest($candidates))
    UNION ALL
    SELECT entity_id FROM read_parquet(
        list_transform(list_concat(['events/entity_mentions/_schema.parquet'], $files),
                       lambda f: nl_path(f)), union_by_name = true)
    WHERE entity_id IN (SELECT unnest($candidates))
    UNION ALL
    SELECT entity_id FROM reference_aliases WHERE entity_id IN (SELECT unnest($candidates))
)
"""


def _timeline_ids(
    run: Callable[[str, Params], Result], entity: str, rollup: _Rollup | None
) -> list[str]:
    """The ids a timeline of `entity` counts: with a rollup, the candidates it or the files it
    does not cover know (a scan of the rollup's rows of those ids, not of the log's); else, or
    when none is known there, as `entity_ids_among` resolves them."""
    if rollup is not None:
        candidates = run(
            "SELECT coalesce(list(entity_id), []) FROM entity_candidates(?)", [entity]
        ).rows[0][0]
        known: list[str] = run(
            ROLLUP_KNOWN_SQL, {"candidates": candidates, "files": rollup.uncovered_mentions}
        ).rows[0][0]
        if known:
            return known
    return _entity_ids(run, entity)


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
    days `since`..`until` (inclusive) and of one source; the name resolved first (see
    `entity_query`). Articles the rollup answers for are read from it; a source filter reads
    the log (the rollup keeps no source)."""
    window = {"since": since, "until": until, "source": source}
    with session(root) as run:
        rollup = None if source is not None else _rollup(run, root)
        ids = _timeline_ids(run, entity, rollup)
        dirty = None if rollup is None else rollup.dirty
        if dirty is None:
            latest = LATEST_FROM_LOG
            articles, derivations = _articles_of(run, ids)
        else:
            articles, derivations = _articles_of(run, ids, among=dirty)
            latest = LATEST_FROM_ROLLUP
            if articles:
                latest += f"UNION ALL {LATEST_FROM_LOG}"
        filters = [WINDOW_FILTERS[name] for name, value in window.items() if value is not None]
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        sql = TIMELINE_SQL.format(latest=latest, where=where)
        bound = {
            "ids": ids,
            "articles": articles,
            "derivations": derivations,
            "dirty": dirty,
            "bucket": bucket,
            **window,
        }
        return run(sql, {name: value for name, value in bound.items() if f"${name}" in sql})


def history(root: UPath, url: str) -> Result:
    """`article_history(url)`, with the URL's article ids found first and bound (as in
    `entity_query`, so only those articles' versions are read)."""
    with session(root) as run:
        ids = run("SELECT url_article_ids(?)", [url]).rows[0][0]
        return run("SELECT * FROM article_ids_history(?)", [ids])


def co_mentions(root: UPath, entity: str, bucket: str) -> Result:
    """Entities appearing in the same article versions as `entity` (id or alias), per bucket."""
    return entity_query(
        root,
        entity,
        "SELECT * FROM entity_ids_co_mentions($ids, $bucket, article_list := $articles)",
        bucket=bucket,
    )


@dataclass(frozen=True)
class EntityName:
    """One canonical entity a user's name resolves to, and how many articles mention it."""

    entity_id: str
    name: str
    type: str
    articles: int


def entity_names(root: UPath, entity: str) -> list[EntityName]:
    """The canonical ids (with their newest name and type) that `entity` resolves to."""
    result = entity_query(
        root,
        entity,
        """
        SELECT entity_id, arg_max(entity_name, observed_at), arg_max(entity_type, observed_at),
               count(DISTINCT article_id) AS articles
        FROM entity_mentions_as_of('infinity', entity_list := $ids, article_list := $articles)
        GROUP BY entity_id
        ORDER BY articles DESC, entity_id
        """,
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
