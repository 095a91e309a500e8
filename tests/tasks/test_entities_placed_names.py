"""A name and where it is, read by the model as one span, are two: the name, and the town or
street after "in", "on" or "near". A name holding such a word with no place after it, and a
sponsor's venue named with "at", stay whole. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    spans = spans_of(text, *items)
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_name_and_its_town_are_two(table: AliasTable) -> None:
    text = "Dr Ilse Moran of the Kolby University Teaching Hospital in Enugu led the work."
    found = _found(
        text,
        table,
        ("Ilse Moran", "PERSON"),
        ("the Kolby University Teaching Hospital in Enugu", "ORG"),
    )
    assert found == {
        "Ilse Moran": "PERSON",
        "Kolby University Teaching Hospital": "ORG",
        "Enugu": "LOC",
    }


def test_a_person_and_a_street_are_two(table: AliasTable) -> None:
    text = "Police said Ilse Moran on Ferris Street was unhurt."
    found = _found(text, table, ("Ilse Moran on Ferris Street", "ORG"))
    assert found["Ferris Street"] == "LOC"
    assert not any(" on " in name for name in found)


def test_a_name_holding_a_preposition_without_a_place_stays_whole(table: AliasTable) -> None:
    text = (
        "She grew up in Henley on Thames and studied at the Institute in Kolby Moor. The band "
        "plays Kolby Health at Tarvik Beach Theater in June."
    )
    found = _found(
        text,
        table,
        ("Henley on Thames", "GPE"),
        ("the Institute in Kolby Moor", "ORG"),
        ("Kolby Health at Tarvik Beach Theater", "FAC"),
    )
    assert "Henley on Thames" in found
    assert "Institute in Kolby Moor" in found
    assert "Kolby Health at Tarvik Beach Theater" in found


def test_a_company_of_a_town_with_its_state_is_the_company_and_the_town(
    table: AliasTable,
) -> None:
    text = "Regulators sued Dorrance Leasing of Richardson, Texas, on Monday."
    found = _found(text, table, ("Dorrance Leasing of Richardson", "ORG"), ("Texas", "GPE"))
    assert found == {"Dorrance Leasing": "ORG", "Richardson": "LOC", "Texas": "LOC"}


def test_a_body_of_a_town_with_its_state_stays_whole(table: AliasTable) -> None:
    """A body's head ends the name before "of"; without a state after it, nothing says home."""
    text = (
        "The University of Richmond, Virginia, and Dorrance Leasing of Richardson both "
        "signed the letter."
    )
    found = _found(
        text,
        table,
        ("The University of Richmond", "ORG"),
        ("Virginia", "GPE"),
        ("Dorrance Leasing of Richardson", "ORG"),
    )
    assert "University of Richmond" in found
    assert "Dorrance Leasing of Richardson" in found
