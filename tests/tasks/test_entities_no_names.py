"""Interjections and a state's bodies named by their role alone name nothing, whatever their
capital; known names and longer names holding such a word stay. Texts are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.no_names import names_nothing
from tests.tasks.entity_helpers import by_name, spans_of


def test_interjections_and_role_words_name_nothing() -> None:
    """Drawn-out interjections are still interjections; names that begin like one are not."""
    for key in ("argh", "arghhh", "ugh", "hmmm", "yaaay", "opposition", "administration"):
        assert names_nothing(key)
    for key in ("oh", "ok", "bravo", "hello", "arghan", "ugho", "opposition alliance", "ohio"):
        assert not names_nothing(key)


def test_model_spans_of_such_words_are_dropped(table: AliasTable) -> None:
    """The model's "Argh" (a quote's opening and a post's single word) and "the Opposition"
    are no entities; the people, the place and the "Opposition Alliance" beside them stay."""
    text = (
        "Councillors clash over the harbour budget\n\n"
        '"Argh! I knew this would happen," said Imogen Tarrant, the council leader in Portsey.\n'
        "Her deputy, Rafe Odum, posted a single word, Ugh, after the vote.\n"
        "The Opposition has done no better, and the Opposition Alliance said it would abstain."
    )
    spans = spans_of(
        text,
        ("Argh", "ORG"),
        ("Imogen Tarrant", "PERSON"),
        ("Portsey", "GPE"),
        ("Rafe Odum", "PERSON"),
        ("Ugh", "PERSON"),
        ("Opposition", "ORG"),
        ("Opposition Alliance", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Argh", "Ugh", "Opposition"} & found.keys()
    assert {"Imogen Tarrant", "Portsey", "Rafe Odum", "Opposition Alliance"} <= found.keys()
