"""A name the table knows with a comma in it, read by the model as two places, is one place.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_city_written_with_its_district_is_one_place(table: AliasTable) -> None:
    """ "Washington" and "D.C." tagged apart are the capital, one entity; a town and its state
    stay two, even where the table knows the pair ("New York, N.Y.")."""
    text = (
        "Museum reopens\n\n"
        "The museum in Washington, D.C., reopened on Monday, said curator Ines Varga of Albany, "
        "N.Y., who moved to Washington from New York, NY, last year."
    )
    spans = spans_of(
        text,
        ("Washington", "GPE"),
        ("D.C.", "GPE"),
        ("Monday", "DATE"),
        ("Ines Varga", "PERSON"),
        ("Albany", "GPE"),
        ("N.Y.", "GPE"),
        ("Washington", "GPE"),
        ("New York", "GPE"),
        ("NY", "ORG"),
    )
    found = {
        e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, load_titles())
    }
    assert found["Washington, D.C."] == ["Washington", "Washington, D.C."]
    assert "D.C." not in found
    assert {"Albany", "New York State"} <= found.keys()
