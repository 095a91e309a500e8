"""Words for peoples, faiths, generations and a town's residents name no entity, however the
model tags them; teams, longer names and people beside them stay. Texts are our own."""

from __future__ import annotations

import pytest

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.residents import residents_of_a_place
from tests.tasks.entity_helpers import by_name, spans_of


@pytest.mark.parametrize(
    "key", ["delhiites", "londoners", "new yorkers", "parisians", "chicagoans", "viennese"]
)
def test_a_towns_residents_are_named_after_the_town(key: str) -> None:
    assert residents_of_a_place(key)


@pytest.mark.parametrize("key", ["islanders", "sanders", "rangers", "evans", "peters", "sellers"])
def test_teams_and_surnames_in_the_plural_are_no_towns_residents(key: str) -> None:
    assert not residents_of_a_place(key)


def test_model_spans_of_peoples_words_are_dropped(table: AliasTable) -> None:
    text = (
        "Delhiites queue for water as heat breaks records\n\n"
        "Delhiites queued for hours at water tankers on Monday, and Sikh pilgrims joined them.\n"
        "Mujahideen veterans said the heat was worse than in 1988. Gen-X'ers and Millennials, "
        "a survey by Harlan Polling found, blamed the city. Aboriginal elders met Chicagoans.\n"
        "Later the Islanders beat the Rangers, and Senator Bernie Sanders spoke."
    )
    spans = spans_of(
        text,
        ("Delhiites", "PERSON"),
        ("Sikh", "ORG"),
        ("Mujahideen", "ORG"),
        ("Gen-X'ers and Millennials", "PERSON"),
        ("Harlan Polling", "ORG"),
        ("Aboriginal", "ORG"),
        ("Chicagoans", "NORP"),
        ("Islanders", "ORG"),
        ("Rangers", "ORG"),
        ("Bernie Sanders", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    dropped = {"Delhiites", "Sikh", "Mujahideen", "Gen-X'ers and Millennials", "Aboriginal"}
    assert not dropped & found.keys()
    assert {"Harlan Polling", "Islanders", "Rangers", "Bernie Sanders"} <= found.keys()
