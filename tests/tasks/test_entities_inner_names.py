"""A person named in full with three words or more may be named later by an inner word: the
paternal surname of a Spanish or Portuguese name ("Tomás Ibarra Quintero" ... "Ibarra"), or a
middle name someone is known by. Not when two people share the word, and not where the model
read a place. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_an_inner_word_of_a_full_name_is_that_person(table: AliasTable) -> None:
    text = (
        "Prosecutors charged Tomás Ibarra Quintero, a former port official, on Monday.\n"
        "Ibarra denied wrongdoing. His deputy, Nélida Sosa, declined to comment."
    )
    spans = spans_of(
        text, ("Tomás Ibarra Quintero", "PERSON"), ("Ibarra", "PERSON"), ("Nélida Sosa", "PERSON")
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Tomás Ibarra Quintero", "Nélida Sosa"}
    assert found["Tomás Ibarra Quintero"].mentions == ["Tomás Ibarra Quintero", "Ibarra"]


def test_a_shared_inner_word_or_a_place_stays_apart(table: AliasTable) -> None:
    shared = (
        "Tomás Ibarra Quintero and his cousin Lucía Ibarra Paz ran the firm.\n"
        "Ibarra said the accounts were in order."
    )
    spans = spans_of(
        shared,
        ("Tomás Ibarra Quintero", "PERSON"),
        ("Lucía Ibarra Paz", "PERSON"),
        ("Ibarra", "PERSON"),
    )
    names = {e.name for e in resolve_entities(shared, spans, table, TITLES)}
    assert names == {"Tomás Ibarra Quintero", "Lucía Ibarra Paz", "Ibarra"}
    place = "Tomás Ibarra Quintero grew up far from the coast. He moved to Ibarra in 1990."
    spans = spans_of(place, ("Tomás Ibarra Quintero", "PERSON"), ("Ibarra", "GPE"))
    types = {e.name: e.type for e in resolve_entities(place, spans, table, TITLES)}
    assert types == {"Tomás Ibarra Quintero": "PERSON", "Ibarra": "LOC"}
