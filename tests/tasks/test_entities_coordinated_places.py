"""Two places sharing a plural kind after them are two places. Texts are our own (title line +
body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_two_names_before_a_plural_place_word_are_two_places(table: AliasTable) -> None:
    """ "Marlow and Tansey counties" read as one organization is two places; a body named
    with the kind in capitals ("Marlow and Tansey Counties Water Board") and two people
    before a verb ("states") stay as read."""
    text = (
        "Flood warnings extended\n\n"
        "Warnings were issued in Marlow and Tansey counties on Friday, the Marlow and Tansey "
        "Counties Water Board said. Dara Quill and Ivo Brandt states the obvious."
    )
    spans = spans_of(
        text,
        ("Marlow and Tansey", "ORG"),
        ("Friday", "DATE"),
        ("the Marlow and Tansey Counties Water Board", "ORG"),
        ("Dara Quill", "PERSON"),
        ("Ivo Brandt", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert found["Marlow"] == "LOC" and found["Tansey"] == "LOC"
    assert "Marlow and Tansey" not in found
    assert found["Marlow and Tansey Counties Water Board"] == "ORG"
    assert found["Dara Quill"] == "PERSON" and found["Ivo Brandt"] == "PERSON"
