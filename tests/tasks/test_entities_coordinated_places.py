"""Two places sharing a plural kind after them are two places. Texts are our own (title line +
body)."""

from __future__ import annotations

import re

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.coordinated_places import _crosses
from tasks.entity_rules import coordinated_places as rules
from tests.tasks.entity_helpers import spans_of


def test_two_names_before_a_plural_place_word_are_two_places(table: AliasTable) -> None:
    """ "Marlow and Tansey counties" read as one organization is two places; a body named
    with the kind in capitals ("Marlow and Tansey Counties Water Board") and two people
    before a verb ("states") stay as read."""
    text = (
        "Flood warnings extended\n\n"
        "Warnings were issued in Marlow and Tansey counties on Friday, the Marlow and Tansey "
        "Counties Water Board said. Dara Quill and Ivo Brandt states the obvious."
    )
    spans = spans_of(
        text,
        ("Marlow and Tansey", "ORG"),
        ("Friday", "DATE"),
        ("the Marlow and Tansey Counties Water Board", "ORG"),
        ("Dara Quill", "PERSON"),
        ("Ivo Brandt", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert found["Marlow"] == "LOC" and found["Tansey"] == "LOC"
    assert "Marlow and Tansey" not in found
    assert found["Marlow and Tansey Counties Water Board"] == "ORG"
    assert found["Dara Quill"] == "PERSON" and found["Ivo Brandt"] == "PERSON"


def test_a_name_starts_a_word_never_a_part_after_a_hyphen_or_apostrophe() -> None:
    """On one long hyphenated word ("A-A-A-…") every capital after a hyphen used to start a
    match that read to the word's end: work grew with the word's square. No position inside
    a word starts a name, so each word is read from its start only; the two places of a
    hyphenated first name ("Mid-Ulster and Tansey districts") are still found."""
    name = re.compile(rules._NAME)
    word = "A-" * 2_000 + "B'C"
    assert name.match(word, 0)
    assert all(name.match(word, pos) is None for pos in range(1, len(word)))
    assert not rules.COORDINATED_PLACES_RE.search("pre-Marlow and Tansey counties")
    found = rules.COORDINATED_PLACES_RE.search("in Mid-Ulster and Tansey districts")
    assert found and (found["a"], found["b"]) == ("Mid-Ulster", "Tansey")


def test_spans_crossing_the_places_are_found_by_position_not_by_a_pairwise_scan() -> None:
    """Which of the model's spans cross a pair of places is read by bisection over the places
    (a page of thousands of pairs and spans cost their product before); it agrees with the
    pairwise test on every span."""
    text = "Marlow and Tansey counties. " * 50
    places = [m.span(g) for m in rules.COORDINATED_PLACES_RE.finditer(text) for g in ("a", "b")]
    ends = [end for _, end in places]
    for start in range(0, len(text), 3):
        for end in (start + 1, start + 7, start + 40):
            pairwise = any(start < e and s < end for s, e in places)
            assert _crosses(start, end, places, ends) is pairwise


def test_two_places_joined_by_and_that_the_gazetteer_knows_whole_are_one(
    table: AliasTable,
) -> None:
    """The model reads "Jammu and Kashmir" as two places: the territory is one. Places the
    gazetteer knows by no such joint name ("Dallas and Houston") stay two."""
    text = (
        "Polls close in Jammu and Kashmir\n\n"
        "Voters in Jammu and Kashmir and in Newfoundland and Labrador went to the polls, while "
        "flights between Dallas and Houston were cut."
    )
    spans = spans_of(
        text,
        ("Jammu", "GPE"),
        ("Kashmir", "LOC"),
        ("Jammu", "GPE"),
        ("Kashmir", "GPE"),
        ("Newfoundland", "GPE"),
        ("Labrador", "GPE"),
        ("Dallas", "GPE"),
        ("Houston", "GPE"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, load_titles())}
    assert found["Jammu and Kashmir"].type == "LOC"
    assert found["Newfoundland and Labrador"].type == "LOC"
    assert "Jammu" not in found and "Kashmir" not in found
    assert found["Dallas"].type == "LOC" and found["Houston"].type == "LOC"


def test_nigerias_local_government_areas_are_a_kind_in_capitals(table: AliasTable) -> None:
    """ "Tarauni and Kumbotso Local Government Areas" (and "LGAs") are two places each, as
    "counties" are; "Local Government Areas" is never the start of a body's name."""
    text = (
        "Ballots missing\n\n"
        "Materials for Tarauni and Kumbotso Local Government Areas were found, and voting in "
        "Ikeja and Alimosho LGAs went on."
    )
    spans = spans_of(
        text,
        ("Tarauni", "GPE"),
        ("Kumbotso Local Government Areas", "ORG"),
        ("Ikeja and Alimosho LGAs", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert {"Tarauni", "Kumbotso", "Ikeja", "Alimosho"} <= set(found)
    assert all(found[n] == "LOC" for n in ("Tarauni", "Kumbotso", "Ikeja", "Alimosho"))
    assert not any("Local Government" in n or "LGAs" in n for n in found)
