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
