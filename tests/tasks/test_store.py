"""The one derive-and-store path: what a batch appends besides versions (no Prefect)."""

from __future__ import annotations

from pathlib import Path

import pytest
from upath import UPath

import tasks.entities.batch
from schemas.tally import Tally
from tasks.entities import load_alias_table
from tasks.store import RunFiles, StoreContext, store_batch
from tests.tasks.test_derive import page
from warehouse.queries import query

SOURCE_ID = "s"
# German text: the alias table is read, the NER model is not loaded.
PARAGRAPH = (
    "Die Delegationen trafen sich am Donnerstag in Berlin, wie das Auswärtige Amt mitteilte, "
    "und vereinbarten ein weiteres Treffen in der kommenden Woche."
)


def long_article(paragraphs: int) -> str:
    body = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(paragraphs))
    return (
        '<html lang="de"><head><title>Gespräche in Berlin</title></head>'
        f"<body><article><h1>Gespräche in Berlin</h1>{body}</article></body></html>"
    )


def store(root: Path, html: str) -> None:
    run = RunFiles(UPath(root), "run-1")
    ctx = StoreContext(run, {}, load_alias_table(), keep_raw=False)
    tally = Tally()
    store_batch([page(html)], ctx, lambda _: tally)
    run.commit("test")
    assert tally.versions == 1


def test_a_text_longer_than_the_entity_stage_reads_is_stored_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks.entities.batch, "MAX_TEXT_CHARS", 1_000)
    store(tmp_path, long_article(40))

    notes = query(tmp_path, "SELECT stage, reason, url, transient, detail FROM failures").rows
    ((stage, reason, url, transient, detail),) = notes
    assert (stage, reason, url, transient) == (
        "entities",
        "entity-text-cut",
        "http://news.test/talks.html",
        False,
    )
    kept, dropped = (int(word) for word in detail.split() if word.isdigit())
    assert kept <= 1_000 < kept + dropped
    assert query(tmp_path, "SELECT count(*) FROM articles").rows == [(1,)]
    mentioned = query(tmp_path, "SELECT DISTINCT entity_name FROM entity_mentions").rows
    assert ("Berlin",) in mentioned  # the first part is read


def test_a_text_within_the_cap_leaves_no_note(tmp_path: Path) -> None:
    store(tmp_path, long_article(3))
    assert query(tmp_path, "SELECT count(*) FROM failures").rows == [(0,)]
