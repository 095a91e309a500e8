"""Names of three words (a Spanish or Portuguese double name, an Indonesian name) are often cut
by the model after their second word ("Maria Corina" of "Maria Corina Machado"); the unread
capitalised word right after, before a comma or a speech verb, is the rest of the name. Not a
word the model read as something else (a date), not a name the alias table knows.
Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_an_unread_third_word_before_a_comma_or_speech_verb_ends_the_name(
    table: AliasTable,
) -> None:
    text = (
        "Opposition leader Lucía Carmen Ortigoza, who left the country in May, called for "
        "protests.\nFinance Minister Dewi Ratna Kusumawati told parliament the deficit would "
        "narrow. Ortigoza said the vote had been stolen."
    )
    spans = spans_of(
        text,
        ("Lucía Carmen", "PERSON"),
        ("May", "DATE"),
        ("Dewi Ratna", "PERSON"),
        ("Ortigoza", "PERSON"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Lucía Carmen Ortigoza", "Dewi Ratna Kusumawati"}
    assert found["Lucía Carmen Ortigoza"].mentions == ["Lucía Carmen Ortigoza", "Ortigoza"]


def test_a_date_or_a_known_name_after_a_name_stays_apart(table: AliasTable) -> None:
    text = (
        "The vote was won by Tomas Brandt Tuesday, officials said.\n"
        "Voters backed Anna Keller London, a former mayor, in the north."
    )
    spans = spans_of(
        text,
        ("Tomas Brandt", "PERSON"),
        ("Tuesday", "DATE"),
        ("Anna Keller", "PERSON"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert "Tomas Brandt" in names and "Anna Keller" in names
