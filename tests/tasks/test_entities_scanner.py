"""The alias scanner finds known names NER missed, without reading ordinary words as acronyms."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES


def test_alias_scan_is_case_safe_for_short_acronyms(table: AliasTable) -> None:
    text = "Let us see what is new. The US and IS fighters.\nWHAT IS THE US PLAN NOW FOR IS?"
    found = resolve_entities(text, [], table, TITLES)
    assert [(e.entity_id, e.mention_count) for e in found] == [("Q30", 1), ("Q2429253", 1)]
