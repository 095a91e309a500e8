"""One entity's timeline reads that entity's rows, not the whole log.

No timing here (the machine is shared): the test reads DuckDB's own profile of the query
`newsledger timeline` runs and checks that no window or aggregation saw more rows than the
articles that mention the entity have, in a warehouse where another entity is everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.records import at, mention, version
from warehouse.log import append_events, commit_run
from warehouse.queries import connect, timeline

ARTICLES = 60


def _warehouse(root: Path) -> None:
    events: list[Any] = []
    for n in range(ARTICLES):
        v = version(f"a{n:03d}", f"story {n}", at(1 + n % 20), "r1")
        events += [v, mention(v, "Q1", "Everywhere", ["Everywhere"])]
        if n in (7, 42):
            events.append(mention(v, "Q2", "Rare Thing", ["Rare Thing"]))
    commit_run(root, "r1", "test", append_events(root, "r1", "0", events))


def _operators(node: dict[str, Any]) -> list[tuple[str, int]]:
    found = [(str(node.get("operator_name", "")), int(node.get("operator_cardinality", 0)))]
    for child in node.get("children", []):
        found += _operators(child)
    return found


def test_one_entity_is_read_for_its_articles_only(tmp_path: Path) -> None:
    _warehouse(tmp_path)
    assert [r[1:] for r in timeline(tmp_path, "Rare Thing", "month").rows] == [(2, 2)]
    con = connect(tmp_path)
    try:
        ids = con.execute("SELECT list(entity_id) FROM entity_ids('Rare Thing')").fetchone()
        articles = con.execute(
            "SELECT list(DISTINCT article_id) FROM mention_log WHERE list_contains(?, entity_id)",
            [ids[0]],
        ).fetchone()
        assert ids == (["Q2"],) and sorted(articles[0]) == ["a007", "a042"]
        profile = tmp_path / "profile.json"
        con.execute("PRAGMA enable_profiling = 'json'")
        con.execute(f"PRAGMA profiling_output = '{profile}'")
        rows = con.execute(
            "SELECT * FROM entity_ids_timeline(?, 'month', article_list := ?)",
            [ids[0], articles[0]],
        ).fetchall()
    finally:
        con.close()
    assert [r[1:] for r in rows] == [(2, 2)]
    operators = _operators(json.loads(profile.read_text()))
    heavy = [(name, n) for name, n in operators if name in ("WINDOW", "HASH_GROUP_BY")]
    assert heavy, operators
    # Two articles: two versions, two mentions of each entity; never the 60 of the log.
    assert max(n for _, n in heavy) <= 4, heavy
