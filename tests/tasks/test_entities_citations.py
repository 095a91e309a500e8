"""References to papers in the Vancouver style: the authors are people, the journal and the
paper's title no entities, and a cited author the article names in full is that person. Texts
are our own; spans are built by hand as the model reads such references."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entity_rules import citations as rules
from tests.tasks.entity_helpers import by_name, spans_of


def _names(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, list[str]]:
    found = resolve_entities(text, spans_of(text, *items), table, load_titles())
    return {e.name: e.mentions for e in by_name(found).values()}


def test_a_reference_in_brackets_names_its_authors_and_no_journal(table: AliasTable) -> None:
    """ "(Marlowe T, Ishikawa R. J Clin Monit Comput. 2019;33:412-419)": two people; the
    journal's abbreviated title, read as an organization, is none."""
    text = (
        "Widening alarm limits cut alarm rates by a third, echoing earlier work from Boston "
        "(Marlowe T, Ishikawa R. J Clin Monit Comput. 2019;33:412-419)."
    )
    found = _names(
        text,
        table,
        ("Boston", "GPE"),
        ("Marlowe", "PERSON"),
        ("J Clin Monit Comput", "ORG"),
    )
    assert {"Marlowe T", "Ishikawa R"} <= set(found)
    assert not [name for name in found if "Clin" in name]


def test_a_cited_author_the_article_names_in_full_is_that_person(table: AliasTable) -> None:
    """ "Whitlock H" of the reference list is Dr Hannah Whitlock; the initials run into the
    title ("Crane S. Alarm") and the journal ("Crit Care Med") are no names."""
    text = (
        "The review was led by Dr Hannah Whitlock in Leeds.\n"
        "Reference: Whitlock H, Adebayo F, Crane S. Alarm fatigue in critical care: a "
        "systematic review. Crit Care Med. 2026;54:1021-1034."
    )
    found = _names(
        text,
        table,
        ("Hannah Whitlock", "PERSON"),
        ("Leeds", "GPE"),
        ("Whitlock H", "PERSON"),
        ("Adebayo F", "PERSON"),
        ("Crane S. Alarm", "PERSON"),
        ("Crit Care Med", "ORG"),
    )
    assert "Whitlock H" in found["Hannah Whitlock"]
    assert {"Adebayo F", "Crane S"} <= set(found)
    assert not [name for name in found if "Alarm" in name or "Crit" in name]


def test_prose_with_a_legal_form_and_a_year_is_no_reference(table: AliasTable) -> None:
    """ "Ostrava Metals AG. Its 2024 profit ..." reads like authors and a year, but no journal
    and no volume follow: the company stays."""
    text = "Tarvik Mining sold the mine to Ostrava Metals AG. Its 2024 profit fell by half."
    found = _names(
        text,
        table,
        ("Tarvik Mining", "ORG"),
        ("Ostrava Metals AG", "ORG"),
    )
    assert "Ostrava Metals AG" in found


def test_a_long_author_list_is_read_from_its_first_author_only() -> None:
    """An author inside a list starts no reference of its own, so a list without a journal
    after it is read once, not once per author (work was cubic in its length)."""
    text = "Smith J, " * 3000 + "and others wrote to the board."
    inner = len("Smith J, ") * 1500
    assert rules.REFERENCE_RE.match(text, inner) is None
    assert rules.REFERENCE_RE.search(text) is None
    cited = "Lee K, " * 40 + "Osei P. Sleep Med Rev. 2022;61:101"
    found = rules.REFERENCE_RE.search(cited)
    assert found is not None and found.start() == 0


def test_a_reference_with_its_title_before_the_authors_is_read() -> None:
    """ "[2] Quiet wards at night, Lindqvist A, Moreau C. J Hosp Med. 2020; 15: 33-40": the
    authors start after the title's comma, and after no author's initials."""
    text = "[2] Quiet wards at night, Lindqvist A, Moreau C. J Hosp Med. 2020; 15: 33-40."
    found = rules.REFERENCE_RE.search(text)
    assert found is not None and found["authors"] == "Lindqvist A, Moreau C"
