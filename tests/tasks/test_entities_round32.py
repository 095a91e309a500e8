"""Rounds 32 and 33: conventions found on real pages labelled this session (fundus' and the
corpus' pages without a truth body), tested on texts of our own.

- a senator's party and state written out ("D-California") name the state;
- a pool photograph's credit names its photographer and, after "Pool via", its agency;
- a place before a descriptor in lowercase ("the Kunene region", "Lviv oblast") is the place by
  its name; "the Kurdistan Region", capitalised, stays whole;
- a bill is legislation like an act: "the Cyber Security Bill", "Security" + " Bill", "the Bill";
- "Adv" (Southern Africa's advocate) is a title before a name;
- (round 33) a surname two people bear is the likelier bearer's;
- (round 34) an adjective's suffix glued by a hyphen after a name is no part of it.
"""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_a_party_tag_with_the_state_written_out_names_the_state(table: AliasTable) -> None:
    text = (
        "Stranded travellers return\n\n"
        "A spokesperson for Sen. Dana Whitlow, D-California, said her office is working to bring "
        "them home."
    )
    spans = spans_of(text, ("Dana Whitlow", "PERSON"), ("D-California", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "D-California" not in found
    assert "California" in found and found["California"].type == "LOC"


def test_a_pool_credit_names_the_photographer_and_the_agency(table: AliasTable) -> None:
    text = (
        "Protesters gather at a theatre\n\n"
        "A view of the theatre in central Paris, January 16, 2020. Marc Lenoir/Pool via REUTERS\n"
        "Protesters gathered outside the theatre on Friday."
    )
    spans = spans_of(text, ("Paris", "GPE"), ("Marc Lenoir/Pool", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Marc Lenoir" in found and found["Marc Lenoir"].type == "PERSON"
    assert "Reuters" in found
    assert not any("/" in name for name in found)


def test_a_place_before_a_lowercase_descriptor_is_the_place(table: AliasTable) -> None:
    text = (
        "Pipeline plan questioned\n\n"
        "The pipeline would run from Namibia's Otavi region to the coast. Officials in the "
        "Otavi region said they were not consulted, as did the Kurdistan Region's envoy."
    )
    spans = spans_of(
        text,
        ("Namibia", "GPE"),
        ("Otavi", "GPE"),
        ("Otavi", "PERSON"),
        ("Kurdistan Region", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Otavi" in found and found["Otavi"].type == "LOC"
    assert "Otavi region" not in found
    assert "Kurdistan Region" in found


def test_a_bill_is_legislation_not_a_person(table: AliasTable) -> None:
    text = (
        "Lawyers warn on new law\n\n"
        "The Data Protection and Cyber Security Bill, 2023 worries Mpho Ralebese, a lawyer. "
        "A Tenants Rights Bill will follow. The Bill goes to the Senate next week."
    )
    spans = spans_of(
        text,
        ("Cyber Security Bill", "ORG"),
        ("Mpho Ralebese", "PERSON"),
        ("Bill", "PERSON"),
        ("Bill", "PERSON"),
        ("Senate", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Bill" not in found and "Cyber Security Bill" not in found
    assert "Mpho Ralebese" in found


def test_adv_is_a_title(table: AliasTable) -> None:
    text = (
        "Young lawyer honoured\n\n"
        "Adv Lerato Mokoena was born in Maseru. Adv Mokoena studied law at the university."
    )
    spans = spans_of(
        text, ("Adv Lerato Mokoena", "PERSON"), ("Maseru", "GPE"), ("Adv Mokoena", "PERSON")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Lerato Mokoena" in found
    assert not any(name.startswith("Adv") for name in found)


def test_a_shared_surname_is_the_article_subject_s(table: AliasTable) -> None:
    """Two people share a surname: the bare surname is the one the article names far more
    often ("Harris" of Kamala Harris beside her father), and failing that the one named last
    before it ("Rajnath Singh said ... Singh said", Vyomika Singh named after)."""
    text = (
        "Harris' Montreal years\n\n"
        "Orla Venn Harris grew up in Montreal. Orla Venn Harris went to school in Westmount, and "
        "Orla Venn Harris later moved to California. Her father, Tomas Harris, taught economics. "
        "Harris has spoken of those years often.\n"
        'Defense Minister Rajnath Singh said the strikes were measured. "We hit only camps," '
        "Singh said. Wing Commander Vyomika Singh briefed reporters."
    )
    spans = spans_of(
        text,
        ("Harris", "PERSON"),
        ("Orla Venn Harris", "PERSON"),
        ("Montreal", "GPE"),
        ("Orla Venn Harris", "PERSON"),
        ("Westmount", "GPE"),
        ("Orla Venn Harris", "PERSON"),
        ("California", "GPE"),
        ("Tomas Harris", "PERSON"),
        ("Harris", "PERSON"),
        ("Rajnath Singh", "PERSON"),
        ("Singh", "PERSON"),
        ("Vyomika Singh", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Harris" not in found and "Singh" not in found
    assert "Harris" in found["Orla Venn Harris"].mentions
    assert "Singh" in found["Rajnath Singh"].mentions
    assert found["Tomas Harris"].mentions == ["Tomas Harris"]
    assert found["Vyomika Singh"].mentions == ["Vyomika Singh"]


def test_a_lowercase_word_glued_after_a_name_is_no_part_of_it(table: AliasTable) -> None:
    """(Round 34) "a Dana Whitlow-themed club": the name is what comes before the hyphen (a
    given name's lowercase part stays: tests/tasks/test_entities_korean_names.py)."""
    text = (
        "Club reopens\n\n"
        "The Dana Whitlow-themed holiday club in Marlow reopened, and a Leeds-based charity paid."
    )
    spans = spans_of(
        text,
        ("Dana Whitlow-themed", "PERSON"),
        ("Marlow", "GPE"),
        ("Leeds-based", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert set(found) == {"Dana Whitlow", "Marlow", "Leeds"}
