"""A police or fire service's initials after its town ("Dunmore P.D.", "Tarvik RCMP") are one
organization with the town, as a station named with its town is; the town written alone is the
place, and "Dunmore police" (no initials) is the town. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_services_initials_after_its_town_are_one_organization(table: AliasTable) -> None:
    text = (
        "Dunmore P.D. said on Friday that two men were held. Tarvik RCMP are looking for a "
        "third. He had moved to Dunmore in May, and Kolby police helped."
    )
    spans = spans_of(
        text,
        ("Dunmore", "FAC"),
        ("P.D.", "ORG"),
        ("Friday", "DATE"),
        ("Tarvik RCMP", "PERSON"),
        ("Dunmore", "GPE"),
        ("May", "DATE"),
        ("Kolby", "GPE"),
    )
    found = {
        e.name: (e.type, set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)
    }
    assert found["Dunmore P.D."] == ("ORG", {"Dunmore P.D."})
    assert found["Tarvik RCMP"][0] == "ORG"
    assert found["Dunmore"] == ("LOC", {"Dunmore"})
    assert found["Kolby"][0] == "LOC"
    assert "P.D." not in found
