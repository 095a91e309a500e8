"""Symbols of genes and proteins written with their noun ("the TARV3 gene", "a protein
called KL-19") and scans named by letters ("PT scans") are no entities, wherever the text
writes them again; capitals before other nouns ("the NHS test centre", "a KLM gene therapy
trial") are left to the model. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> set[str]:
    spans = spans_of(text, *items)
    return {e.name for e in resolve_entities(text, spans, table, TITLES)}


def test_gene_and_protein_symbols_are_no_entities(table: AliasTable) -> None:
    text = (
        "Carriers of a variant in the TARV3 gene had less damage on PT scans, researchers at "
        "Orvane Labs said. A protein called KL-19 rose in tissue from non-carriers; KL-19 and "
        "TARV3 are now drug targets."
    )
    found = _found(
        text,
        table,
        ("TARV3", "ORG"),
        ("PT", "ORG"),
        ("Orvane Labs", "ORG"),
        ("KL-19", "PRODUCT"),
        ("KL-19", "ORG"),
        ("TARV3", "ORG"),
    )
    assert found == {"Orvane Labs"}


def test_capitals_before_other_nouns_are_left_to_the_model(table: AliasTable) -> None:
    text = "Staff at the TRGC test centre joined a KLM gene therapy trial run by Orvane Labs."
    found = _found(text, table, ("TRGC", "ORG"), ("KLM", "ORG"), ("Orvane Labs", "ORG"))
    assert {"TRGC", "Orvane Labs"} <= found
    assert any(name in found for name in ("KLM", "Koninklijke Luchtvaart Maatschappij"))
