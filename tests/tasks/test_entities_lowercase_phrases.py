"""A capitalised phrase the article also writes in lowercase is no name. Texts are our own
(title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_phrase_also_written_in_lowercase_is_no_name(table: AliasTable) -> None:
    """The subheading "Offensive Line" and the label "Reading List" are the article's "offensive
    line" and "reading list"; "the Appeals Court" stays beside "an appeals court" (a name's
    generic head), and so does a person."""
    text = (
        "Film study: what went wrong for the Otters\n\n"
        "Offensive Line\n"
        "The offensive line gave up five sacks, and Dario Pell was hurried all game. "
        "Reading List: our reading list for the bye week is below. The Appeals Court ruled "
        "against an appeals court in Marlow."
    )
    spans = spans_of(
        text,
        ("Otters", "ORG"),
        ("Offensive Line", "ORG"),
        ("Dario Pell", "PERSON"),
        ("Reading List", "PERSON"),
        ("The Appeals Court", "ORG"),
        ("Marlow", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Offensive Line" not in found and "Reading List" not in found
    assert "Appeals Court" in found and "Dario Pell" in found
