"""Venues named after sponsors or ending with a venue word are places: tour listings and venue
names as publishers write them. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_each_venue_of_a_tour_listing_is_one_place(table: AliasTable) -> None:
    """ "June 3 -- Harbor Mutual Insurance Amphitheater at Lake Dorsey, Millbrook, OH" and
    "June 5 – Fenwick, PA @ Quikbrew Live": one line per date, the venue and its town. The
    venue is one place, whole, however the model cut or labelled its sponsor's words."""
    text = (
        "The Marigolds announce summer tour\n\n"
        "The Marigolds will play 4 shows this summer. Tour dates:\n"
        "June 3 -- Harbor Mutual Insurance Amphitheater at Lake Dorsey, Millbrook, OH\n"
        "June 4 -- Zentrix Center, Ashford, KY\n"
        "June 5 – Fenwick, PA @ Quikbrew Live\n"
        "Sat, June 6 – Dunmore, NY @ Tollan Savings Music Park (sold out)"
    )
    spans = spans_of(
        text,
        ("Marigolds", "ORG"),
        ("Marigolds", "ORG"),
        ("Harbor Mutual Insurance", "ORG"),
        ("Lake Dorsey", "LOC"),
        ("Millbrook", "GPE"),
        ("OH", "GPE"),
        ("Zentrix Center", "ORG"),
        ("Ashford", "GPE"),
        ("Fenwick", "GPE"),
        ("PA @ Quikbrew", "ORG"),
        ("Dunmore", "GPE"),
        ("Tollan Savings", "PERSON"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    for venue in (
        "Harbor Mutual Insurance Amphitheater at Lake Dorsey",
        "Zentrix Center",
        "Quikbrew Live",
        "Tollan Savings Music Park",
    ):
        assert (venue, "LOC") in found
    assert ("Harbor Mutual Insurance", "ORG") not in found
    assert ("Tollan Savings", "PERSON") not in found
    assert ("Millbrook", "LOC") in found and ("Fenwick", "LOC") in found


def test_a_name_ending_with_a_venue_word_is_a_place(table: AliasTable) -> None:
    """ "the Halvorsen Bank Pavilion", "Corvane Energy Music Theatre": a name that ends with a
    venue word is a place, not the company or person the model reads in the sponsor's name; a
    "Center" alone stays as read ("the Brightline Research Center" is an organization), and
    two short lines of a town and its state name no venue."""
    text = (
        "Festival moves to new home\n\n"
        "The festival moves from the Halvorsen Bank Pavilion to Corvane Energy Music Theatre, "
        "the Brightline Research Center said.\n"
        "June 9 -- Ashford, KY"
    )
    spans = spans_of(
        text,
        ("Halvorsen Bank Pavilion", "ORG"),
        ("Corvane Energy Music Theatre", "PERSON"),
        ("Brightline Research Center", "ORG"),
        ("Ashford", "GPE"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("Halvorsen Bank Pavilion", "LOC") in found
    assert ("Corvane Energy Music Theatre", "LOC") in found
    assert ("Brightline Research Center", "ORG") in found
    assert ("Ashford", "LOC") in found


def test_a_venue_written_beside_its_town_with_a_dash_is_one_place(table: AliasTable) -> None:
    """ "May 9 - Halden, GA - Corvex Bank Stadium" and "May 12 - Orrin Arena | Bexley, OH": the
    part without the town's comma is the venue, a place, and the state stays; a line with no
    town ("May 14 - Doors at 7 - Free") names no venue."""
    text = (
        "Tour dates\n"
        "May 9 - Halden, GA - Corvex Bank Stadium\n"
        "May 12 - Orrin Arena | Bexley, OH\n"
        "May 14 - Doors at 7 - Free"
    )
    spans = spans_of(
        text,
        ("May 9 - Halden", "DATE"),
        ("GA - Corvex Bank Stadium", "ORG"),
        ("Orrin", "PERSON"),
        ("Bexley", "GPE"),
        ("OH", "GPE"),
        ("Doors", "ORG"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("Corvex Bank Stadium", "LOC") in found and ("Orrin Arena", "LOC") in found
    assert not any(name.startswith("GA") for name, _ in found)
    assert ("Georgia (U.S. state)", "LOC") in found
