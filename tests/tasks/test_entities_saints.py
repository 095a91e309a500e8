"""A possessive after a saint's name is inside the name ("St. Peter's Square"), where a
possessive in a place's span otherwise joins two names ("Punjab's Bhatinda"). Texts are our
own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_saints_possessive_stays_inside_the_name(table: AliasTable) -> None:
    text = (
        "Pope names new cardinals\n\n"
        "The pope spoke from the window over St. Peter's Square on Sunday. Nurses at St Mary's "
        "Hospital in Portsey and at Saint Luke's Medical Center marched. In Punjab's Bhatinda "
        "the day was quiet."
    )
    spans = spans_of(
        text,
        ("St. Peter's Square", "GPE"),
        ("St Mary's Hospital", "GPE"),
        ("Portsey", "GPE"),
        ("Saint Luke's Medical Center", "FAC"),
        ("Punjab's Bhatinda", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"St. Peter's Square", "St Mary's Hospital", "Saint Luke's Medical Center"} <= (
        found.keys()
    )
    assert {"Punjab", "Bhatinda"} <= found.keys()
    assert not {"St. Peter", "St Mary", "Saint Luke"} & found.keys()
