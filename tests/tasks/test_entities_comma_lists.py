"""Names listed with commas that the model runs into one span ("Oskby, Tarvshire", "Armby,
Holvik and Rothby") are as many names; a known name with a comma ("Washington, D.C."), a
company's legal form ("Harlow Widgets, Inc.") and a long name with a comma inside ("Ministry
of Trade, Industry and Energy") stay whole. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_names_listed_with_commas_are_apart_but_whole_names_stay(table: AliasTable) -> None:
    text = (
        "Ilse Moran, 41, of Oskby, Tarvshire, was jailed. Libraries in Armby, Holvik and "
        "Rothby will close. Harlow Widgets, Inc. moved to Washington, D.C. after the "
        "Ministry of Trade, Industry and Energy of Osland approved it."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Oskby, Tarvshire", "GPE"),
        ("Armby, Holvik", "ORG"),
        ("Rothby", "GPE"),
        ("Harlow Widgets, Inc.", "ORG"),
        ("Washington, D.C.", "GPE"),
        ("Ministry of Trade, Industry and Energy", "ORG"),
        ("Osland", "GPE"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert {"Oskby", "Tarvshire", "Armby", "Holvik", "Rothby"} <= names
    assert {"Washington, D.C.", "Ministry of Trade, Industry and Energy"} <= names
    assert not any(n.startswith(("Oskby,", "Armby,")) for n in names)
    assert any(n.startswith("Harlow Widgets") for n in names)
    assert not {"Inc", "Inc."} & names
