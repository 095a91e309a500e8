"""Acronyms an article defines for itself become local aliases of their long form."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    find_acronym_definitions,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_in_text_acronym_definition_makes_a_local_alias(table: AliasTable) -> None:
    text = (
        "The Kabul Water Supply Corporation (KWSC) raised prices. "
        "KWSC said the Kabul Water Supply Corporation's budget was short."
    )
    found = resolve_entities(text, spans_of(text, ("The Kabul Water Supply", "ORG")), table, TITLES)
    corp = by_name(found)["Kabul Water Supply Corporation"]
    assert corp.mentions == ["Kabul Water Supply Corporation", "KWSC"]
    assert corp.mention_count == 4


def test_acronym_definitions_need_matching_initials() -> None:
    text = (
        "Al-Qaeda in the Indian Subcontinent (AQIS) and Kabul (AFP) and Department of Defense (DoD)"
    )
    found = [(d.acronym, text[slice(*d.long_span)]) for d in find_acronym_definitions(text)]
    assert found == [
        ("AQIS", "Al-Qaeda in the Indian Subcontinent"),
        ("DoD", "Department of Defense"),
    ]
