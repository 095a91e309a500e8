"""Nightly ingest end to end: real Prefect, the demo site on 127.0.0.1, real Parquet and DuckDB.

One module-scoped warehouse goes through the demo's life: ingest, ingest unchanged, advance the
site (one article edited, one new, one deleted), ingest again. Each test reads one aspect.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from flows.demo_site import DemoServer
from flows.ingest import nightly_ingest
from tests.conftest import write_sources
from warehouse.queries import query
from warehouse.warc import CapturePointer, read_response_body

SEED_SLUG = "pentagon-al-qaeda-taliban-ties"


@dataclass
class DemoLife:
    root: Path
    server: DemoServer
    runs: list[dict[str, Any]]
    versions_after: list[int]
    between_runs: datetime  # after the unchanged re-run, before the site advanced

    def url(self, article: dict[str, Any]) -> str:
        return self.server.base_url + article["path"]

    def article(self, predicate: Any) -> dict[str, Any]:
        return next(a for a in self.server.site.manifest["articles"] if predicate(a))

    def rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return query(self.root, sql, params).rows


@pytest.fixture(scope="module")
def life(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoLife]:
    root = tmp_path_factory.mktemp("warehouse")
    with DemoServer(port=0) as server:
        sources = str(write_sources(root.parent / "sources.csv", server.base_url))
        runs, counts = [], []

        def ingest() -> None:
            runs.append(nightly_ingest(sources=sources, warehouse=str(root), batch_size=5))
            counts.append(query(root, "SELECT count(*) FROM article_versions").rows[0][0])

        ingest()
        ingest()
        time.sleep(0.01)
        between = datetime.now(UTC)
        time.sleep(0.01)
        server.site.set_state(2)
        ingest()
        yield DemoLife(root, server, runs, counts, between)


def test_seed_article_dates_with_provenance_and_clean_body(life: DemoLife) -> None:
    seed = life.article(lambda a: a["slug"] == SEED_SLUG)
    (row,) = life.rows(
        "SELECT published_at, published_precision, published_provenance, updated_at, "
        "updated_provenance, body FROM articles WHERE url = ?",
        [life.url(seed)],
    )
    published, precision, provenance, updated, updated_provenance, body = row
    assert published.astimezone(UTC).date().isoformat() == "2020-07-02"
    assert precision == "day" and provenance
    assert updated is not None and updated.astimezone(UTC).date().isoformat() == "2020-07-02"
    assert updated_provenance
    assert "Last Updated On" not in body
    assert body.startswith("Pentagon says in a new report")


def test_timeline_is_the_same_for_any_spelling(life: DemoLife) -> None:
    lower = life.rows("SELECT * FROM entity_timeline('al-Qaeda', 'day')")
    assert lower, "al-Qaeda has a timeline"
    assert life.rows("SELECT * FROM entity_timeline('Al-Qaeda', 'day')") == lower


def test_aliases_share_one_entity_id(life: DemoLife) -> None:
    def ids(form: str) -> set[str]:
        rows = life.rows(
            "SELECT DISTINCT entity_id FROM entity_mentions, unnest(mentions) AS m(form) "
            "WHERE form = ?",
            [form],
        )
        return {r[0] for r in rows}

    assert ids("Pentagon") and ids("Pentagon") == ids("US Department of Defense")
    pompeo = life.rows(
        "SELECT DISTINCT entity_name, entity_type FROM entity_mentions "
        "WHERE list_contains(mentions, 'Pompeo') OR list_contains(mentions, 'Mike Pompeo')"
    )
    assert pompeo == [("Mike Pompeo", "PERSON")]


def test_unchanged_site_adds_no_versions(life: DemoLife) -> None:
    first, second, _ = life.versions_after
    assert first > 10
    assert second == first
    assert life.runs[1]["sources"]["demo-ledger"]["new_versions"] == 0


def test_advanced_site_edits_adds_and_deletes(life: DemoLife) -> None:
    edited = life.article(lambda a: a["state1"] and a["state2"] and a["state1"] != a["state2"])
    history = life.rows("SELECT version, changed FROM article_history(?)", [life.url(edited)])
    assert [h[0] for h in history] == [1, 2]
    assert "updated_at" in history[1][1] and "body" in history[1][1]

    deleted = life.article(lambda a: a["state1"] and not a["state2"])
    assert life.rows("SELECT status FROM tombstones WHERE url = ?", [life.url(deleted)]) == [(410,)]
    assert not life.rows("SELECT 1 FROM articles WHERE url = ?", [life.url(deleted)])

    new = life.article(lambda a: not a["state1"] and a["state2"])
    assert life.rows("SELECT version FROM articles WHERE url = ?", [life.url(new)]) == [(1,)]


def test_articles_as_of_shows_the_old_state(life: DemoLife) -> None:
    edited = life.article(lambda a: a["state1"] and a["state2"] and a["state1"] != a["state2"])
    deleted = life.article(lambda a: a["state1"] and not a["state2"])
    new = life.article(lambda a: not a["state1"] and a["state2"])
    as_of = "SELECT url, version FROM articles_as_of(?::TIMESTAMPTZ)"
    before = dict(life.rows(as_of, [life.between_runs]))
    assert before[life.url(edited)] == 1
    assert life.url(deleted) in before
    assert life.url(new) not in before
    now = dict(life.rows("SELECT url, version FROM articles"))
    assert now[life.url(edited)] == 2


def test_every_version_points_at_its_raw_capture(life: DemoLife) -> None:
    missing = life.rows(
        "SELECT v.url FROM article_versions v LEFT JOIN captures c USING (capture_id) "
        "WHERE c.capture_id IS NULL"
    )
    assert missing == []
    (warc_file,) = life.rows("SELECT any_value(warc_file) FROM captures")[0]
    assert (life.root / warc_file).exists()


def test_faults_become_failure_records_and_the_run_completes(
    prefect_harness: None,
    faulty_demo_server: DemoServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSLEDGER_FETCH_TIMEOUT", "1")
    monkeypatch.setenv("NEWSLEDGER_FETCH_RETRIES", "0")
    sources = write_sources(tmp_path / "sources.csv", faulty_demo_server.base_url)
    summary = nightly_ingest(sources=str(sources), warehouse=str(tmp_path / "wh"))
    failures = dict(
        query(tmp_path / "wh", "SELECT regexp_extract(url, '[^/]+$'), reason FROM failures").rows
    )
    assert failures == {
        "malformed.html": "unsupported-content",
        "server-error.html": "server-error",
        "slow.html": "timeout",
    }
    live = query(tmp_path / "wh", "SELECT count(*) FROM articles").rows[0][0]
    assert live == summary["sources"]["demo-ledger"]["new_versions"] > 10


def test_unchanged_rerun_is_304_observations_not_versions(life: DemoLife) -> None:
    first, second = (run["sources"]["demo-ledger"] for run in life.runs[:2])
    assert second["new_urls"] == 0 and second["new_versions"] == 0
    assert second["not_modified"] == second["rechecked"] == first["new_urls"] > 10
    assert second["fetched"] == 0  # nothing reached extraction
    run_id = life.runs[1]["run_id"]
    kinds = dict(
        life.rows(
            "SELECT outcome || ':' || kind, count(*) FROM observations WHERE run_id = ? GROUP BY 1",
            [run_id],
        )
    )
    assert kinds["not-modified:article"] == second["not_modified"]
    assert kinds["listing:feed"] == 1  # the feed itself answered 304
    # every 304 is in WARC too, at the offset the observation names
    (missing,) = life.rows(
        "SELECT count(*) FROM observations WHERE run_id = ? "
        "AND (warc_file IS NULL OR warc_offset IS NULL)",
        [run_id],
    )[0]
    assert missing == 0


def test_feeds_and_sitemaps_are_kept_in_warc(life: DemoLife) -> None:
    first_run = life.runs[0]["run_id"]
    listings = life.rows(
        "SELECT kind, warc_file, warc_offset, warc_length FROM observations "
        "WHERE run_id = ? AND outcome = 'listing' ORDER BY kind",
        [first_run],
    )
    assert {row[0] for row in listings} == {"feed", "sitemap"}
    for kind, warc_file, offset, length in listings:
        body = read_response_body(life.root, CapturePointer(warc_file, offset, length))
        assert body.startswith(b"<?xml"), kind


def test_source_health_is_stored_per_run(life: DemoLife) -> None:
    rows = life.rows(
        "SELECT run_id, discovered, new_versions, not_modified, stale FROM source_health "
        "WHERE source_id = 'demo-ledger' ORDER BY observed_at"
    )
    assert [r[0] for r in rows] == [run["run_id"] for run in life.runs]
    assert rows[0][2] > 10 and rows[1][2] == 0 and rows[1][3] > 10
    assert not any(r[4] for r in rows)
