"""Common words written in capitals for emphasis are no acronym: "IS" before a verb's
complement is not the Islamic State, a lone "GO" or "MUST" no organization; "IS fighters", a
shouting headline and a real acronym stay. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.emphasis import emphasised
from tests.tasks.entity_helpers import TITLES, spans_of


def test_is_in_capitals_before_a_complement_is_emphasis_and_the_group_stays(
    table: AliasTable,
) -> None:
    text = (
        "Rents in Tarvik have doubled. This IS a choice, said Ilse Moran.\n"
        "\u201cOur patience IS running out,\u201d added the union in Harlow Bay."
    )
    spans = spans_of(
        text, ("Tarvik", "GPE"), ("IS", "ORG"), ("Ilse Moran", "PERSON"), ("Harlow Bay", "GPE")
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Tarvik", "Ilse Moran", "Harlow Bay"]
    group = "IS fighters attacked a checkpoint near Tarvik, and the army said it was fighting IS."
    found = resolve_entities(group, spans_of(group, ("Tarvik", "GPE")), table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Islamic State", ["IS"]),
        ("Tarvik", ["Tarvik"]),
    ]


def test_common_words_in_capitals_in_a_lowercase_sentence_are_no_names(
    table: AliasTable,
) -> None:
    text = (
        "Gov. Ilse Moran urged people in Tarvik to leave. If you are told to go, GO, she said.\n"
        "People MUST have a say, said the Harlow Bay council."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Tarvik", "GPE"),
        ("GO", "ORG"),
        ("MUST", "ORG"),
        ("Harlow Bay", "GPE"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Tarvik", "Harlow Bay"]


def test_capitals_without_lowercase_neighbours_or_outside_the_words_stay() -> None:
    shouting = "WE MUST ACT NOW"
    assert not emphasised(shouting, 3, 7, alias=False)
    acronym = "the CAB said"
    assert not emphasised(acronym, 4, 7, alias=False)
    lowercase = "we must act"
    assert not emphasised(lowercase, 3, 7, alias=False)
    assert emphasised("we MUST act", 3, 7, alias=False)
