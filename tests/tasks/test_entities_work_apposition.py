"""A title with its kind in apposition after it ("for The Long Tide, a film about ...",
"Quiet Harbour, the British drama created by ...") names a work, no entity of ours, wherever
the article repeats it; a person described with a kind's word ("a film director") and a place
in a sentence about a drama stay. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_title_before_its_kind_in_apposition_is_a_work(table: AliasTable) -> None:
    text = (
        "The jury gave its prize to Ana Ruiz for The Long Tide, a film about a fishing town. "
        "Netflix won ten awards, mostly for Quiet Harbour, the British drama created by "
        "Tomas Lind.\nQuiet Harbour was watched in 40 countries. Jane Okoro, a film director, "
        "said The Long Tide was brave. Osk, a town in the drama, welcomed the fans."
    )
    spans = spans_of(
        text,
        ("Ana Ruiz", "PERSON"),
        ("The Long Tide", "ORG"),
        ("Netflix", "ORG"),
        ("Quiet Harbour", "GPE"),
        ("Tomas Lind", "PERSON"),
        ("Quiet Harbour", "PERSON"),
        ("Jane Okoro", "PERSON"),
        ("The Long Tide", "ORG"),
        ("Osk", "GPE"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Ana Ruiz", "Netflix", "Tomas Lind", "Jane Okoro", "Osk"}


def test_a_genre_before_a_title_is_its_kind(table: AliasTable) -> None:
    text = "The network's kitchen comedy The Brigade won seven awards for Harlow Studios."
    spans = spans_of(text, ("Brigade", "ORG"), ("Harlow Studios", "ORG"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Harlow Studios"}
