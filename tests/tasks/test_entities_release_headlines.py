"""Company news written the way releases write it: a title-case headline with the company's
verb after its name, the company with and without its legal form before its short name, a
double-barrelled surname the model stops at the hyphen, and a company's parts named between
its name and their kind. Texts are our own (title line + body); spans are built by hand, as the
model reads such lines."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def _names(text: str, table: AliasTable, *items: tuple[str, str]) -> dict[str, list[str]]:
    found = resolve_entities(text, spans_of(text, *items), table, load_titles())
    return {e.name: e.mentions for e in by_name(found).values()}


def test_a_headlines_verb_and_the_news_after_it_are_no_part_of_the_name(
    table: AliasTable,
) -> None:
    """ "Nordvik Energy Announces Third Quarter Results" and "Pellham Bank Launches Small
    Business Lending Program" read as one company each: the company is the words before the
    verb."""
    text = (
        "Nordvik Energy Announces Third Quarter Results\n"
        "Nordvik Energy said on Tuesday that output rose. Separately, Pellham Bank Launches Small "
        "Business Lending Program was the title of a notice Pellham Bank sent to customers."
    )
    found = _names(
        text,
        table,
        ("Nordvik Energy Announces Third Quarter Results", "ORG"),
        ("Nordvik Energy", "ORG"),
        ("Pellham Bank Launches Small Business Lending Program", "ORG"),
        ("Pellham Bank", "ORG"),
    )
    assert set(found) == {"Nordvik Energy", "Pellham Bank"}
    assert found["Nordvik Energy"] == ["Nordvik Energy"]


def test_names_that_hold_a_headline_word_as_a_noun_stay_whole(table: AliasTable) -> None:
    """ "Consumer Reports", "Harlow Vance Partners" and a verb that opens a span are no
    headline's verb after a company."""
    text = (
        "Consumer Reports tested the kettles. Harlow Vance Partners designed the store. "
        "Names Of The Year is a list Tarrow Media publishes."
    )
    found = _names(
        text,
        table,
        ("Consumer Reports", "ORG"),
        ("Harlow Vance Partners", "ORG"),
        ("Names Of The Year", "ORG"),
        ("Tarrow Media", "ORG"),
    )
    assert {"Consumer Reports", "Harlow Vance Partners", "Tarrow Media"} <= set(found)


def test_a_company_written_with_and_without_its_legal_form_owns_its_short_name(
    table: AliasTable,
) -> None:
    """ "Brenmoor Tools Inc." and "Brenmoor Tools" are one company, so "Brenmoor" is it too,
    whatever type the model gave the short name."""
    text = (
        "Brenmoor Tools Inc. reported higher sales on Thursday. Brenmoor Tools makes drills in "
        "Ohio. Analysts said Brenmoor had raised prices twice."
    )
    found = _names(
        text,
        table,
        ("Brenmoor Tools Inc.", "ORG"),
        ("Brenmoor Tools", "ORG"),
        ("Ohio", "GPE"),
        ("Brenmoor", "PERSON"),
    )
    company = [name for name in found if name.startswith("Brenmoor")]
    assert len(company) == 1 and "Brenmoor" in found[company[0]]


def test_a_short_name_two_companies_open_stays_unlinked(table: AliasTable) -> None:
    """ "Brenmoor" beside "Brenmoor Tools Inc." and "Brenmoor Capital" is neither."""
    text = (
        "Brenmoor Tools Inc. sold its saw line to Brenmoor Capital, a fund run by the family. "
        "Brenmoor said the deal closed."
    )
    found = _names(
        text,
        table,
        ("Brenmoor Tools Inc.", "ORG"),
        ("Brenmoor Capital", "ORG"),
        ("Brenmoor", "ORG"),
    )
    assert not any("Brenmoor" in found[n] for n in found if n.startswith("Brenmoor "))


def test_a_persons_span_stopped_at_a_surnames_hyphen_takes_the_rest_in(
    table: AliasTable,
) -> None:
    """ "Maria Okonkwo-" of a headline's "Maria Okonkwo-Reyes" is the person the body names;
    a span stopped before a lowercase word ("a Kovacs-led bid") stays as it is."""
    text = (
        "Halvorsen Analytics Names Maria Okonkwo-Reyes Chief Strategy Officer\n"
        "Maria Okonkwo-Reyes joins from Deloitte. She backed a Kovacs-led bid last year."
    )
    found = _names(
        text,
        table,
        ("Halvorsen Analytics Names", "ORG"),
        ("Maria Okonkwo-", "PERSON"),
        ("Maria Okonkwo-Reyes", "PERSON"),
        ("Deloitte", "ORG"),
        ("Kovacs-", "PERSON"),
    )
    assert [name for name in found if name.startswith("Maria")] == ["Maria Okonkwo-Reyes"]
    assert [name for name in found if name.startswith("Kovacs")] == ["Kovacs-"]


def test_a_companys_parts_named_before_their_kind_are_no_entities(table: AliasTable) -> None:
    """A reporting segment, a practice, a conference's track and a team of staff are parts of
    the company that owns them."""
    text = (
        "Corvane's Industrial Solutions segment grew. She led the Supply Chain Transformation "
        "practice at Halden Partners. The conference's Embedded Finance track was full, and our "
        "Customer Success team answered questions."
    )
    found = _names(
        text,
        table,
        ("Corvane's Industrial Solutions", "ORG"),
        ("Supply Chain Transformation", "ORG"),
        ("Halden Partners", "ORG"),
        ("Embedded Finance", "ORG"),
        ("Customer Success", "ORG"),
    )
    assert set(found) == {"Halden Partners"}


def test_a_subsidiary_and_a_national_team_before_their_kind_stay(table: AliasTable) -> None:
    """ "Alphabet's Waymo unit" names a company; "his England team-mates" the country."""
    text = "Alphabet's Waymo unit expanded. Kane thanked his England team-mates."
    found = _names(
        text,
        table,
        ("Alphabet", "ORG"),
        ("Waymo", "ORG"),
        ("Kane", "PERSON"),
        ("England", "GPE"),
    )
    assert {"Waymo", "England"} <= set(found)


def test_a_clubs_sides_of_an_era_are_the_club(table: AliasTable) -> None:
    """ "Jordan's Kavara Bulls teams of the 1990s": a club's sides, not a company's staff."""
    text = "The run drew comparisons with Jordan's Kavara Bulls teams of the 1990s."
    found = _names(text, table, ("Jordan's Kavara Bulls", "ORG"))
    assert "Kavara Bulls" in found


def test_the_about_heading_of_a_release_is_no_part_of_the_name(table: AliasTable) -> None:
    """ "About Meridian Health Partners" alone on its line is the heading of the company's
    paragraph: the company is Meridian Health Partners. A line that is a sentence keeps a name
    that opens with the word ("About Face Theatre staged ...")."""
    text = (
        "Meridian Health Partners said it would open two clinics.\n"
        "About Face Theatre staged the play in Chicago.\n"
        "About Meridian Health Partners\n"
        "Founded in 2009, Meridian Health Partners runs 60 clinics."
    )
    found = _names(
        text,
        table,
        ("Meridian Health Partners", "ORG"),
        ("About Face Theatre", "ORG"),
        ("Chicago", "GPE"),
        ("About Meridian Health Partners", "ORG"),
        ("Meridian Health Partners", "ORG"),
    )
    assert "About Face Theatre" in found
    assert not [name for name in found if name.startswith("About Meridian")]
    assert found["Meridian Health Partners"] == ["Meridian Health Partners"]
