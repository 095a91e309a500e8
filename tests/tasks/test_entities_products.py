"""Products and works the model tags as organizations, people or places: a name ending with a
model word ("Slate Pro", "R7 Convertible"), the product line written before it elsewhere in the
article ("Slate"), a body style standing alone ("the Coupe"), a name inside a quoted title of a
work; the maker, an airline, a quoted name and a name written outside the title stay. Texts
written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_products_and_their_lines_are_no_entities_and_their_makers_are(
    table: AliasTable,
) -> None:
    text = (
        "Corvant Labs said its Slate Pro laptop will cost less next year.\n"
        "The Slate sold well in Europe, and the Vexa R7 Convertible arrives in May from Vexa.\n"
        "The Coupe follows later, said Ilse Moran, who flew in on Tarvik Air."
    )
    spans = spans_of(
        text,
        ("Corvant Labs", "ORG"),
        ("Slate Pro", "ORG"),
        ("Slate", "PERSON"),
        ("Europe", "LOC"),
        ("Vexa R7 Convertible", "ORG"),
        ("Vexa", "ORG"),
        ("Coupe", "PERSON"),
        ("Ilse Moran", "PERSON"),
        ("Tarvik Air", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Corvant Labs", "Europe", "Vexa", "Ilse Moran", "Tarvik Air"]


def test_names_inside_a_quoted_title_are_words_of_the_work(table: AliasTable) -> None:
    text = (
        "The band closed with “Midnight Train to Harlow Bay.” and then “Dancing with Ilse "
        "Moran”, a song about the singer Ilse Moran.\n"
        "Their bar in Tarvik is called ‘Copper Lantern’, after ‘Songs for the Lantern Hall’."
    )
    spans = spans_of(
        text,
        ("Harlow Bay", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("Ilse Moran", "PERSON"),
        ("Tarvik", "GPE"),
        ("Copper Lantern", "ORG"),
        ("Lantern Hall", "FAC"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Tarvik", "Copper Lantern"]
