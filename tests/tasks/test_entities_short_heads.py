"""A department named by the initials of its last words ("Marlow PD") is the one the article
names in full ("the Marlow Police Department"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_initials_of_a_department_are_the_department_named_in_full(table: AliasTable) -> None:
    text = (
        "The Marlow Police Department said the road was closed. Marlow PD posted a map, and "
        "the Marlow Fire Department and Marlow FD crews stayed overnight. Dunmore PD helped."
    )
    spans = spans_of(
        text, ("The Marlow Police Department", "ORG"), ("Marlow PD", "ORG"),
        ("the Marlow Fire Department", "ORG"), ("Marlow FD", "ORG"), ("Dunmore PD", "ORG"),
    )  # fmt: skip
    found = [(e.name, e.mentions) for e in resolve_entities(text, spans, table, TITLES)]
    assert found == [
        ("Marlow Police Department", ["Marlow Police Department", "Marlow PD"]),
        ("Marlow Fire Department", ["Marlow Fire Department", "Marlow FD"]),
        ("Dunmore PD", ["Dunmore PD"]),
    ]


def test_a_street_written_with_its_kind_abbreviated_is_the_street(table: AliasTable) -> None:
    """ "Halden St." in an address is the "Halden Street" of the story; "Orrin Ave." with no
    "Orrin Avenue" in the article stays a place of its own, and "Corvex St" is not "Corvex"."""
    text = (
        "A new bakery on Halden Street\n"
        "The bakery opened on Halden Street last week, near the Corvex gallery.\n"
        "Bakery Ten, 12 Halden St., Millbrook. Parking on Orrin Ave. and Corvex St."
    )
    spans = spans_of(
        text,
        ("Halden Street", "FAC"),
        ("Halden Street", "FAC"),
        ("Corvex", "ORG"),
        ("Halden St.", "FAC"),
        ("Millbrook", "GPE"),
        ("Orrin Ave.", "FAC"),
        ("Corvex St.", "FAC"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert "Halden St." not in found
    assert sorted(found["Halden Street"].mentions) == ["Halden St.", "Halden Street"]
    assert "Orrin Ave." in found and "Corvex St." in found and "Corvex" in found
