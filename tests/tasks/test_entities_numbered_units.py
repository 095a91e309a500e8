"""A numbered unit of a veterans', fraternal, union or scouting body is one organization, its
number part of its name. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_units_number_completes_its_name(table: AliasTable) -> None:
    """The model stops before the number ("VFW Post", "Elks Lodge" read as a person) or before
    the unit's word and number after the body ("Teamsters")."""
    text = (
        "Harold Vance, 1931-2026\n\n"
        "Harold was a life member of VFW Post 4417 and Elks Lodge 962, and a retired driver "
        "with Teamsters Local 118. He led Boy Scout Troop 27 for years.\n"
    )
    spans = spans_of(
        text,
        ("Harold Vance", "PERSON"),
        ("Harold", "PERSON"),
        ("VFW Post", "ORG"),
        ("4417", "DATE"),
        ("Elks Lodge", "PERSON"),
        ("962", "CARDINAL"),
        ("Teamsters", "ORG"),
        ("118", "CARDINAL"),
        ("Boy Scout Troop", "ORG"),
        ("27", "CARDINAL"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["VFW Post 4417"].type == "ORG"
    assert found["Elks Lodge 962"].type == "ORG"
    assert found["Teamsters Local 118"].type == "ORG"
    assert found["Boy Scout Troop 27"].type == "ORG"
    assert not {"VFW Post", "Elks Lodge", "Teamsters", "Boy Scout Troop"} & found.keys()


def test_years_tallies_and_counts_after_a_body_are_no_units(table: AliasTable) -> None:
    """A year, a vote's tally, a count and a body's name with a bare number stay apart."""
    text = (
        "Budget passes\n\n"
        "The Harwick City Council 2025 budget passed after the Harwick City Council 5-4 vote. "
        "Brenna Foods 300 jobs were saved, the Harwick City Council 9 members said.\n"
    )
    spans = spans_of(text, ("Harwick City Council", "ORG"), ("Brenna Foods", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Harwick City Council" in found
    assert "Brenna Foods" in found
    assert not any(n[-1].isdigit() for n in found)
