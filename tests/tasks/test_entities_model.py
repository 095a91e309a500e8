"""The spaCy model: only what NER needs is loaded, once per process."""

from __future__ import annotations

from tasks.entities import (
    load_nlp,
    recognize,
)


def test_model_loads_only_what_ner_needs() -> None:
    nlp = load_nlp()
    assert "ner" in nlp.pipe_names
    assert not {"parser", "tagger", "lemmatizer"} & set(nlp.pipe_names)
    assert load_nlp() is nlp  # cached per process
    spans = recognize(nlp, ["Mike Pompeo flew to Kabul."])
    assert ("Kabul", "GPE", 20, 25) in spans[0]
