"""Two given names joined by "and" before one family name are two people ("Ilse and Bram
Vogt"), where the text reads one of them as a person; a body of that shape stays whole. Texts
written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_couple_sharing_a_family_name_is_two_people(table: AliasTable) -> None:
    text = (
        "Ilse and Bram Vogt have run the bakery in Tarvik for forty years. Bram Vogt, who is "
        "79, said the ovens would stay. Ilse Vogt laughed. The Office of Trade and Rural "
        "Affairs sent a letter, and Kolby and Rune Partners sent flowers."
    )
    spans = spans_of(
        text,
        ("Ilse and Bram Vogt", "ORG"),
        ("Tarvik", "GPE"),
        ("Bram Vogt", "PERSON"),
        ("Ilse Vogt", "ORG"),
        ("Office of Trade and Rural Affairs", "ORG"),
        ("Kolby and Rune Partners", "ORG"),
    )
    found = {
        e.name: (e.type, set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)
    }
    assert found["Ilse Vogt"] == ("PERSON", {"Ilse", "Ilse Vogt"})
    assert found["Bram Vogt"][0] == "PERSON"
    assert not any(
        " and " in name for name in found if "Office" not in name and "Kolby" not in name
    )
    assert found["Office of Trade and Rural Affairs"][0] == "ORG"
    assert found["Kolby and Rune Partners"][0] == "ORG"
