"""A place or body span the model ends with a title, right before the holder's name ("Harris
County Sheriff" + "Ed Gonzalez"): the title is the person's role, the rest the place or body
(`tasks.entities.holders.titled_body_spans`). Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_title_ending_a_body_before_a_name_is_the_persons_role(table: AliasTable) -> None:
    text = (
        "Charges dropped\n\n"
        "Wexley County Prosecutor Mara Venn said the case was closed. Tarvik Mining CEO Dana "
        "Osk declined to comment, and the Harlow County Coroner Amy Ruiz confirmed the cause."
    )
    spans = spans_of(
        text,
        ("Wexley County Prosecutor", "ORG"),
        ("Mara Venn", "PERSON"),
        ("Tarvik Mining CEO", "ORG"),
        ("Dana Osk", "PERSON"),
        ("the Harlow County Coroner", "GPE"),
        ("Amy Ruiz", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "Wexley County",
        "Mara Venn",
        "Tarvik Mining",
        "Dana Osk",
        "Harlow County",
        "Amy Ruiz",
    }
    assert found["Mara Venn"].roles == ["Prosecutor"]
    assert found["Dana Osk"].roles == ["CEO"]
    assert found["Amy Ruiz"].roles == ["Coroner"]


def test_a_title_not_followed_by_a_name_or_a_span_that_is_only_a_title_stays(
    table: AliasTable,
) -> None:
    """Without a person's span right after it, a name ending with a title word is read as the
    model read it ("the Tarvik Mining CEO Forum" is not cut); a span that is only a title is
    left to the steps that read titles."""
    text = (
        "Forum opens\n\n"
        "The Tarvik Mining CEO Forum opened on Monday. Deputy Prime Minister Ana Ruiz spoke."
    )
    spans = spans_of(
        text,
        ("The Tarvik Mining CEO Forum", "ORG"),
        ("Deputy Prime Minister", "ORG"),
        ("Ana Ruiz", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Tarvik Mining CEO Forum", "Ana Ruiz"}
    assert found["Ana Ruiz"].roles == ["Deputy Prime Minister"]


def test_a_portfolio_ending_a_places_span_before_a_title_is_the_titles(
    table: AliasTable,
) -> None:
    """ "UK Home" + "Secretary", "Kavara Trade and Industry" + "Minister": the portfolio's
    words are the title's, the place before them stays; a span of portfolio words only is
    left to the portfolio rule, and a body's own name is not cut ("Tarvik Water Company")."""
    text = (
        "Extradition approved\n\n"
        "The then UK Home Secretary, Sajid Javid, approved the request. The Kavara Trade and "
        "Industry Minister, Rebecca Miano, said exports rose. Home Affairs Minister Tomas Eke "
        "agreed, and Tarvik Water Company staff went on strike."
    )
    spans = spans_of(
        text,
        ("UK Home", "ORG"),
        ("Sajid Javid", "PERSON"),
        ("The Kavara Trade and Industry", "ORG"),
        ("Rebecca Miano", "PERSON"),
        ("Home Affairs", "ORG"),
        ("Tomas Eke", "PERSON"),
        ("Tarvik Water Company", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "United Kingdom",
        "Sajid Javid",
        "Kavara",
        "Rebecca Miano",
        "Tomas Eke",
        "Tarvik Water Company",
    }
    assert found["Sajid Javid"].roles == ["Home Secretary"]


def test_a_body_span_ending_inside_the_title_loses_the_titles_first_word(
    table: AliasTable,
) -> None:
    """ "State Department of Lands Cabinet" + " Secretary " + "Wairimu Njoroge": the model ends
    the body inside "Cabinet Secretary"; the body is the department, the title her role. A
    company named before a whole title ("Tarvik Mining" + " Chief Executive ") stays whole, and
    so does a chamber whose head opens a title ("Kolby House" + " Speaker ": "House Speaker")."""
    text = (
        "Title deeds\n\n"
        "State Department of Lands Cabinet Secretary Wairimu Njoroge issued the deeds, and "
        "Tarvik Mining Chief Executive Dana Osk attended. Kolby House Speaker Ivo Brandt spoke."
    )
    spans = spans_of(
        text,
        ("State Department of Lands Cabinet", "ORG"),
        ("Wairimu Njoroge", "PERSON"),
        ("Tarvik Mining", "ORG"),
        ("Dana Osk", "PERSON"),
        ("Kolby House", "ORG"),
        ("Ivo Brandt", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "State Department of Lands",
        "Wairimu Njoroge",
        "Tarvik Mining",
        "Dana Osk",
        "Kolby House",
        "Ivo Brandt",
    }
    assert found["Wairimu Njoroge"].roles == ["Cabinet Secretary"]
