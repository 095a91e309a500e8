"""The spaCy model: only what NER needs is loaded, once per process; any saved model can be
named in the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.entities import (
    DEFAULT_MODEL,
    MODEL_ENV,
    entities_for_texts,
    entity_derivation_key,
    load_alias_table,
    load_nlp,
    model_identity,
    recognize,
)


def test_model_loads_only_what_ner_needs() -> None:
    nlp = load_nlp()
    assert "ner" in nlp.pipe_names
    assert not {"parser", "tagger", "lemmatizer"} & set(nlp.pipe_names)
    assert load_nlp() is nlp  # cached per process
    spans = recognize(nlp, ["Mike Pompeo flew to Kabul."])
    assert ("Kabul", "GPE", 20, 25) in spans[0]


def test_a_saved_model_directory_in_the_environment_is_loaded_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWSLEDGER_SPACY_MODEL may name a directory: here the installed model saved without its
    `ner` component, so only alias-table names are found, under a derivation key of its own."""
    import spacy

    saved = tmp_path / "model-without-ner"
    spacy.load(DEFAULT_MODEL, exclude=["ner"]).to_disk(saved)
    table = load_alias_table()
    installed_key = entity_derivation_key(table.version)
    monkeypatch.setenv(MODEL_ENV, str(saved))
    assert model_identity().startswith(f"{saved}@")
    assert "ner" not in load_nlp().pipe_names
    (found,) = entities_for_texts(["Ulrike Feldmann flew from Berlin to Kabul."], table)
    assert [e.name for e in found] == ["Berlin", "Kabul"]  # no NER: the person is not found
    assert entity_derivation_key(table.version) != installed_key
    assert f"model={saved}@" in entity_derivation_key(table.version)


# Our own sentences, in the typographic quotes most publishers' systems write. The model was
# trained on straight ones: fed "’" it lost "Foreign Office" after "Britain’s" and read
# "Cleveland’s Public Auditorium" as one place.
CURLY_TEXT = (
    "Officials at Britain’s Foreign Office declined to comment. The band sold out "
    "Cleveland’s Public Auditorium in 1974, the “Rolling Stones” said, after Marta Ruiz’s "
    "agency booked the tour with Germany’s Federal Cartel Office watching."
)


def test_the_model_reads_typographic_quotes_as_straight_ones_and_surfaces_stay_as_written() -> None:
    straight = CURLY_TEXT.replace("’", "'").replace("“", '"').replace("”", '"')
    curly_spans, straight_spans = recognize(load_nlp(), [CURLY_TEXT, straight])
    assert [(label, a, b) for _, label, a, b in curly_spans] == [
        (label, a, b) for _, label, a, b in straight_spans
    ]
    assert all(surface == CURLY_TEXT[a:b] for surface, _, a, b in curly_spans)
    (found,) = entities_for_texts([CURLY_TEXT], load_alias_table())
    names = {e.name for e in found}
    assert {"Foreign, Commonwealth and Development Office", "Cleveland"} <= names  # the table's
    assert "Federal Cartel Office" in names
    assert not any("’" in name for name in names)
