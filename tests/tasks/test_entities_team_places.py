"""A team named by its place ("Tarvik closed the game on a 12-2 run") is the team the article
names in full ("the Tarvik Otters") and by its nickname ("the Otters"); after a preposition of
place ("flew to Tarvik"), or beside a company or a body named after it, the place stays a
place. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_place_naming_a_team_is_the_team_but_not_after_a_preposition_or_a_body(
    table: AliasTable,
) -> None:
    text = (
        "Ilse Moran scored 30 as the Tarvik Otters beat the Harlow Bay Herons.\n"
        "Tarvik closed the game on a 12-2 run, and the Otters have won six straight.\n"
        "The team flew home to Tarvik on Sunday."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Tarvik Otters", "ORG"),
        ("Harlow Bay Herons", "ORG"),
        ("Tarvik", "GPE"),
        ("Otters", "ORG"),
        ("Tarvik", "GPE"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Ilse Moran", "Tarvik Otters", "Harlow Bay Herons", "Tarvik"}
    assert found["Tarvik Otters"].mention_count == 3
    assert found["Tarvik"].type == "LOC" and found["Tarvik"].mention_count == 1
    company = "Tarvik Widgets opened a plant. Tarvik welcomed the jobs, said Ilse Moran."
    spans = spans_of(
        company, ("Tarvik Widgets", "ORG"), ("Tarvik", "GPE"), ("Ilse Moran", "PERSON")
    )
    types = {e.name: e.type for e in resolve_entities(company, spans, table, TITLES)}
    assert types == {"Tarvik Widgets": "ORG", "Tarvik": "LOC", "Ilse Moran": "PERSON"}
    body = "The Tarvik Congress met at dawn. Tarvik sent troops, and the Congress objected."
    spans = spans_of(body, ("Tarvik Congress", "ORG"), ("Tarvik", "GPE"), ("Congress", "ORG"))
    types = {e.name: e.type for e in resolve_entities(body, spans, table, TITLES)}
    assert types["Tarvik"] == "LOC"


def test_a_datelines_place_is_the_city_not_its_team(table: AliasTable) -> None:
    text = (
        "Otters win\n\nTARVIK (Harlow Wire) — Ilse Moran scored 30 as the Tarvik Otters won.\n"
        "Tarvik closed the game on a 12-2 run, and the Otters have won six straight."
    )
    spans = spans_of(
        text,
        ("TARVIK", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("Tarvik Otters", "ORG"),
        ("Tarvik", "GPE"),
        ("Otters", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Tarvik Otters"].mention_count == 3  # the full name, "Tarvik", "the Otters"
    assert found["TARVIK"].type == "LOC" and found["TARVIK"].mentions == ["TARVIK"]
