"""Organizations' long names the model stops reading too early are read to their end: a span
ending with "of" goes on over the name after it; a topic goes on over "and" and its second
half; a body's head written after an organization joins it; two organizations joined by "and"
are two; a street the model labels as an event is a place; a road's number with a letter, and
an office's topic after its holder's title, stay in the name. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    spans = spans_of(text, *items)
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_name_ending_with_of_goes_on_over_the_name_after_it(table: AliasTable) -> None:
    text = "Protests began after the Electoral Commission of Varnia postponed the vote again."
    found = _found(text, table, ("the Electoral Commission of", "ORG"), ("Varnia", "GPE"))
    assert found == {"Electoral Commission of Varnia": "ORG"}


def test_a_topic_goes_on_over_and_its_second_half(table: AliasTable) -> None:
    text = (
        "Dr Ilse Moran of the Tarvik Institute of Marine Science and Engineering in Kolby led "
        "the study. The Kolby Commission on Fisheries and Health backed it."
    )
    found = _found(
        text,
        table,
        ("Ilse Moran", "PERSON"),
        ("the Tarvik Institute of Marine Science", "ORG"),
        ("Kolby", "GPE"),
        ("The Kolby Commission on Fisheries", "ORG"),
    )
    assert "Tarvik Institute of Marine Science and Engineering" in found
    assert "Kolby Commission on Fisheries and Health" in found
    assert "Tarvik Institute of Marine Science" not in found


def test_a_ministrys_second_portfolio_read_as_a_body_joins_the_ministry(
    table: AliasTable,
) -> None:
    """A ministry of two portfolios, the first holding "and" itself ("of Ports and Marine
    Affairs" + "and Fisheries"), is one body though the model read "Fisheries" as one of its
    own: a portfolio's word alone names no body. A company after "and" stays apart."""
    text = (
        "The Ministry of Ports and Marine Affairs and Fisheries said on Monday that the Bureau "
        "of Roads and Bridges and Velkor would share the work."
    )
    found = _found(
        text,
        table,
        ("The Ministry of Ports and Marine Affairs", "ORG"),
        ("Fisheries", "ORG"),
        ("Monday", "DATE"),
        ("the Bureau of Roads and Bridges", "ORG"),
        ("Velkor", "ORG"),
    )
    assert "Ministry of Ports and Marine Affairs and Fisheries" in found
    assert "Fisheries" not in found and "Ministry of Ports and Marine Affairs" not in found
    assert "Bureau of Roads and Bridges" in found and "Velkor" in found


def test_a_place_or_a_body_after_and_is_left_apart(table: AliasTable) -> None:
    text = (
        "Officials at the Bank of England and Treasury staff met on Monday. The Ministry of "
        "Fisheries and Kolby Council agreed."
    )
    found = _found(
        text,
        table,
        ("the Bank of England", "ORG"),
        ("The Ministry of Fisheries", "ORG"),
        ("Kolby Council", "ORG"),
    )
    assert "Bank of England" in found
    assert not any(" and " in name for name in found)


def test_a_bodys_head_after_an_organization_joins_it(table: AliasTable) -> None:
    text = (
        "The Arctic Nations High Commissioner for Fisheries met in Kolby. Staff bought "
        "Tarvik Office licences."
    )
    found = _found(text, table, ("The Arctic Nations", "ORG"), ("Kolby", "GPE"), ("Tarvik", "ORG"))
    assert "Arctic Nations High Commissioner for Fisheries" in found
    assert "Arctic Nations" not in found
    assert "Tarvik Office" not in found


def test_a_unit_after_a_whole_bodys_name_is_its_own(table: AliasTable) -> None:
    text = (
        "Officers from the Kolby Police Department Intelligence Led Policing Unit made the "
        "stop. The Social Democrats of Ilse Moran lost."
    )
    found = _found(
        text,
        table,
        ("the Kolby Police Department", "ORG"),
        ("The Social Democrats of", "ORG"),
        ("Ilse Moran", "GPE"),
    )
    assert found == {
        "Kolby Police Department": "ORG",
        "Intelligence Led Policing Unit": "ORG",
        "Social Democrats": "ORG",
        "Ilse Moran": "LOC",
    }


def test_two_organizations_joined_by_and_are_two(table: AliasTable) -> None:
    text = (
        "Tarvik International and Coastal Rights Watch documented the shootings. The Kolby "
        "Securities and Investments Commission fined them."
    )
    found = _found(
        text,
        table,
        ("Tarvik International and Coastal Rights Watch", "ORG"),
        ("The Kolby Securities and Investments Commission", "ORG"),
    )
    assert found == {
        "Tarvik International": "ORG",
        "Coastal Rights Watch": "ORG",
        "Kolby Securities and Investments Commission": "ORG",
    }


def test_a_company_sold_to_a_company_is_two(table: AliasTable) -> None:
    text = "The deal follows last year's sale of Pinwheel to Dorrance Technologies for $40 million."
    found = _found(text, table, ("Pinwheel to Dorrance Technologies", "ORG"))
    assert found == {"Pinwheel": "ORG", "Dorrance Technologies": "ORG"}


def test_a_body_named_for_a_purpose_with_to_stays_whole(table: AliasTable) -> None:
    text = "The Coalition to Protect Kavara Wetlands sued the developer, Ostrin Land Partners."
    found = _found(
        text,
        table,
        ("The Coalition to Protect Kavara Wetlands", "ORG"),
        ("Ostrin Land Partners", "ORG"),
    )
    assert found == {"Coalition to Protect Kavara Wetlands": "ORG", "Ostrin Land Partners": "ORG"}


def test_a_street_read_as_an_event_is_a_place(table: AliasTable) -> None:
    text = "The fire started near Cold Brook Road on Sunday and burned 400 acres."
    found = _found(text, table, ("Cold Brook Road", "EVENT"))
    assert found == {"Cold Brook Road": "LOC"}


def test_a_roads_number_with_a_letter_stays_in_its_name(table: AliasTable) -> None:
    text = "A deputy stopped the truck on County Road 600S near Kolby on Sunday."
    found = _found(text, table, ("County Road 600S", "FAC"), ("Kolby", "GPE"))
    assert "County Road 600S" in found


def test_an_offices_topic_after_its_holder_stays_in_its_name(table: AliasTable) -> None:
    text = "The Tarvik Governor's Office of Emergency Services said 40 engines were sent."
    found = _found(
        text, table, ("The Tarvik Governor's", "ORG"), ("Office of Emergency Services", "ORG")
    )
    assert found == {"Tarvik Governor's Office of Emergency Services": "ORG"}


def test_a_street_after_a_house_number_is_a_place(table: AliasTable) -> None:
    text = "Police arrested Ilse Moran, 32, of 1119 Ninth St., after a traffic stop in Kolby."
    found = _found(text, table, ("Ilse Moran", "PERSON"), ("Kolby", "GPE"))
    assert found.get("Ninth St") == "LOC"


def test_a_bodys_head_goes_on_over_of_and_the_name_after_it(table: AliasTable) -> None:
    text = (
        "The Kolby Commission on Marine Pollution said in 2019 that the bays were dying. The "
        "Tarvik Commission on Monday disagreed."
    )
    found = _found(
        text,
        table,
        ("The Kolby Commission", "ORG"),
        ("Marine Pollution", "ORG"),
        ("The Tarvik Commission", "ORG"),
        ("Monday", "DATE"),
    )
    assert "Kolby Commission on Marine Pollution" in found
    assert "Marine Pollution" not in found
    assert "Tarvik Commission" in found
