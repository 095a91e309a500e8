"""Planets and moons written alone in a text about space are places. Texts are our own (title
line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_planets_and_moons_are_places_in_a_text_about_space(table: AliasTable) -> None:
    """The model reads "Saturn" as a product and "Enceladus" as a nationality: in a story
    about a spacecraft both are places, and "the Moon" is one; a name beside another capital
    ("the Titan Clipper mission", "Bruno Mars") is not the body."""
    text = (
        "Probe finds salt on a moon of Saturn\n\n"
        "The Halvard spacecraft flew past Enceladus, which orbits Saturn, and found salt. "
        "On Enceladus the ice is thin. The team plans the Titan Clipper mission and a return "
        "to the Moon. Bruno Mars played at the launch party."
    )
    spans = spans_of(
        text,
        ("Saturn", "PRODUCT"),
        ("Halvard", "ORG"),
        ("Enceladus", "NORP"),
        ("Saturn", "PRODUCT"),
        ("Enceladus", "NORP"),
        ("Titan Clipper", "PRODUCT"),
        ("Moon", "PERSON"),
        ("Bruno Mars", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Saturn"].type == "LOC" and found["Saturn"].mention_count == 2
    assert found["Enceladus"].type == "LOC" and found["Enceladus"].mention_count == 2
    assert found["Moon"].type == "LOC"
    assert found["Bruno Mars"].type == "PERSON"
    assert "Titan" not in found and "Mars" not in found


def test_a_body_name_is_no_place_in_a_text_not_about_space(table: AliasTable) -> None:
    """Without a word of space the names are what the model read: a car, a tennis player."""
    text = (
        "Dealer revives the Saturn brand\n\n"
        "A dealer in Ohio restored a Saturn coupe, and Venus Williams bought one. "
        "Mars posted record chocolate sales."
    )
    spans = spans_of(
        text,
        ("Saturn", "PRODUCT"),
        ("Ohio", "GPE"),
        ("Saturn", "PRODUCT"),
        ("Venus Williams", "PERSON"),
        ("Mars", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Saturn" not in found
    assert found["Venus Williams"].type == "PERSON"
    assert found["Mars"].type == "ORG"
