"""Competitions, their stages and titles, events named with their year or owned by their
company, programmes in apposition to their noun, named operations and prizes with their
subject are no entities ("Group B", "the Round of 16", "the Europa League", "Northern League
Player of the Month", "FoodTech 2027", "its annual Brightwave conference", "the Clearwater
Initiative, a state programme", "Operation Larkspur", "the Harwick Prize for Poetry"); the
clubs, bodies, venues and people beside them stay, and so do a region, a division, a body and
a place where the words around them are not a competition's or a programme's. Texts written
for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _names(text: str, *items: tuple[str, str], table: AliasTable) -> list[str]:
    return [e.name for e in resolve_entities(text, spans_of(text, *items), table, TITLES)]


def test_competitions_their_stages_and_titles_are_no_one(table: AliasTable) -> None:
    text = (
        "Calder Rovers finished top of Group B and will meet Harwick Athletic in the Round of 16 "
        "of the Europa League. Striker Mira Solberg, named Northern League Player of the Month, "
        "scored twice at Fenwick Park. The Wild Card Round starts next week, and Dale Orr, the "
        "Most Valuable Player, said the Tarn Valley Region final would be harder."
    )
    found = _names(
        text,
        ("Calder Rovers", "ORG"),
        ("Group B", "ORG"),
        ("Harwick Athletic", "ORG"),
        ("Europa League", "ORG"),
        ("Mira Solberg", "PERSON"),
        ("Northern League Player", "PERSON"),
        ("Fenwick Park", "FAC"),
        ("Wild Card Round", "FAC"),
        ("Dale Orr", "PERSON"),
        ("Most Valuable Player", "ORG"),
        ("Tarn Valley Region", "LOC"),
        table=table,
    )
    kept = ["Calder Rovers", "Harwick Athletic", "Mira Solberg", "Fenwick Park", "Dale Orr"]
    assert found == kept


def test_events_by_their_year_or_their_owner_are_no_one(table: AliasTable) -> None:
    text = (
        "Tarvex Systems used its annual Brightwave conference to show new tools. Next year's "
        "Brightwave returns to Korlan. Rivals will exhibit at FoodTech 2027, which opens in May; "
        "every stand at FoodTech will be about robots, said Ines Varga of Holt Analytics."
    )
    found = _names(
        text,
        ("Tarvex Systems", "ORG"),
        ("Brightwave", "ORG"),
        ("Brightwave", "ORG"),
        ("Korlan", "GPE"),
        ("FoodTech", "ORG"),
        ("FoodTech", "ORG"),
        ("Ines Varga", "PERSON"),
        ("Holt Analytics", "ORG"),
        table=table,
    )
    assert found == ["Tarvex Systems", "Korlan", "Ines Varga", "Holt Analytics"]


def test_programmes_operations_and_prizes_are_no_one(table: AliasTable) -> None:
    text = (
        "The ministry will close the Clearwater Initiative, a state programme that paid for "
        "rooftop panels, minister Alva Brenn said. Dunmore Police will again run Operation "
        "Larkspur over the summer. The Harwick Prize for Poetry went to Teodor Lusk, and fewer "
        "retirees chose Medicare Advantage plans, the Pell Institute said."
    )
    found = _names(
        text,
        ("Clearwater Initiative", "ORG"),
        ("Alva Brenn", "PERSON"),
        ("Dunmore Police", "ORG"),
        ("Operation Larkspur", "ORG"),
        ("Harwick Prize for Poetry", "ORG"),
        ("Teodor Lusk", "PERSON"),
        ("Medicare Advantage", "ORG"),
        ("Pell Institute", "ORG"),
        table=table,
    )
    assert found == ["Alva Brenn", "Dunmore Police", "Teodor Lusk", "Pell Institute"]


def test_bodies_regions_and_places_beside_those_words_stay(table: AliasTable) -> None:
    text = (
        "Officials of the Kurdistan Region met in Erbil. The Harlow Trust, the charity that runs "
        "the scheme, said it had no money. Vantor Motors said its 2025 results beat forecasts, "
        "and its London conference was sold out. The Brenn Prize Foundation named Ola Dent "
        "chair, and the Big 12 Conference fined Arizona State."
    )
    found = _names(
        text,
        ("Kurdistan Region", "GPE"),
        ("Erbil", "GPE"),
        ("Harlow Trust", "ORG"),
        ("Vantor Motors", "ORG"),
        ("London", "GPE"),
        ("Brenn Prize Foundation", "ORG"),
        ("Ola Dent", "PERSON"),
        ("Big 12 Conference", "ORG"),
        ("Arizona State", "ORG"),
        table=table,
    )
    assert found == [
        "Kurdistan Region",
        "Erbil",
        "Harlow Trust",
        "Vantor Motors",
        "London",
        "Brenn Prize Foundation",
        "Ola Dent",
        "Big 12 Conference",
        "Arizona State",
    ]
