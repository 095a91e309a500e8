"""A town written with its Canadian province ("Toronto, ON", "Red Deer, Alta.") names the town
and the province. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_province_after_a_town_is_that_province(table: AliasTable) -> None:
    """Postal codes and Canadian Press abbreviations after a town are the province, whatever
    the model reads in them (an organization, or nothing); the town is a place."""
    text = (
        "Crews battle fires across the west\n\n"
        "Crews from Kelowna, B.C. and Red Deer, Alta. joined firefighters near Brandon, MB on "
        "Friday, while a team from Sudbury, ON flew in."
    )
    spans = spans_of(
        text,
        ("Kelowna", "GPE"),
        ("B.C.", "ORG"),
        ("Red Deer", "PERSON"),
        ("Alta", "ORG"),
        ("Brandon", "PERSON"),
        ("Friday", "DATE"),
        ("Sudbury", "GPE"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert {
        ("Kelowna", "LOC"),
        ("British Columbia", "LOC"),
        ("Red Deer", "LOC"),
        ("Alberta", "LOC"),
        ("Brandon", "LOC"),
        ("Manitoba", "LOC"),
        ("Sudbury", "LOC"),
        ("Ontario", "LOC"),
    } <= found
    assert not any(name in {"B.C.", "Alta", "MB", "ON"} for name, _ in found)
