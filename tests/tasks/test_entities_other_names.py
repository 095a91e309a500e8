"""One person's other names in books, music and arts copy (a pen name, a name written under, a
birth name, a nickname, initials for given names, a familiar form of a given name) are one
person; works named after their kind, in a list after a plural kind or before "the first book"
are no entities. Names that are not so cued stay apart. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _people(text: str, table: AliasTable, *items: tuple[str, str]) -> list[set[str]]:
    spans = spans_of(text, *items)
    return [
        set(e.mentions) for e in resolve_entities(text, spans, table, TITLES) if e.type == "PERSON"
    ]


def _names(text: str, table: AliasTable, *items: tuple[str, str]) -> set[str]:
    spans = spans_of(text, *items)
    return {e.name for e in resolve_entities(text, spans, table, TITLES)}


def test_a_pen_name_and_the_real_name_are_one_person(table: AliasTable) -> None:
    text = (
        "Corin Vale, the pen name of the chemist Hester Ann Brodie, has a new thriller out. "
        "Brodie taught at Dunmere for years. Vale says the book took four winters."
    )
    people = _people(
        text,
        table,
        ("Corin Vale", "PERSON"),
        ("Hester Ann Brodie", "PERSON"),
        ("Brodie", "PERSON"),
        ("Dunmere", "GPE"),
        ("Vale", "PERSON"),
    )
    assert people == [{"Corin Vale", "Hester Ann Brodie", "Brodie", "Vale"}]


def test_a_name_written_under_and_a_birth_name_are_the_owners(table: AliasTable) -> None:
    text = (
        "Tobias Renwick Ekwueme, who wrote a dozen westerns in the 1970s under the name T. R. "
        "Hollis, died on Friday. Ekwueme's widow, Carla Mensah, said Hollis fans still wrote to "
        "him. Mensah, born Carla Druitt in Leeds, edited his last book.\n"
        "Born Tobias Renwick Osei in Kumasi, he took his stepfather's surname at nine."
    )
    people = _people(
        text,
        table,
        ("Tobias Renwick Ekwueme", "PERSON"),
        ("T. R. Hollis", "PERSON"),
        ("Ekwueme", "PERSON"),
        ("Carla Mensah", "PERSON"),
        ("Hollis", "PERSON"),
        ("Mensah", "PERSON"),
        ("Carla Druitt", "PERSON"),
        ("Leeds", "GPE"),
        ("Tobias Renwick Osei", "PERSON"),
        ("Kumasi", "GPE"),
    )
    assert {"Tobias Renwick Ekwueme", "T. R. Hollis", "Hollis", "Tobias Renwick Osei"} <= next(
        p for p in people if "Ekwueme" in p
    )
    assert {"Carla Mensah", "Mensah", "Carla Druitt"} in people
    assert len(people) == 2


def test_nicknames_initials_and_familiar_forms_are_the_person(table: AliasTable) -> None:
    text = (
        "Winifred Joan Carrow, known to three decades of students simply as Dodo, died at 90. "
        "Her first poems were signed W. J. Carrow. Her son Edward Pell said Dodo wrote daily. "
        '"Ted never missed a reading," a neighbour said of him.'
    )
    people = _people(
        text,
        table,
        ("Winifred Joan Carrow", "PERSON"),
        ("Dodo", "PERSON"),
        ("W. J. Carrow", "PERSON"),
        ("Edward Pell", "PERSON"),
        ("Dodo", "PERSON"),
        ("Ted", "PERSON"),
    )
    assert {"Winifred Joan Carrow", "Dodo", "W. J. Carrow"} in people
    assert {"Edward Pell", "Ted"} in people
    assert len(people) == 2


def test_uncued_names_stay_apart(table: AliasTable) -> None:
    text = (
        "Marta Solis worked as Chief Executive at Arden Mills before she joined Corvo. She was "
        "born March 3 in Valencia. Her colleague Ted Baines and a director, Edwina Lowe, "
        "signed the deal as Arden Mills' owners. Lowe said Marco Solis would stay."
    )
    people = _people(
        text,
        table,
        ("Marta Solis", "PERSON"),
        ("Arden Mills", "ORG"),
        ("Corvo", "ORG"),
        ("Valencia", "GPE"),
        ("Ted Baines", "PERSON"),
        ("Edwina Lowe", "PERSON"),
        ("Arden Mills", "ORG"),
        ("Lowe", "PERSON"),
        ("Marco Solis", "PERSON"),
    )
    assert sorted(map(sorted, people)) == [
        ["Edwina Lowe", "Lowe"],
        ["Marco Solis"],
        ["Marta Solis"],
        ["Ted Baines"],
    ]


def test_works_after_their_kind_are_no_entities(table: AliasTable) -> None:
    text = (
        "The designer wrote the role-playing game Star Warden, sold by Halberd Games, and the "
        "supplements Iron Coast and Pale Reach. Her trilogy The Broken Crown sold well, and "
        "Shadow of the Reef, the first book in it, is out from Orrin Press in Dublin."
    )
    found = _names(
        text,
        table,
        ("Star Warden", "ORG"),
        ("Halberd Games", "ORG"),
        ("Iron Coast", "ORG"),
        ("Pale Reach", "PERSON"),
        ("The Broken Crown", "ORG"),
        ("Shadow of the Reef", "ORG"),
        ("Orrin Press", "ORG"),
        ("Dublin", "GPE"),
    )
    assert found == {"Halberd Games", "Orrin Press", "Dublin"}
