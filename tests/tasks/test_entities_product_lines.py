"""A product's line written alone beside the line with a model's number ("the Slate" beside
"Slate 10", the span cut at "Slate" of "Slate 10"), or in the plural beside a product's line
("older Slates", "Corvbooks" beside "Corvbook Pro"), is no entity; a score's team and a month
before a day stay. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_numbered_line_after_an_article_or_cut_from_its_number_is_no_entity(
    table: AliasTable,
) -> None:
    text = (
        "Vexa unveils Slate 10 with a faster chip\n\n"
        "Vexa on Tuesday unveiled the Slate 10 and a larger model. Vexa is selling the Slate "
        "at cost, and the new features will come to older Slates in an update."
    )
    spans = spans_of(
        text,
        ("Vexa", "ORG"),
        ("Slate", "ORG"),
        ("Vexa", "ORG"),
        ("Vexa", "ORG"),
        ("Slate", "PERSON"),
        ("Slates", "GPE"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Vexa"]


def test_the_plural_of_a_products_line_is_no_entity(table: AliasTable) -> None:
    text = (
        "Corvant brings back the escape key\n\n"
        "The new Corvbook Pro has a physical escape key, which Corvant took from old "
        "Corvbooks. Owners of Corvbook Pros had complained for years."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("Corvant", "ORG"),
        ("Corvbooks", "ORG"),
        ("Corvbook Pros", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Corvant"]


def test_a_team_of_a_score_and_a_month_stay(table: AliasTable) -> None:
    text = (
        "Rovers edge Athletic\n\n"
        "Rovers 2, Athletic 1. The Rovers manager, Dale Ashby, praised the May signings, "
        "and on May 5 the Rovers will play Athletic again."
    )
    spans = spans_of(
        text,
        ("Rovers", "ORG"),
        ("Athletic", "ORG"),
        ("Rovers", "ORG"),
        ("Athletic", "ORG"),
        ("Rovers", "ORG"),
        ("Dale Ashby", "PERSON"),
        ("Rovers", "ORG"),
        ("Athletic", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert {"Rovers", "Athletic", "Dale Ashby"} <= found


def test_a_numbered_common_noun_is_no_line(table: AliasTable) -> None:
    text = (
        "Small boats cross in calm weather\n\n"
        "More than 500 people crossed the Channel on Tuesday, Channel 4 reported, and "
        "Route 9 was closed."
    )
    spans = spans_of(text, ("Channel", "LOC"), ("Channel 4", "ORG"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Channel", "Channel 4", "Route 9"]  # a road by its number is a place
