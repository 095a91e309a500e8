"""Illnesses named after the doctor who described them ("Varnick's disease", "Ostrander
lymphoma", "Kessel body dementia", "people with Varnick's") name no person and no organization
there; a person of the surname named elsewhere, a company's possessive after a bare "with" and
a charity named after an illness are left. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> set[str]:
    spans = spans_of(text, *items)
    return {e.name for e in resolve_entities(text, spans, table, TITLES)}


def test_a_surname_before_an_illness_noun_is_no_entity(table: AliasTable) -> None:
    text = (
        "The trial at Carrow General Hospital enrolled adults with Varnick's disease, Ostrander "
        "lymphoma or Kessel body dementia, and a few with Dunmore's palsy."
    )
    found = _found(
        text,
        table,
        ("Carrow General Hospital", "ORG"),
        ("Varnick", "PERSON"),
        ("Ostrander", "ORG"),
        ("Kessel", "PERSON"),
        ("Dunmore", "ORG"),
    )
    assert found == {"Carrow General Hospital"}


def test_a_possessive_owning_nothing_after_an_illness_cue_is_no_entity(
    table: AliasTable,
) -> None:
    text = (
        "About 9,000 people with Varnick's in the region wait for care, and patients with "
        "Dunmore's, she said. Her son was diagnosed with Kessel's at six, Amira Thorne said."
    )
    found = _found(
        text,
        table,
        ("Varnick", "PERSON"),
        ("Dunmore", "ORG"),
        ("Kessel", "PERSON"),
        ("Amira Thorne", "PERSON"),
    )
    assert found == {"Amira Thorne"}


def test_people_companies_and_charities_of_the_name_are_left(table: AliasTable) -> None:
    text = (
        "Dr. Lena Varnick first described Varnick's disease in 1961. The hospital signed a "
        "deal with Halbrook's, the grocer, and Varnick's Trust paid for the ward. Varnick "
        "died in 1990."
    )
    found = _found(
        text,
        table,
        ("Lena Varnick", "PERSON"),
        ("Varnick", "PERSON"),
        ("Halbrook", "ORG"),
        ("Varnick's Trust", "ORG"),
        ("Varnick", "PERSON"),
    )
    assert {"Lena Varnick", "Halbrook", "Varnick's Trust"} <= found


def test_a_charity_named_by_an_illness_is_one_organization(table: AliasTable) -> None:
    """The model reads only the head ("Society") or the country ("UK") of a body named by an
    illness's describer; an owner's possessive before "UK" and the country after "in the" are
    left."""
    text = (
        "The Huntington's Disease Association and Crohn's & Colitis UK backed the plan, and the "
        "Alzheimer's Society said 900 people with Parkinson's in the UK would gain. Orvane's UK "
        "arm disagreed."
    )
    found = _found(
        text,
        table,
        ("Association", "ORG"),
        ("UK", "GPE"),
        ("Society", "ORG"),
        ("UK", "GPE"),
        ("Orvane", "ORG"),
        ("UK", "GPE"),
    )
    assert {
        "Huntington's Disease Association",
        "Crohn's & Colitis UK",
        "Alzheimer's Society",
        "Orvane",
    } <= found
    assert not {"Association", "Society"} & found
