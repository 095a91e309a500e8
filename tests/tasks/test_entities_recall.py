"""Names the precision rules used to drop: a legislature's or an armed service's word written
alone with a capital mid-sentence names one body ("sent the bill to the Senate"), while "the
Government" or "the Ministry" stays no name, and a sentence's first word says nothing; known
names side by side in one span are one name ("the Kenya Red Cross"); a facility's span is cut
at its commas like a place's. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_legislatures_word_alone_mid_sentence_is_a_name(table: AliasTable) -> None:
    text = (
        "Levy bill stalls\n\nThe finance minister told Parliament on Tuesday that the levy "
        "would stay, and the bill now goes to the Senate.\nThe Navy said a patrol boat had "
        "been sent, and the Government said the Ministry would pay."
    )
    spans = spans_of(
        text,
        ("Parliament", "ORG"),
        ("Senate", "ORG"),
        ("Navy", "ORG"),
        ("Government", "ORG"),
        ("Ministry", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert found == {"Parliament": "ORG", "Senate": "ORG", "Navy": "ORG"}


def test_a_legislatures_word_opening_a_sentence_says_nothing(table: AliasTable) -> None:
    text = "Tarvik budget\n\nParliament will sit late this week to pass the budget."
    spans = spans_of(text, ("Tarvik", "GPE"), ("Parliament", "ORG"))
    found = {e.name for e in resolve_entities(text, spans, table, load_titles())}
    assert found == {"Tarvik"}


def test_a_legislatures_word_is_the_one_longer_name_ending_with_it(table: AliasTable) -> None:
    text = (
        "Tarvik vote\n\nThe Tarvik National Assembly met on Monday. Opposition members walked "
        "out of the Assembly before the vote."
    )
    spans = spans_of(
        text, ("Tarvik", "GPE"), ("The Tarvik National Assembly", "ORG"), ("Assembly", "ORG")
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, load_titles())}
    assert found["Tarvik National Assembly"] == ["Tarvik National Assembly", "Assembly"]


def test_known_names_side_by_side_make_one_name(table: AliasTable) -> None:
    text = (
        "Clinics closed\n\nA mobile clinic from the Kenya Red Cross will visit the wards, and "
        "officials from Kenya and the Red Cross met on Friday."
    )
    spans = spans_of(
        text, ("the Kenya Red Cross", "ORG"), ("Kenya", "GPE"), ("the Red Cross", "ORG")
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, load_titles())}
    assert found["Kenya Red Cross"] == ["Kenya Red Cross"]
    assert found["Kenya"] == ["Kenya"]
    assert found["International Committee of the Red Cross"] == ["Red Cross"]


def test_a_facilitys_span_is_cut_at_its_commas(table: AliasTable) -> None:
    text = "Shop raided\n\nOfficers searched a shop on Tarlow Road, Kesterby on Sunday night."
    spans = spans_of(text, ("Tarlow Road, Kesterby", "FAC"))
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert found == {"Tarlow Road": "LOC", "Kesterby": "LOC"}
