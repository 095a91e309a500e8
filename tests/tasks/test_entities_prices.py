"""A name written with the retail price of one thing ("Kestrel Paperleaf for $89.99", "Orbia
Nest Duo, $99") is a product, no entity, wherever the article writes it again; a company priced
by a deal's scale, a share or a month, or named as the seller ("at Tarvik for $79"), stays.
Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.prices import priced_names
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_priced_name_and_its_tail_are_products(table: AliasTable) -> None:
    text = (
        "Weekend deals on speakers and e-readers\n\n"
        "Kestrel Paperleaf for $89.99 (was $129.99)\n"
        "The Paperleaf is waterproof and lasts weeks on a charge.\n"
        "Orbia Nest Duo, $99\n"
        "Orbia says the Nest Duo fills a room, and Brellin makes the stand."
    )
    spans = spans_of(
        text,
        ("Kestrel Paperleaf", "ORG"),
        ("Paperleaf", "PERSON"),
        ("Orbia Nest Duo", "ORG"),
        ("Orbia", "ORG"),
        ("Nest Duo", "ORG"),
        ("Brellin", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Orbia", "Brellin"]


def test_a_company_priced_by_scale_share_or_month_or_as_seller_is_no_product() -> None:
    text = (
        "Tarvik agreed to buy Brellin for $20 million. Shares of Halvex at $12.50 fell, "
        "Zentro costs $5.99 a month, and the reader is $79 at Dellcor for $79 this week."
    )
    keys, _ = priced_names(text)
    assert not keys & {"brellin", "halvex", "zentro", "dellcor"}


def test_a_products_line_inside_a_priced_name_is_no_entity(table: AliasTable) -> None:
    text = (
        "The best smart speakers\n\n"
        "Best for iPhone owners: Corvant HaloPod mini, $99\n"
        "The HaloPod is small but loud, and Corvant updates it often."
    )
    spans = spans_of(
        text,
        ("Corvant HaloPod", "ORG"),
        ("HaloPod", "ORG"),
        ("Corvant", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant"]


def test_a_priced_name_may_end_with_a_lowercase_models_code() -> None:
    keys, _ = priced_names("Best budget: Tarvik Cam v4, £35\nThe Tarvik Cam v4 is good.")
    assert "tarvik cam v4" in keys and "tarvik" not in keys


def test_a_name_before_a_prices_label_or_after_a_byline_is_not_priced() -> None:
    text = "Tested by: Jane Roe RRP: £23.99 More info: online\nPrice: $1,099 at Tarvik"
    keys, _ = priced_names(text)
    assert not keys & {"jane roe", "jane roe rrp", "roe rrp"}
