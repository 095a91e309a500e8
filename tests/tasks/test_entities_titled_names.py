"""A name-shaped span the model read as a product or a work is a person after a person's title;
a product with a model number or a quoted work after the same title stays no entity. Texts
written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of

TITLES = load_titles()  # the seeds' titles: "analyst", "chief executive"


def test_a_name_after_a_title_is_a_person(table: AliasTable) -> None:
    text = (
        'Shares rose 3%. "They are paying for projects," analyst Torvald Ekberg wrote in a '
        "note, and chief executive Mirela Dancu said the deal would close in June."
    )
    spans = spans_of(text, ("Torvald Ekberg", "PRODUCT"), ("Mirela Dancu", "WORK_OF_ART"))
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Torvald Ekberg": "PERSON", "Mirela Dancu": "PERSON"}


def test_products_and_works_without_a_title_or_a_name_shape_stay_out(table: AliasTable) -> None:
    text = (
        "The analyst Galaxy S25 Ultra review came out on Monday, and critics praised Silver "
        "Harbour Nights, the new series."
    )
    spans = spans_of(
        text, ("Galaxy S25 Ultra", "PRODUCT"), ("Silver Harbour Nights", "WORK_OF_ART")
    )
    assert resolve_entities(text, spans, table, TITLES) == []


def test_letters_after_a_persons_name_are_no_part_of_it(table: AliasTable) -> None:
    text = (
        "His barrister, Oren Talbridge SC, told the court he would appeal. Nadia Kessel MP and "
        "Dame Ada Roe DBE were in the gallery; Orlando City SC won on Saturday."
    )
    spans = spans_of(
        text,
        ("Oren Talbridge SC", "ORG"),
        ("Nadia Kessel MP", "PERSON"),
        ("Ada Roe DBE", "PERSON"),
        ("Orlando City SC", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Oren Talbridge"] == "PERSON"
    assert found["Nadia Kessel"] == "PERSON"
    assert found["Ada Roe"] == "PERSON"
    assert "Orlando City SC" in found


def test_credentials_after_a_full_name_and_a_comma_are_no_entity(table: AliasTable) -> None:
    """ "Dr. Lena Ruiz, MD" is no Maryland and "Omar Tell, CFP" no organization (his name read
    as one too); "Bethesda, MD"
    and a one-word "person" before the letters ("Jackson, MS") keep their state, and "MD" after
    a full name in prose with no comma is left to the other steps."""
    text = (
        "When to see a doctor about knee pain\n"
        "Medically reviewed by Dr. Lena Ruiz, MD\n"
        "By Omar Tell, CFP\n"
        "Ruiz sees patients in Bethesda, MD, and in Jackson, MS, every week, Omar Tell said."
    )
    spans = spans_of(
        text,
        ("Lena Ruiz", "PERSON"),
        ("MD", "GPE"),
        ("Omar Tell", "ORG"),
        ("CFP", "ORG"),
        ("Ruiz", "PERSON"),
        ("Bethesda", "GPE"),
        ("MD", "GPE"),
        ("Jackson", "PERSON"),
        ("MS", "GPE"),
        ("Omar Tell", "ORG"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, load_titles())}
    assert "CFP" not in names
    assert {"Lena Ruiz", "Omar Tell", "Maryland", "Mississippi", "Bethesda"} <= names
    only_credential = text.replace(" in Bethesda, MD, and in Jackson, MS,", "")
    spans = spans_of(only_credential, ("Lena Ruiz", "PERSON"), ("MD", "GPE"), ("Ruiz", "PERSON"))
    names = {e.name for e in resolve_entities(only_credential, spans, table, load_titles())}
    assert "Maryland" not in names and "Lena Ruiz" in names
