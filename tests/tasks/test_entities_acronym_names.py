"""A name that begins with a known body's acronym and goes on with words of its own ("BNP
Paribas") is its own name, not the acronym's body (Bangladesh's BNP); the acronym alone is still
the body, and a whole name the alias table knows is left to it. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_name_led_by_a_known_acronym_is_its_own(table: AliasTable) -> None:
    text = (
        "Shares of BNP Tarvelle rose in Paris after the bank cut costs. In Dhaka, the BNP "
        "called a strike, and the EU Commission said it was watching."
    )
    spans = spans_of(
        text,
        ("Tarvelle", "ORG"),
        ("Paris", "GPE"),
        ("Dhaka", "GPE"),
        ("BNP", "ORG"),
        ("EU Commission", "ORG"),
    )
    found = {e.name: set(e.mentions) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["BNP Tarvelle"] == {"BNP Tarvelle"}
    assert found["Bangladesh Nationalist Party"] == {"BNP"}
    assert "European Commission" in found
    assert "Tarvelle" not in found
