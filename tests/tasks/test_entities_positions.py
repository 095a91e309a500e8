"""A sports position before a player's name is the player's role: the name is a person's.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_position_before_a_name_makes_it_a_person(table: AliasTable) -> None:
    """ "quarterback Tavon Merriweather", "Striker Lukas Brandtner", "goalkeeper Ibou Ndiaye":
    the position is the player's role, not part of the name, and the name is a person whatever
    the model reads in it (a team, a club)."""
    text = (
        "Merriweather leaves with injury\n\n"
        "Harborview quarterback Tavon Merriweather left in the second quarter. Striker Lukas "
        "Brandtner scored twice, and goalkeeper Ibou Ndiaye saved a penalty."
    )
    spans = spans_of(
        text,
        ("Merriweather", "ORG"),
        ("Harborview", "GPE"),
        ("Tavon Merriweather", "ORG"),
        ("the second quarter", "DATE"),
        ("Striker Lukas Brandtner", "ORG"),
        ("Ibou Ndiaye", "ORG"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("Tavon Merriweather", "PERSON") in found
    assert ("Lukas Brandtner", "PERSON") in found
    assert ("Ibou Ndiaye", "PERSON") in found
    assert not any(t == "ORG" for _, t in found)
