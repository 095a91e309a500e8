"""A person's name with a particle before the surname, which the model cuts at the particle,
is one person. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_surnames_after_particles_join_the_name(table: AliasTable) -> None:
    """The model ends the span on the particle ("Hendrik van", "Owain ap") or before it
    ("Tomás Ortiz" of "Tomás Ortiz y Gasca") and reads the surname as a name of its own."""
    text = (
        "Board and cabinet changes\n\n"
        "Chairman Hendrik van den Broek said the board would meet. Those leaving include "
        "Owain ap Rhydderch and the actor Tomás Ortiz y Gasca, who joined in May.\n"
    )
    spans = spans_of(
        text,
        ("Hendrik van", "PERSON"),
        ("Broek", "PERSON"),
        ("Owain ap", "PERSON"),
        ("Tomás Ortiz", "PERSON"),
        ("Gasca", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Hendrik van den Broek", "Owain ap Rhydderch", "Tomás Ortiz y Gasca"):
        assert found[name].type == "PERSON", name
    assert not {"Broek", "Gasca", "Rhydderch", "Hendrik van"} & found.keys()


def test_a_person_after_y_in_a_list_stays_a_person_of_their_own(table: AliasTable) -> None:
    """ "y" joins two people in a Spanish list ("Pedro Alcaraz y Pablo"): the model's person
    after it is not taken in."""
    text = 'Duo returns\n\nThe band "Pedro Alcaraz y Pablo" returns, said Ana Ruiz.\n'
    spans = spans_of(text, ("Pedro Alcaraz", "PERSON"), ("Pablo", "PERSON"), ("Ana Ruiz", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Pedro Alcaraz y Pablo" not in found
