"""Titles of clergy and of honoured pilgrims, as parish pages and obituaries write them before a
name, are roles, no part of the person's name. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_deacons_and_monsignors_are_their_names(table: AliasTable) -> None:
    text = (
        "Parish supper\n\n"
        "Deacon Arturo Velez chairs the supper; Msgr. Declan Rourke will say grace, and "
        "Hajja Samira Odeh brings the bread.\n"
    )
    spans = spans_of(
        text,
        ("Deacon Arturo Velez", "PERSON"),
        ("Declan Rourke", "PERSON"),
        ("Hajja Samira Odeh", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Arturo Velez"].type == "PERSON"
    assert found["Samira Odeh"].type == "PERSON"
    assert not {"Deacon Arturo Velez", "Hajja Samira Odeh"} & found.keys()
