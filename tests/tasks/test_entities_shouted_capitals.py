"""A word of a Title Case headline that the article writes in lowercase is a common word even
where a line in capitals also writes it: capitals throughout a line say nothing about names.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_capitals_lines_do_not_make_a_headline_word_a_name(table: AliasTable) -> None:
    """ "Quince Butter" of the headline, read as a person, is what the recipe writes in
    lowercase ("the butter") though its step heading shouts "QUINCE BUTTER"; the cook the prose
    names with a capital ("Edda Marsh") and the town ("Ludlow") stay."""
    text = (
        "Slow-Cooked Quince Butter for the Winter Table\n\n"
        "Edda Marsh has made the butter in Ludlow every November for thirty years.\n"
        "MAKING SPICED QUINCE BUTTER\n"
        "Peel four ripe quinces, core them and cook them slowly with sugar and a little lemon."
    )
    spans = spans_of(text, ("Quince Butter", "PERSON"), ("Edda Marsh", "PERSON"), ("Ludlow", "GPE"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Quince Butter" not in found
    assert {"Edda Marsh", "Ludlow"} <= found.keys()
