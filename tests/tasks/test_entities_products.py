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


def test_a_title_in_straight_double_quotes_is_a_work_like_one_in_curly_quotes(
    table: AliasTable,
) -> None:
    """Many publishers' systems write straight marks: "Night Train to Savannah" is the same
    work as “Night Train to Savannah”. A quoted sentence is no title, an inch mark opens none."""
    for opening, closing in (("“", "”"), ('"', '"')):
        text = (
            f"The choir closed with {opening}Night Train to Savannah,{closing} and the judges "
            f"from Portland stood. {opening}We sang for Savannah,{closing} said Irene Walsh, "
            f'who rehearsed on a 55" screen in Dover and then {opening}Evening on the '
            f"Hudson{closing} for months."
        )
        spans = spans_of(
            text,
            ("Savannah", "GPE"),
            ("Portland", "GPE"),
            ("Savannah", "GPE"),
            ("Irene Walsh", "PERSON"),
            ("Dover", "GPE"),
            ("Hudson", "LOC"),
        )
        found = resolve_entities(text, spans, table, TITLES)
        assert [e.name for e in found] == ["Savannah", "Portland", "Irene Walsh", "Dover"]


def test_a_title_after_its_kind_and_a_naming_verb_is_no_entity(table: AliasTable) -> None:
    text = (
        "Agency picks its next ice-moon probe\n\n"
        "The agency chose a mission called Frost Lantern, due to launch in 2031, and a "
        "peacekeeping mission called UNMAK stays in the region. Frost Lantern will orbit Calyx."
    )
    spans = spans_of(
        text,
        ("Frost Lantern", "ORG"),
        ("UNMAK", "ORG"),
        ("Frost Lantern", "ORG"),
        ("Calyx", "GPE"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["UNMAK", "Calyx"]


def test_the_product_a_reviews_headline_reviews_is_no_entity(table: AliasTable) -> None:
    text = (
        "Lumo Arc 5 review: bright, loud and cheap\n\n"
        "The Arc 5 fills a room, and Brindle Audio's rival costs more."
    )
    spans = spans_of(text, ("Lumo Arc 5", "ORG"), ("Arc 5", "ORG"), ("Brindle Audio", "ORG"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Brindle Audio"]


def test_a_body_a_performer_or_a_single_word_reviewed_stays(table: AliasTable) -> None:
    for text, surface in (
        ("Harlow Council review finds flaws in plan\n\nHarlow Council said ...", "Harlow Council"),
        ("Tarvik review: is it the best bank for students?\n\nTarvik pays 3%.", "Tarvik"),
        ("Dana Corvo review - a triumphant homecoming\n\nDana Corvo sang.", "Dana Corvo"),
    ):
        spans = spans_of(text, (surface, "PERSON" if surface == "Dana Corvo" else "ORG"))
        found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
        assert found == [surface]
