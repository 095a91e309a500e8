"""A dateline in capitals opening the body ("OSKVIK, Tarvia —") names a place, which the model
reading capitals often misses; a word in capitals that is no place ("UPDATE —") is not one.
Texts written for these tests, in the form `tasks.entities.version_text` gives (headline,
blank line, body)."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_dateline_in_capitals_is_a_place_but_not_a_heading_word(table: AliasTable) -> None:
    text = (
        "Ilse Moran wins at home\n\nOSKVIK, Tarvia — Ilse Moran won the race on Sunday.\n"
        "She will race in Harlow next."
    )
    spans = spans_of(text, ("Ilse Moran", "PERSON"), ("Ilse Moran", "PERSON"), ("Harlow", "GPE"))
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert found["OSKVIK"].type == "LOC" and found["OSKVIK"].mentions == ["OSKVIK"]
    agency = "Talks resume\n\nTARVIK CITY (Harlow Wire) - Ilse Moran said talks would resume."
    spans = spans_of(agency, ("Ilse Moran", "PERSON"))
    assert "TARVIK CITY" in {e.name for e in resolve_entities(agency, spans, table, TITLES)}
    update = "Talks resume\n\nUPDATE — Ilse Moran said the talks would resume."
    spans = spans_of(update, ("Ilse Moran", "PERSON"))
    assert {e.name for e in resolve_entities(update, spans, table, TITLES)} == {"Ilse Moran"}
