"""A party's members in the plural and a family by its plural are no entity; the party's and
the person's own names stay. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def _names(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> set[str]:
    return {e.name for e in resolve_entities(text, spans, table, load_titles())}


def test_party_members_in_the_plural_are_no_party(table: AliasTable) -> None:
    """ "Republicans", "Democrats" and "the Tories" are members; "the Democratic Party" and
    "the Liberal Democrats" are parties."""
    text = (
        "Budget vote splits parties\n\n"
        "Republicans blocked the bill while Democrats walked out. The Democratic Party said it "
        "would appeal. In London the Tories and the Liberal Democrats backed a similar plan."
    )
    spans = spans_of(
        text,
        ("Republicans", "NORP"),
        ("Democrats", "NORP"),
        ("The Democratic Party", "ORG"),
        ("London", "GPE"),
        ("Tories", "NORP"),
        ("Liberal Democrats", "NORP"),
    )
    names = _names(text, spans, table)
    assert "Republican Party" not in names
    assert "Conservative Party (UK)" not in names
    assert {"Democratic Party", "Liberal Democrats", "London"} <= names


def test_a_family_by_its_plural_is_no_entity(table: AliasTable) -> None:
    """ "the Hallorans" beside "Dana Halloran" is her family; "Okafor", the surname of someone
    named in full, and a plural no one's surname fits stay."""
    text = (
        "Neighbours sue over fence\n\n"
        "Dana Halloran said the Hallorans had owned the land since 1950. Chidi Okafor disagreed, "
        "and Okafor said the Pembertons had sold it."
    )
    spans = spans_of(
        text,
        ("Dana Halloran", "PERSON"),
        ("Hallorans", "GPE"),
        ("1950", "DATE"),
        ("Chidi Okafor", "PERSON"),
        ("Okafor", "PERSON"),
        ("Pembertons", "PERSON"),
    )
    found = {
        e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, load_titles())
    }
    assert "Hallorans" not in found
    assert found["Chidi Okafor"] == ["Chidi Okafor", "Okafor"]
    assert "Pembertons" in found


def test_a_place_before_the_members_plural_is_the_place(table: AliasTable) -> None:
    """ "Louisiana Democrats" read as one name is Louisiana; "Sweden Democrats", a party the
    table knows by that name, stays whole."""
    text = (
        "State races\n\n"
        "Louisiana Democrats kept the governor's office. In Stockholm the Sweden Democrats "
        "gained seats."
    )
    spans = spans_of(
        text,
        ("Louisiana Democrats", "NORP"),
        ("Stockholm", "GPE"),
        ("Sweden Democrats", "NORP"),
    )
    found = {
        e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, load_titles())
    }
    assert found["Louisiana"] == ["Louisiana"]
    assert "Sweden Democrats" in found
