"""A company named after its founder: the surname alone, written after the company's full name
and before the founder's, is the company; after the founder's it stays the founder's. Texts
are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_short_form_before_the_founder_is_named_is_the_company(table: AliasTable) -> None:
    text = (
        "Marlow Foods cuts forecast\n\n"
        "Shares of Marlow Foods fell 11% on Thursday after the grocer cut its forecast.\n"
        "Marlow also said its finance chief would leave. The chain was founded in 1921 by "
        "Edwin Marlow, whose grandson still sits on the board.\n"
        "Analysts said Marlow had been squeezed by rents."
    )
    spans = spans_of(
        text,
        ("Marlow Foods", "ORG"),
        ("Marlow Foods", "ORG"),
        ("Marlow", "PERSON"),  # "Marlow also said": before the founder is named
        ("Edwin Marlow", "PERSON"),
        ("Marlow", "PERSON"),  # "Analysts said Marlow had": after him, left to him
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Marlow Foods"].mention_count == 3
    assert found["Edwin Marlow"].mention_count == 2


def test_a_surname_before_any_company_is_named_stays_the_persons(table: AliasTable) -> None:
    text = (
        "Marlow steps down\n\n"
        "Edwin Marlow, who founded the chain, said on Thursday he would retire. Marlow, 71, "
        "will stay on the board of Marlow Foods until June."
    )
    spans = spans_of(
        text,
        ("Marlow", "PERSON"),
        ("Edwin Marlow", "PERSON"),
        ("Marlow", "PERSON"),
        ("Marlow Foods", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Edwin Marlow"].mention_count == 3
    assert found["Marlow Foods"].mention_count == 1
