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


def test_a_dateline_before_a_colon_is_a_place_and_a_label_is_not(table: AliasTable) -> None:
    colon = "Rains flood Tarvia\n\nOSKVIK: Heavy rains lashed Tarvia on Tuesday."
    spans = spans_of(colon, ("Tarvia", "GPE"), ("Tarvia", "GPE"))
    found = {e.name: e.type for e in resolve_entities(colon, spans, table, TITLES)}
    assert found == {"OSKVIK": "LOC", "Tarvia": "LOC"}
    for label in ("VIDEO", "PHOTOS", "EXPLAINER", "LIVE"):
        text = f"Goals\n\n{label}: Ilse Moran scores twice as Harlow win."
        spans = spans_of(text, ("Ilse Moran", "PERSON"), ("Harlow", "GPE"))
        assert {e.name for e in resolve_entities(text, spans, table, TITLES)} == {
            "Ilse Moran",
            "Harlow",
        }, label


def test_a_span_run_from_the_dateline_into_the_story_is_cut(table: AliasTable) -> None:
    text = (
        "Power cuts return\n\nOSKVIK - Tarvelco will cut power on Thursday, the utility said.\n"
        "Tarvelco spokesperson Ilse Moran said teams were at work."
    )
    spans = spans_of(text, ("OSKVIK - Tarvelco", "ORG"), ("Ilse Moran", "PERSON"))
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"OSKVIK": "LOC", "Tarvelco": "ORG", "Ilse Moran": "PERSON"}
    # Not a dateline's place: a span over a place in a sentence stays as the model read it.
    prose = "Power cuts return\n\nThe OSKVIK - Tarvelco line was cut on Thursday."
    spans = spans_of(prose, ("OSKVIK - Tarvelco", "ORG"))
    assert {e.name for e in resolve_entities(prose, spans, table, TITLES)} == {"OSKVIK - Tarvelco"}
