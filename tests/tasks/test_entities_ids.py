"""Ids of entities the alias table does not know: stable, typed, independent of legal forms."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    resolve_entities,
    unknown_entity_id,
)
from tests.tasks.entity_helpers import TITLES, spans_of


def test_unknown_ids_are_stable_and_typed() -> None:
    assert unknown_entity_id("ORG", "Acme Widgets") == unknown_entity_id("ORG", "ACME  widgets")
    assert unknown_entity_id("ORG", "Acme Widgets").startswith("nl:org:")
    assert len(unknown_entity_id("LOC", "Somewhere").split(":")[2]) == 12


def test_company_legal_forms_do_not_split_an_unknown_org(table: AliasTable) -> None:
    text = "SoftBank Group Corp owns it. SoftBank declined to comment."
    spans = spans_of(text, ("SoftBank Group Corp", "ORG"), ("SoftBank", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("SoftBank Group Corp", ["SoftBank Group Corp", "SoftBank"])
    ]
    assert found[0].entity_id == unknown_entity_id("ORG", "SoftBank")


def test_a_bare_place_name_beside_its_described_form_is_that_place(table: AliasTable) -> None:
    text = "Clashes in Zurmat district continued. Elders in Zurmat asked for calm."
    spans = spans_of(text, ("Zurmat district", "GPE"), ("Zurmat", "ORG"))
    (place,) = resolve_entities(text, spans, table, TITLES)
    assert (place.name, place.type, place.mention_count) == ("Zurmat", "LOC", 2)
    assert place.entity_id == unknown_entity_id("LOC", "Zurmat")


def test_a_body_named_by_its_portfolio_either_way_is_one(table: AliasTable) -> None:
    """ "The Health Ministry" and "the Ministry of Health" are one body; a portfolio that is no
    body's ("the Health and Safety Executive") is left."""
    text = (
        "Osk clinics close\n\nThe Health Ministry said 40 clinics had closed. The Ministry of "
        "Health said talks would resume, and the Health and Safety Executive agreed."
    )
    spans = spans_of(
        text,
        ("The Health Ministry", "ORG"),
        ("The Ministry of Health", "ORG"),
        ("the Health and Safety Executive", "ORG"),
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Health Ministry": ["Health Ministry", "Ministry of Health"],
        "Health and Safety Executive": ["Health and Safety Executive"],
    }
