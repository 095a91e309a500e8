"""Where a name ends: letters after a person's name ("Clare Dunmore KC", "Ana Ruiz MP OBE")
are an honour or a seat, and a name never ends with a preposition or an article ("the Social
Democrats of"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_post_nominal_letters_are_cut_from_a_person(table: AliasTable) -> None:
    text = (
        "Clare Dunmore KC told the court her client would appeal. Ana Ruiz MP OBE said the "
        "ruling was fair, and Dunmore disagreed. Harlow KC Partners declined to comment."
    )
    spans = spans_of(
        text,
        ("Clare Dunmore KC", "PERSON"),
        ("Ana Ruiz MP OBE", "PERSON"),
        ("Dunmore", "PERSON"),
        ("Harlow KC Partners", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Clare Dunmore", "Ana Ruiz", "Harlow KC Partners"}
    assert found["Clare Dunmore"].mentions == ["Clare Dunmore", "Dunmore"]


def test_a_name_does_not_end_with_a_preposition(table: AliasTable) -> None:
    text = "Leaders of the Tarvik Greens of the north met the Harlow Social Democrats in Osk."
    spans = spans_of(text, ("Tarvik Greens of", "ORG"), ("Harlow Social Democrats in", "ORG"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Tarvik Greens", "Harlow Social Democrats"}


def test_a_score_after_a_name_is_cut(table: AliasTable) -> None:
    """ "beat Orlando Pirates 2-1", "Neal Skupski 6-3, 7-6(4)": the score is no part of the
    name; one number after a name is ("Route 39")."""
    text = (
        "The Harlow Rovers beat the Osk Pirates 2-1 on Route 39. Dana Tarvik 6-3, 7-6(4) won "
        "the doubles with Ana Ruiz."
    )
    spans = spans_of(
        text,
        ("The Harlow Rovers", "ORG"),
        ("the Osk Pirates 2-1", "ORG"),
        ("Route 39", "FAC"),
        ("Dana Tarvik 6-3, 7-6(4)", "PERSON"),
        ("Ana Ruiz", "PERSON"),
    )
    names = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert names == ["Harlow Rovers", "Osk Pirates", "Route 39", "Dana Tarvik", "Ana Ruiz"]


def test_irish_counsel_letters_are_cut_from_a_person(table: AliasTable) -> None:
    text = "Ciara Nolan BL, for the tenants, and Eoin Brady SC, for the landlord, spoke."
    spans = spans_of(text, ("Ciara Nolan BL", "PERSON"), ("Eoin Brady SC", "PERSON"))
    names = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert names == ["Ciara Nolan", "Eoin Brady"]


def test_particles_of_philippine_spanish_and_malay_names_stay_in_the_name(
    table: AliasTable,
) -> None:
    text = (
        "Hearing opens\n\nFormer police chief Ilse dela Tarvik appeared, and dela Tarvik said "
        "nothing. Lawyer Juan de los Oskos and Siti binti Ahmad spoke."
    )
    spans = spans_of(
        text,
        ("Ilse dela Tarvik", "PERSON"),
        ("dela Tarvik", "PERSON"),
        ("Juan de los Oskos", "PERSON"),
        ("Siti binti Ahmad", "PERSON"),
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Ilse dela Tarvik": ["Ilse dela Tarvik", "dela Tarvik"],
        "Juan de los Oskos": ["Juan de los Oskos"],
        "Siti binti Ahmad": ["Siti binti Ahmad"],
    }


def test_a_person_the_model_reads_in_pieces_round_an_unknown_word_is_one(
    table: AliasTable,
) -> None:
    # Two person spans with only a capitalised word or two between them are one name in the
    # story; not over a title's word, nor in the headline.
    text = (
        "Ilse Moran Tom Osk talks\n\nProsecutor Mame Ilsandiaye Tarvo said the case was "
        "ready, and Ilse Moran President Tom Osk met."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Tom Osk", "PERSON"),
        ("Mame", "PERSON"),
        ("Tarvo", "PERSON"),
        ("Ilse Moran", "PERSON"),
        ("Tom Osk", "PERSON"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Mame Ilsandiaye Tarvo", "Ilse Moran", "Tom Osk"}


def test_a_gerund_opening_a_sentence_is_cut_from_the_surname_after_it(table: AliasTable) -> None:
    text = (
        "Halden chief shares the stage with Tarvik's boss\n\n"
        "Ilse Moran, who runs Halden, spoke on stage with Tarvik chief Omar Vogel. Vogel said "
        "the talks went well.\n"
        'Hosting Vogel at the summit "is our dream," Moran said. Joining Vogel was Lena Karimi.'
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Halden", "ORG"),
        ("Tarvik", "ORG"),
        ("Omar Vogel", "PERSON"),
        ("Vogel", "PERSON"),
        ("Hosting Vogel", "PERSON"),
        ("Moran", "PERSON"),
        ("Joining Vogel", "PERSON"),
        ("Lena Karimi", "PERSON"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == [
        "Ilse Moran",
        "Halden",
        "Tarvik",
        "Omar Vogel",
        "Lena Karimi",
    ]


def test_a_name_ends_where_its_sentence_does(table: AliasTable) -> None:
    """ "the Praça do Comércio. Lunch is ..." read as one place is the square: the model ran the
    name into the next sentence; an abbreviation inside a name keeps it whole ("Warner Bros.
    Discovery", "St. Louis")."""
    text = (
        "Walk down to the Praça do Comércio. Lunch is sardines. Warner Bros. Discovery filmed "
        "there, and so did a crew from St. Louis."
    )
    spans = spans_of(
        text,
        ("the Praça do Comércio. Lunch", "GPE"),
        ("Warner Bros. Discovery", "ORG"),
        ("St. Louis", "GPE"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert "Praça do Comércio" in names
    assert not any("Lunch" in name for name in names)
    assert "Warner Bros. Discovery" in names
