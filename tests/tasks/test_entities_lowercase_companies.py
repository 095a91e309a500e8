"""A name written lowercase first is a company where the text writes it as one ("kelvaRX
said", "the start-up kelvaRX", "tesm8, a repair firm"), and stays no entity where nothing says
so (a product: "the iNook 3 ... the iNook"). Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, str]:
    spans = spans_of(text, *items)
    return {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}


def test_a_lowercase_name_that_speaks_or_is_called_a_firm_is_a_company(table: AliasTable) -> None:
    text = (
        "kelvaRX, a sensor start-up founded in Leeds, has raised $12 million. The round values "
        "kelvaRX at $80 million, and kelvaRX said it would hire 30 engineers. Meanwhile tesm8 "
        "told investors it was profitable."
    )
    found = _found(
        text,
        table,
        ("kelvaRX", "PERSON"),
        ("Leeds", "GPE"),
        ("kelvaRX", "ORG"),
        ("kelvaRX", "PERSON"),
        ("tesm8", "PERSON"),
    )
    assert found == {"kelvaRX": "ORG", "Leeds": "LOC", "tesm8": "ORG"}


def test_a_lowercase_product_stays_no_entity(table: AliasTable) -> None:
    """Nothing says the word is a company: a device sells, launches and is reviewed."""
    text = (
        "The iNook 3 went on sale in Leeds. Reviewers liked the iNook, which launched in May "
        "and sold out; iNook owners can visit kelvaRX.com for help."
    )
    found = _found(
        text, table, ("iNook", "ORG"), ("Leeds", "GPE"), ("iNook", "PERSON"), ("iNook", "ORG")
    )
    assert found == {"Leeds": "LOC"}


def test_a_lowercase_name_whose_people_are_named_or_that_writes_is_a_company(
    table: AliasTable,
) -> None:
    """ "kelvaRX's new Chief Strategy Officer", "founder of tesm8", "As zappQ points out": a
    product has no officers and points nothing out."""
    text = (
        "Ilse Moran, kelvaRX's new Chief Strategy Officer, joins from Orvane. Ada Quill, CEO and "
        "founder of tesm8, agreed. As zappQ points out in its teardown, the hinge is new."
    )
    found = _found(
        text,
        table,
        ("Ilse Moran", "PERSON"),
        ("kelvaRX", "ORG"),
        ("Orvane", "ORG"),
        ("Ada Quill", "PERSON"),
        ("tesm8", "ORG"),
        ("zappQ", "PERSON"),
    )
    assert found == {
        "Ilse Moran": "PERSON",
        "kelvaRX": "ORG",
        "Orvane": "ORG",
        "Ada Quill": "PERSON",
        "tesm8": "ORG",
        "zappQ": "ORG",
    }
