"""A bare number the model glues to a person's name, after it or before it, is no part of it;
other names keep theirs. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.glued_numbers import unglued_number_spans
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_count_glued_to_a_persons_name_leaves_it(table: AliasTable) -> None:
    text = (
        "The Harwell Party will fight 80 seats and the bloc led by Ravi Kadam 53, officials "
        "said. Later Kadam 12 went to allies; Kadam said the deal was fair."
    )
    spans = spans_of(
        text,
        ("The Harwell Party", "ORG"),
        ("Ravi Kadam 53", "PERSON"),
        ("Kadam 12", "PERSON"),
        ("Kadam", "PERSON"),
    )
    found = {e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Ravi Kadam"] == ["Kadam", "Ravi Kadam"]


def test_other_names_keep_their_number() -> None:
    text = "Channel 4 and Formula 1 chiefs watched while Maroon 5 played Studio 9."
    spans = spans_of(
        text, ("Channel 4", "ORG"), ("Formula 1", "ORG"), ("Maroon 5", "ORG"), ("Studio 9", "FAC")
    )
    assert unglued_number_spans(spans) == spans


def test_a_score_before_a_persons_name_in_a_leaderboard_leaves_it(table: AliasTable) -> None:
    """A golf leaderboard's lines open with the score: "-8 Sam Burke" is Sam Burke, the man the
    prose calls Burke; an organization's number stays ("3 Arts Entertainment")."""
    text = (
        "Burke two back in Dubai\n"
        "Leading scores after two rounds:\n"
        "-9 Matteo Ravelli (Italy)\n"
        "-8 Sam Burke (England)\n"
        "Burke, a client of 3 Arts Entertainment, had a bogey-free round."
    )
    spans = spans_of(
        text,
        ("-9 Matteo Ravelli", "PERSON"),
        ("Italy", "GPE"),
        ("-8 Sam Burke", "PERSON"),
        ("England", "GPE"),
        ("Burke", "PERSON"),
        ("3 Arts Entertainment", "ORG"),
    )
    found = {e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Sam Burke"] == ["Burke", "Sam Burke"]
    assert "Matteo Ravelli" in found
    assert "3 Arts Entertainment" in found
