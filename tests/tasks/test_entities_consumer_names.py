"""Consumer-business copy: a name followed by an apposition whose head is a kind of business
("Tavor, the Leeds-based appliance maker,", "On the Dune, the online travel agent,") or by
"owned by" someone is an organization where the model read nothing there; so is each shop a
guide lists after "available at" or "sold by"; and a chain's menu item or meal deal named with
its head noun ("the Crunch Value Menu", "a Happy Meal") is no entity. Texts written for these
tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entity_rules.described_names import APPOSED_NAME_RE
from tasks.entity_rules.sellers import SELLERS_RE
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    spans = spans_of(text, *items)
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_name_before_its_kind_in_apposition_is_an_organization(table: AliasTable) -> None:
    """The kind noun heads the apposition; a person the model read stays one, and a kind noun
    that is not the apposition's head ("a bank manager", "the chain's founder") says nothing of
    the name before it."""
    text = (
        "Tavor, the Leeds-based appliance maker, has long been the budget choice. On the Dune, "
        "the online travel agent, said bookings rose. Brisklane, a discount grocer which "
        "opened in 2019, cut prices. Mara Keel, a former retailer, said the rules were unfair. "
        "Dorran, a bank manager, agreed. Ostley, the chain's founder, did not."
    )
    found = _found(text, table, ("Leeds", "PRODUCT"), ("Mara Keel", "PERSON"))
    assert found.get("Tavor") == "ORG"
    assert found.get("On the Dune") == "ORG"
    assert found.get("Brisklane") == "ORG"
    assert found.get("Mara Keel") == "PERSON"
    assert "Dorran" not in found
    assert "Ostley" not in found


def test_a_menu_or_a_meal_is_no_entity(table: AliasTable) -> None:
    text = (
        "Tavor Burgers said its Crunch Value Menu had lifted traffic, and a Sunny Meal now "
        "costs $4."
    )
    found = _found(
        text, table, ("Tavor Burgers", "ORG"), ("Crunch Value Menu", "ORG"), ("Sunny Meal", "ORG")
    )
    assert found.get("Tavor Burgers") == "ORG"
    assert "Crunch Value Menu" not in found
    assert "Sunny Meal" not in found


def test_a_name_owned_or_backed_by_someone_is_an_organization(table: AliasTable) -> None:
    """What is owned or backed by someone, or part of a group, is a business or its brand; a
    pronoun or an adverb opening the sentence is no name."""
    text = (
        "Vuelo, owned by Tarvik Group, said flights would run. Lovetrips, which is backed by "
        "private equity, said it had overtaken its rival. Brisk, part of Tarvik Group, agreed. "
        "Most, owned by families, are small. Meanwhile, the airline, which is based in Leeds, "
        "cut fares."
    )
    found = _found(text, table, ("Tarvik Group", "ORG"), ("Tarvik Group", "ORG"), ("Leeds", "GPE"))
    assert found.get("Vuelo") == "ORG"
    assert found.get("Lovetrips") == "ORG"
    assert found.get("Brisk") == "ORG"
    assert "Most" not in found
    assert "Meanwhile" not in found


def test_the_sellers_a_guide_lists_are_organizations(table: AliasTable) -> None:
    """Names listed after "available at", "sold by", "buy it from" are the shops that sell the
    thing: each an organization of its own, where the model read nothing there or one span
    across the list; a person, a date or a place stays what the model read."""
    text = (
        "Available at Brantley, Jo Merrow and Zonvia for around £199. It is also sold by "
        "Kestin and Halloway. You can buy it from Lakeby, Dunmore or Habbit. Stock is "
        "available from Monday at Heathrow."
    )
    found = _found(
        text,
        table,
        ("Jo Merrow", "PERSON"),
        ("Zonvia", "ORG"),
        ("Lakeby, Dunmore or Habbit", "ORG"),
        ("Monday", "DATE"),
        ("Heathrow", "FAC"),
    )
    for shop in ("Brantley", "Zonvia", "Kestin", "Halloway"):
        assert found.get(shop) == "ORG", shop
    assert found.get("Jo Merrow") == "PERSON"
    for shop in ("Lakeby", "Dunmore", "Habbit"):
        assert found.get(shop) == "ORG", shop
    assert "Lakeby, Dunmore or Habbit" not in found
    assert "Monday" not in found
    assert found.get("Heathrow") == "LOC"


def test_a_page_long_run_of_listed_and_apposed_names_is_read_in_one_pass() -> None:
    """The patterns bound how many names a list or an apposition takes, so a hostile page of
    a million characters of capitalised words and commas costs them one pass (the suite's
    timeout fails a pattern that goes quadratic)."""
    run = "Xq Zu, " * 150_000
    text = f"Available at {run}and Tarvik. {run}Brisk, the retailer, said."
    assert sum(1 for _ in SELLERS_RE.finditer(text)) == 1
    assert [m["name"] for m in APPOSED_NAME_RE.finditer(text)] == ["Brisk"]
