"""A ground's first word written alone is the ground the article names in full, unless a town
of the gazetteer or a person of the article holds that word. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, list[str]]:
    spans = spans_of(text, *items)
    return {e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)}


def test_a_ground_named_by_its_first_word_is_one_place(table: AliasTable) -> None:
    text = (
        'Kotari made 98 at the Dravenmoor Stadium on Tuesday. "The Dravenmoor gives you runs on '
        'day four," the coach said. Later that week Halsby Park hosted the final, and Halsby '
        "was full by noon."
    )
    found = _found(
        text,
        table,
        ("Kotari", "PERSON"),
        ("Dravenmoor Stadium", "FAC"),
        ("Dravenmoor", "ORG"),
        ("Halsby Park", "FAC"),
        ("Halsby", "PERSON"),
    )
    assert found["Dravenmoor Stadium"] == ["Dravenmoor", "Dravenmoor Stadium"]
    assert found["Halsby Park"] == ["Halsby", "Halsby Park"]


def test_a_town_or_a_person_keeps_the_word(table: AliasTable) -> None:
    text = (
        "Wembley Stadium hosts the final, and Wembley residents complained about parking. "
        "Carla Brennan, who runs Brennan Park, said Brennan would open early."
    )
    found = _found(
        text,
        table,
        ("Wembley Stadium", "FAC"),
        ("Wembley", "GPE"),
        ("Carla Brennan", "PERSON"),
        ("Brennan Park", "FAC"),
        ("Brennan", "PERSON"),
    )
    assert found["Wembley Stadium"] == ["Wembley Stadium"]
    assert found["Brennan Park"] == ["Brennan Park"]
    assert "Brennan" in found["Carla Brennan"]
