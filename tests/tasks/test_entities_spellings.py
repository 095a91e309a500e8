"""Spelling variants of transliterated names are one person. Texts are our own (title line +
body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_transliterations_of_one_name_are_one_person(table: AliasTable) -> None:
    """ "Oleksiy Hrabovskiy", "Hrabovskyy" and "Oleksiy Hrabovsky": the same name written by
    two transliteration systems in one article is one person; two people whose names differ
    otherwise ("Hrabovska") stay two."""
    text = (
        "Hrabovskiy meets envoys in Kyiv\n\n"
        "Mayor Oleksiy Hrabovskiy met the envoys on Monday. Oleksiy Hrabovsky said later that "
        "Hrabovskyy would travel. His deputy Iryna Hrabovska agreed."
    )
    spans = spans_of(
        text,
        ("Hrabovskiy", "PERSON"),
        ("Kyiv", "GPE"),
        ("Oleksiy Hrabovskiy", "PERSON"),
        ("Oleksiy Hrabovsky", "PERSON"),
        ("Hrabovskyy", "PERSON"),
        ("Iryna Hrabovska", "PERSON"),
    )
    found = resolve_entities(text, spans, table, load_titles())
    people = sorted(sorted(set(e.mentions)) for e in found if e.type == "PERSON")
    assert people == [
        ["Hrabovskiy", "Hrabovskyy", "Oleksiy Hrabovskiy", "Oleksiy Hrabovsky"],
        ["Iryna Hrabovska"],
    ]
