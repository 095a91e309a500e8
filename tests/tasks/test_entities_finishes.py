"""The colours a product comes in are no entities; names in the same shapes that are no colours
stay. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_colours_a_product_comes_in_are_no_entities(table: AliasTable) -> None:
    """A list after "comes in" ("Obsidian, Porcelain and Rose Quartz") and a list after
    "available in" with a colour word ("Slate Black or Harbor Blue"): colours; the maker and
    the shop stay."""
    text = (
        "Vantor Arc 3 review: a phone worth its price\n"
        "The Vantor Arc 3 comes in Obsidian, Porcelain and Rose Quartz, and Vantor said the "
        "Arc 3 Pro is available in Slate Black or Harbor Blue. Kelmart sells it for $499."
    )
    spans = spans_of(
        text,
        ("Vantor", "ORG"),
        ("Obsidian", "LOC"),
        ("Porcelain", "ORG"),
        ("Rose Quartz", "PERSON"),
        ("Slate Black", "PERSON"),
        ("Harbor Blue", "ORG"),
        ("Kelmart", "ORG"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Vantor", "Kelmart"}


def test_a_colour_after_in_or_before_its_finish_is_no_entity(table: AliasTable) -> None:
    """A colour's name after "in" ("in Midnight Blue") or before a finish's noun ("the
    Glacier Silver model"): colours; the car's maker stays."""
    text = (
        "Driving the new Orvik Tundra\n"
        "We drove the Orvik Tundra in Midnight Blue for a week, though the Glacier Silver "
        "model looks smarter. Orvik builds it in Kessler, Ohio."
    )
    spans = spans_of(
        text,
        ("Midnight Blue", "ORG"),
        ("Glacier Silver", "ORG"),
        ("Orvik", "ORG"),
        ("Kessler", "LOC"),
        ("Ohio", "LOC"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Orvik", "Kessler", "Ohio"}


def test_markets_places_and_people_in_the_same_shapes_stay(table: AliasTable) -> None:
    """ "available in Norvale and Castrin" lists markets, no colour; a person whose surname is
    a colour after "in" ("in Tessa White's band" aside, "a role in Marta Grey"), a place
    ending with "Green" after "in" and a name with no colour word after "in": names."""
    text = (
        "Local singer returns home\n"
        "The album is available in Norvale and Castrin from Friday. The singer, who once "
        "played keyboards for Marta Grey, grew up in Harwick Green and later lived in "
        "Ostley Dale. She said she trusted Marta Grey more than anyone."
    )
    spans = spans_of(
        text,
        ("Norvale", "LOC"),
        ("Castrin", "LOC"),
        ("Marta Grey", "PERSON"),
        ("Harwick Green", "LOC"),
        ("Ostley Dale", "LOC"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Norvale", "Castrin", "Marta Grey", "Harwick Green", "Ostley Dale"}


def test_a_colour_name_read_as_a_person_after_in_stays(table: AliasTable) -> None:
    """A name the model reads as a person, ending with a colour word, after "in" and with no
    list of colours ("confidence in Jonah White"): the person."""
    text = (
        "Club backs its coach\n"
        "The chairman said the board had full confidence in Jonah White after the defeat. "
        "White has led the side since 2021."
    )
    spans = spans_of(text, ("Jonah White", "PERSON"), ("White", "PERSON"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Jonah White"}
