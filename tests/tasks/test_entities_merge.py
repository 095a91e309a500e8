"""Merging NER spans with alias hits: the longer known name wins, content words keep a span."""

from __future__ import annotations

import pytest

from tasks.entities import (
    AliasTable,
    load_alias_table,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES, spans_of


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return load_alias_table()


def test_longest_alias_wins_over_the_shorter_one_inside(table: AliasTable) -> None:
    text = "The group works with al-Qaeda’s branch in the Indian subcontinent, not al-Qaeda."
    spans = spans_of(text, ("al-Qaeda’s", "ORG"), ("Indian", "NORP"), ("al-Qaeda", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("nl:org:aqis", ["al-Qaeda’s branch in the Indian subcontinent"]),
        ("Q34490", ["al-Qaeda"]),
    ]


def test_ner_span_made_of_known_names_and_filler_is_split(table: AliasTable) -> None:
    text = "A report by the US Department of Defense to Congress was released."
    spans = spans_of(text, ("the US Department of Defense to Congress", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.entity_id for e in found] == ["Q11209", "Q11268"]


def test_ner_span_with_content_words_is_kept_whole(table: AliasTable) -> None:
    text = "Bank of America and Sirajuddin Haqqani were named, and the Gulf of Mexico."
    spans = spans_of(
        text,
        ("Bank of America", "ORG"),
        ("Sirajuddin Haqqani", "PERSON"),
        ("the Gulf of Mexico", "LOC"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Bank of America", "Sirajuddin Haqqani", "Gulf of Mexico"]
    assert "Q30" not in {e.entity_id for e in found}
