"""A name with a bracket between its given names and surname, as obituaries write survivors,
is one person. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_survivors_with_a_spouse_or_maiden_name_in_brackets_are_whole_people(
    table: AliasTable,
) -> None:
    """The model reads the given name alone ("Nora", "Ada", "Beatrice"), and a spouse's given
    name as a place the gazetteer does not know ("Lionel"); the person is the whole name, the
    bracket inside it, and no given name is left as a person of its own."""
    text = (
        "Edith Marlowe, 1938-2026\n\n"
        "She was born in Akron to the late Walter and Ada (Brennick) Marlowe. She is survived "
        "by a daughter, Nora (Lionel) Castellane of Toledo; a son, Lionel Marlowe of Erie; and "
        'her sister, Beatrice "Bea" (Marlowe) Okonski.\n'
    )
    spans = spans_of(
        text,
        ("Edith Marlowe", "PERSON"),
        ("Akron", "GPE"),
        ("Walter", "PERSON"),
        ("Ada", "PERSON"),
        ("Nora", "PERSON"),
        ("Lionel", "GPE"),
        ("Toledo", "GPE"),
        ("Lionel Marlowe", "PERSON"),
        ("Erie", "GPE"),
        ("Beatrice", "PERSON"),
        ("Okonski", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Nora (Lionel) Castellane"].type == "PERSON"
    assert found["Ada (Brennick) Marlowe"].type == "PERSON"
    assert any(n.startswith("Beatrice") and n.endswith("Okonski") for n in found)
    assert not {"Nora", "Ada", "Beatrice", "Okonski"} & found.keys()


def test_brackets_between_other_words_are_left_alone(table: AliasTable) -> None:
    """A team after a player ("Maya Ellis (Lab)" style), a bracket before a lowercase word, a
    kinship word opening a sentence, and a bracket no span of the model touches change nothing
    the model read."""
    text = (
        "Council vote\n\n"
        "Councillor Maya Ellis (Labour) Said nothing. Reading (Berkshire) Council met on Tuesday. "
        "The vote (Monday) went ahead. Son (Junior) Pike was not there.\n"
    )
    spans = spans_of(
        text,
        ("Maya Ellis", "PERSON"),
        ("Labour", "ORG"),
        ("Reading", "GPE"),
        ("Berkshire", "GPE"),
        ("Council", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Maya Ellis"].type == "PERSON"
    assert "Reading" in found
    assert not any(n.endswith(("Said", "Council", "Pike")) for n in found), found.keys()
