"""A hostile page's megabyte-long word (no space, no line break) must cost the text rules one
pass, not one pass per character: a pattern searched across a whole text that can start inside
such a word and run to its end before failing makes a night of one page take hours. Each test
feeds one rule a word far longer than any real one; the suite's timeout is what fails a rule
that goes quadratic again, and each asserts the rule's answer is still the right one."""

from __future__ import annotations

from tasks.datelines.opening import parse_dateline
from tasks.entities import AliasTable, resolve_entities
from tasks.entities.acronyms import common_noun_acronyms
from tasks.entities.table_cells import table_cell_spans
from tasks.extract import split_authors
from tasks.urls import MAX_URL_CHARS, is_listing_url
from tests.tasks.entity_helpers import TITLES, spans_of

MEGABYTE = 1_000_000


def test_a_capitalised_megabyte_word_tagged_by_ner_is_read_in_one_pass(
    table: AliasTable,
) -> None:
    blob = "Xq" * (MEGABYTE // 2)
    text = f"Ana Reis said the flood reached Tarvik.\n{blob}\nLater the water fell."
    spans = spans_of(text, ("Ana Reis", "PERSON"), ("Tarvik", "GPE"), (blob, "ORG"))
    names = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert names[:2] == ["Ana Reis", "Tarvik"]


def test_a_hyphenated_megabyte_word_before_an_acronym_definition_is_read_in_one_pass() -> None:
    text = "a-" * (MEGABYTE // 2) + " patients in the intensive care unit (ICU) were moved."
    assert common_noun_acronyms(text) == frozenset({"icu"})


def test_links_of_the_longest_allowed_length_under_a_listing_are_judged_in_one_pass() -> None:
    room = MAX_URL_CHARS - len("https://example.org/tag/")
    for letter in "abcdefghijklmnopqrstuvwxyz" * 8:
        assert is_listing_url("https://example.org/tag/" + letter * room)
    assert not is_listing_url("https://example.org/tag/" + "-".join(["flood"] * 1500))


def test_a_byline_padded_with_a_megabyte_of_spaces_is_split_in_one_pass() -> None:
    assert split_authors("By Ann Lee" + " " * MEGABYTE + "and Bo Li") == ["Ann Lee", "Bo Li"]


def test_a_dateline_opening_a_megabyte_paragraph_is_read_and_cut_from_it() -> None:
    story = "Xq" * (MEGABYTE // 2)
    dateline, rest = parse_dateline(f"BERLIN (dpa) - {story}\nZweiter Absatz.")
    assert dateline is not None
    assert (dateline.place, dateline.agency) == ("Berlin", "dpa")
    assert rest == f"{story}\nZweiter Absatz."


def test_a_table_of_repeated_headings_and_a_megabyte_row_is_read_in_one_pass() -> None:
    heading = "| Pos | Club |\n"
    text = (
        f"Standings\n\n{heading}|---|---|\n{heading * 50_000}"
        f"| 1 | {'Ab ' * (MEGABYTE // 3)}|\n| 2 | Harwick Town |\n| 3 | Lowmoor Rovers |"
    )
    spans = spans_of(text, ("Harwick Town", "ORG"))
    out, named = table_cell_spans(text, spans)
    assert [s[0] for s in out] == ["Harwick Town", "Lowmoor Rovers"]
    assert len(named) == 2


def test_a_page_long_list_of_names_is_read_in_one_pass(table: AliasTable) -> None:
    """A list of 36,000 names with no "and" before a body's head word: the pattern of names
    that list what they cover ("the Advisory, Conciliation and Arbitration Service") reads a
    bounded number of items from each name, not the rest of the list."""
    names = "Abcd Efgh, " * 36_000
    text = f"Ana Reis said the flood reached Tarvik.\n{names}\nLater the water fell."
    spans = spans_of(text, ("Ana Reis", "PERSON"), ("Tarvik", "GPE"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found[:2] == ["Ana Reis", "Tarvik"]


def test_a_megabyte_word_listed_after_a_noun_of_companies_is_read_in_one_pass(
    table: AliasTable,
) -> None:
    blob = "Xq" * (MEGABYTE // 2)
    text = f"Savers moved to lenders such as {blob} and Orlow, or to {blob}'s Yard."
    names = {e.name for e in resolve_entities(text, [], table, TITLES)}
    assert "Orlow" in names
