"""The seed alias table knows widely cited publications and internet platforms, so that the
model's misses on them ("Lyft", "9to5Mac", "Tom's Guide" read as a person "Tom", "The Hollywood
Reporter" as the place "Hollywood") are still one organization under its canonical name. Texts
written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_publications_and_platforms_the_model_misses_are_known(table: AliasTable) -> None:
    text = (
        "Drivers for Lyft and Postmates rallied in Fresno.\n"
        "Tom's Guide and PC World reviewed the phone; 9to5Mac had the leak first.\n"
        "The Hollywood Reporter said the show would move to Hulu."
    )
    spans = spans_of(
        text, ("Lyft and Postmates", "ORG"), ("Fresno", "GPE"), ("Tom", "PERSON"),
        ("9to5Mac", "CARDINAL"), ("Hollywood", "GPE"),
    )  # fmt: skip
    found = [(e.name, e.type) for e in resolve_entities(text, spans, table, TITLES)]
    assert found == [
        ("Lyft", "ORG"),
        ("Postmates", "ORG"),
        ("Fresno", "LOC"),
        ("Tom's Guide", "ORG"),
        ("PCWorld", "ORG"),
        ("9to5Mac", "ORG"),
        ("The Hollywood Reporter", "ORG"),
        ("Hulu", "ORG"),
    ]


def test_a_known_name_the_model_read_as_a_whole_product_or_work_is_the_name(
    table: AliasTable,
) -> None:
    text = (
        "Keller Group owns Mashable and The Verge.\n"
        "She wore an Apple Watch to the Labour Day picnic."
    )
    spans = spans_of(
        text, ("Keller Group", "ORG"), ("Mashable", "PRODUCT"), ("The Verge", "WORK_OF_ART"),
        ("Apple Watch", "PRODUCT"), ("Labour Day", "EVENT"),
    )  # fmt: skip
    found = [(e.name, e.type) for e in resolve_entities(text, spans, table, TITLES)]
    assert found == [("Keller Group", "ORG"), ("Mashable", "ORG"), ("The Verge", "ORG")]
