"""A name after an honorific that stands before whole names, read by the model as the honorific
and a first name alone ("Shri Rajendra"), is the whole name. Texts are our own (title line +
body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.honorific_names import honorific_name_spans
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_first_name_after_an_honorific_carries_on_over_the_surname(table: AliasTable) -> None:
    """ "Shri Rajendra" + "Patwardhan" (read as an organization) and "Mian Javed" + "Iqbal
    Cheema" (unread) are one person each; the surname alone later is that person."""
    text = (
        "Ring road plan cleared\n\n"
        "State roads minister Shri Vinayak Gokhale on Monday cleared the plan. Finance "
        "adviser Mian Tahir Iqbal Ranjha backed it. Gokhale said work would start soon."
    )
    spans = spans_of(
        text,
        ("Shri Vinayak", "PERSON"),
        ("Gokhale", "ORG"),
        ("Monday", "DATE"),
        ("Mian Tahir", "PERSON"),
        ("Gokhale", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Vinayak Gokhale"].type == "PERSON"
    assert "Gokhale" in found["Vinayak Gokhale"].mentions
    assert "Tahir Iqbal Ranjha" in found
    assert not {"Vinayak", "Tahir", "Gokhale"} & set(found)


def test_a_persons_span_begun_after_the_first_name_takes_it_in(table: AliasTable) -> None:
    """ "Shri" + " Sunil " + "Kumar Yadav" and "Encik" + " Azlan " + "Bakri Osman": the model
    began the name after its first word; the honorific stays out of the name. "Datuk Seri" is
    no first name."""
    text = (
        "Market reopens\n\n"
        "Spokesperson Shri Sunil Kumar Yadav said the market would reopen. Manager Encik Azlan "
        "Bakri Osman agreed, and Datuk Seri Rahim Noor attended."
    )
    spans = spans_of(
        text, ("Kumar Yadav", "PERSON"), ("Bakri Osman", "PERSON"), ("Rahim Noor", "PERSON")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Sunil Kumar Yadav", "Azlan Bakri Osman", "Rahim Noor"}


def test_headlines_days_acronyms_and_longer_spans_are_left_as_read() -> None:
    """A title-case headline's capitalised words are the headline's; a day, an acronym or a
    span reaching past the name stop the name; "Mr" is written before surnames alone."""
    headline = "Shri Vinayak Opens New Bridge\n\nThe bridge opened."
    spans = spans_of(headline, ("Shri Vinayak", "PERSON"))
    assert honorific_name_spans(headline, spans) == spans
    text = (
        "Shri Vinayak Tuesday was busy. Alhaji Musa BJP leaders met. Alhaji Musa "
        "Danladi Foundation Trust gave. Mr Okafor Emeka spoke."
    )
    spans = spans_of(
        text,
        ("Shri Vinayak", "PERSON"),
        ("Alhaji Musa", "PERSON"),
        ("Alhaji Musa", "PERSON"),
        ("Danladi Foundation Trust", "ORG"),
        ("Mr Okafor", "PERSON"),
    )
    assert honorific_name_spans(text, spans) == spans
