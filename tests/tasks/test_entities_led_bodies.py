"""A body named with the leader whose term it serves ("the Obama Justice Department"): the
leader and the body (`tasks.entities.led_bodies`). Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_leaders_name_before_a_known_body_is_the_leader_and_the_body(
    table: AliasTable,
) -> None:
    text = (
        "Memo questioned\n\n"
        "Officials in the Trump White House pushed back. A former Obama Justice Department "
        "lawyer said the memo was unusual. Senator Mara Velden said the Velden State Department "
        "review was her own idea."
    )
    spans = spans_of(
        text,
        ("Trump White House", "ORG"),
        ("Obama Justice Department", "ORG"),
        ("Mara Velden", "PERSON"),
        ("the Velden State Department", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "Donald Trump",
        "White House",
        "Barack Obama",
        "United States Department of Justice",
        "Mara Velden",
        "United States Department of State",
    }
    assert found["Mara Velden"].mention_count == 2


def test_a_name_that_opens_with_a_persons_stays_whole(table: AliasTable) -> None:
    """No known body follows the person's name: "the Clinton Foundation", "Reagan National
    Airport" and "the Obama Presidential Center" are names of their own."""
    text = (
        "Gala held\n\n"
        "The Clinton Foundation held a gala near Reagan National Airport, and the Obama "
        "Presidential Center sent a delegation."
    )
    spans = spans_of(
        text,
        ("The Clinton Foundation", "ORG"),
        ("Reagan National Airport", "FAC"),
        ("the Obama Presidential Center", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Clinton Foundation", "Reagan National Airport", "Obama Presidential Center"} <= set(
        found
    )
