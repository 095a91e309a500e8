"""Round 31: conventions found on newly labelled real pages, tested on texts of our own.

- a layout table flattened into bars keeps a paragraph of prose in one cell: a year in that
  prose does not make the cell a number cell, and its names stay (`table_cells`);
- a quotation signed with a dash ("-Hippolyte Taine") names the person without the dash
  (`mentions.trim`);
- a month's name before a day of the month is a date ("Mar 20, 2005"), no person;
- India's district and state officers are titled before their names ("Additional District
  Collector Om Prakash"), and their offices in the plural name no one ("District Magistrates");
- in a text about programming, languages and developer tools are software, no entities.
"""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.table_cells import table_cell_spans
from tests.tasks.entity_helpers import TITLES, by_name, spans_of

LAYOUT_ROW = (
    "quixotic\n\n"
    "| | Home Archives | | A Word a Day with Ellen Barrow quixotic MEANING: adjective: "
    "idealistic. ETYMOLOGY: After Don Quixote, the hero of the novel by Miguel de Cervantes, "
    'published in Madrid in 1605. USAGE: "It was a quixotic plan." Tomas Ferreira; Evening '
    "Courier (Lisbon); Jun 4, 2011. | | | Donate | |"
)


def test_a_prose_cell_with_a_year_keeps_its_names() -> None:
    spans = spans_of(
        LAYOUT_ROW,
        ("Miguel de Cervantes", "PERSON"),
        ("Madrid", "GPE"),
        ("Tomas Ferreira", "PERSON"),
        ("Lisbon", "GPE"),
    )
    kept, _ = table_cell_spans(LAYOUT_ROW, spans)
    assert [s[0] for s in kept] == ["Miguel de Cervantes", "Madrid", "Tomas Ferreira", "Lisbon"]


def test_short_number_cells_still_make_a_number_column() -> None:
    text = (
        "Results\n\n| Round | Score |\n|---|---|\n| R1 | 3-1 |\n| R2 | 2-2 |\n| R3 | Holt 1-0 |\n"
    )
    spans = spans_of(text, ("Holt 1-0", "PERSON"))
    kept, _ = table_cell_spans(text, spans)
    assert kept == []


def test_a_dash_signed_quotation_names_the_person(table: AliasTable) -> None:
    text = (
        "Thought for today\n\n"
        "A fixed idea is like the iron rod which sculptors put in their statues. "
        "-Hippolyte Taine, critic and historian"
    )
    spans = spans_of(text, ("-Hippolyte Taine", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert list(found) == ["Hippolyte Taine"]


def test_a_month_before_a_day_is_a_date(table: AliasTable) -> None:
    text = (
        "Usage notes\n\n"
        '"The play was maudlin." Ruth Okoye; Daily Ledger; Mar 20, 2005. '
        "Her review ran again on Sept 3."
    )
    spans = spans_of(
        text,
        ("Ruth Okoye", "PERSON"),
        ("Daily Ledger", "ORG"),
        ("Mar", "PERSON"),
        ("Sept", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert set(found) == {"Ruth Okoye", "Daily Ledger"}


def test_indian_district_officers_are_titled_and_their_plural_office_is_no_one(
    table: AliasTable,
) -> None:
    text = (
        "Lockdown extended in three districts\n\n"
        "Additional District Collector Rakesh Mehra announced a three-day lockdown in Gaya. "
        "At a meeting chaired by Chief Secretary Sunita Bhatt, it was decided that all "
        "District Magistrates shall be empowered to close markets."
    )
    spans = spans_of(
        text,
        ("Additional District Collector Rakesh Mehra", "ORG"),
        ("Gaya", "GPE"),
        ("Chief Secretary Sunita Bhatt", "PERSON"),
        ("District Magistrates", "LOC"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Rakesh Mehra", "Gaya", "Sunita Bhatt"}
    assert found["Rakesh Mehra"].type == "PERSON"


def test_programming_languages_in_a_text_about_programming_are_software(
    table: AliasTable,
) -> None:
    text = (
        "Why our team moved to a typed stack\n\n"
        "Developers at Brindle Labs rewrote the billing service, first written in Python, in "
        "TypeScript, and moved the build from Webpack to a new tool. Haskell taught lead "
        "engineer Mira Osei to love types, she said, and Java is still used for the queue."
    )
    spans = spans_of(
        text,
        ("Brindle Labs", "ORG"),
        ("Python", "PERSON"),
        ("TypeScript", "ORG"),
        ("Webpack", "ORG"),
        ("Haskell", "PERSON"),
        ("Mira Osei", "PERSON"),
        ("Java", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert set(found) == {"Brindle Labs", "Mira Osei"}


def test_the_same_names_outside_programming_stay(table: AliasTable) -> None:
    text = (
        "Floods close roads on Java\n\n"
        "Heavy rain flooded villages across Java on Sunday, officials in Jakarta said."
    )
    spans = spans_of(text, ("Java", "GPE"), ("Java", "GPE"), ("Jakarta", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Java" in found and "Jakarta" in found
