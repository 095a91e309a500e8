"""Market copy names indices and tickers beside companies: "the KOSPI rose", "the FTSE 100
was flat", "the Merval stock index", "Harlow Motors (7731.KS)". Indices are no entity of
ours and a ticker is no name; the companies stay. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_indices_and_tickers_are_no_entities_but_their_namesakes_stay(table: AliasTable) -> None:
    text = (
        "Harlow Motors (7731.KS) rose 4%, lifting the KOSPI 1.1%. In Europe the FTSE 100 "
        "was flat and the CAC 40 fell, while the Merval stock index jumped.\n"
        "Tarvik Mining fell on the Nikkei 225 but FTSE Russell kept it in its gauge."
    )
    spans = spans_of(
        text,
        ("Harlow Motors", "ORG"),
        ("7731.KS", "PERSON"),
        ("KOSPI", "ORG"),
        ("FTSE", "ORG"),
        ("CAC", "ORG"),
        ("Merval", "ORG"),
        ("Tarvik Mining", "ORG"),
        ("Nikkei 225", "ORG"),
        ("FTSE Russell", "ORG"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Harlow Motors", "Europe", "Tarvik Mining", "FTSE Russell"}
    # an index's name without its number, and a code outside brackets, are left to the model
    text = "The Nikkei reported that Harlow Motors would list in Seoul. Unit VOD.L was sold."
    spans = spans_of(text, ("Nikkei", "ORG"), ("Harlow Motors", "ORG"), ("VOD.L", "ORG"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert {"Nikkei", "Harlow Motors", "VOD.L"} <= names


def test_crude_oil_benchmarks_are_no_entities(table: AliasTable) -> None:
    text = (
        "Brent crude rose 2% and West Texas Intermediate (WTI) gained 1.8% after Tarvik "
        "Petroleum cut output in Texas."
    )
    spans = spans_of(
        text,
        ("Brent crude", "ORG"),
        ("West Texas Intermediate", "ORG"),
        ("WTI", "ORG"),
        ("Tarvik Petroleum", "ORG"),
        ("Texas", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Tarvik Petroleum": "ORG", "Texas": "LOC"}


def test_a_governments_debt_named_by_its_issuer_is_a_security(table: AliasTable) -> None:
    text = (
        "Long-dated US Treasury yields slipped and Treasury bills rallied, while Harlow Motors "
        "fell. US Treasury Secretary Ana Ruiz said the Treasury would act."
    )
    spans = spans_of(
        text,
        ("US Treasury", "ORG"),
        ("Treasury", "ORG"),
        ("Harlow Motors", "ORG"),
        ("Ana Ruiz", "PERSON"),
        ("Treasury", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    treasury = found["United States Department of the Treasury"]
    assert treasury.mention_count == 2 and {"Harlow Motors", "Ana Ruiz"} <= set(found)


def test_no_name_inside_a_benchmark_is_an_entity(table: AliasTable) -> None:
    """The model's span misses the benchmark's name and keeps a place inside it, or the alias
    table finds the place there: neither "Texas" nor "Brent" is named. Texas outside it is."""
    text = (
        "U.S. West Texas Intermediate crude futures fell 2%, and Brent crude slipped, while "
        "Tarvik Petroleum drilled in Texas."
    )
    spans = spans_of(
        text, ("U.S.", "GPE"), ("Brent", "ORG"), ("Tarvik Petroleum", "ORG"), ("Texas", "GPE")
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"United States", "Tarvik Petroleum", "Texas"}
    assert found["Texas"].mention_count == 1
