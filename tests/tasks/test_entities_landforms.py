"""A landform named by two places joined by a hyphen is one place. Texts are our own (title
line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_hyphenated_landform_is_one_place(table: AliasTable) -> None:
    """ "the Marovia-Keshet Plateau" (or "plateau", before a dash) is one place, not its two
    ends; a border between two places ("the Marovia-Keshet border") stays two."""
    text = (
        "Drought grips the Marovia-Keshet Plateau\n\n"
        "Herders on the Marovia-Keshet Plateau lost stock, and traffic on the Marovia-Keshet "
        "border slowed. Towns like Zarin and the Marovia-Keshet plateau—are dry."
    )
    spans = spans_of(
        text,
        ("Marovia", "GPE"),
        ("Keshet Plateau", "ORG"),
        ("Marovia", "GPE"),
        ("Keshet", "PERSON"),
        ("Marovia", "GPE"),
        ("Keshet", "GPE"),
        ("Zarin", "GPE"),
        ("Marovia", "GPE"),
    )
    found = resolve_entities(text, spans, table, load_titles())
    plateau = [e for e in found if e.name.lower() == "marovia-keshet plateau"]
    assert len(plateau) == 1 and plateau[0].type == "LOC"
    assert plateau[0].mention_count >= 2
    assert {e.name for e in found} == {plateau[0].name, "Marovia", "Keshet", "Zarin"}
