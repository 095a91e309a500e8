"""The alias scanner finds known names NER missed, without reading ordinary words as acronyms."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES, spans_of


def test_alias_scan_is_case_safe_for_short_acronyms(table: AliasTable) -> None:
    text = "Let us see what is new. The US and IS fighters.\nWHAT IS THE US PLAN NOW FOR IS?"
    found = resolve_entities(text, [], table, TITLES)
    assert [(e.entity_id, e.mention_count) for e in found] == [("Q30", 1), ("Q2429253", 1)]


def test_the_state_of_a_party_state_tag_is_that_state(table: AliasTable) -> None:
    text = (
        "Rep. Dana Hollis, D-Minn., wrote the bill with Sen. Carl Webber (R-TX).\n"
        "Farmers in Minnesota backed it; Rep. Ann Lowry, R-W.Va., did not."
    )
    found = resolve_entities(text, [], table, TITLES)
    assert [(e.name, e.type, e.mentions) for e in found] == [
        ("Minnesota", "LOC", ["Minn.", "Minnesota"]),
        ("Texas", "LOC", ["TX"]),
        ("West Virginia", "LOC", ["W.Va."]),
    ]


def test_a_letter_and_hyphen_before_a_code_inside_a_word_is_no_party_tag(
    table: AliasTable,
) -> None:
    text = "Police found an AR-15 and a DR-CA form in the car, and a note saying X-MN."
    assert resolve_entities(text, [], table, TITLES) == []


def test_wall_street_is_a_place_and_its_journal_a_publication(table: AliasTable) -> None:
    text = "Shares fell on Wall Street on Friday, The Wall Street Journal reported."
    found = resolve_entities(text, [], table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Wall Street", "LOC"),
        ("The Wall Street Journal", "ORG"),
    ]


def test_a_town_written_with_its_state_is_a_place_and_so_is_the_state(table: AliasTable) -> None:
    text = (
        "The finals were held in Oster Falls, NJ, last week.\n"
        "In Brenwick, Md., the riders rested; Talbot Corp said so."
    )
    spans = spans_of(
        text,
        ("Oster Falls", "PRODUCT"),
        ("NJ", "ORG"),
        ("Brenwick", "PERSON"),
        ("Talbot Corp", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type, e.mentions) for e in found] == [
        ("Oster Falls", "LOC", ["Oster Falls"]),
        ("New Jersey", "LOC", ["NJ"]),
        ("Brenwick", "LOC", ["Brenwick"]),
        ("Maryland", "LOC", ["Md."]),
        ("Talbot Corp", "ORG", ["Talbot Corp"]),
    ]


def test_a_span_run_over_a_preposition_into_a_town_is_cut_before_it(table: AliasTable) -> None:
    """The model reads "Talbot Corp in Oster Falls" as one organization; a town's own name with
    "of" ("Bank of Brenwick") stays whole."""
    text = (
        "Ledgerline is building a depot with Talbot Corp in Oster Falls, NJ.\n"
        "The Bank of Brenwick, Md., lent the money."
    )
    spans = spans_of(
        text,
        ("Ledgerline", "ORG"),
        ("Talbot Corp in Oster Falls", "ORG"),
        ("NJ", "ORG"),
        ("The Bank of Brenwick", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Ledgerline", "ORG"),
        ("Talbot Corp", "ORG"),
        ("Oster Falls", "LOC"),
        ("New Jersey", "LOC"),
        ("Bank of Brenwick", "ORG"),
        ("Maryland", "LOC"),
    ]


def test_what_is_based_somewhere_names_a_place(table: AliasTable) -> None:
    text = (
        "The data came from Ledgerline, an Oster Falls-based provider.\n"
        "A Brenwick-based bank, Talbot Corp, agreed."
    )
    spans = spans_of(text, ("Ledgerline", "ORG"), ("Brenwick", "PERSON"), ("Talbot Corp", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Ledgerline", "ORG"),
        ("Oster Falls", "LOC"),
        ("Brenwick", "LOC"),
        ("Talbot Corp", "ORG"),
    ]
