"""The markets' products, funds and coins named with their kind are no entities: a product or
a token in apposition after its kind ("its flagship product, Tallyway,", "its own token, QRX,"),
a fund before its kind ("the Harbor Ridge Gold Trust, the largest physical gold ETF,"), a coin's
code before its kind ("the USDP stablecoin") and a name listed beside a known coin ("Cardano and
Dogecoin"). Their sellers, an investor called a fund and a firm in apposition to a kind of
company stay. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_product_in_apposition_after_its_kind_is_no_entity(table: AliasTable) -> None:
    text = (
        "Brisk Ledger, which is based in Leeds, sells accounting software to small firms. Its "
        "flagship product, Tallyway, is used by 40,000 bakeries. Tallyway costs £12 a month."
    )
    spans = spans_of(
        text,
        ("Brisk Ledger", "ORG"),
        ("Leeds", "GPE"),
        ("Tallyway", "ORG"),
        ("Tallyway", "PERSON"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Brisk Ledger", "Leeds"]


def test_tokens_coins_and_funds_named_with_their_kind_are_no_entities(table: AliasTable) -> None:
    text = (
        "The exchange Kestrelpay froze withdrawals after its own token, QRX, fell 40%. Paxley "
        "Trust, the issuer of the USDP stablecoin, said its reserves were safe. Cardano and "
        "Dogecoin fell 8%. The Harbor Ridge Bitcoin Trust, the largest spot bitcoin ETF, lost "
        "$90 million in a day."
    )
    spans = spans_of(
        text,
        ("Kestrelpay", "ORG"),
        ("QRX", "ORG"),
        ("Paxley Trust", "ORG"),
        ("USDP", "ORG"),
        ("Cardano", "ORG"),
        ("Harbor Ridge Bitcoin Trust", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Kestrelpay", "Paxley Trust"]


def test_investors_firms_and_a_coins_seller_stay(table: AliasTable) -> None:
    text = (
        "Vestra Pensioenen, the Dutch pension fund, backed the deal. Coinbase, a crypto "
        "exchange, listed the coin. Hallam Group, the product design firm, advised. Ledgerline "
        "and Bitcoin miners fell, Bitcoin and Halden shares rose, and Orvane said the token "
        "was sound."
    )
    spans = spans_of(
        text,
        ("Vestra Pensioenen", "ORG"),
        ("Coinbase", "ORG"),
        ("Hallam Group", "ORG"),
        ("Ledgerline", "ORG"),
        ("Halden", "ORG"),
        ("Orvane", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == [
        "Vestra Pensioenen",
        "Coinbase",
        "Hallam Group",
        "Ledgerline",
        "Halden",
        "Orvane",
    ]


def test_a_brand_sold_under_is_no_entity_and_its_seller_stays(table: AliasTable) -> None:
    text = (
        "Tamsin Foods sells its frozen meals under the Oak Hearth brand. Oak Hearth lost shelf "
        "space this year, and Tamsin campaigned under the Fresh Start banner."
    )
    spans = spans_of(
        text,
        ("Tamsin Foods", "ORG"),
        ("Oak Hearth", "ORG"),
        ("Oak Hearth", "PERSON"),
        ("Tamsin", "ORG"),
        ("Fresh Start", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Tamsin Foods", "Fresh Start"]


def test_a_podcasts_title_read_on_into_its_place_leaves_the_place(table: AliasTable) -> None:
    text = (
        "Dev Anand, who hosts the travel podcast Miles Ahead from Singapore, flies twice a "
        "month. Miles Ahead has 80,000 listeners."
    )
    spans = spans_of(
        text,
        ("Dev Anand", "PERSON"),
        ("Miles Ahead", "ORG"),
        ("Singapore", "GPE"),
        ("Miles Ahead", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Dev Anand", "Singapore"]


def test_tickers_coins_and_accounts_named_by_their_kind_are_no_entities(
    table: AliasTable,
) -> None:
    text = (
        'Orrin Bioworks will trade under the ticker "ORBW". Its token, called GLIM, pays '
        "holders. Ether and SOLX were little changed, and an ETF such as the iShares Core "
        "Emerging Markets tracks the region. Savers can open an ISA with £50."
    )
    spans = spans_of(
        text,
        ("Orrin Bioworks", "ORG"),
        ("ORBW", "ORG"),
        ("GLIM", "ORG"),
        ("SOLX", "ORG"),
        ("iShares Core Emerging Markets", "ORG"),
        ("ISA", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Orrin Bioworks"]


def test_a_firm_called_a_fund_and_a_person_named_isa_stay(table: AliasTable) -> None:
    text = (
        "A hedge fund called Citadel Ridge bought the shares. Isa Marlowe, who runs the fund, "
        "said the tickers were cheap."
    )
    spans = spans_of(text, ("Citadel Ridge", "ORG"), ("Isa Marlowe", "PERSON"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Citadel Ridge", "Isa Marlowe"]
