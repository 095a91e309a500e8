"""Names whose head follows a possessive are one name. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_name_cut_at_its_possessive_is_carried_over_its_head(table: AliasTable) -> None:
    """ "Dunmore Magistrate's Court", "Harlow Children's Hospital": the model ends the name at
    the possessive, and may tag the head alone; the name is whole. One word with a possessive
    ("Acme's Court fight") owns the next word, and "Britain's Court of Appeal" is the country
    and its court."""
    text = (
        "Teen charged after hospital break-in\n\n"
        "A teenager appeared at Dunmore Magistrate's Court on Tuesday after a break-in at "
        "Harlow Children's Hospital, during Acme's Court fight over Britain's Court of Appeal."
    )
    spans = spans_of(
        text,
        ("Dunmore Magistrate's", "ORG"),
        ("Tuesday", "DATE"),
        ("Harlow Children's", "ORG"),
        ("Hospital", "ORG"),
        ("Acme's", "ORG"),
        ("Britain", "GPE"),
        ("Court of Appeal", "ORG"),
    )
    found = {(e.name, e.type) for e in resolve_entities(text, spans, table, load_titles())}
    assert ("Dunmore Magistrate's Court", "ORG") in found
    assert ("Harlow Children's Hospital", "ORG") in found
    assert ("Dunmore Magistrate", "ORG") not in found
    assert ("Hospital", "ORG") not in found
    assert ("Acme", "ORG") in found and ("Court of Appeal", "ORG") in found


def test_a_name_built_on_a_possessive_is_one_name(table: AliasTable) -> None:
    """ "Pelham's Yard" read as "Pelham" + "Yard" is one venue where the text never writes
    "Pelham" but in that name; an owner the text names alone ("Corvane said") or the alias
    table knows ("Microsoft's LinkedIn") keeps its own name, an acronym owns what follows
    ("KXT's Harbour Lights", a network's series), and "Britain's Foreign Office" is the country
    and the office."""
    text = (
        "Pelham's Yard reopens\n\n"
        "Pelham's Yard will reopen in May, and Corvane's Brightlane unit will run its bar. "
        "Corvane said the deal was small. Microsoft's LinkedIn posted the jobs, and Britain's "
        "Foreign Office approved the visas for Pelham's Yard performers, and KXT's Harbour Lights "
        "filmed there."
    )
    spans = spans_of(
        text,
        ("Pelham", "ORG"),
        ("Yard", "ORG"),
        ("Pelham", "ORG"),
        ("Yard", "FAC"),
        ("May", "DATE"),
        ("Corvane", "ORG"),
        ("Brightlane", "ORG"),
        ("Corvane", "ORG"),
        ("Microsoft", "ORG"),
        ("LinkedIn", "ORG"),
        ("Britain", "GPE"),
        ("Foreign Office", "ORG"),
        ("Pelham", "ORG"),
        ("Yard", "ORG"),
        ("KXT", "ORG"),
        ("Harbour Lights", "ORG"),
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, load_titles())}
    assert "Pelham's Yard" in found
    assert not {"Pelham", "Yard"} & found.keys()
    assert {"Corvane", "Brightlane", "Microsoft", "LinkedIn", "United Kingdom"} <= found.keys()
    assert {"KXT", "Harbour Lights"} <= found.keys()
