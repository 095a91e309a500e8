"""People listed with their affiliation in brackets: the bracket names an organization.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_squad_lines_name_each_players_club(table: AliasTable) -> None:
    """A squad's lines, which are no sentences: a club the model left unread ("Carrow
    Athletic"), one it read as a nationality ("Hibernian"), one run into the player's span
    ("Owen Pryce (Bradwell Rovers") are organizations, and are kept though named only there."""
    text = (
        "Morgan names squad for the autumn qualifiers\n\n"
        "Manager Ellis Morgan named his squad on Tuesday.\n"
        "Defenders: Tom Kerrow (Carrow Athletic), Dylan Fenwick (Hibernian), "
        "Owen Pryce (Bradwell Rovers), Ian Castell (Marlow Town)\n"
        "Forwards: Rhys Tanat (Aldbury), Sam Oduya (Kelsey United)"
    )
    spans = spans_of(
        text,
        ("Ellis Morgan", "PERSON"),
        ("Tom Kerrow", "PERSON"),
        ("Dylan Fenwick", "PERSON"),
        ("Hibernian", "NORP"),
        ("Owen Pryce (Bradwell Rovers", "ORG"),
        ("Ian Castell", "PERSON"),
        ("Marlow Town", "ORG"),
        ("Rhys Tanat", "PERSON"),
        ("Sam Oduya", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for club in ("Carrow Athletic", "Hibernian", "Bradwell Rovers", "Marlow Town", "Aldbury"):
        assert found[club].type == "ORG", club
    assert found["Owen Pryce"].type == "PERSON"
    assert "Kelsey United" in found


def test_speaker_list_with_unicode_names_and_particles(table: AliasTable) -> None:
    """A panel's speakers, some read as organizations by the model: each bracket after a name
    shaped like a person's ("Lucía Ferrán-Ibarra", "Thibault de Varenne") is an organization."""
    text = (
        "Summit publishes its speakers\n\n"
        "Panel two: Thibault de Varenne (Corvane AI), Amara Nwosu-Lee (Halden Labs), "
        "Kenji Matsuda (University of Kitaura) and Lucía Ferrán-Ibarra (Brisco Centre).\n"
        "The panel will be streamed."
    )
    spans = spans_of(
        text,
        ("Thibault de Varenne", "ORG"),
        ("Amara Nwosu-Lee", "ORG"),
        ("Kenji Matsuda (University of Kitaura", "ORG"),
        ("Lucía Ferrán-Ibarra", "PERSON"),
        ("Brisco Centre", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for org in ("Corvane AI", "Halden Labs", "University of Kitaura", "Brisco Centre"):
        assert found[org].type == "ORG", org
    assert found["Kenji Matsuda"].type == "PERSON"


def test_brackets_that_name_no_affiliation_are_left_alone(table: AliasTable) -> None:
    """A party code ("D-Ore."), a photo's position ("L"), a spouse in a survivors' list read as
    a person ("Luis"), and one bracket alone in prose are left as the model read them."""
    text = (
        "Survivors and senators\n\n"
        "Senators Ann Roe (D-Ore.), Paul Kent (R) and Joe Marr (L) spoke.\n"
        "She is survived by Siobhan Moreno (Luis) of Milton, Declan Walsh (Anne) of Quincy.\n"
        "Kate Doyle (Larchfield) said she was sad."
    )
    spans = spans_of(
        text,
        ("Ann Roe", "PERSON"),
        ("Paul Kent", "PERSON"),
        ("Joe Marr", "PERSON"),
        ("Siobhan Moreno", "PERSON"),
        ("Luis", "PERSON"),
        ("Milton", "GPE"),
        ("Declan Walsh", "PERSON"),
        ("Anne", "PERSON"),
        ("Quincy", "GPE"),
        ("Kate Doyle", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"D-Ore.", "R", "L", "Larchfield"} & found.keys()
    assert found["Luis"].type == "PERSON"


def test_a_big_city_in_brackets_after_a_company_is_its_place(table: AliasTable) -> None:
    """A list of founders with their companies and cities: the model read no span on one city
    and ran another into the company's span."""
    text = (
        "Founders to watch\n\n"
        "1. Efua Mensah-Boateng, founder, Kestrel Pay (Accra). She raised $9 million.\n"
        "2. Obinna Eze, founder, Tillfarm (Enugu), whose app links farmers to buyers.\n"
    )
    spans = spans_of(
        text,
        ("Efua Mensah-Boateng", "PERSON"),
        ("Kestrel Pay", "PERSON"),
        ("Obinna Eze", "PERSON"),
        ("Tillfarm (Enugu", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Accra"].type == "LOC"
    assert found["Enugu"].type == "LOC"
    assert "Tillfarm" in found
