"""Stored mention events: languages, alias version and derivation key recorded with each."""

from __future__ import annotations

import pytest

from tasks.entities import (
    MAX_TEXT_CHARS,
    AliasTable,
    derive_mentions,
    entities_for_texts,
    entity_derivation_key,
    mention_records,
    mentions_for_versions,
    model_identity,
    text_languages,
    version_text,
)
from tests.records import at, version


def test_undeclared_language_is_detected_and_recorded(table: AliasTable) -> None:
    class NoModel:
        def pipe(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("NER ran on a German text")

    text = "Die Taliban und das Pentagon haben sich nicht in Kabul getroffen, sagte der Sprecher."
    assert text_languages([text, "x"], [None, "en"]) == ["de", "en"]
    (found,) = entities_for_texts([text], table, NoModel(), languages=[None])  # type: ignore[arg-type]
    assert {e.name for e in found} == {"Taliban", "United States Department of Defense", "Kabul"}
    v = version("a1", text, at(2), "r1", language=None)
    key = entity_derivation_key(table.version)
    (record, *_) = mention_records([v], [found], key, table.version, "r2", ["de"])
    assert (record.alias_version, record.language, record.run_id) == (table.version, "de", "r2")
    assert record.derivation_key == key and f"aliases={table.version}" in key


def test_a_cut_text_is_reported_with_the_version_it_belongs_to(table: AliasTable) -> None:
    long_body = "Die Taliban und das Pentagon trafen sich in Kabul.\n" * 3_000  # 153 KB
    short = version("a1", "Die Taliban in Kabul.", at(2), "r1", language="de")
    long = version("a2", long_body, at(2), "r1", language="de")
    batch = derive_mentions([short, long], table, "r2")
    (cut,) = batch.cuts
    assert (cut.article_id, cut.content_hash) == (long.article_id, long.content_hash)
    assert cut.kept_chars <= MAX_TEXT_CHARS < cut.kept_chars + cut.dropped_chars
    assert cut.reason == "entity-text-cut" and str(MAX_TEXT_CHARS) in cut.detail
    assert {m.article_id for m in batch.mentions} == {"a1", "a2"}
    assert mentions_for_versions([short, long], table, "r2") == batch.mentions


def test_the_derivation_key_names_code_model_and_table(
    table: AliasTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tasks import entities

    key = entity_derivation_key(table.version)
    assert (
        key == f"aliases={table.version};entities={entities.CODE_VERSION};model={model_identity()}"
    )
    monkeypatch.setattr(entities, "CODE_VERSION", "next")
    assert entity_derivation_key(table.version) != key


def test_the_dateline_is_read_with_the_body(table: AliasTable) -> None:
    # the body is stored without its dateline, but its place and agency are the article's too
    body = "Shares in Asia fell on Monday as investors waited for the central bank's decision."
    assert version_text("Stocks fall", body, "TOKYO (Reuters) -") == (
        f"Stocks fall\n\nTOKYO (Reuters) - {body}"
    )
    assert version_text("Stocks fall", body) == f"Stocks fall\n\n{body}"
    v = version("a1", body, at(2), "r1", dateline_text="TOKYO (Reuters) -")
    names = {m.entity_name for m in derive_mentions([v], table, "r2").mentions}
    assert {"Tokyo", "Reuters"} <= names


def test_each_text_is_read_for_its_language_once(
    table: AliasTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stage checks a declared language against the text and detects an undeclared one;
    recording the language it read must not ask the detector again (it asked twice per text)."""
    import tasks.language

    real = tasks.language._identifier()
    asked: list[str] = []

    class Counting:
        def classify(self, sample: str) -> tuple[str, float]:
            asked.append(sample)
            return real.classify(sample)  # type: ignore[no-any-return]

    monkeypatch.setattr(tasks.language, "_identifier", Counting)
    german = "Die Taliban und das Pentagon haben sich nicht in Kabul getroffen. " * 5
    versions = [
        version("a1", german, at(2), "r1", language=None),
        version("a2", german.replace("Kabul", "Berlin"), at(2), "r1", language="de"),
    ]
    batch = derive_mentions(versions, table, "r2")
    assert len(asked) == 2
    assert {m.language for m in batch.mentions} == {"de"}
