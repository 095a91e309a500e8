"""State honours named in an honours list are no entities; the people are.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_honours_and_their_letters_are_no_entities(table: AliasTable) -> None:
    """The model reads an honour's letters as organizations and its name as a place; the
    people keep their names, and letters after a name are cut as before."""
    text = (
        "Honours for the North\n\n"
        "Officer of the Order of the British Empire (OBE): Jenna Lowrie-Scott, 49, of Ashby.\n"
        "Member of the Order of the British Empire (MBE): Tom Carrow, 58, of Eddon.\n"
        "British Empire Medal (BEM): Joan Fenby, 88, of Morwick.\n"
        "Last year Sir Alan Dray OBE was honoured."
    )
    spans = spans_of(
        text,
        ("the Order of the British Empire", "GPE"),
        ("OBE", "ORG"),
        ("Jenna Lowrie-Scott", "PERSON"),
        ("MBE", "ORG"),
        ("Tom Carrow", "PERSON"),
        ("British Empire Medal", "ORG"),
        ("BEM", "ORG"),
        ("Joan Fenby", "PERSON"),
        ("Alan Dray OBE", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"OBE", "MBE", "BEM", "British Empire Medal", "Order of the British Empire"} & (
        found.keys()
    )
    for name in ("Jenna Lowrie-Scott", "Tom Carrow", "Joan Fenby", "Alan Dray"):
        assert found[name].type == "PERSON", name
