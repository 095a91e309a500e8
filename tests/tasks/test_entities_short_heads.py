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
