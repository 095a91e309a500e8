"""More words that credit a source: what someone "tells", speaks or talks to, is quoted or cited
by or writes in; a publication named after the noun that says what it is ("the magazine ...",
"the state news agency ..."); "!" inside a name ("E! News"); a name the model reads as a number
("9to5Mac"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> list[str]:
    return [f"{e.name}/{e.type}" for e in resolve_entities(text, spans, table, TITLES)]


def test_a_source_someone_tells_speaks_to_or_writes_in_is_an_organization(
    table: AliasTable,
) -> None:
    text = (
        '"We were ready," the coach tells Pitchside Weekly.\n'
        "Speaking to Radio Kestrel, the mayor said the bridge would reopen.\n"
        "Writing in Lantern Review, one critic called the plan naive.\n"
        "The figures were quoted by Tidewater Post and cited by Norvale Daily."
    )
    assert _found(text, [], table) == [
        "Pitchside Weekly/ORG",
        "Radio Kestrel/ORG",
        "Lantern Review/ORG",
        "Tidewater Post/ORG",
        "Norvale Daily/ORG",
    ]


def test_a_person_someone_speaks_to_stays_a_person(table: AliasTable) -> None:
    text = "Speaking to Ilse Marrow, the minister said little."
    spans = spans_of(text, ("Ilse Marrow", "PERSON"))
    assert _found(text, spans, table) == ["Ilse Marrow/PERSON"]


def test_a_publication_after_the_noun_that_says_what_it_is(table: AliasTable) -> None:
    text = (
        "The photos ran in the magazine Orbit Monthly last week.\n"
        "The state news agency Velnor Press said talks would resume."
    )
    spans = spans_of(text, ("Orbit Monthly", "PERSON"), ("Velnor", "GPE"))
    assert _found(text, spans, table) == ["Orbit Monthly/ORG", "Velnor Press/ORG"]


def test_an_exclamation_mark_inside_a_credited_name(table: AliasTable) -> None:
    text = "The pair have split, according to a report by Q! Tonight."
    spans = spans_of(text, ("Q", "ORG"))
    assert _found(text, spans, table) == ["Q! Tonight/ORG"]


def test_a_credited_name_the_model_read_as_a_number(table: AliasTable) -> None:
    text = "The renders were first published by 4to6Daily, a blog.\nHe told 7up8News so."
    spans = spans_of(text, ("4to6Daily", "CARDINAL"), ("7up8News", "CARDINAL"))
    assert _found(text, spans, table) == ["4to6Daily/ORG", "7up8News/ORG"]


def test_a_place_the_model_found_inside_a_longer_credited_name_is_part_of_it(
    table: AliasTable,
) -> None:
    text = (
        '"It works," she tells The Marbury Reporter.\n'
        "According to Tarvik Evening News, the road is shut; Tarvik officials told Tarvik "
        "reporters so."
    )
    spans = spans_of(
        text, ("Marbury", "GPE"), ("Tarvik", "GPE"), ("Tarvik", "GPE"), ("Tarvik", "GPE")
    )
    assert _found(text, spans, table) == [
        "Marbury Reporter/ORG",
        "Tarvik Evening News/ORG",
        "Tarvik/LOC",
    ]
