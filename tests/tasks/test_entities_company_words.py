"""A name the model reads as a person's whose last word belongs to organizations' names is an
organization, and the company's first word alone is then linked to it. Texts written for these
tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.company_words import company_word_spans
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_person_span_ending_with_a_trade_word_is_an_organization() -> None:
    spans = [
        ("Harvik Mobile", "PERSON", 0, 13),
        ("Keller Rohrback LLP", "PERSON", 20, 39),
        ("Dana Holm", "PERSON", 45, 54),
        ("Quill therapeutics", "PERSON", 60, 78),
    ]
    assert [label for _, label, _, _ in company_word_spans(" " * 80, spans)] == [
        "ORG",
        "ORG",
        "PERSON",
        "PERSON",
    ]


def test_the_company_is_one_entity_with_its_first_word(table: AliasTable) -> None:
    text = (
        "Harvik Mobile unveiled a phone in Oslo on Wednesday. Harvik said it would sell it in "
        "14 countries, and chief executive Dana Holm said Harvik had no plans to add a chatbot."
    )
    spans = spans_of(
        text,
        ("Harvik Mobile", "PERSON"),
        ("Oslo", "GPE"),
        ("Harvik", "ORG"),
        ("Dana Holm", "PERSON"),
    )
    found = {
        e.name: (e.type, sorted(set(e.mentions)))
        for e in resolve_entities(text, spans, table, TITLES)
    }
    assert found["Harvik Mobile"] == ("ORG", ["Harvik", "Harvik Mobile"])
    assert found["Dana Holm"][0] == "PERSON"


def test_a_legal_form_after_the_span_is_taken_in(table: AliasTable) -> None:
    text = "The suit was filed by Halvern PC and Ostrow PLLC. Sales of the Brask PC fell."
    spans = spans_of(text, ("Halvern", "PERSON"), ("Ostrow", "PERSON"), ("Brask", "ORG"))
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Halvern PC": "ORG", "Ostrow PLLC": "ORG", "Brask": "ORG"}


def test_a_companys_closing_words_after_a_persons_span_are_taken_in(table: AliasTable) -> None:
    """ "Zuri Kamau" + " Heights Properties" is one company, and its short name later ("Zuri
    Kamau Heights") is the company; "Vance" + " Media" beside the person "Rhoda Vance" stays
    the person, and a foundation named after a person ("Amara Diallo Foundation") is left to
    the model."""
    text = (
        "Developer named\n\n"
        "Nairobi-based developer Zuri Kamau Heights Properties won the tender. Zuri Kamau "
        "Heights said work starts in May. Rhoda Vance spoke; Vance Media staff cheered. The "
        "Amara Diallo Foundation gave money."
    )
    spans = spans_of(
        text,
        ("Nairobi", "GPE"),
        ("Zuri Kamau", "PERSON"),
        ("Zuri Kamau Heights", "PERSON"),
        ("May", "DATE"),
        ("Rhoda Vance", "PERSON"),
        ("Vance", "PERSON"),
        ("Amara Diallo", "PERSON"),
    )
    found = {
        e.name: (e.type, set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)
    }
    assert found["Zuri Kamau Heights Properties"][0] == "ORG"
    assert "Zuri Kamau Heights" in found["Zuri Kamau Heights Properties"][1]
    assert "Zuri Kamau" not in found
    assert found["Rhoda Vance"][0] == "PERSON" and "Vance Media" not in found
    assert "Amara Diallo Foundation" not in found
