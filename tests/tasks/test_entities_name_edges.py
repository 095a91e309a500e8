"""Where a name ends: letters after a person's name ("Clare Dunmore KC", "Ana Ruiz MP OBE")
are an honour or a seat, and a name never ends with a preposition or an article ("the Social
Democrats of"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_post_nominal_letters_are_cut_from_a_person(table: AliasTable) -> None:
    text = (
        "Clare Dunmore KC told the court her client would appeal. Ana Ruiz MP OBE said the "
        "ruling was fair, and Dunmore disagreed. Harlow KC Partners declined to comment."
    )
    spans = spans_of(
        text,
        ("Clare Dunmore KC", "PERSON"),
        ("Ana Ruiz MP OBE", "PERSON"),
        ("Dunmore", "PERSON"),
        ("Harlow KC Partners", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Clare Dunmore", "Ana Ruiz", "Harlow KC Partners"}
    assert found["Clare Dunmore"].mentions == ["Clare Dunmore", "Dunmore"]


def test_a_name_does_not_end_with_a_preposition(table: AliasTable) -> None:
    text = "Leaders of the Tarvik Greens of the north met the Harlow Social Democrats in Osk."
    spans = spans_of(text, ("Tarvik Greens of", "ORG"), ("Harlow Social Democrats in", "ORG"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Tarvik Greens", "Harlow Social Democrats"}
