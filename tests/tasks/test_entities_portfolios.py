"""Commonwealth and Irish conventions around people's names: an honorific without a full stop
("Ms Moran") is followed by a person's name, whatever the model says; a ministry's portfolio
before its holder's title ("Labour Minister Ilse Moran", "Housing Cabinet Secretary") names no
party and no cabinet; "Taoiseach" is a title, never an entity on its own. Texts written for
these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_an_honorific_without_a_full_stop_is_followed_by_a_person(table: AliasTable) -> None:
    text = (
        "Rates on hold\n\nSpeaking in Tarvik, Ms Velden said the board was ready to act.\n"
        "Dr Oskarsson agreed, and Mrs Ilse Moran did not."
    )
    spans = spans_of(
        text,
        ("Tarvik", "GPE"),
        ("Ms Velden", "ORG"),
        ("Dr Oskarsson", "ORG"),
        ("Ilse Moran", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, load_titles())}
    assert {name: e.type for name, e in found.items()} == {
        "Tarvik": "LOC",
        "Velden": "PERSON",
        "Oskarsson": "PERSON",
        "Ilse Moran": "PERSON",
    }
    assert found["Velden"].roles == ["Ms"]


def test_a_portfolio_before_its_holders_title_is_no_entity(table: AliasTable) -> None:
    text = (
        "Port lockout ends\n\nLabour Minister Ilse Moran said Tuesday she would act.\n"
        "Housing Cabinet Secretary Oskar Velden and Acting Transport Minister Tarja Lind agreed.\n"
        "Labour MP Jonas Brandt said the Labour Party would vote against it."
    )
    spans = spans_of(
        text,
        ("Labour", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("Housing Cabinet", "ORG"),
        ("Oskar Velden", "PERSON"),
        ("Acting Transport", "ORG"),
        ("Tarja Lind", "PERSON"),
        ("Labour", "ORG"),
        ("Jonas Brandt", "PERSON"),
        ("the Labour Party", "ORG"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, load_titles())}
    assert set(found) == {
        "Ilse Moran",
        "Oskar Velden",
        "Tarja Lind",
        "Jonas Brandt",
        "Labour Party (UK)",
    }
    assert found["Labour Party (UK)"].mention_count == 2  # the MP's party and the party


def test_the_taoiseach_is_a_title(table: AliasTable) -> None:
    text = "Rent freeze rejected\n\nThe Taoiseach rejected the motion, and the Tánaiste agreed."
    spans = spans_of(text, ("Taoiseach", "ORG"), ("Tánaiste", "PERSON"))
    assert resolve_entities(text, spans, table, load_titles()) == []
