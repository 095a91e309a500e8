"""A place named with a qualifier is another place than its last word: "South Tarvia" is not
Tarvia, "New Osk" not Osk; a bare "Tarvia" is not its short name. A team's nickname still is
("the Otters" of "the Tarvik Otters"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_place_with_a_qualifier_is_not_its_last_word(table: AliasTable) -> None:
    text = (
        "Fighting spread from South Tarvia to the rest of Tarvia, and from New Osk to Osk.\n"
        "The Tarvik Otters cancelled their game; the Otters will play next week."
    )
    spans = spans_of(
        text,
        ("South Tarvia", "LOC"),
        ("Tarvia", "LOC"),
        ("New Osk", "GPE"),
        ("Osk", "GPE"),
        ("Tarvik Otters", "GPE"),
        ("Otters", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert {"South Tarvia", "Tarvia", "New Osk", "Osk"} <= set(found)
    assert found["Tarvia"].mentions == ["Tarvia"] and found["Osk"].mentions == ["Osk"]
    assert found["Tarvik Otters"].mention_count == 2
