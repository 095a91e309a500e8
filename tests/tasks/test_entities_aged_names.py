"""A name followed by an age in commas is a person's, the whole run of its words.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_names_given_an_age_in_a_list_are_people(table: AliasTable) -> None:
    """A list of people charged: a name the model missed ("Mehmet Yıldırım"), one it read
    short ("Lamar Whitcombe" of "Curtis Lamar Whitcombe"), one with a quoted nickname, and a
    pastor's title left out of his name."""
    text = (
        "Six charged after raids\n\n"
        "Those charged were Curtis Lamar Whitcombe, 58, of Ashby; Mehmet Yıldırım, 36, of "
        'Calderton; Dolores "Dee" Harwood, 74, of Eddon; and Pastor Samuel O. Adewale, 63, '
        "of Greyford.\n"
        "All four appear in court on Tuesday."
    )
    spans = spans_of(
        text,
        ("Lamar Whitcombe", "PERSON"),
        ("Ashby", "GPE"),
        ("Calderton", "GPE"),
        ("Eddon", "GPE"),
        ("Samuel O. Adewale", "PERSON"),
        ("Greyford", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Curtis Lamar Whitcombe"].type == "PERSON"
    assert found["Mehmet Yıldırım"].type == "PERSON"
    assert any(n.endswith("Harwood") and n.startswith("Dolores") for n in found)
    assert found["Samuel O. Adewale"].type == "PERSON"
    assert "Lamar Whitcombe" not in found


def test_ages_after_no_name_are_left_alone(table: AliasTable) -> None:
    """A date ("June 5, 2024"), a possessive before a name ("Harbor City's Reece Jamal") and a
    single word before an age change nothing the model read."""
    text = (
        "Defender signs on\n\n"
        "On June 5, 2024, Harbor City's Reece Jamal, 24, signed. Smith, 40, of Eddon, agreed.\n"
    )
    spans = spans_of(text, ("Harbor City", "ORG"), ("Reece Jamal", "PERSON"), ("Smith", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Reece Jamal"].type == "PERSON"
    assert "Harbor City's Reece Jamal" not in found
    assert not any("June" in n for n in found)
