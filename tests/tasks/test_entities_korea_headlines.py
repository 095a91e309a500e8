"""Korean wires' headline abbreviations of the two Koreas name the countries. Texts are our
own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_s_korea_and_n_korea_are_the_countries(table: AliasTable) -> None:
    """Yonhap and the Korea Herald write "S. Korea" and "N. Korea" in headlines: one entity
    each with "South Korea" and "North Korea" in the story."""
    text = (
        "(LEAD) S. Korea, N. Korea trade warnings over border drills\n\n"
        "South Korea said on Monday that North Korea had fired artillery near the border."
    )
    spans = spans_of(
        text,
        ("S. Korea", "GPE"),
        ("N. Korea", "GPE"),
        ("South Korea", "GPE"),
        ("Monday", "DATE"),
        ("North Korea", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert sorted(found["South Korea"].mentions) == ["S. Korea", "South Korea"]
    assert sorted(found["North Korea"].mentions) == ["N. Korea", "North Korea"]
