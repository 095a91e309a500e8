"""Which NER spans may be entities at all, and how their edges are cleaned."""

from __future__ import annotations

import re

import pytest

from tasks import entity_rules
from tasks.entities import (
    AliasTable,
    load_alias_table,
    resolve_entities,
    unknown_entity_id,
)
from tests.tasks.entity_helpers import TITLES, spans_of


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return load_alias_table()


def test_label_map_drops_nationalities() -> None:
    assert "NORP" not in entity_rules.LABEL_TO_TYPE
    assert entity_rules.LABEL_TO_TYPE["GPE"] == "LOC"


def test_nationalities_and_unmapped_labels_are_not_entities(table: AliasTable) -> None:
    text = "Afghan and Russian officials met on July 2 about the Doha talks."
    spans = spans_of(
        text, ("Afghan", "NORP"), ("Russian", "GPE"), ("July 2", "DATE"), ("Doha", "GPE")
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Doha"]


def test_possessive_and_article_are_trimmed_from_mentions(table: AliasTable) -> None:
    text = "The Taliban's envoy met the United States' envoy."
    spans = spans_of(text, ("The Taliban's", "ORG"), ("the United States'", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("Q42418", ["Taliban"]),
        ("Q30", ["United States"]),
    ]


def test_lowercase_ner_noise_is_dropped(table: AliasTable) -> None:
    text = "After the lorry crash, police came."
    assert resolve_entities(text, spans_of(text, ("lorry crash", "PERSON")), table, TITLES) == []


def test_place_descriptor_and_possessive_phrase_and_diseases(table: AliasTable) -> None:
    text = "Fighting in Zurmat district spread. Zurmat is calm. Ghani's council and COVID-19 hit."
    spans = spans_of(
        text,
        ("Zurmat district", "GPE"),
        ("Zurmat", "GPE"),
        ("Ghani's council", "ORG"),
        ("COVID-19", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Zurmat", ["Zurmat district", "Zurmat"]),
        ("Ashraf Ghani", ["Ghani"]),
    ]
    assert found[0].entity_id == unknown_entity_id("LOC", "Zurmat")


@pytest.mark.parametrize("name", ["x'); DROP TABLE t;--", "a\x00b\x1bc", "z" * 10_000, '"“q”"'])
def test_hostile_names_resolve_to_safe_stable_ids(table: AliasTable, name: str) -> None:
    text = f"{name} met Acme."
    found = resolve_entities(
        text,
        [(name, "ORG", 0, len(name)), ("Acme", "ORG", len(name) + 5, len(name) + 9)],
        table,
        TITLES,
    )
    for e in found:
        assert re.fullmatch(r"(Q\d+|nl:(person|org|loc):[0-9a-z-]+)", e.entity_id), e.entity_id
