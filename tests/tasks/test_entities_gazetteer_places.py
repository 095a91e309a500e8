"""Places the gazetteer knows where the text says a place, or the model's label cannot be right,
are places (`tasks.entities.gazetteer_places`); spans are the small model's mistakes, built by
hand. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _types(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    return {e.name: e.type for e in resolve_entities(text, spans_of(text, *items), table, TITLES)}


def test_towns_listed_with_a_place_are_places_whatever_the_model_read(table: AliasTable) -> None:
    text = "Aid convoys reached Goma, Bukavu and Uvira on Friday, the agency said."
    found = _types(text, table, ("Goma", "GPE"), ("Bukavu", "PERSON"))
    assert found == {"Goma": "LOC", "Bukavu": "LOC", "Uvira": "LOC"}


def test_a_place_span_over_two_towns_is_two_places(table: AliasTable) -> None:
    text = "Trains between Kochi and Kottayam ran late after the storm."
    assert _types(text, table, ("Kochi and Kottayam", "LOC")) == {"Kochi": "LOC", "Kottayam": "LOC"}
    country = "Exports from Trinidad and Tobago rose."
    assert list(_types(country, table, ("Trinidad and Tobago", "GPE"))) == ["Trinidad and Tobago"]
    city = "Bins in Brighton and Hove went unemptied."
    assert list(_types(city, table, ("Brighton and Hove", "GPE"))) == ["Brighton and Hove"]


def test_towns_after_in_are_places_even_when_the_model_knows_none(table: AliasTable) -> None:
    text = "Nurses in Cork and Limerick voted to walk out on Monday."
    found = _types(text, table, ("Cork", "PERSON"), ("Limerick", "ORG"))
    assert found == {"Cork": "LOC", "Limerick": "LOC"}


def test_lists_of_no_place_and_people_named_like_towns_are_left(table: AliasTable) -> None:
    shop = "Talks between Marks and Spencer and the union ended on Tuesday."
    found = _types(shop, table, ("Marks and Spencer", "ORG"))
    assert found == {"Marks and Spencer": "ORG"}
    people = (
        "Andrew Jackson spoke first. Portraits of Jackson and Lincoln hang in Ohio, Texas and "
        "Illinois."
    )
    found = _types(people, table, ("Andrew Jackson", "PERSON"), ("Jackson", "PERSON"))
    assert found["Andrew Jackson"] == "PERSON" and "Jackson" not in found


def test_a_big_town_alone_after_in_is_a_place_a_word_named_like_a_town_is_not(
    table: AliasTable,
) -> None:
    """The model sees no name at all in "in Jacobabad"; "Time", "March" and "Justice" are towns
    too, of fewer people than a town alone must have, and "Independence Day" is no town."""
    text = (
        "Temperatures reached 51C in Jacobabad on Tuesday, and clinics in Johor stayed open. "
        "Nothing changed in March, in Time or in Justice, and Independence Day passed quietly."
    )
    assert _types(text, table) == {"Jacobabad": "LOC", "Johor": "LOC"}


def test_a_city_or_province_read_as_a_nationality_or_product_is_the_place(
    table: AliasTable,
) -> None:
    text = (
        "Ferries from Mombasa ran late, and farmers in Punjab waited. Roman Catholic parishes "
        "helped."
    )
    found = _types(text, table, ("Mombasa", "NORP"), ("Punjab", "NORP"), ("Roman Catholic", "NORP"))
    assert found == {"Mombasa": "LOC", "Punjab": "LOC"}


def test_a_big_town_after_in_read_only_in_part_is_the_whole_town(table: AliasTable) -> None:
    """ "in Petaling Jaya" read as "Jaya", a person, is the town, the piece giving way; a span
    that is the whole name keeps the model's reading ("in Santa Ana" read as a person is left
    to the steps that know people), and a person's name that is no town stays a person."""
    text = (
        "Two men were held in Petaling Jaya on Monday. Officers in Santa Ana said so, and in "
        "Maria Velasco's view it was late."
    )
    found = _types(
        text,
        table,
        ("Jaya", "PERSON"),
        ("Monday", "DATE"),
        ("Santa Ana", "PERSON"),
        ("Maria Velasco", "PERSON"),
    )
    assert found["Petaling Jaya"] == "LOC" and "Jaya" not in found
    assert found["Santa Ana"] == "PERSON"
    assert found["Maria Velasco"] == "PERSON"
