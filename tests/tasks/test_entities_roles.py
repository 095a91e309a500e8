"""Titles and roles: a title next to a name is a role of that person, not part of the name."""

from __future__ import annotations

import pytest

from tasks.entities import (
    AliasTable,
    load_titles,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_titles_file_is_data() -> None:
    titles = load_titles()
    assert "Secretary of State" in titles and "Mr." in titles
    assert not any(t.startswith("#") for t in titles)


def test_title_before_the_span_is_a_role(table: AliasTable) -> None:
    text = "“We talk about Afghanistan,” said Secretary of State Mike Pompeo. Pompeo left."
    spans = spans_of(
        text,
        ("Afghanistan", "GPE"),
        ("State", "ORG"),
        ("Mike Pompeo", "PERSON"),
        ("Pompeo", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    pompeo = found["Mike Pompeo"]
    assert pompeo.roles == ["Secretary of State"]
    assert pompeo.mentions == ["Mike Pompeo", "Pompeo"] and pompeo.mention_count == 2
    assert "State" not in found  # a word of the title, not an organization


def test_org_followed_by_spokesman_appositive_is_a_person(table: AliasTable) -> None:
    text = "“No,” said Wahid Omarzai, a spokesman for the ministry."
    found = resolve_entities(text, spans_of(text, ("Wahid Omarzai", "ORG")), table, TITLES)
    assert found[0].type == "PERSON" and found[0].roles == ["spokesman"]


def test_a_title_after_a_comma_belongs_to_the_next_name(table: AliasTable) -> None:
    text = "In the district in Manhattan, Rep. Carolyn Maloney led."
    spans = spans_of(text, ("Manhattan", "GPE"), ("Carolyn Maloney", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, ("Rep.",)))
    assert found["Manhattan"].type == "LOC" and found["Manhattan"].roles == []
    assert found["Carolyn Maloney"].roles == ["Rep."]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Treasurer Jim Chalmers welcomed the cut.", "Jim Chalmers", "Treasurer"),
        ("Thunder coach Mark Daigneault said so.", "Mark Daigneault", "coach"),
        ("Councilmember Nithya Raman chairs it.", "Nithya Raman", "Councilmember"),
    ],
)
def test_common_ranks_are_titles(table: AliasTable, text: str, name: str, role: str) -> None:
    found = by_name(resolve_entities(text, spans_of(text, (name, "PERSON")), table, load_titles()))
    assert found[name].roles == [role]


def test_a_title_inside_a_persons_span_cuts_its_owner_off(table: AliasTable) -> None:
    text = (
        "Harlow County Sheriff Kent van der Varga ordered evacuations, and Tarvik Art Director "
        "Park Min Seo left. Singer Ilse Moran King and Martin Luther King Jr. were quoted."
    )
    spans = spans_of(
        text,
        ("Harlow County Sheriff Kent van der Varga", "PERSON"),
        ("Tarvik Art Director Park Min Seo", "PERSON"),
        ("Ilse Moran King", "PERSON"),
        ("Martin Luther King Jr.", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "Kent van der Varga",
        "Park Min Seo",
        "Ilse Moran King",
        "Martin Luther King Jr.",
    }
    assert found["Kent van der Varga"].roles == ["Sheriff"]
    assert found["Park Min Seo"].roles == ["Art Director"]  # a credit title since v41


def test_stacked_honorifics_and_bare_prof_are_roles_not_names(table: AliasTable) -> None:
    """Malaysian honorifics and state titles stack before a name, and the model splits them
    ("Tengku Datuk" + "Seri Amran ..."); "Prof" without a dot, "Barrister" and "Retiree" open
    a person's span too. None of them is part of the name, nor a name on its own."""
    text = (
        "Datuk Seri Harun Osman said the plan was on track. Tengku Datuk Seri Amran Zulkifli "
        "and Menteri Besar Datuk Rosli Bakar attended, as did Prof Dana Ruiz. Barrister Gohar "
        "Tarvik spoke, and Retiree Lim Soo Harn, 67, said the bus was late."
    )
    spans = spans_of(
        text,
        ("Datuk Seri Harun Osman", "PERSON"),
        ("Tengku Datuk", "PERSON"),
        ("Seri Amran Zulkifli", "PERSON"),
        ("Menteri Besar", "PERSON"),
        ("Rosli Bakar", "PERSON"),
        ("Prof Dana Ruiz", "ORG"),
        ("Barrister Gohar Tarvik", "PERSON"),
        ("Retiree Lim Soo Harn", "PERSON"),
    )
    names = [e.name for e in resolve_entities(text, spans, table, load_titles())]
    assert names == [
        "Harun Osman",
        "Amran Zulkifli",
        "Rosli Bakar",
        "Dana Ruiz",
        "Gohar Tarvik",
        "Lim Soo Harn",
    ]


def test_ranks_of_emergency_services_are_roles(table: AliasTable) -> None:
    """A firefighter, a paramedic, a trooper and a constable are named with their rank before
    the name, which the model takes into the span: the rank is the role, not the name. A
    "Trooper" or "Constable" written as a surname after a first name stays the name."""
    text = (
        "Two firefighters, Lt. Corey Mabrey and Firefighter Jenna Stolle, were treated. "
        "Paramedic Ola Brandt and Trooper Dale Quist arrived, then Constable Amy Renwick. "
        "Hannah Trooper said the road was closed."
    )
    spans = spans_of(
        text,
        ("Corey Mabrey", "PERSON"),
        ("Firefighter Jenna Stolle", "PERSON"),
        ("Paramedic Ola Brandt", "PERSON"),
        ("Trooper Dale Quist", "PERSON"),
        ("Constable Amy Renwick", "PERSON"),
        ("Hannah Trooper", "PERSON"),
    )
    names = [e.name for e in resolve_entities(text, spans, table, load_titles())]
    assert names == [
        "Corey Mabrey",
        "Jenna Stolle",
        "Ola Brandt",
        "Dale Quist",
        "Amy Renwick",
        "Hannah Trooper",
    ]


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        ("Mme Lerato Nkosi, a grandmother, said so.", "Lerato Nkosi", "Mme Lerato Nkosi"),
        ("Atty. Carmela Divina filed the case.", "Carmela Divina", "Atty. Carmela Divina"),
        ("Mian Farooq Butt left.", "Farooq Butt", "Mian Farooq Butt"),
    ],
)
def test_honorifics_of_african_and_asian_papers_are_titles(
    table: AliasTable, text: str, name: str, surface: str
) -> None:
    """ "Mme" (Southern Africa, French papers), "Atty." (the Philippines) and "Mian" (Pakistan)
    are written before the name and no part of it."""
    found = by_name(
        resolve_entities(text, spans_of(text, (surface, "PERSON")), table, load_titles())
    )
    assert set(found) == {name}
