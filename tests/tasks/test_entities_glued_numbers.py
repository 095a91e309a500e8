"""A bare number the model glues to the end of a name is no part of it: always after a person's
name, after another name when the article also writes that name alone. Texts written for these
tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.glued_numbers import MAX_NAMES_LOOKED_UP, unglued_number_spans
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_count_glued_to_a_name_leaves_it(table: AliasTable) -> None:
    text = (
        "The Harwell Party will fight 80 seats and the bloc led by Ravi Kadam 53, officials "
        "said. Kestrel closed on Kestrel 260 for six; Kadam said the deal was fair."
    )
    spans = spans_of(
        text,
        ("The Harwell Party", "ORG"),
        ("Ravi Kadam 53", "PERSON"),
        ("Kestrel", "ORG"),
        ("Kestrel 260", "ORG"),
        ("Kadam", "PERSON"),
    )
    found = {e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Ravi Kadam"] == ["Kadam", "Ravi Kadam"]
    assert found["Kestrel"] == ["Kestrel"]


def test_a_name_that_ends_with_its_number_keeps_it() -> None:
    text = "Channel 4 and Formula 1 chiefs watched while Maroon 5 played Studio 9."
    spans = spans_of(
        text, ("Channel 4", "ORG"), ("Formula 1", "ORG"), ("Maroon 5", "ORG"), ("Studio 9", "FAC")
    )
    assert unglued_number_spans(text, spans) == spans


def test_a_page_of_numbered_items_costs_a_bounded_number_of_passes() -> None:
    items = [f"Item{i} {i}" for i in range(MAX_NAMES_LOOKED_UP * 3)]
    text = ", ".join(items) + ". " + " ".join(f"Item{i}" for i in range(len(items)))
    spans = spans_of(text, *((item, "ORG") for item in items))
    kept = unglued_number_spans(text, spans)
    cut = [surface for surface, _, _, _ in kept if " " not in surface]
    assert len(cut) == MAX_NAMES_LOOKED_UP
