"""The one derive-and-store path: what a batch appends besides versions (no Prefect)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

import pytest
from upath import UPath

import tasks.entities.batch
from schemas.tally import Tally
from tasks.entities import InMemorySpanCache, Span, load_alias_table
from tasks.store import RunFiles, StoreContext, store_batch
from tests.tasks.test_derive import html, page
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


class CountingCache(InMemorySpanCache):
    """The in-memory cache, counting the paragraphs asked for and found."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = self.found = 0

    def get_many(self, model: str, keys: Collection[str]) -> dict[str, Sequence[Span]]:
        found = super().get_many(model, keys)
        self.asked, self.found = self.asked + len(keys), self.found + len(found)
        return found


def test_a_new_version_in_the_same_run_reads_only_its_new_paragraphs_with_ner(
    tmp_path: Path,
) -> None:
    run = RunFiles(UPath(tmp_path), "run-1")
    cache = CountingCache()
    ctx = StoreContext(run, {}, load_alias_table(), keep_raw=False, spans=cache)
    tally = Tally()
    first = html()
    store_batch([page(first)], ctx, lambda _: tally)
    asked_first = cache.asked
    assert cache.found == 0 and asked_first >= 2
    edited = html(extra="<p>Later the ministry in Kabul confirmed the date of the meeting.</p>")
    store_batch([page(edited, capture_id="capture-2")], ctx, lambda _: tally)
    assert tally.versions == 2
    assert cache.asked - asked_first == asked_first + 1  # the same paragraphs and the new one
    assert cache.found == asked_first  # ... of which only the new one went through the model
