"""Span boundaries and one entity per referent: a company's ampersand initials, a leader's
body read as a person, a team glued to the ground it plays at, a place shortened to its last
words. Texts are our own (title line + body); the spans stand for the model's."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_ampersand_initials_are_the_company_named_in_full(table: AliasTable) -> None:
    """ "Halbrook Gas & Power Co." then "HG&P": the initials, the ampersand spelling nothing
    and the legal form left out, are the company; initials that spell no name of the text stay
    their own ("TKR&L")."""
    text = (
        "Utility raises rates\n\n"
        "Halbrook Gas & Power Co. said on Monday it would raise rates by 4%. HG&P serves "
        "900,000 homes. Rates at TKR&L, a rival, are unchanged."
    )
    spans = spans_of(text, ("Halbrook Gas & Power Co.", "ORG"), ("HG&P", "ORG"), ("TKR&L", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Halbrook Gas & Power Co."].mentions == ["Halbrook Gas & Power Co.", "HG&P"]
    assert "HG&P" not in found
    assert "TKR&L" in found


def test_a_leaders_body_read_as_a_person_is_the_leader_and_the_body(table: AliasTable) -> None:
    """ "the Obama White House", read as one person's name, is Obama and the White House; "the
    Ostrander Foundation", a name that opens with a person's, stays whole."""
    text = (
        "Aide joins think tank\n\n"
        "Barack Obama praised Dana Ostrander, who joined the Obama White House in 2014 and "
        "later ran the Ostrander Foundation."
    )
    spans = spans_of(
        text,
        ("Barack Obama", "PERSON"),
        ("Dana Ostrander", "PERSON"),
        ("Obama White House", "PERSON"),
        ("Ostrander Foundation", "ORG"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("White House", "ORG") in found
    assert ("Barack Obama", "PERSON") in found
    assert not any(name == "Obama White House" for name, _ in found)
    assert ("Ostrander Foundation", "ORG") in found


def test_a_team_glued_to_its_ground_is_the_team_and_the_ground(table: AliasTable) -> None:
    """ "the Marlow Rovers at Kestrel Park", read as one organization, is the team and the
    ground; a venue named with "at" and its town ("Harbor Amphitheater at Lake Dorsey") and a
    campus ("University of Tessaly at Larissa") stay whole."""
    text = (
        "Weekend fixtures\n\n"
        "Saturday: Dunmore host the Marlow Rovers at Kestrel Park at 3 p.m. Graduates of the "
        "University of Tessaly at Larissa play the Harbor Amphitheater at Lake Dorsey."
    )
    spans = spans_of(
        text,
        ("Dunmore", "ORG"),
        ("the Marlow Rovers at Kestrel Park", "ORG"),
        ("University of Tessaly at Larissa", "ORG"),
        ("Harbor Amphitheater at Lake Dorsey", "FAC"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("Marlow Rovers", "ORG") in found
    assert ("Kestrel Park", "LOC") in found
    assert not any("Rovers at" in name for name, _ in found)
    assert ("University of Tessaly at Larissa", "ORG") in found
    assert ("Harbor Amphitheater at Lake Dorsey", "LOC") in found


def test_a_place_shortened_to_its_last_words_is_one_place(table: AliasTable) -> None:
    """ "the Coravel Bay Area" then "the Bay Area" is one region; one word ("Ireland" of
    "Northern Ireland") and a place the table knows ("Los Angeles" beside "East Los Angeles")
    stay their own."""
    text = (
        "Rents keep rising\n\n"
        "Rents in the Coravel Bay Area rose 6%. Tenants in the Bay Area pay more than those in "
        "East Los Angeles or Los Angeles, or in Northern Ireland and Ireland."
    )
    spans = spans_of(
        text,
        ("the Coravel Bay Area", "LOC"),
        ("the Bay Area", "LOC"),
        ("East Los Angeles", "GPE"),
        ("Los Angeles", "GPE"),
        ("Northern Ireland", "GPE"),
        ("Ireland", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Coravel Bay Area"].mentions == ["Coravel Bay Area", "Bay Area"]
    assert "Bay Area" not in found
    assert {"East Los Angeles", "Los Angeles", "Northern Ireland", "Ireland"} <= found.keys()


def test_a_town_after_a_venues_head_or_at_is_not_the_venue(table: AliasTable) -> None:
    """ "the Lakeshore Amphitheater at Corvel Beach" and "the Marlow Casino Amphitheatre Port
    Edda" hold the towns they stand in: "Corvel Beach" and "Port Edda" alone are the towns, not
    the venues."""
    text = (
        "Summer tour dates\n\n"
        "The band plays the Lakeshore Amphitheater at Corvel Beach on June 3 and the Marlow "
        "Casino Amphitheatre Port Edda on June 5. Hotels in Corvel Beach and Port Edda are full."
    )
    spans = spans_of(
        text,
        ("the Lakeshore Amphitheater at Corvel Beach", "FAC"),
        ("the Marlow Casino Amphitheatre Port Edda", "FAC"),
        ("Corvel Beach", "GPE"),
        ("Port Edda", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Corvel Beach", "Port Edda"} <= found.keys()
    assert found["Corvel Beach"].mentions == ["Corvel Beach"]
    assert found["Port Edda"].mentions == ["Port Edda"]
