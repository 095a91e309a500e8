"""Surnames and short organization names link to the one full name of the same article."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    resolve_entities,
    unknown_entity_id,
)
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_surname_links_to_the_full_name_of_an_unknown_person(table: AliasTable) -> None:
    text = "Gen. Jane Quarrington spoke in Kabul. Later Quarrington said more."
    spans = spans_of(text, ("Jane Quarrington", "PERSON"), ("Kabul", "GPE"), ("Quarrington", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    jane = found["Jane Quarrington"]
    assert jane.type == "PERSON" and jane.mention_count == 2
    assert jane.roles == ["Gen."]
    assert jane.entity_id == unknown_entity_id("PERSON", "Jane Quarrington")


def test_ambiguous_surname_stays_unlinked(table: AliasTable) -> None:
    text = "Ann Quill met Bob Quill. Quill spoke."
    spans = spans_of(text, ("Ann Quill", "PERSON"), ("Bob Quill", "PERSON"), ("Quill", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ann Quill", "Bob Quill", "Quill"]


def test_multi_word_surnames_link_to_the_full_name(table: AliasTable) -> None:
    text = (
        "Jean-Yves Le Drian spoke. Le Drian said Annegret Kramp-Karrenbauer agreed. "
        "Kramp-Karrenbauer left."
    )
    spans = spans_of(
        text,
        ("Jean-Yves Le Drian", "PERSON"),
        ("Le Drian", "PERSON"),
        ("Annegret Kramp-Karrenbauer", "PERSON"),
        ("Kramp-Karrenbauer", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert sorted(found) == ["Annegret Kramp-Karrenbauer", "Jean-Yves Le Drian"]
    assert found["Jean-Yves Le Drian"].mentions == ["Jean-Yves Le Drian", "Le Drian"]
    assert found["Annegret Kramp-Karrenbauer"].mention_count == 2


def test_short_org_name_links_to_the_one_full_name(table: AliasTable) -> None:
    text = "The Kabul Water Supply Board met. The Supply Board said prices rise."
    spans = spans_of(text, ("The Kabul Water Supply Board", "ORG"), ("The Supply Board", "ORG"))
    (board,) = resolve_entities(text, spans, table, TITLES)
    assert board.mentions == ["Kabul Water Supply Board", "Supply Board"]


def test_an_undeclared_acronym_links_to_the_one_name_it_spells(table: AliasTable) -> None:
    text = "The National Rail Safety Board met. The NRSB blamed the operator."
    spans = spans_of(text, ("The National Rail Safety Board", "ORG"), ("NRSB", "ORG"))
    (board,) = resolve_entities(text, spans, table, TITLES)
    assert board.mentions == ["National Rail Safety Board", "NRSB"]


def test_an_acronym_two_names_could_spell_stays_apart(table: AliasTable) -> None:
    text = "The Northern Rail Board and the National Roads Bureau met. The NRB said no."
    spans = spans_of(
        text,
        ("The Northern Rail Board", "ORG"),
        ("the National Roads Bureau", "ORG"),
        ("NRB", "ORG"),
    )
    assert len(resolve_entities(text, spans, table, TITLES)) == 3


def test_a_team_nickname_links_to_the_full_name_whatever_its_type(table: AliasTable) -> None:
    text = "The Halifax Comets lost again. The Comets travel to Truro on Friday."
    spans = spans_of(text, ("The Halifax Comets", "ORG"), ("Comets", "PERSON"), ("Truro", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Halifax Comets"].mentions == ["Halifax Comets", "Comets"]


def test_a_generic_last_word_or_a_persons_name_is_not_linked(table: AliasTable) -> None:
    text = "The Halifax Ministry met Rosa Comets. The Ministry and Comets declined to comment."
    spans = spans_of(
        text,
        ("The Halifax Ministry", "ORG"),
        ("Rosa Comets", "PERSON"),
        ("Ministry", "ORG"),
        ("Comets", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Halifax Ministry"].mention_count == 1
    assert found["Rosa Comets"].mentions == ["Rosa Comets", "Comets"]


def test_an_organization_named_by_its_first_words_links_to_its_full_name(
    table: AliasTable,
) -> None:
    text = (
        "Marlow Beauty shares rose on Monday. Analysts said Marlow would gain.\n"
        "Engineers at the Hadley Space Flight Center built it; Hadley will test it.\n"
        "The probe came from Vostrel Orbital Systems Inc, and Vostrel will fly it."
    )
    spans = spans_of(
        text,
        ("Marlow Beauty", "ORG"),
        ("Marlow", "PERSON"),
        ("the Hadley Space Flight Center", "ORG"),
        ("Hadley", "PERSON"),
        ("Vostrel Orbital Systems Inc", "ORG"),
        ("Vostrel", "GPE"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type, e.mentions) for e in found] == [
        ("Marlow Beauty", "ORG", ["Marlow Beauty", "Marlow"]),
        ("Hadley Space Flight Center", "ORG", ["Hadley Space Flight Center", "Hadley"]),
        ("Vostrel Orbital Systems Inc", "ORG", ["Vostrel Orbital Systems Inc", "Vostrel"]),
    ]


def test_first_words_of_an_organization_that_name_a_town_a_person_or_two_stay_apart(
    table: AliasTable,
) -> None:
    text = (
        "The Brenwick Police Department said a man was hurt in Brenwick.\n"
        "Dana Corrow, a partner at Corrow Partners, said Corrow would appeal.\n"
        "Talbot Foods and Talbot Motors both sued; Talbot did not comment."
    )
    spans = spans_of(
        text,
        ("The Brenwick Police Department", "ORG"),
        ("Brenwick", "GPE"),
        ("Dana Corrow", "PERSON"),
        ("Corrow Partners", "ORG"),
        ("Corrow", "PERSON"),
        ("Talbot Foods", "ORG"),
        ("Talbot Motors", "ORG"),
        ("Talbot", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Brenwick"].type == "LOC"
    assert found["Dana Corrow"].mentions == ["Dana Corrow", "Corrow"]
    assert found["Corrow Partners"].mentions == ["Corrow Partners"]
    assert found["Talbot"].mentions == ["Talbot"]


def test_a_town_written_as_a_place_once_is_never_its_fire_department(table: AliasTable) -> None:
    """The model reads the town as a place once ("east of Brennick"), as an organization or a
    person elsewhere ("in Brennick", "Brennick Fire Chief ..."): all its mentions are the town,
    not the fire department that starts with its name, nor a person it reads as "Brennick
    Fire"."""
    text = (
        "BRENNICK, Ohio — A barn burned east of Brennick on Sunday. Crews from the Brennick "
        "Fire Department came. Brennick Fire Chief Dale Osk said a bank in Brennick took "
        "donations."
    )
    spans = spans_of(
        text,
        ("Brennick", "GPE"),
        ("the Brennick Fire Department", "ORG"),
        ("Brennick Fire", "PERSON"),
        ("Dale Osk", "PERSON"),
        ("Brennick", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Brennick"].type == "LOC"
    assert found["Brennick"].mentions == ["BRENNICK", "Brennick"]
    assert found["Brennick"].mention_count == 3
    assert found["Brennick Fire Department"].type == "ORG"


def test_a_town_after_in_or_near_is_not_the_body_named_after_it(table: AliasTable) -> None:
    """ "nurses in Tarrow" beside "University Hospital Tarrow", "born in Ephrin" beside "Ephrin
    Moravian Church": the bare word after "in" is the town, whatever type the model gave it; a
    team after "to the" is still the team."""
    text = (
        "University Hospital Tarrow was full. Nurses in Tarrow said so. Dana Osk was born in "
        "Ephrin and sang at Ephrin Moravian Church. The Osk Rovers lost to the Rovers' rivals; "
        "Rovers fans left."
    )
    spans = spans_of(
        text,
        ("University Hospital Tarrow", "ORG"),
        ("Tarrow", "ORG"),
        ("Dana Osk", "PERSON"),
        ("Ephrin", "PERSON"),
        ("Ephrin Moravian Church", "ORG"),
        ("The Osk Rovers", "ORG"),
        ("Rovers", "ORG"),
        ("Rovers", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["University Hospital Tarrow"].mentions == ["University Hospital Tarrow"]
    assert found["Tarrow"].mentions == ["Tarrow"]
    assert found["Ephrin Moravian Church"].mentions == ["Ephrin Moravian Church"]
    assert found["Ephrin"].mentions == ["Ephrin"]
    assert found["Osk Rovers"].mentions == ["Osk Rovers", "Rovers"]


def test_a_town_of_the_gazetteer_is_not_the_short_form_of_its_police(table: AliasTable) -> None:
    """The model reads "Harrisburg" as an organization wherever it stands before a lowercase
    word ("a Harrisburg police officer", "Harrisburg to hire"); the article never writes it
    after "in". Still it is the town, not "the Harrisburg Police Department": a town the
    gazetteer knows is never the short form of one of its public bodies. A company named after a
    town keeps its short form ("Plano Dynamics" ... "Plano")."""
    text = (
        "Harrisburg police officer cleared\n\n"
        "A Harrisburg police officer who shot a man in May will not be charged, the Harrisburg "
        "Police Department said. Harrisburg to hire 30 officers.\n"
        "Plano Dynamics shares rose; Plano said orders doubled."
    )
    spans = spans_of(
        text,
        ("Harrisburg", "ORG"),
        ("Harrisburg", "ORG"),
        ("the Harrisburg Police Department", "ORG"),
        ("Harrisburg", "ORG"),
        ("Plano Dynamics", "ORG"),
        ("Plano", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Harrisburg"].mention_count == 3
    assert found["Harrisburg Police Department"].mentions == ["Harrisburg Police Department"]
    assert found["Plano Dynamics"].mentions == ["Plano Dynamics", "Plano"]
