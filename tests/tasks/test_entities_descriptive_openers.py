"""A word that describes a name's bearer, opening a sentence before the name ("Neighbouring
Arlington Public Schools", "Rival Kroger"), is no part of the name; inside a sentence, or
inside a name that does not open one, it stays. Texts are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_describing_word_opening_a_sentence_leaves_the_name(table: AliasTable) -> None:
    text = (
        "Schools move start times\n\n"
        "Neighbouring Tarvik Public Schools moved to later start times in 2019. Rival Harlan "
        "Markets cut prices too. Embattled Dovecote Airlines said it would follow.\n"
        "The board met the Fellow Travellers Society on Monday."
    )
    spans = spans_of(
        text,
        ("Neighbouring Tarvik Public Schools", "ORG"),
        ("Rival Harlan Markets", "ORG"),
        ("Embattled Dovecote Airlines", "ORG"),
        ("Fellow Travellers Society", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Tarvik Public Schools", "Harlan Markets", "Dovecote Airlines"} <= found.keys()
    assert "Fellow Travellers Society" in found
