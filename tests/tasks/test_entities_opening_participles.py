"""A verb's form in -ing that opens a sentence or a list item before a name is no part of the
name, whatever kind the model gives the span ("Following Assange's arrest"). Texts are our
own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_opening_participles_are_cut_from_names(table: AliasTable) -> None:
    """ "Following Okonjo" read as an organization and "Questioning Varga" as a person are the
    people the article names; a short word in -ing that begins a name stays ("Ewing Lanark")."""
    text = (
        "Minister resigns as inquiry widens\n\n"
        "Police arrested Dara Okonjo in Leeds on Monday. Following Okonjo's arrest, the inquiry "
        "widened to the ministry.\n"
        "Colonel Marta Varga gave evidence for six hours.\n"
        "3. Questioning Varga's judgment\n"
        "Ewing Lanark, the committee's chair, said Lanark would report in May."
    )
    spans = spans_of(
        text,
        ("Dara Okonjo", "PERSON"),
        ("Leeds", "GPE"),
        ("Following Okonjo", "ORG"),
        ("Marta Varga", "PERSON"),
        ("Questioning Varga", "PERSON"),
        ("Ewing Lanark", "PERSON"),
        ("Lanark", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Following Okonjo", "Questioning Varga"} & found.keys()
    assert {"Dara Okonjo", "Marta Varga", "Ewing Lanark", "Leeds"} <= found.keys()
    assert "Following Okonjo" not in found["Dara Okonjo"].mentions
