"""A name written surname first, as dockets and police logs write it, is one person.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_surname_first_names_in_a_docket_are_whole(table: AliasTable) -> None:
    """The model reads the given names alone as the person and the surname as a place or an
    organization; the docket's form makes them one name."""
    text = (
        "Court week ahead\n\n"
        "Tuesday: sentencing for Orsini, Marco J., 46, of Ashby. Also Commonwealth v. Crane, "
        "Terrence L., and Crane, Kevin M., brothers. Friday: arraignment of Tran, Minh Chau, 29, "
        "of Eddon.\n"
    )
    spans = spans_of(
        text,
        ("Orsini", "GPE"),
        ("Marco J.", "PERSON"),
        ("Ashby", "GPE"),
        ("Crane", "ORG"),
        ("Terrence L.", "PERSON"),
        ("Crane", "ORG"),
        ("Kevin M.", "PERSON"),
        ("Minh Chau", "PERSON"),
        ("Eddon", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Orsini, Marco J.", "Crane, Terrence L.", "Crane, Kevin M.", "Tran, Minh Chau"):
        assert found[name].type == "PERSON", name
    assert not {"Marco J.", "Terrence L.", "Kevin M.", "Minh Chau", "Orsini"} & found.keys()


def test_an_organization_before_a_person_and_an_age_stays_apart(table: AliasTable) -> None:
    """ "Ferrano, Lewis Hale, 40": the model's organization before the comma is no surname."""
    text = "Driver signs\n\nFor Ferrano, Lewis Hale, 40, said he was happy.\n"
    spans = spans_of(text, ("Ferrano", "ORG"), ("Lewis Hale", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Lewis Hale"].type == "PERSON"
    assert "Ferrano, Lewis Hale" not in found
