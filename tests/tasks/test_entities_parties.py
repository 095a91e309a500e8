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
