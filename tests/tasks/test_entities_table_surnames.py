"""A surname the alias table knows for a famous bearer is the person the article names in full
with it (`tasks.entities.linking`): "Imran Qureshi ... Qureshi said" is one person, not Shah
Mahmood Qureshi. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_table_surname_is_the_person_the_article_names_in_full(table: AliasTable) -> None:
    text = (
        "Three held in Karachi\n\n"
        "Police chief Imran Qureshi said three suspects had been arrested. Qureshi said the men "
        "were linked to a gang."
    )
    spans = spans_of(text, ("Imran Qureshi", "PERSON"), ("Qureshi", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Shah Mahmood Qureshi" not in found
    assert found["Imran Qureshi"].mention_count == 2


def test_the_tables_person_stays_when_named_in_full_or_with_a_title(table: AliasTable) -> None:
    """Both Qureshis named in full: the bare surname is not guessed away from the table's; a
    title before the surname ("President Trump") names the table's person too."""
    text = (
        "Talks resume\n\n"
        "Shah Mahmood Qureshi met Imran Qureshi on Monday. Qureshi said talks would resume. "
        "President Trump called, and Ella Trump, a farmer, watched."
    )
    spans = spans_of(
        text,
        ("Shah Mahmood Qureshi", "PERSON"),
        ("Imran Qureshi", "PERSON"),
        ("Qureshi", "PERSON"),
        ("Trump", "PERSON"),
        ("Ella Trump", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Shah Mahmood Qureshi"].mention_count == 2
    assert found["Imran Qureshi"].mention_count == 1
    assert found["Donald Trump"].mention_count == 1
    assert found["Ella Trump"].mention_count == 1
