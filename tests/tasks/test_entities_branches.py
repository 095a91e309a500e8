"""An organization's branch named by the place after it ("Greenpeace Brazil", "Lexus
Philippines") is one organization; the place alone elsewhere stays a place, and a possessive
place after an organization is no branch. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.branches import branch_spans
from tests.tasks.entity_helpers import TITLES, spans_of


def _found(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> list[str]:
    return [f"{e.name}/{e.type}" for e in resolve_entities(text, spans, table, TITLES)]


def test_an_organization_with_a_country_after_it_is_its_branch(table: AliasTable) -> None:
    text = (
        "Harbourlight Kenya and Verdance International Brazil signed the letter.\n"
        "Both groups work in Kenya."
    )
    spans = spans_of(
        text,
        ("Harbourlight", "ORG"),
        ("Kenya", "GPE"),
        ("Verdance International", "ORG"),
        ("Brazil", "GPE"),
        ("Kenya", "GPE"),
    )
    assert _found(text, spans, table) == [
        "Harbourlight Kenya/ORG",
        "Verdance International Brazil/ORG",
        "Kenya/LOC",
    ]


def test_company_words_the_model_left_out_belong_to_the_branch(table: AliasTable) -> None:
    text = "Sales at Korrin Motor Philippines rose, while Pellam Cars Philippines lagged."
    spans = spans_of(
        text, ("Korrin", "ORG"), ("Philippines", "GPE"), ("Pellam", "ORG"), ("Cars", "ORG")
    )
    assert [s[0] for s in branch_spans(text, spans, table)] == [
        "Korrin Motor Philippines",
        "Pellam Cars Philippines",
    ]


def test_a_possessive_or_unknown_place_or_a_longer_run_is_no_branch(table: AliasTable) -> None:
    text = (
        "Talks between Harbourlight and Brazil stalled. Harbourlight Brazil's office is shut.\n"
        "Harbourlight Tarvik opened, and Harbourlight Kenya Airways Lounge closed."
    )
    spans = spans_of(
        text,
        ("Harbourlight", "ORG"),
        ("Brazil", "GPE"),
        ("Harbourlight", "ORG"),
        ("Brazil", "GPE"),
        ("Harbourlight", "ORG"),
        ("Tarvik", "GPE"),
        ("Harbourlight", "ORG"),
    )
    assert branch_spans(text, spans, table) == spans


def test_a_place_before_a_title_is_a_beat_not_a_branch(table: AliasTable) -> None:
    text = "The Marrow Council Russia adviser left; Harbourlight Kenya experts stayed."
    spans = spans_of(
        text, ("Marrow Council", "ORG"), ("Russia", "GPE"), ("Harbourlight", "ORG"),
        ("Kenya", "GPE"),
    )  # fmt: skip
    assert branch_spans(text, spans, table, load_titles()) == spans


def test_the_parent_written_alone_is_not_its_branch(table: AliasTable) -> None:
    text = "Harbourlight Kenya opened a clinic. Harbourlight itself was founded in Oslo."
    spans = spans_of(
        text, ("Harbourlight", "ORG"), ("Kenya", "GPE"), ("Harbourlight", "ORG"), ("Oslo", "GPE")
    )
    assert _found(text, spans, table) == ["Harbourlight Kenya/ORG", "Harbourlight/ORG", "Oslo/LOC"]
