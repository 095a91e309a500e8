"""Sources a report is credited to: the name after "according to", "told", "published in" or
"image credit:" is an organization where the model misses it, reads it as a work or a product,
or cuts it short; a person or a place the model found there stands. Texts written for these
tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.attribution import credited_spans
from tests.tasks.entity_helpers import TITLES, spans_of


def _names(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> list[str]:
    return [e.name for e in resolve_entities(text, spans, table, TITLES)]


def test_a_source_the_model_missed_after_told_or_according_to_is_an_organization(
    table: AliasTable,
) -> None:
    text = (
        "A farmer in Oakdale told Harvest Ledger that the barn burned overnight.\n"
        "The fire spread fast, according to Valley Courier."
    )
    spans = spans_of(text, ("Oakdale", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Oakdale", "LOC"),
        ("Harvest Ledger", "ORG"),
        ("Valley Courier", "ORG"),
    ]


def test_two_sources_joined_by_and_are_two(table: AliasTable) -> None:
    text = "The studio hired him, according to reports from The Marlow Wire and Frontlot."
    spans = spans_of(text, ("The Marlow Wire and Frontlot", "WORK_OF_ART"))
    assert _names(text, spans, table) == ["Marlow Wire", "Frontlot"]


def test_a_publication_read_as_a_work_or_cut_short_is_the_whole_publication(
    table: AliasTable,
) -> None:
    text = (
        "The study was published in the journal Ocean Letters on Monday.\n"
        "It was reported earlier, according to The Harbor Reporter."
    )
    spans = spans_of(
        text, ("Ocean Letters", "WORK_OF_ART"), ("Monday", "DATE"), ("The Harbor", "ORG")
    )
    assert _names(text, spans, table) == ["Ocean Letters", "Harbor Reporter"]


def test_after_a_publication_cue_a_span_read_as_a_person_is_replaced(table: AliasTable) -> None:
    text = (
        "The findings appeared in BRM Case Notes this week.\n"
        "This article was originally published by Skyward. Image credit: Lensbank"
    )
    spans = spans_of(text, ("Case Notes", "PERSON"))
    assert _names(text, spans, table) == ["BRM Case Notes", "Skyward", "Lensbank"]


def test_a_person_or_place_the_model_found_after_the_cue_stands(table: AliasTable) -> None:
    text = (
        "The plan will fail, according to Maria Okafor, a planner.\n"
        "Okafor told Tarvik officials that the road was closed."
    )
    spans = spans_of(text, ("Maria Okafor", "PERSON"), ("Okafor", "PERSON"), ("Tarvik", "GPE"))
    assert credited_spans(text, spans) == spans
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [("Maria Okafor", "PERSON"), ("Tarvik", "LOC")]


def test_a_publication_of_a_town_is_cut_before_the_town(table: AliasTable) -> None:
    text = "The governor spoke, according to a report in the Harbor Leader of Millbrook."
    spans = spans_of(text, ("Millbrook", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert (found[0].name, found[0].type) == ("Harbor Leader", "ORG")
    assert "Harbor Leader of Millbrook" not in [e.name for e in found]


def test_a_date_or_number_after_the_cue_is_no_source(table: AliasTable) -> None:
    text = "Prices rose, according to Monday figures, and told 40 Minutes nothing new."
    spans = spans_of(text, ("Monday", "DATE"), ("40 Minutes", "CARDINAL"))
    assert credited_spans(text, spans) == spans
    assert _names(text, spans, table) == []


def test_a_web_address_after_the_cue_is_no_source(table: AliasTable) -> None:
    text = "Two million homes lost power, according to GridWatch.us on Thursday."
    spans = spans_of(text, ("Thursday", "DATE"))
    assert _names(text, spans, table) == []
