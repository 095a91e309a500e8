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


def test_the_house_alone_is_the_chamber_where_the_article_names_a_legislature(
    table: AliasTable,
) -> None:
    # With the Senate or a "House of ..." in the article, "the House" is a chamber: the one
    # "House of ..." named, or else a name of its own; never "the White House" it ends. Without
    # a legislature, "the House" of a club stays no name.
    first = (
        "Levy bill advances\n\nThe Tarvik House of Delegates passed the levy, and the House "
        "sent it on to the Senate."
    )
    second = (
        "Levy bill stalls\n\nThe bill stalled in the House, the White House said, and the "
        "Senate will not take it up."
    )
    club = "Club night\n\nMembers of the Osk Rowing Club met at the House on Friday."
    spans = spans_of(
        first, ("Tarvik", "GPE"), ("House of Delegates", "ORG"), ("House", "ORG"), ("Senate", "ORG")
    )
    found = {e.name: e.mentions for e in resolve_entities(first, spans, table, load_titles())}
    assert sorted(found["House of Delegates"]) == ["House", "House of Delegates"]
    spans = spans_of(second, ("House", "ORG"), ("the White House", "ORG"), ("Senate", "ORG"))
    found = {e.name: e.mentions for e in resolve_entities(second, spans, table, load_titles())}
    assert found["House"] == ["House"] and found["White House"] == ["White House"]
    spans = spans_of(club, ("the Osk Rowing Club", "ORG"), ("House", "ORG"))
    found = {e.name: e.mentions for e in resolve_entities(club, spans, table, load_titles())}
    assert set(found) == {"Osk Rowing Club"}


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
