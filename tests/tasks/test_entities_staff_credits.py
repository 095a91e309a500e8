"""Names in staff credits written "Role_Name": the whole name is one person, the role no part of
it, whatever pieces the model tagged; handles and addresses with underscores are left alone.
Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of

CREDITS = (
    "The Lantern Courts, a dance drama, runs until June.\n"
    "STAFF\n"
    "Choreographer_Mina Roh Ji, Art Director_Yoon Hae Rim, Composer_Seo Min Ho; "
    "Costume Design_Han Eun Bi"
)


def test_a_credited_name_is_one_person_without_its_role_and_handles_are_no_credits(
    table: AliasTable,
) -> None:
    # what the model makes of the glued words: the name cut short, or the role kept in it
    spans = spans_of(
        CREDITS,
        ("Roh Ji", "PERSON"),
        ("Art Director_Yoon Hae Rim", "PERSON"),
        ("Min Ho", "PERSON"),
    )
    found = resolve_entities(CREDITS, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Mina Roh Ji", "PERSON"),
        ("Yoon Hae Rim", "PERSON"),
        ("Seo Min Ho", "PERSON"),
        ("Han Eun Bi", "PERSON"),
    ]
    # an underscore in a handle, an address, a path or code glues no role to a name
    text = (
        "Follow the company at @Lantern_Courts, write to ticket_Office@lantern.example or see "
        "files/Season_Brochure, and the variable max_Value."
    )
    assert resolve_entities(text, [], table, TITLES) == []
