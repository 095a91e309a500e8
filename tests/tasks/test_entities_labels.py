"""A "person" named only on the label lines of a page of common labels (subheadings, list
items, slogans and rulings in title case, most of them naming no one) is no one; a list of
people, a byline and a caption's person among sentences stay. Texts written for these tests
(title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_person_named_only_in_a_pages_labels_is_no_one(table: AliasTable) -> None:
    """A platform's items ("Warm Homes", "Steady Work", words the prose writes in lowercase),
    a fact check's ruling ("Half True") and a word of a longer label ("Loud, but Welcome") read
    as people are labels; the candidate and her rival, whom the prose names, stay."""
    text = (
        "Okafor opens her bid for the Marlow ward seat\n"
        "Ruth Okafor opened her campaign on Sunday with a rally by the river.\n"
        "Her leaflet lists three promises:\n"
        "Warm Homes\n"
        "Quiet Streets\n"
        "Steady Work\n"
        "Loud, but Welcome\n"
        "The crowd cheered when Okafor said homes were too cold and work too scarce.\n"
        "Our Ruling\n"
        "Half True\n"
        "Her rival, Dev Amberly, said the promises were costed badly."
    )
    spans = spans_of(
        text,
        ("Ruth Okafor", "PERSON"),
        ("Warm Homes", "PERSON"),
        ("Quiet Streets", "ORG"),
        ("Steady Work", "PERSON"),
        ("Welcome", "PERSON"),
        ("Okafor", "PERSON"),
        ("Half True", "PERSON"),
        ("Dev Amberly", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Warm Homes", "Quiet Streets", "Steady Work", "Welcome", "Half True"} & set(found)
    assert {"Ruth Okafor", "Dev Amberly"} <= found.keys()


def test_people_on_lines_of_their_own_stay_beside_labels(table: AliasTable) -> None:
    """A list of speakers names someone on most of its lines: each stays, though the prose
    names none of them; so does a byline's person on a page of common labels ("By Orla
    Finch"), where a heading's verb read as a person ("Bleed the Radiators") is no one, and a
    caption's person when the page has too few labels to be a page of them."""
    speakers = (
        "Who is speaking at the harbour forum\n"
        "The forum opens at the guildhall on Friday.\n"
        "Speakers\n"
        "Imani Varga\n"
        "Tobias Quill\n"
        "Sela Marwick\n"
        "Tickets are free."
    )
    spans = spans_of(
        speakers,
        ("Imani Varga", "PERSON"),
        ("Tobias Quill", "PERSON"),
        ("Sela Marwick", "PERSON"),
    )
    found = by_name(resolve_entities(speakers, spans, table, load_titles()))
    assert {"Imani Varga", "Tobias Quill", "Sela Marwick"} <= found.keys()

    guide = (
        "Five ways to cut your heating bill\n"
        "By Orla Finch\n"
        "Seal the Gaps\n"
        "Draughts waste heat.\n"
        "Turn It Down\n"
        "One degree saves money.\n"
        "Bleed the Radiators\n"
        "Trapped air stops them warming.\n"
        "Close the Curtains\n"
        "Do it at dusk."
    )
    spans = spans_of(guide, ("Orla Finch", "PERSON"), ("Bleed", "PERSON"))
    found = by_name(resolve_entities(guide, spans, table, load_titles()))
    assert "Orla Finch" in found and "Bleed" not in found

    caption = (
        "Ferry service returns to the island\n"
        "The ferry sailed again on Monday after a month of repairs.\n"
        "Captain Nils Fairweather\n"
        "Passengers said the crossing was calm."
    )
    spans = spans_of(caption, ("Nils Fairweather", "PERSON"))
    found = by_name(resolve_entities(caption, spans, table, load_titles()))
    assert "Nils Fairweather" in found
