"""Sources and credits named in passing: a name right before "reported" is an organization
where the model read nothing there ("Ravelin reported"), and a photo credit's two sides joined
by a slash are an agency and a photographer ("Photo: Oriane Vasse/Getty Images"). Texts
written for these tests; the spans are the misreadings the small model makes there."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> dict:
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_name_before_reported_is_a_source(table: AliasTable) -> None:
    text = (
        "Quarrel reported last week that the tram contract in Dunmere had been delayed. "
        "Ledgerline first reported the talks in March, and Tessaly Ward, a city engineer, "
        "said the figures were right. Officials reported no injuries. It reported a loss. "
        "Police reported two arrests. Ward reported the fault to the council. Kestova "
        "reported heavy shelling overnight. Brannigan reported from the front line."
    )
    spans = spans_of(
        text,
        ("last week", "DATE"),
        ("Dunmere", "GPE"),
        ("March", "DATE"),
        ("Tessaly Ward", "PERSON"),
        ("Kestova", "GPE"),
        ("Brannigan", "PERSON"),
    )
    found = _found(text, spans, table)
    assert found["Quarrel"] == "ORG"
    assert found["Ledgerline"] == "ORG"
    assert found["Tessaly Ward"] == "PERSON"
    assert found["Dunmere"] == "LOC"
    assert not {"Officials", "It", "Police"} & set(found)
    assert not any(t == "ORG" and "Ward" in name for name, t in found.items())
    assert found["Kestova"] == "LOC"  # a place or person the model read stands
    assert found["Brannigan"] == "PERSON"


def test_a_photo_credit_names_its_agency_and_photographer(table: AliasTable) -> None:
    text = (
        "Dockworkers marched through Harwell on Tuesday.\n"
        "Photo: Oriane Vasse/Getty Images\n"
        "Union leaders spoke at the gates. (AP Photo/Teodor Lisk)\n"
        "A crane stands idle in the port. REUTERS/Mara Quint\n"
        "The Halvard/Ostrow merger closed in May, and the Brenner/Kessel Partners deal too."
    )
    spans = spans_of(
        text,
        ("Harwell", "GPE"),
        ("Tuesday", "DATE"),
        ("Oriane Vasse/", "PERSON"),
        ("AP Photo/Teodor Lisk", "ORG"),
        ("REUTERS/Mara Quint", "ORG"),
        ("Halvard/Ostrow", "ORG"),
        ("May", "DATE"),
        ("Brenner/Kessel Partners", "ORG"),
    )
    found = _found(text, spans, table)
    assert found["Oriane Vasse"] == "PERSON"
    assert found["Getty Images"] == "ORG"
    assert found["Teodor Lisk"] == "PERSON"
    assert found["Mara Quint"] == "PERSON"
    assert not any("/" in name and "Halvard" not in name and "Kessel" not in name for name in found)
    assert found["Halvard/Ostrow"] == "ORG"  # a slash in prose is no credit
    assert found["Brenner/Kessel Partners"] == "ORG"


def test_a_credit_lines_roles_are_no_one(table: AliasTable) -> None:
    """ "Reporting by ...; Writing by ...; Editing by ...": the people are named, the roles
    the model reads before "by" are not; a role word in prose ("Writing Lab", a name) stays."""
    text = (
        "Copper slips\n\n"
        "Copper prices slipped on Tuesday as traders in Santiago weighed new supply from Peru. "
        "The Writing Lab at Corvel University tracks the market.\n\n"
        "Reporting by Ines Varga in Santiago; Writing by Petra Lund; Editing by Omar Haddad"
    )
    spans = spans_of(
        text,
        ("Writing Lab", "ORG"),
        ("Corvel University", "ORG"),
        ("Ines Varga", "PERSON"),
        ("Writing", "PERSON"),
        ("Petra Lund", "PERSON"),
        ("Editing", "PERSON"),
        ("Omar Haddad", "PERSON"),
    )
    found = _found(text, spans, table)
    assert {"Ines Varga", "Petra Lund", "Omar Haddad"} <= found.keys()
    assert found["Writing Lab"] == "ORG"
    assert "Writing" not in found and "Editing" not in found
