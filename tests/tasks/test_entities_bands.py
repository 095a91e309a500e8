"""A family act called by its family name in the plural is the act named in full. Texts are
our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_the_plural_of_a_family_name_is_the_act(table: AliasTable) -> None:
    """ "the Marlowes" of "The Marlowe Sisters" is the act, whatever the model reads in it; a
    plural that no act of the article fits ("the Hendersons") is left as read."""
    text = (
        "Marlowe Sisters return\n\n"
        "The Marlowe Sisters will tour in June. Fans say the Marlowes never sounded better, and "
        "the Hendersons agree."
    )
    spans = spans_of(
        text,
        ("Marlowe Sisters", "ORG"),
        ("The Marlowe Sisters", "ORG"),
        ("June", "DATE"),
        ("Marlowes", "PERSON"),
        ("Hendersons", "PERSON"),
    )
    found = {
        e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, load_titles())
    }
    assert found["Marlowe Sisters"] == ["Marlowe Sisters", "Marlowes"]
    assert "Hendersons" in found
