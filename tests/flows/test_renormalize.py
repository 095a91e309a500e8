"""`renormalize`: after the alias table changes, timelines follow it (real Prefect and DuckDB).

The stored articles are German, so the entity stage reads them with the alias table only (no
NER model): the test exercises the flow and the views, not the model, and stays fast.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from flows.cli import main
from flows.renormalize import renormalize
from flows.runners import RunnerSetting, run_flow
from tasks.entities import (
    ALIAS_TABLE_ENV,
    DEFAULT_ALIAS_PATH,
    load_alias_table,
    mention_events,
)
from tests.records import at, version
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import query, timeline

TEXTS = {
    "a1": "Das Pentagon verhandelt mit Acme Widgets über Drohnen für Kabul.",
    "a2": "Die Firma AWC liefert nun an das Pentagon, sagte ein Sprecher.",
}
NEW_ENTITY = "Q99999999,Acme Widgets,ORG,AWC|Acme Widgets Corporation\n"


def _counts(root: Path, entity: str) -> list[tuple[str, int, int]]:
    return [(str(r[0]), r[1], r[2]) for r in timeline(root, entity, "week").rows]


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """Two German articles ingested with the seed alias table (as `ingest` would store them)."""
    root = tmp_path / "wh"
    init_warehouse(root)
    versions = [
        dataclasses.replace(
            version(article, text, at(day), "r1", language="de", title=None),
            published_at=at(day, 0),
        )
        for (article, text), day in zip(TEXTS.items(), (2, 9), strict=True)
    ]
    mentions = mention_events.fn(versions, load_alias_table(DEFAULT_ALIAS_PATH), "r1")
    commit_run(root, "r1", "test", append_events(root, "r1", "0", [*versions, *mentions]))
    return root


@pytest.mark.parametrize("runner", ["threads", "processes"])
def test_renormalize_applies_the_new_alias_table_to_history(
    runner: str,
    prefect_harness: None,
    warehouse: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pentagon_before = _counts(warehouse, "Pentagon")
    assert pentagon_before == [("2020-06-29", 1, 1), ("2020-07-06", 1, 1)]
    assert _counts(warehouse, "Acme Widgets") == []

    improved = tmp_path / "entities.csv"
    improved.write_text(DEFAULT_ALIAS_PATH.read_text(encoding="utf-8") + NEW_ENTITY)
    monkeypatch.setenv(ALIAS_TABLE_ENV, str(improved))
    new_version = load_alias_table().version
    # One batch per version: with processes, the two batches go to two worker processes.
    setting = RunnerSetting(runner, 2)
    summary = run_flow(renormalize, setting, warehouse=str(warehouse), batch_size=1)
    assert summary["alias_version"] == new_version and summary["versions"] == 2

    assert _counts(warehouse, "Acme Widgets") == [("2020-06-29", 1, 1), ("2020-07-06", 1, 1)]
    assert _counts(warehouse, "AWC") == _counts(warehouse, "Q99999999")
    assert _counts(warehouse, "Pentagon") == pentagon_before  # no duplicate counts
    dupes = query(
        warehouse,
        "SELECT count(*) FROM (SELECT article_id, version, entity_id FROM entity_mentions "
        "GROUP BY ALL HAVING count(*) > 1)",
    ).rows
    assert dupes == [(0,)]
    assert (warehouse / "reference" / f"entity_aliases-{new_version}.parquet").exists()
    languages = query(warehouse, "SELECT DISTINCT language FROM mention_events").rows
    assert languages == [("de",)]

    # Back to the seed table, through the CLI: the older derivation becomes the newest again.
    monkeypatch.delenv(ALIAS_TABLE_ENV)
    assert main(["renormalize", "--warehouse", str(warehouse)]) == 0
    assert _counts(warehouse, "Q99999999") == []
    assert _counts(warehouse, "Pentagon") == pentagon_before
