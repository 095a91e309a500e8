"""A person written once with a middle name and again without it is one person; the first name
alone then links to them. Two longer names with the same ends leave the short one alone. Texts
written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_name_without_its_middle_name_is_the_same_person(table: AliasTable) -> None:
    text = (
        "Party leader Ravish Singh Tomvar spoke in Kolby. His nephew Arun Tomvar was absent. "
        "Ravish Tomvar later met Ravish's supporters."
    )
    spans = spans_of(
        text,
        ("Ravish Singh Tomvar", "PERSON"),
        ("Kolby", "GPE"),
        ("Arun Tomvar", "PERSON"),
        ("Ravish Tomvar", "PERSON"),
        ("Ravish", "PERSON"),
    )
    found = {e.name: sorted(e.mentions) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Ravish Singh Tomvar"] == ["Ravish", "Ravish Singh Tomvar", "Ravish Tomvar"]
    assert "Ravish Tomvar" not in found


def test_two_longer_names_with_the_same_ends_leave_it(table: AliasTable) -> None:
    text = "Ilse K. Moran and Ilse T. Moran, sisters, spoke. Ilse Moran later declined to comment."
    spans = spans_of(
        text, ("Ilse K. Moran", "PERSON"), ("Ilse T. Moran", "PERSON"), ("Ilse Moran", "PERSON")
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Ilse K. Moran", "Ilse T. Moran", "Ilse Moran"}
