"""A derivation names everything it was derived with, and a new one replaces the old in the views
(issue 13 §1): a second spaCy model on disk, `renormalize` with it, and the warehouse shows
exactly the entity mentions a fresh backfill with that model gives; back to the default model,
exactly the first state. Real model, real Prefect, real Parquet and DuckDB.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.backfill import run_backfill
from flows.renormalize import renormalize
from tasks.entities import DEFAULT_MODEL, MODEL_ENV, entity_derivation_key, load_alias_table
from tests.archive_builder import write_pages
from warehouse.queries import query

MENTIONS = """
    SELECT article_id, entity_id, entity_name, entity_type, list_sort(mentions), mention_count
    FROM entity_mentions ORDER BY ALL
"""


def mentions(root: Path) -> list[tuple[object, ...]]:
    return query(root, MENTIONS).rows


@pytest.fixture(scope="module")
def no_ner_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed model saved again without its `ner` component: a different model."""
    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    nlp.remove_pipe("ner")
    path = tmp_path_factory.mktemp("models") / "no-ner"
    nlp.to_disk(path)
    return path


# Names the alias table does not know (only NER finds them) beside names it does.
STORIES = [
    "Marta Kowalczyk, the chief executive of Lindqvist Maritime, met Oskar Brennan in Gdansk "
    "on Tuesday, and the Pentagon said the Taliban had agreed to a schedule for further talks.",
    "Ilse Vandermeer told reporters in Rotterdam that Corvane Shipping would join the talks, "
    "while officials at NATO headquarters declined to comment.",
    "Tomasz Weir, a spokesman for Halvard Logistics, said the company had spoken with Mike "
    "Pompeo by phone about the prisoner releases and the next round in Qatar.",
]


def story_page(n: int, text: str) -> bytes:
    return (
        f'<html lang="en"><head><title>Story {n}</title></head><body><article>'
        f"<h1>Story {n}: talks go on</h1><p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "news.warc.gz"
    captured = datetime(2020, 7, 1, 9, tzinfo=UTC)
    write_pages(
        path,
        [
            (f"http://archive.test/2020/07/01/story-{n}.html", captured, story_page(n, text))
            for n, text in enumerate(STORIES)
        ],
    )
    return path


def test_renormalize_with_another_model_equals_a_fresh_backfill_with_it(
    prefect_harness: None,
    archive: Path,
    no_ner_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = tmp_path / "wh"
    run_backfill(warc=[str(archive)], warehouse=str(root))
    first = mentions(root)

    monkeypatch.setenv(MODEL_ENV, str(no_ner_model))
    other_key = entity_derivation_key(load_alias_table().version)
    assert str(no_ner_model) in other_key
    renormalize(warehouse=str(root))
    fresh = tmp_path / "fresh"
    run_backfill(warc=[str(archive)], warehouse=str(fresh))
    with_other_model = mentions(root)
    assert with_other_model == mentions(fresh)
    assert len(with_other_model) < len(first), "no NER: only alias-table entities remain"
    keys = query(root, "SELECT DISTINCT derivation_key FROM entity_mentions").rows
    assert keys == [(other_key,)]

    monkeypatch.delenv(MODEL_ENV)
    renormalize(warehouse=str(root))
    assert mentions(root) == first
