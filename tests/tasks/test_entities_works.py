"""Titles of works named after their kind ("the series Quiet Harbour", "the ballad Glass
Houses", "2016's Star Trek Beyond", "her second novel, A River Without Banks,") or quoted in the
headline ("'The Salt Flats' review: …"), and names before a craft's noun ("the Pelican Clipper
mission") are no entities, wherever the article repeats the title; a person or a place after
such a noun without the cue's shape stays, and so does a quoted name in the body. Texts written
for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.works import cued_work_titles
from tests.tasks.entity_helpers import TITLES, spans_of


def test_titles_after_their_kind_are_works_wherever_repeated(table: AliasTable) -> None:
    text = (
        "Ilse Moran, best known for the streaming series Quiet Harbour, returns to Tarvik.\n"
        "Her band's ballad Glass Houses sounds unfinished, and Glass Houses closes the record.\n"
        "Her second novel, A River Without Banks, follows a family in Harlow Bay.\n"
        "The Corvant Labs probe flew on the Pelican Clipper mission."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Quiet Harbour", "PERSON"),
        ("Tarvik", "GPE"),
        ("Glass Houses", "ORG"),
        ("Glass Houses", "ORG"),
        ("A River Without Banks", "ORG"),
        ("Harlow Bay", "GPE"),
        ("Corvant Labs", "ORG"),
        ("Pelican Clipper", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Tarvik", "Harlow Bay", "Corvant Labs"]


def test_a_years_work_is_a_title_of_its_own() -> None:
    text = "2009's Vexa Rising and 2013's Vexa Into Night were directed by Ilse Moran."
    assert cued_work_titles(text) == {"vexa rising", "vexa into night"}


def test_kinds_that_open_other_phrases_count_only_between_commas() -> None:
    text = (
        "After their last album, Tarvik band The Lanterns toured. In the opener Ilse Moran "
        "scored twice. The best track, Harbour Wall, builds slowly."
    )
    assert cued_work_titles(text) == {"harbour wall"}


def test_a_title_quoted_in_the_headline_is_a_work_in_the_body_too(table: AliasTable) -> None:
    text = (
        "'The Salt Flats' review: Ilse Moran is magnetic\n\n"
        "In The Salt Flats, Ilse Moran drives to Tarvik. Her bar there is called "
        "'Copper Lantern'."
    )
    spans = spans_of(
        text,
        ("The Salt Flats", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("The Salt Flats", "LOC"),
        ("Ilse Moran", "PERSON"),
        ("Tarvik", "GPE"),
        ("Copper Lantern", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Tarvik", "Copper Lantern"]


def test_a_one_word_title_quoted_before_a_shows_coverage_is_a_work(table: AliasTable) -> None:
    """ "'Brackwater' season 2 recap: ..." quotes a show's one-word title; a one-word quotation
    opening a headline with no such word after it ("'Brackwater' mayor ...") stays a name."""
    text = (
        "'Brackwater' season 2, episode 3 recap: the ferry sinks\n"
        "Brackwater has never been darker. Creator Ilse Moran promised a reckoning."
    )
    spans = spans_of(
        text, ("Brackwater", "PERSON"), ("Brackwater", "ORG"), ("Ilse Moran", "PERSON")
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Ilse Moran"]
    quoted = "'Brackwater' mayor quits over ferry\nBrackwater needs a new mayor, Ilse Moran said."
    spans = spans_of(quoted, ("Brackwater", "GPE"), ("Brackwater", "GPE"), ("Ilse Moran", "PERSON"))
    assert "Brackwater" in {e.name for e in resolve_entities(quoted, spans, table, TITLES)}


def test_medicines_and_products_named_with_their_kind_are_no_entities(table: AliasTable) -> None:
    text = (
        "Orvane Bio said sales of its diabetes drug Glucara doubled.\n"
        "Tarvex, an experimental pill for migraine, failed a trial, and drugs such as Mivra "
        "and Selto cost more. Glucara and Tarvex are made in Ohio.\n"
        "Kestrel Motors said the Ranger Nine, an electric SUV that it builds in Ohio, sold well."
    )
    spans = spans_of(
        text,
        ("Orvane Bio", "ORG"),
        ("Glucara", "ORG"),
        ("Tarvex", "ORG"),
        ("Mivra", "ORG"),
        ("Selto", "PERSON"),
        ("Glucara", "ORG"),
        ("Tarvex", "PERSON"),
        ("Ohio", "GPE"),
        ("Kestrel Motors", "ORG"),
        ("Ranger Nine", "ORG"),
        ("Ohio", "GPE"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Orvane Bio", "Ohio", "Kestrel Motors"}


def test_a_known_company_after_a_medicines_kind_stays(table: AliasTable) -> None:
    text = (
        "The vaccine Pfizer developed with Orvane Bio was approved, and drugs such as "
        "Pfizer's sell."
    )
    spans = spans_of(text, ("Pfizer", "ORG"), ("Orvane Bio", "ORG"), ("Pfizer", "ORG"))
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Pfizer", "Orvane Bio"}


def test_a_brand_after_its_cue_is_no_entity_but_a_company_acting_stays(table: AliasTable) -> None:
    text = (
        "Orvane Bio's shot, sold as Vexora, and its pill, sold under the brand name Tilmo in "
        "Europe, gained. Shares fell as Kestrel Motors sold as Brede Labs reported losses."
    )
    spans = spans_of(
        text,
        ("Orvane Bio", "ORG"),
        ("Vexora", "ORG"),
        ("Tilmo", "PERSON"),
        ("Europe", "LOC"),
        ("Kestrel Motors", "ORG"),
        ("Brede Labs", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Orvane Bio", "Europe", "Kestrel Motors", "Brede Labs"}


def test_titles_after_shorter_literary_kinds_are_works(table: AliasTable) -> None:
    text = (
        "Ilse Moran's long shadow\n\n"
        "Moran wrote the novella Harlow Winter and the story collection Tarvik Nights, and "
        "edited the anthology Salt Roads, published by Corvant Books."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Moran", "PERSON"),
        ("Harlow Winter", "PERSON"),
        ("Tarvik Nights", "ORG"),
        ("Salt Roads", "LOC"),
        ("Corvant Books", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Corvant Books"]


def test_a_product_between_its_owner_and_its_kind_is_no_entity(table: AliasTable) -> None:
    """ "Korveth's Tarnix processors", "whose Velda app": products wherever written again;
    "Alphabet's Korveth chip unit" is a unit of a company, and "Korveth's Ilse Moran told phone
    makers" names a person; a country's possessive owns no product ("China's Zhuvel phones")."""
    text = (
        "Korveth's Tarnix processors run the models, and the company's Velda app shows them. "
        "Tarnix sales rose. Orvane's Kelby chip unit lost money. Korveth's Ilse Moran told phone "
        "makers to wait. China's Zhuvel phones sell well."
    )
    spans = spans_of(
        text,
        ("Korveth", "ORG"),
        ("Tarnix", "ORG"),
        ("Velda", "PERSON"),
        ("Tarnix", "ORG"),
        ("Orvane", "ORG"),
        ("Kelby", "ORG"),
        ("Korveth", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("China", "GPE"),
        ("Zhuvel", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Korveth", "Orvane", "Kelby", "Ilse Moran", "China", "Zhuvel"}


def test_shows_pictures_and_plays_are_works() -> None:
    text = (
        "The Halvard Gallery's retrospective, Quiet Fields, opens on Friday, and the exhibition "
        "Lines of Salt travels to Harlow Bay. Her first play, Gannet Rock, toured Tarvik; her "
        "diptych Low Tide hangs upstairs. Gannet Rock, the two-hander that sold out, transfers."
    )
    assert cued_work_titles(text) == {"quiet fields", "lines of salt", "gannet rock", "low tide"}


def test_kinds_that_are_verbs_or_stand_before_a_performer_count_only_between_commas() -> None:
    text = (
        "Critics accused the paper of painting Ilse Moran as a villain. In the ballet Tomas "
        "Varga danced the lead, and in the play Corvant Labs paid for, Harlow Bay is the set."
    )
    assert cued_work_titles(text) == frozenset()
