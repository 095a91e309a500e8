"""Places the gazetteer knows that the model reads as a date or a number, and towns the
gazetteer names "<town> City" written without it. Texts are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.gazetteer_places import known_place
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_town_the_gazetteer_names_with_city_counts_by_its_own_name() -> None:
    assert known_place("Bacolod", 100_000)  # "Bacolod City" in GeoNames
    assert not known_place("Bacolod City Hall", 100_000)


def test_a_known_place_read_as_a_date_or_left_out_is_a_place(table: AliasTable) -> None:
    text = (
        "Storm and football\n\n"
        "He scored in a qualifier against Uruguay in Montevideo in October.\n"
        "The Red Cross opened kitchens in Cebu City and Bacolod on Tuesday."
    )
    spans = spans_of(
        text,
        ("Uruguay", "GPE"),
        ("Montevideo", "DATE"),
        ("October", "DATE"),
        ("Red Cross", "ORG"),
        ("Cebu City", "GPE"),
        ("Tuesday", "DATE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Montevideo"].type == "LOC"
    assert found["Bacolod"].type == "LOC"
    assert not {"October", "Tuesday"} & found.keys()
