"""Surnames and short organization names link to the one full name of the same article."""

from __future__ import annotations

import pytest

from tasks.entities import (
    AliasTable,
    load_alias_table,
    resolve_entities,
    unknown_entity_id,
)
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return load_alias_table()


def test_surname_links_to_the_full_name_of_an_unknown_person(table: AliasTable) -> None:
    text = "Gen. Jane Quarrington spoke in Kabul. Later Quarrington said more."
    spans = spans_of(text, ("Jane Quarrington", "PERSON"), ("Kabul", "GPE"), ("Quarrington", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    jane = found["Jane Quarrington"]
    assert jane.type == "PERSON" and jane.mention_count == 2
    assert jane.roles == ["Gen."]
    assert jane.entity_id == unknown_entity_id("PERSON", "Jane Quarrington")


def test_ambiguous_surname_stays_unlinked(table: AliasTable) -> None:
    text = "Ann Quill met Bob Quill. Quill spoke."
    spans = spans_of(text, ("Ann Quill", "PERSON"), ("Bob Quill", "PERSON"), ("Quill", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ann Quill", "Bob Quill", "Quill"]


def test_multi_word_surnames_link_to_the_full_name(table: AliasTable) -> None:
    text = (
        "Jean-Yves Le Drian spoke. Le Drian said Annegret Kramp-Karrenbauer agreed. "
        "Kramp-Karrenbauer left."
    )
    spans = spans_of(
        text,
        ("Jean-Yves Le Drian", "PERSON"),
        ("Le Drian", "PERSON"),
        ("Annegret Kramp-Karrenbauer", "PERSON"),
        ("Kramp-Karrenbauer", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert sorted(found) == ["Annegret Kramp-Karrenbauer", "Jean-Yves Le Drian"]
    assert found["Jean-Yves Le Drian"].mentions == ["Jean-Yves Le Drian", "Le Drian"]
    assert found["Annegret Kramp-Karrenbauer"].mention_count == 2


def test_short_org_name_links_to_the_one_full_name(table: AliasTable) -> None:
    text = "The Kabul Water Supply Board met. The Supply Board said prices rise."
    spans = spans_of(text, ("The Kabul Water Supply Board", "ORG"), ("The Supply Board", "ORG"))
    (board,) = resolve_entities(text, spans, table, TITLES)
    assert board.mentions == ["Kabul Water Supply Board", "Supply Board"]
