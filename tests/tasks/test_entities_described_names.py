"""A name written right after the common noun of its kind is an organization ("the charity
Kolby Cares", "the duo Ilse & Marten", "the payments startup Tarvik Pay"), where the model read
nothing there or no entity; a date after the noun is no name, and a bare "and" lists two names.
Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    spans = spans_of(text, *items)
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_name_after_its_kind_is_an_organization(table: AliasTable) -> None:
    text = (
        "A share of every ticket goes to the charity Kolby Cares. The Malian duo Ilse & Marten "
        "will play, and the payments startup Tarvik Pay raised $6 million."
    )
    found = _found(text, table, ("Ilse & Marten", "WORK_OF_ART"))
    assert found == {"Kolby Cares": "ORG", "Ilse & Marten": "ORG", "Tarvik Pay": "ORG"}


def test_a_date_or_a_second_name_is_not_taken_in(table: AliasTable) -> None:
    text = (
        "The company Tuesday said profits fell. The festival added the band Kolby Cares and "
        "Tarvik Sound to its bill."
    )
    found = _found(text, table, ("Tuesday", "DATE"), ("Tarvik Sound", "ORG"))
    assert "Tuesday" not in found
    assert found.get("Kolby Cares") == "ORG"
    assert not any(" and " in name for name in found)


def test_a_company_named_like_its_product_line_stays(table: AliasTable) -> None:
    """A maker that named its product after itself ("the Orvane Pro app") is still the company
    where the text calls it one, with or without an article; a product line nobody calls a
    company ("the Kestrel Pro headset" of a maker named apart) is still no entity."""
    text = (
        "A lawsuit accuses fitness company Orvane of selling data from its Orvane Pro app. "
        "Orvane, which is based in Denver, denied it. Halden Audio said its Kestrel Pro headset "
        "sold out; the Kestrel was its best seller."
    )
    found = _found(
        text,
        table,
        ("Orvane", "PERSON"),
        ("Orvane Pro", "PRODUCT"),
        ("Orvane", "ORG"),
        ("Denver", "GPE"),
        ("Halden Audio", "ORG"),
        ("Kestrel", "PERSON"),
    )
    assert "Orvane" in found
    assert "Kestrel" not in found
    assert found.get("Halden Audio") == "ORG"


def test_a_place_based_somewhere_is_an_organization(table: AliasTable) -> None:
    """What is "based in" a place is an organization, whatever the model read; a person "who
    is based in" a town stays a person, and a town before another verb stays a place."""
    text = (
        "Korveth Therapeutics won approval. Shares of Korveth, which is based in Leeds, rose; "
        "Korveth said sales begin in May. Ilse Moran, who is based in Leeds, covers Korveth. "
        "Leeds is a city."
    )
    spans = spans_of(
        text,
        ("Korveth Therapeutics", "ORG"),
        ("Korveth", "GPE"),
        ("Leeds", "GPE"),
        ("Korveth", "PERSON"),
        ("Ilse Moran", "PERSON"),
        ("Leeds", "GPE"),
        ("Korveth", "ORG"),
        ("Leeds", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Korveth Therapeutics": "ORG", "Leeds": "LOC", "Ilse Moran": "PERSON"}


def test_names_listed_after_a_plural_noun_of_companies_are_organizations(
    table: AliasTable,
) -> None:
    """ "lenders such as Tarvik, Orlow and Benn Pay": the model read one or none of them, or a
    brand as a person; each is an organization. A place the model read in such a list stays a
    place, and a list after a noun of people ("rivals like Ana Reis") is left to the model."""
    text = (
        "Savers moved to challenger lenders such as Tarvik, Orlow and Benn Pay, while coffee "
        "chains including Kolby & Rune and Greaves lost share. Firms like Dunmore stayed in "
        "Oslo. Rivals like Ana Reis said nothing."
    )
    found = _found(
        text,
        table,
        ("Tarvik", "ORG"),
        ("Greaves", "PERSON"),
        ("Dunmore", "GPE"),
        ("Oslo", "GPE"),
        ("Ana Reis", "PERSON"),
    )
    assert {name: found.get(name) for name in ("Orlow", "Benn Pay", "Kolby & Rune")} == {
        "Orlow": "ORG",
        "Benn Pay": "ORG",
        "Kolby & Rune": "ORG",
    }
    assert found.get("Greaves") == "ORG"
    assert found.get("Tarvik") == "ORG"
    assert found.get("Dunmore") == "LOC"
    assert found.get("Ana Reis") == "PERSON"
