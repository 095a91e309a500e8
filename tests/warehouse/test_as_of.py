"""As of means as known then: what was recorded by ts, with the derivations current then.

`recorded_at` is the commit time of the run that wrote a row; `observed_at` stays the capture
time. So a backfill (old captures, recorded today) is not in the past, and a re-derivation
(`replay`, `renormalize`) changes the present without rewriting the past.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tasks.entities import ALIAS_TABLE_ENV, DEFAULT_ALIAS_PATH, load_alias_table, mention_events
from tests.records import at, mention, tombstone, version
from warehouse.log import append_events, commit_run
from warehouse.queries import query

ARTICLES = "SELECT * FROM {} ORDER BY article_id"
MENTIONS = "SELECT * FROM {} ORDER BY article_id, entity_id, derivation_key"
TEXTS = {
    "a1": "Das Pentagon verhandelt mit Acme Widgets über Drohnen für Kabul.",
    "a2": "Die Firma AWC liefert nun an das Pentagon, sagte ein Sprecher.",
}
NEW_ENTITY = "Q99999999,Acme Widgets,ORG,AWC|Acme Widgets Corporation\n"


def _digest(root: Path, sql: str, params: list[Any] | None = None) -> tuple[int, str]:
    rows = query(root, sql, params).rows
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def _commit(root: Path, run_id: str, events: list[Any]) -> datetime:
    """Commit events as written by `run_id`; return a time after the commit, before the next."""
    rows = [dataclasses.replace(e, run_id=run_id) for e in events]
    commit_run(root, run_id, "test", append_events(root, run_id, "0", rows))
    return datetime.now(UTC)


def test_as_of_a_time_before_renormalize_is_what_the_views_showed_then(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The acceptance of issue 13 §3 with the real `renormalize` flow and a new alias table."""
    # Deferred: Prefect's server is seconds to import, and the other tests here need none of it.
    from flows.renormalize import renormalize
    from flows.runners import RunnerSetting, run_flow

    root = tmp_path / "wh"
    versions = [
        dataclasses.replace(
            version(article, text, at(day), "r1", language="de", title=None),
            published_at=at(day, 0),
        )
        for (article, text), day in zip(TEXTS.items(), (2, 9), strict=True)
    ]
    mentions = mention_events.fn(versions, load_alias_table(DEFAULT_ALIAS_PATH), "r1")
    then = _commit(root, "r1", [*versions, *mentions])
    articles_then = _digest(root, ARTICLES.format("articles"))
    mentions_then = _digest(root, MENTIONS.format("entity_mentions"))
    old_keys = query(root, "SELECT DISTINCT derivation_key FROM entity_mentions").rows

    improved = tmp_path / "entities.csv"
    improved.write_text(DEFAULT_ALIAS_PATH.read_text(encoding="utf-8") + NEW_ENTITY)
    monkeypatch.setenv(ALIAS_TABLE_ENV, str(improved))
    run_flow(renormalize, RunnerSetting("threads", 1), warehouse=str(root))
    _commit(root, "r3", [tombstone("a2", at(20), "r3")])

    as_of = "{}_as_of(?::TIMESTAMPTZ)"
    assert _digest(root, ARTICLES.format(as_of.format("articles")), [then]) == articles_then
    assert _digest(root, MENTIONS.format(as_of.format("entity_mentions")), [then]) == mentions_then
    # The present: the new derivation only (no old row beside it), and the tombstone.
    new_keys = query(root, "SELECT DISTINCT derivation_key FROM entity_mentions").rows
    assert len(new_keys) == 1 and new_keys != old_keys
    assert "Q99999999" in {r[0] for r in query(root, "SELECT entity_id FROM entity_mentions").rows}
    assert query(root, "SELECT article_id FROM articles").rows == [("a1",)]


def test_a_capture_shows_the_derivation_that_was_current_at_each_time(tmp_path: Path) -> None:
    """`replay` re-derives a capture (same capture_id, newer code): as of before the replay the
    old derivation shows, after it the new one; never both."""
    first = version("a1", "Body as extracted first.", at(2), "r1", derivation_key="code=1")
    then = _commit(tmp_path, "r1", [first])
    replayed = dataclasses.replace(
        first, event_id="replayed", title="A better title", derivation_key="code=2"
    )
    now = _commit(tmp_path, "r2", [replayed])

    sql = "SELECT title, derivation_key, version FROM article_versions_as_of(?)"
    assert query(tmp_path, sql, [then]).rows == [("Title of a1", "code=1", 1)]
    assert query(tmp_path, sql, [now]).rows == [("A better title", "code=2", 1)]
    assert query(tmp_path, "SELECT title FROM articles").rows == [("A better title",)]
    recorded = query(tmp_path, "SELECT recorded_at > ? FROM article_versions", [then]).rows
    assert recorded == [(True,)]


def test_a_mention_derivation_replaced_later_still_shows_as_of_before(tmp_path: Path) -> None:
    a = version("a1", "Pentagon and Acme", at(2), "r1")
    old = [
        mention(a, "Q11209", "Pentagon", ["Pentagon"], "v1"),
        mention(a, "nl:org:acme", "Acme", ["Acme"], "v1"),
    ]
    then = _commit(tmp_path, "r1", [a, *old])
    _commit(tmp_path, "r2", [mention(a, "Q11209", "Pentagon", ["Pentagon"], "v2")])

    sql = "SELECT entity_id, derivation_key FROM entity_mentions_as_of(?) ORDER BY 1"
    assert query(tmp_path, sql, [then]).rows == [
        ("Q11209", "aliases=v1"),
        ("nl:org:acme", "aliases=v1"),
    ]
    now = query(tmp_path, "SELECT entity_id, derivation_key FROM entity_mentions ORDER BY 1")
    assert now.rows == [("Q11209", "aliases=v2")]


def test_backfilled_rows_are_not_known_before_they_were_recorded(tmp_path: Path) -> None:
    """A backfill records today what an archive captured in 2020: as of 2020 it was unknown."""
    before = datetime.now(UTC)
    recorded = _commit(tmp_path, "backfill-1", [version("a1", "archived", at(2), "backfill-1")])
    observed_after = "SELECT count(*) FROM articles_as_of(?)"
    assert query(tmp_path, observed_after, [at(3)]).rows == [(0,)]
    assert query(tmp_path, observed_after, [before]).rows == [(0,)]
    assert query(tmp_path, observed_after, [recorded]).rows == [(1,)]
    row = query(tmp_path, "SELECT observed_at, recorded_at FROM articles").rows[0]
    assert row[0] == at(2) and before < row[1] < recorded


def test_every_view_has_recorded_at(tmp_path: Path) -> None:
    _commit(tmp_path, "r1", [version("a1", "body", at(2), "r1")])
    views = [
        "article_versions", "articles", "entity_mentions", "failures", "tombstones",
        "captures", "observations", "source_health", "version_events", "mention_events",
        "articles_as_of(now())", "entity_mentions_as_of(now())",
        "article_history('http://news.test/a1')",
    ]  # fmt: skip
    for view in views:
        columns = query(tmp_path, f"SELECT * FROM {view} LIMIT 0").columns
        assert "recorded_at" in columns, view


def test_every_view_names_each_column_once(tmp_path: Path) -> None:
    """`SELECT *` gives each column once: no `seo_title_1` beside `seo_title`."""
    _commit(tmp_path, "r1", [version("a1", "body", at(2), "r1")])
    views = [
        "article_versions", "articles", "entity_mentions", "failures", "tombstones",
        "captures", "observations", "source_health", "articles_as_of(now())",
        "entity_mentions_as_of(now())", "article_history('http://news.test/a1')",
    ]  # fmt: skip
    for view in views:
        columns = query(tmp_path, f"SELECT * FROM {view} LIMIT 0").columns
        assert len(columns) == len(set(columns)), view
        assert not [c for c in columns if c.endswith("_1")], view
