"""A company the table knows, written right before a venue's head word, is the sponsor in the
venue's name, no company of its own there ("Formerly Verizon Amphitheatre"); written alone it
stays the company. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_sponsor_before_a_venue_word_is_no_company_there(table: AliasTable) -> None:
    text = (
        "The band plays Harlow Park (formerly Comcast Amphitheatre) on June 3.\n"
        "Tickets go on sale through Spotify Music Hall's box office."
    )
    spans = spans_of(text, ("Harlow Park", "FAC"), ("June 3", "DATE"))
    names = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert "Comcast" not in names and "Spotify" not in names


def test_the_company_written_alone_stays(table: AliasTable) -> None:
    text = "Comcast said the Amphitheatre deal was off."
    assert [e.name for e in resolve_entities(text, [], table, TITLES)] == ["Comcast"]
