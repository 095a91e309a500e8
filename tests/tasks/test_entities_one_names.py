"""Many people in world news are named later by the first word of their full name: Indonesians
known by one name ("Prabowo Subianto" ... "Prabowo"), and family-name-first Asian names. The
model often reads such an unfamiliar word alone as a place; when that word is the subject of a
speech verb ("Prabowo said"), it is the one person whose name it opens. A word the article
writes after "in" stays the place. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_speaking_first_word_read_as_a_place_is_the_person(table: AliasTable) -> None:
    text = (
        "President Teguh Wirasena opened the new port at Bitung on Monday.\n"
        "Teguh said the port would cut shipping costs. Critics said Teguh's plan was too costly."
    )
    spans = spans_of(
        text,
        ("Teguh Wirasena", "PERSON"),
        ("Bitung", "GPE"),
        ("Teguh", "GPE"),
        ("Teguh", "GPE"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Teguh Wirasena", "Bitung"}
    assert found["Teguh Wirasena"].mentions == ["Teguh Wirasena", "Teguh"]
    assert found["Teguh Wirasena"].type == "PERSON"


def test_a_first_word_written_as_a_place_stays_the_place(table: AliasTable) -> None:
    text = (
        "Harlow Bexter founded the mill a century ago.\n"
        "Workers in Harlow said the mill would close. Harlow said goodbye to its last shift."
    )
    spans = spans_of(text, ("Harlow Bexter", "PERSON"), ("Harlow", "GPE"), ("Harlow", "GPE"))
    types = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert types == {"Harlow Bexter": "PERSON", "Harlow": "LOC"}
