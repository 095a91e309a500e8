"""A party named by its members ("the Liberal Democrats", "the Conservatives") is the party, an
organization, though the model tags it NORP like a nationality; nationalities and lowercase
groups stay no entity. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_party_named_by_its_members_is_an_organization(table: AliasTable) -> None:
    text = (
        "The Tarvik Conservatives held Harlow, while the Liberal Democrats lost a seat.\n"
        "British voters and local conservatives were unhappy, said Ilse Moran."
    )
    spans = spans_of(
        text,
        ("Tarvik Conservatives", "NORP"),
        ("Harlow", "GPE"),
        ("Liberal Democrats", "NORP"),
        ("British", "NORP"),
        ("conservatives", "NORP"),
        ("Ilse Moran", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Tarvik Conservatives": "ORG",
        "Harlow": "LOC",
        "Liberal Democrats": "ORG",
        "Ilse Moran": "PERSON",
    }


def test_a_qualifier_before_the_members_plural_is_part_of_the_party(table: AliasTable) -> None:
    text = (
        "In Harlow the Free Democrats and the Social Democrats backed the budget.\n"
        "Ilse Moran said the Democrats in Washington were watching."
    )
    spans = spans_of(
        text,
        ("Harlow", "GPE"),
        ("Democrats", "NORP"),
        ("Democrats", "NORP"),
        ("Ilse Moran", "PERSON"),
        ("Democrats", "NORP"),
        ("Washington", "GPE"),
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Free Democrats"] == ["Free Democrats"]
    assert found["Social Democrats"] == ["Social Democrats"]
    assert "Democratic Party" not in found  # members in the plural (test_entities_members)
