"""Fictional characters written with the actors who play them are no entities; the actors stay
people. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def _names(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> set[str]:
    return {e.name for e in resolve_entities(text, spans, table, load_titles())}


def test_characters_of_a_review_are_no_entities(table: AliasTable) -> None:
    """ "Ivy Roan (Mara Keel)", "her brother Abel (a wiry Tom Vale)", "Keel plays Ivy Roan",
    "Cross is played by Nell Ash": the characters, each named twice or more, go, their first names
    alone with them; the actors stay."""
    text = (
        "'Low Country' review: a sheriff's daughter comes home\n"
        "Detective Ivy Roan (Mara Keel) returns to her father's town after 20 years. Her "
        "brother Abel (a wiry Tom Vale) runs the bait shop, and the mayor, Silas Cross, wants "
        "them both gone. Cross is played by the stage actor Nell Ash.\n"
        "Keel plays Ivy Roan with a stillness that pays off. Ivy never raises her voice; Abel "
        "shouts for both."
    )
    spans = spans_of(
        text,
        ("Ivy Roan", "PERSON"),
        ("Mara Keel", "PERSON"),
        ("Abel", "PERSON"),
        ("Tom Vale", "PERSON"),
        ("Silas Cross", "PERSON"),
        ("Nell Ash", "PERSON"),
        ("Keel", "PERSON"),
        ("Ivy Roan", "PERSON"),
        ("Ivy", "PERSON"),
        ("Abel", "PERSON"),
    )
    names = _names(text, spans, table)
    assert {"Mara Keel", "Tom Vale", "Nell Ash"} <= names
    assert not names & {"Ivy Roan", "Ivy", "Abel", "Silas Cross"}


def test_names_beside_brackets_and_plays_outside_a_cast_stay(table: AliasTable) -> None:
    """A club or a one-word name in brackets ("Tom Vale (Leicester City)", "Kim Dae-ho (DH)")
    is no actor, and sport's "plays" ("Ruiz plays Hana Petrova") names opponents: everyone
    stays a person."""
    text = (
        "Ruiz into the quarter-finals\n"
        "Lucia Ruiz beat Ana Kovac 6-2, 6-4. Ruiz plays Hana Petrova next. Earlier, Tom Vale "
        "(Leicester City) and Kim Dae-ho (DH) were named in the squad."
    )
    spans = spans_of(
        text,
        ("Ruiz", "PERSON"),
        ("Lucia Ruiz", "PERSON"),
        ("Ana Kovac", "PERSON"),
        ("Ruiz", "PERSON"),
        ("Hana Petrova", "PERSON"),
        ("Tom Vale", "PERSON"),
        ("Leicester City", "ORG"),
        ("Kim Dae-ho", "PERSON"),
    )
    names = _names(text, spans, table)
    assert {"Lucia Ruiz", "Ana Kovac", "Hana Petrova", "Tom Vale", "Kim Dae-ho"} <= names


def test_a_real_person_recalled_once_and_another_name_in_brackets_stay(table: AliasTable) -> None:
    """An essay recalling one scene ("the hero Aldo Renn (Mara Keel)") names Renn once: a real
    person played by an actor stays one; and "Ian Hale (better known as Rex Stone)" or "(his
    wife Ada Vale)" gives another name or a relative, no actor."""
    text = (
        "What old films teach about crowds\n"
        "In the last scene of Greyfield, the rebel hero Aldo Renn (Mara Keel) is led out to the "
        "square. His friends included Ian Hale (better known as Rex Stone) and Tom Vale (his "
        "wife Ada Vale ran the press). Hale wrote about it; Vale did not."
    )
    spans = spans_of(
        text,
        ("Aldo Renn", "PERSON"),
        ("Mara Keel", "PERSON"),
        ("Ian Hale", "PERSON"),
        ("Rex Stone", "PERSON"),
        ("Tom Vale", "PERSON"),
        ("Ada Vale", "PERSON"),
        ("Hale", "PERSON"),
        ("Vale", "PERSON"),
    )
    names = _names(text, spans, table)
    assert {"Aldo Renn", "Mara Keel", "Ian Hale", "Tom Vale"} <= names


def test_a_cast_lists_characters_are_no_entities_whatever_their_type(table: AliasTable) -> None:
    """ "Nia Rowe as Mair Hughes" on a cast list's line makes Mair Hughes a character, and so
    is "Mair" read as a town; the actor stays; a name the alias table knows is never a
    character ("London")."""
    text = (
        "Who's who in Low Tide\n"
        "Nia Rowe as Mair Hughes\n"
        "Ifan Pugh as London, the narrator\n"
        "Rowe is superb. Mair Hughes never forgives, and Mair never forgets. Pugh narrates "
        "from London."
    )
    spans = spans_of(
        text,
        ("Nia Rowe", "PERSON"),
        ("Mair Hughes", "PERSON"),
        ("Ifan Pugh", "PERSON"),
        ("London", "GPE"),
        ("Rowe", "PERSON"),
        ("Mair Hughes", "GPE"),
        ("Mair", "GPE"),
        ("Pugh", "PERSON"),
        ("London", "GPE"),
    )
    names = _names(text, spans, table)
    assert {"Nia Rowe", "Ifan Pugh", "London"} <= names
    assert not names & {"Mair Hughes", "Mair"}


def test_a_former_name_in_brackets_is_no_actor(table: AliasTable) -> None:
    """ "Corvex Bank Arena (Formerly Tollan Arena)" gives a venue's former name: the venue,
    named twice, stays a place."""
    text = (
        "Tour dates\n"
        "June 14 -- Corvex Bank Arena (Formerly Tollan Arena), Millbrook, GA\n"
        "Corvex Bank Arena seats 12,000."
    )
    spans = spans_of(
        text,
        ("Corvex Bank Arena", "FAC"),
        ("Tollan Arena", "FAC"),
        ("Millbrook", "GPE"),
        ("Corvex Bank Arena", "FAC"),
    )
    assert "Corvex Bank Arena" in _names(text, spans, table)
