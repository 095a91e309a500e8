"""The views on a large compacted warehouse: one entity's timeline against a bare scan.

Builds (once, cached under the given folder) a synthetic warehouse laid out as a year of
nightly runs after compaction: one committed run and one Parquet file per day and dataset,
VERSIONS article versions and MENTIONS entity mentions over a Zipf-distributed population of
entities (a few very frequent, most rare), then times, in the same process and session:
- the anchor: a bare `read_parquet` of every mention file filtered on one entity id
  (what any plan must at least do: find that entity's rows);
- `newsledger timeline` (warehouse.queries.timeline: connection and views included) for a
  frequent and a rare entity, by id and by name, and for a name nobody wrote (the slow path:
  every name in the log is folded); the SQL macro `entity_timeline` for the rare one;
- `articles_as_of` and `entity_mentions_as_of` counts.
Each is reported in seconds and as a multiple of the anchor.

    .venv/bin/python -m bench.views [--versions 1000000] [--mentions-per-version 10] [DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
from upath import UPath

from schemas.events import SCHEMAS
from warehouse.layout import events_dir
from warehouse.ledger import has_warehouse
from warehouse.log import commit_run, init_warehouse, write_alias_snapshot
from warehouse.queries import connect, timeline
from warehouse.storage import write_table

DAYS = 365
FIRST_DAY = date(2019, 7, 1)
ENTITIES = 300_000
KNOWN = 20_000  # the most frequent entities have Wikidata-like ids
SEED = 20260701
FREQUENT = "Q1"  # the most frequent entity (Zipf rank 1)


def _hex(values: np.ndarray, prefix: str) -> pa.Array:
    return pa.array([f"{prefix}{v:x}" for v in values.tolist()], pa.string())


def _name(index: int) -> str:
    return f"Entity {index}"


def _entity_id(index: int) -> str:
    """A Wikidata-like id for the alias table's entities, else the id the resolver gives an
    unknown organization (`nl:org:` + sha1 of its folded name)."""
    if index < KNOWN:
        return f"Q{index + 1}"
    return f"nl:org:{hashlib.sha1(_name(index).lower().encode()).hexdigest()[:12]}"


def _day(rng: np.random.Generator, day: date, versions: int, per_version: int, start: int) -> tuple:
    """One day's version and mention tables (rows numbered from `start`)."""
    observed = datetime(day.year, day.month, day.day, 6, tzinfo=UTC)
    numbers = np.arange(start, start + versions)
    articles = numbers - rng.integers(0, 2, versions) * (numbers > 1000) * 1000  # some revisits
    hashes = [hashlib.sha256(str(n).encode()).hexdigest() for n in numbers.tolist()]
    run_id = f"night-{day.isoformat()}"
    v_rows = versions
    published = datetime(day.year, day.month, day.day, tzinfo=UTC)
    versions_table = pa.table(
        {
            "event_id": _hex(numbers, "v"),
            "article_id": _hex(articles, "a"),
            "url": [f"https://news.example/{a}" for a in articles.tolist()],
            "canonical_url": [f"https://news.example/{a}" for a in articles.tolist()],
            "content_hash": hashes,
            "title": [f"Story {n}" for n in numbers.tolist()],
            "body": [f"Body of story {n} " * 20 for n in numbers.tolist()],
            "authors": [["A. Writer"]] * v_rows,
            "language": ["en"] * v_rows,
            "published_at": [published] * v_rows,
            "published_precision": ["day"] * v_rows,
            "published_provenance": ["json-ld"] * v_rows,
            "published_text": [day.isoformat()] * v_rows,
            "published_confidence": [0.9] * v_rows,
            "capture_id": _hex(numbers, "c"),
            "derivation_key": ["bench=1"] * v_rows,
            "source_id": ["bench"] * v_rows,
            "observed_at": [observed] * v_rows,
            "run_id": [run_id] * v_rows,
        }
    )
    versions_table = _aligned(versions_table, SCHEMAS["article_versions"])
    count = versions * per_version
    owner = np.repeat(np.arange(versions), per_version)
    entity = np.minimum(rng.zipf(1.2, count) - 1, ENTITIES - 1)
    ids = [_entity_id(i) for i in entity.tolist()]
    names = [_name(i) for i in entity.tolist()]
    mention_articles = versions_table.column("article_id").take(owner)
    mention_hashes = versions_table.column("content_hash").take(owner)
    mentions_table = pa.table(
        {
            "event_id": _hex(np.arange(start * per_version, start * per_version + count), "m"),
            "article_id": mention_articles,
            "content_hash": mention_hashes,
            "entity_id": ids,
            "entity_name": names,
            "entity_type": ["ORG"] * count,
            "mentions": [[n] for n in names],
            "mention_count": pa.array(rng.integers(1, 4, count)),
            "roles": [[]] * count,
            "observed_at": [observed] * count,
            "run_id": [run_id] * count,
            "alias_version": ["bench"] * count,
            "language": ["en"] * count,
            "derivation_key": ["aliases=bench"] * count,
        }
    )
    return run_id, versions_table, _aligned(mentions_table, SCHEMAS["entity_mentions"])


def _aligned(table: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = [
        table.column(f.name).cast(f.type)
        if f.name in table.column_names
        else pa.nulls(len(table), f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def build(root: UPath, versions: int, per_version: int) -> None:
    """A year of compacted nightly runs: one file per day and dataset, one marker per day."""
    init_warehouse(root)
    write_alias_snapshot(root, "bench", ((_entity_id(i), _name(i)) for i in range(KNOWN)))
    rng = np.random.default_rng(SEED)
    per_day = versions // DAYS
    for index in range(DAYS):
        day = FIRST_DAY + timedelta(days=index)
        run_id, v_table, m_table = _day(rng, day, per_day, per_version, index * per_day)
        files = []
        for dataset, table in (("article_versions", v_table), ("entity_mentions", m_table)):
            if dataset == "entity_mentions":
                table = table.sort_by("entity_id")
            path = events_dir(root, dataset) / f"date={day.isoformat()}" / f"{run_id}-0.parquet"
            write_table(path, table, compression="zstd", row_group_size=65536)
            files.append(str(path.relative_to(root)))
        commit_run(root, run_id, "bench", files, [])


def _timed(run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="where the warehouse is built (kept)")
    parser.add_argument("--versions", type=int, default=1_000_000)
    parser.add_argument("--mentions-per-version", type=int, default=10)
    args = parser.parse_args()
    folder = Path(args.folder or tempfile.mkdtemp(prefix="nl-bench-views-"))
    root = UPath(folder / f"wh2-{args.versions}-{args.mentions_per_version}")
    if not has_warehouse(root):
        started = time.perf_counter()
        build(root, args.versions, args.mentions_per_version)
        print(f"built {root} in {time.perf_counter() - started:.0f} s")
    con = connect(root)
    try:
        files = _one(con.execute("SELECT nl_files('entity_mentions')").fetchone())
        total = _one(con.execute("SELECT count(*) FROM read_parquet(?)", [files]).fetchone())
        rare, rare_name = con.execute(
            "SELECT entity_id, any_value(entity_name) FROM read_parquet(?) "
            "WHERE entity_id LIKE 'nl:%' GROUP BY 1 HAVING count(*) <= 20 "
            "ORDER BY count(*) DESC, 1 LIMIT 1",
            [files],
        ).fetchall()[0]

        def anchor() -> None:
            con.execute(
                "SELECT count(*) FROM read_parquet(?) WHERE entity_id = ?", [files, FREQUENT]
            ).fetchall()

        def sql(text: str, *params: Any) -> Callable[[], Any]:
            return lambda: con.execute(text, list(params)).fetchall()

        base = _timed(anchor)
        print(f"views: {total} mentions in {len(files) - 1} files")
        print(f"  anchor, bare scan for one entity id:         {base:7.3f} s")
        cases: dict[str, Callable[[], Any]] = {
            # What `newsledger timeline` runs, connection and view set-up included.
            "newsledger timeline, frequent entity by id": lambda: timeline(root, FREQUENT, "week"),
            "newsledger timeline, rare entity by id": lambda: timeline(root, rare, "week"),
            "newsledger timeline, rare entity by name": lambda: timeline(root, rare_name, "week"),
            "newsledger timeline, a name nobody wrote": lambda: timeline(root, "Nobody", "week"),
            "SQL entity_timeline(), rare entity by id": sql(
                "SELECT * FROM entity_timeline(?, 'week')", rare
            ),
            "articles_as_of (count)": sql("SELECT count(*) FROM articles_as_of('2020-01-01')"),
            "entity_mentions_as_of (count)": sql(
                "SELECT count(*) FROM entity_mentions_as_of('2020-01-01')"
            ),
        }
        for label, run in cases.items():
            seconds = _timed(run, repeat=2)
            print(f"  {label:<44} {seconds:7.3f} s  {seconds / base:7.1f}x the anchor")
    finally:
        con.close()


def _one(row: tuple[Any, ...] | None) -> Any:
    assert row is not None
    return row[0]


if __name__ == "__main__":
    main()
