"""An acronym the article never defines spells a body's name without the place that opens it
("SES" of "NSW State Emergency Service"): the body's own acronym at home. A name whose first
word is no place keeps to its full initials. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.qualifiers import without_place_qualifier
from tests.tasks.entity_helpers import TITLES, spans_of


def test_an_acronym_spells_the_name_without_its_place(table: AliasTable) -> None:
    text = (
        "The NSW State Emergency Service carried out 19 rescues in Kolby. The SES said more "
        "volunteers were needed."
    )
    spans = spans_of(
        text, ("The NSW State Emergency Service", "ORG"), ("Kolby", "GPE"), ("SES", "ORG")
    )
    found = {e.name: sorted(e.mentions) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["NSW State Emergency Service"] == ["NSW State Emergency Service", "SES"]
    assert "SES" not in found


def test_only_a_place_is_left_out() -> None:
    assert without_place_qualifier("nsw state emergency service") == "state emergency service"
    assert without_place_qualifier("kenya power") == "kenya power"
    assert without_place_qualifier("tarvik river water board") == "tarvik river water board"
