"""Who a person in the street is, written before the name ("Pensioner Dennis Hartley"), is no
part of the name. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_descriptor_before_a_name_is_a_role(table: AliasTable) -> None:
    """The model runs "Pensioner" into the name and calls it an organization: the person is
    Morag Fells, and "Fells" later is her; a surname that is such a word stays ("Tom Student")."""
    text = (
        "Ferry cuts anger islanders\n\n"
        "Pensioner Morag Fells said the crossing was her lifeline. Fells said she would "
        "protest. Shopkeeper Iain Dow agreed, and so did Tom Student."
    )
    spans = spans_of(
        text,
        ("Pensioner Morag Fells", "ORG"),
        ("Fells", "ORG"),
        ("Shopkeeper Iain Dow", "PERSON"),
        ("Tom Student", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert sorted(found["Morag Fells"].mentions) == ["Fells", "Morag Fells"]
    assert found["Morag Fells"].type == "PERSON"
    assert found["Iain Dow"].type == "PERSON"
    assert "Tom Student" in found


def test_organisers_before_a_name_are_a_role(table: AliasTable) -> None:
    """ "Organisers" and "Organiser" opening a sentence before a company or a person are what
    the name does, not part of it: the names are Tidewater Live and Helen Pask."""
    text = (
        "Harbour festival sells out\n\n"
        "Organisers Tidewater Live said 40,000 tickets had gone. Organiser Helen Pask said the "
        "site would open at noon."
    )
    spans = spans_of(text, ("Organisers Tidewater Live", "ORG"), ("Organiser Helen Pask", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Tidewater Live", "Helen Pask"} <= found.keys()
