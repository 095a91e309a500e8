"""Two names the model ran together over a "the" are two. Texts are our own (title line +
body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_an_outlet_told_and_the_clause_after_it_are_two_names(table: AliasTable) -> None:
    """ "told Soundwave the Marigolds have ...": the outlet and the band, not one organization
    "Soundwave the Marigolds"; "Bank of the Prairie" holds its "the" after a small word and
    stays one name."""
    text = (
        "Marigolds back in studio\n\n"
        "Singer Ada Vance told Soundwave the Marigolds have written five songs, funded by the "
        "Bank of the Prairie."
    )
    spans = spans_of(
        text,
        ("Marigolds", "ORG"),
        ("Ada Vance", "PERSON"),
        ("Soundwave the Marigolds", "ORG"),
        ("Bank of the Prairie", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, load_titles())}
    assert found == {"Marigolds", "Ada Vance", "Soundwave", "Bank of the Prairie"}
