"""The department a person's role names ("Head of Fundamental Research at Kotak Securities"):
no entity; an establishment a role heads, or a body without an employer after it, stays
(`tasks.entities.departments`). Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_the_department_a_role_heads_at_an_employer_is_no_entity(table: AliasTable) -> None:
    text = (
        "Markets steady\n\n"
        '"Rates will hold," said Mira Osk, Head of Fundamental Research at Tarvik Securities. '
        "Brent Hale, vice president of Advanced Development Programs at Corvant Space, agreed, "
        "and Lena Roy, General Manager of Care Solutions for Velden Health, did not."
    )
    spans = spans_of(
        text,
        ("Mira Osk", "PERSON"),
        ("Fundamental Research", "ORG"),
        ("Tarvik Securities", "ORG"),
        ("Brent Hale", "PERSON"),
        ("Advanced Development Programs", "ORG"),
        ("Corvant Space", "ORG"),
        ("Lena Roy", "PERSON"),
        ("Care Solutions", "ORG"),
        ("Velden Health", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "Mira Osk",
        "Tarvik Securities",
        "Brent Hale",
        "Corvant Space",
        "Lena Roy",
        "Velden Health",
    }


def test_an_establishment_or_a_body_without_an_employer_after_it_stays(
    table: AliasTable,
) -> None:
    """ "director of the Center for Coastal Politics at ..." heads an establishment with a name
    of its own; "head of Tarvik Securities" names the employer itself."""
    text = (
        "Grant awarded\n\n"
        "Asha Rao, director of the Center for Coastal Politics at Velden University, said the "
        "grant helps. Omar Lind, head of Tarvik Securities, said nothing."
    )
    spans = spans_of(
        text,
        ("Asha Rao", "PERSON"),
        ("the Center for Coastal Politics", "ORG"),
        ("Velden University", "ORG"),
        ("Omar Lind", "PERSON"),
        ("Tarvik Securities", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Center for Coastal Politics", "Velden University", "Tarvik Securities"} <= set(found)
