"""Products named after their maker ("the Corvant Halo 6", "an Amazon Echo", "Vexa Slate Pro
2") are no entities; the maker named on its own stays, and so do the maker's units ("Vexa
Electronics", "Corvant Sports", "Google Cloud") and a number right after the maker ("Corvant 5",
a station); a model's code after a company ("Samsung's S90D") is no entity, nor written alone
later. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_product_after_its_maker_is_no_entity(table: AliasTable) -> None:
    text = (
        "Holiday gadget deals: routers, speakers and tablets\n\n"
        "The Corvant Halo 6 mesh kit is $80 off this week. Corvant says the Halo covers four "
        "bedrooms, and owners of an Amazon Echo can pause it by voice. Vexa Slate Pro 2 "
        "tablets are down to $399 at Tarvik Stores; Vexa has not cut the price of its Vexa "
        "Folio Keyboard."
    )
    spans = spans_of(
        text,
        ("Corvant Halo 6", "ORG"),
        ("Corvant", "ORG"),
        ("Amazon Echo", "ORG"),
        ("Vexa Slate Pro 2", "PERSON"),
        ("Tarvik Stores", "ORG"),
        ("Vexa", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant", "Tarvik Stores", "Vexa"]


def test_a_makers_unit_or_station_stays(table: AliasTable) -> None:
    text = (
        "Vexa splits its businesses\n\n"
        "Vexa said the Vexa Electronics unit and Vexa Sports would become separate companies. "
        "The Google Cloud team will host both. Corvant 5, the local station, first reported "
        "the plan, and Corvant said its Corvant UK arm would bid for Vexa Sports."
    )
    spans = spans_of(
        text,
        ("Vexa", "ORG"),
        ("Vexa Electronics", "ORG"),
        ("Vexa Sports", "ORG"),
        ("Google Cloud", "ORG"),
        ("Corvant 5", "ORG"),
        ("Corvant", "ORG"),
        ("Corvant UK", "ORG"),
        ("Vexa Sports", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert {"Vexa Electronics", "Vexa Sports", "Google Cloud", "Corvant 5", "Corvant UK"} <= found


def test_a_products_line_written_alone_is_no_entity_either(table: AliasTable) -> None:
    text = (
        "Corvant Halo 6 review: fast, quiet and easy\n\n"
        "Corvant sent us the Corvant Halo 6 for a month. The Halo held 900Mbps two floors "
        "away, and the Halo 6 app is simple. Corvant's older Halo 5 is still on sale, and "
        "Halo Networks, a Leeds firm with a similar name, plans to sue."
    )
    spans = spans_of(
        text,
        ("Corvant Halo 6", "ORG"),
        ("Corvant", "ORG"),
        ("Corvant Halo 6", "ORG"),
        ("Halo", "PERSON"),
        ("Halo 6", "ORG"),
        ("Corvant", "ORG"),
        ("Halo 5", "ORG"),
        ("Halo Networks", "ORG"),
        ("Leeds", "GPE"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant", "Halo Networks", "Leeds"]


def test_a_person_after_an_article_and_a_relative_stays(table: AliasTable) -> None:
    text = (
        "The Corvant family remembers\n\n"
        "Corvant wrote to us. Martha Fry and her brother Corvant Reyes agreed to talk; the "
        "Corvant Halo 6 he designed still sells."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("Martha Fry", "PERSON"),
        ("Corvant Reyes", "PERSON"),
        ("Corvant Halo 6", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert "Corvant Reyes" in found
    assert "Corvant Halo 6" not in found


def test_a_model_code_the_model_left_after_the_span_makes_a_product(
    table: AliasTable,
) -> None:
    text = (
        "Cyber Monday laptop and router deals\n\n"
        "Tarvik says the Tarvik Nighthawk R6700 router is $67. Dell's G3 laptop pairs an "
        "Intel Core i5 processor with 8GB of memory, and Intel said supply is fine. Vexa Echo "
        "Show 8 for $89: Vexa said stock is low. Jonas Halden R2 was not there."
    )
    spans = spans_of(
        text,
        ("Tarvik", "ORG"),
        ("Tarvik Nighthawk R6700", "ORG"),
        ("Dell", "ORG"),
        ("Intel Core", "ORG"),
        ("Intel", "ORG"),
        ("Vexa Echo", "ORG"),
        ("Vexa", "ORG"),
        ("Jonas Halden", "PERSON"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Tarvik", "Dell", "Intel", "Vexa", "Jonas Halden"]


def test_a_code_tagged_apart_from_its_maker_is_no_entity(table: AliasTable) -> None:
    text = (
        "The best TVs of the year\n\n"
        "The Corvant QX7 is $999, and Corvant says stock is low. Samsung's S90D costs more. "
        "Tarvik, a Leeds shop, sells both; Vexa G20 and the G20 summit are another story."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("QX7", "ORG"),
        ("Corvant", "ORG"),
        ("Samsung", "ORG"),
        ("S90D", "PERSON"),
        ("Tarvik", "ORG"),
        ("Leeds", "GPE"),
        ("G20", "ORG"),
        ("G20", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant", "Samsung Electronics", "Tarvik", "Leeds", "G20"]


def test_a_code_cut_off_a_makers_span_is_no_entity_written_alone(table: AliasTable) -> None:
    text = (
        "Corvant Z9 review\n\n"
        "Corvant makes good sets. The Corvant Z9 is $1,299, and the Z9 has the brighter "
        "picture. The London Metal Exchange CMAL3 fell, and CMAL3 traders left."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("Corvant Z9", "ORG"),
        ("Z9", "ORG"),
        ("London Metal Exchange CMAL3", "ORG"),
        ("CMAL3", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant", "London Metal Exchange", "CMAL3"]


def test_a_name_with_a_models_number_after_a_makers_possessive_is_a_product(
    table: AliasTable,
) -> None:
    text = (
        "Retailer's sales fall\n\n"
        "Demand for Corvant's Slate 2 helped, and Vexa's Spectre x360 sold well. The BBC's "
        "Radio 4 reported the figures, which Corvant confirmed."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("Slate 2", "PERSON"),
        ("Vexa", "ORG"),
        ("Spectre", "PERSON"),
        ("BBC", "ORG"),
        ("Radio 4", "ORG"),
        ("Corvant", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert "Slate 2" not in found and "Spectre" not in found
    assert {"Corvant", "Vexa", "Radio 4"} <= found
