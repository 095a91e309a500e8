"""The copy of reviews, deals and gift guides: specifications and jargon in capitals ("an IPS
panel", "RGB lighting", "the CPM"), products ending with an edition word ("Switch Lite", "the
Founder's Edition") or a device's noun ("Magic Keyboard"), and subheadings in Title Case are no
entities; the maker or seller named on its own stays. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_jargon_written_as_acronyms_is_no_entity(table: AliasTable) -> None:
    text = (
        "Corvant Arc review: a bright monitor for the money\n\n"
        "Corvant's Arc pairs an OLED panel with RGB lighting, and its GPU keeps FPS high while HDR "
        "films look crisp over HDMI. Marketers at Halden Media said the CTR and ROI of their "
        "ads rose, and Ilse Moran, who raps as Nas Orla, agreed. CPM leaders in Kerala and an "
        "NFC coach bought one."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("OLED", "ORG"),
        ("RGB", "ORG"),
        ("GPU", "ORG"),
        ("FPS", "ORG"),
        ("HDR", "ORG"),
        ("HDMI", "ORG"),
        ("Halden Media", "ORG"),
        ("CTR", "ORG"),
        ("ROI", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("Nas Orla", "PERSON"),
        ("CPM", "ORG"),
        ("Kerala", "GPE"),
        ("NFC", "ORG"),
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found[:4] == ["Corvant", "Halden Media", "Ilse Moran", "Nas Orla"]
    assert {"CPM", "NFC"} <= set(found)


def test_a_name_ending_with_an_edition_word_is_a_product_and_so_is_its_line(
    table: AliasTable,
) -> None:
    text = (
        "Weekend deals: $40 off consoles\n\n"
        "The Vexa Slate Lite drops to $159 at Corvant Stores, and buyers of the Slate "
        "Founder's Edition get a case. The Vexa Slate itself sold out, and the Orla Studio "
        "Series headphones are 20% off. Vexa said stock is limited; Tarvik Lite, its "
        "budget brand, was not on sale."
    )
    spans = spans_of(
        text,
        ("Vexa Slate Lite", "PERSON"),
        ("Corvant Stores", "ORG"),
        ("Slate Founder's Edition", "ORG"),
        ("Vexa Slate", "ORG"),
        ("Orla Studio Series", "ORG"),
        ("Vexa", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Corvant Stores", "Vexa"]


def test_a_name_ending_with_a_devices_noun_is_a_product(table: AliasTable) -> None:
    text = (
        "Gift ideas for the desk\n\n"
        "The Magic Keyboard pairs with any laptop, and the 65W Wall Charger from Tarvik fills "
        "it in an hour, as the Bass Speaker does in two. Pay with the Orla Rewards Card for 5% "
        "back at Orla. Halden said more colours come in spring, the Harlow Daily Monitor "
        "reported."
    )
    spans = spans_of(
        text,
        ("Magic Keyboard", "PERSON"),
        ("Wall Charger", "ORG"),
        ("Tarvik", "ORG"),
        ("Bass Speaker", "PERSON"),
        ("Orla Rewards Card", "ORG"),
        ("Orla", "ORG"),
        ("Halden", "ORG"),
        ("Harlow Daily Monitor", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Tarvik", "Orla", "Halden", "Harlow Daily Monitor"]


def test_a_phrase_of_a_title_case_subheading_is_no_name(table: AliasTable) -> None:
    text = (
        "Corvant Cloud review roundup: what critics say\n\n"
        "Corvant launched its cloud gaming service on Tuesday.\n"
        "Despite The Monthly Fee, You Still Own The Games\n"
        "The fee is $10 a month, said Ilse Moran of Tarvik Games.\n"
        "Corvant's Current Roster Of Games Looks Thin\n"
        "The current roster has 22 games, and Tarvik Games made four of them."
    )
    spans = spans_of(
        text,
        ("Corvant", "ORG"),
        ("Monthly Fee", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("Tarvik Games", "ORG"),
        ("Current Roster Of Games", "ORG"),
        ("Tarvik Games", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Corvant", "Ilse Moran", "Tarvik Games"]


def test_awards_dates_and_public_programmes_are_no_entities(table: AliasTable) -> None:
    text = (
        "The quiet life of Ilse Moran\n\n"
        "Moran won the Harlow Fiction Prize and two Tarvik Fantasy Awards before her July 25 "
        "reading in Halden. Her care was paid by Medicare, and later by Medicaid, said her "
        "publisher, Corvant Books, which sent the proofs on 3 March."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Moran", "PERSON"),
        ("Harlow Fiction Prize", "ORG"),
        ("Tarvik Fantasy Award", "ORG"),
        ("July 25", "ORG"),
        ("Halden", "GPE"),
        ("Medicare", "ORG"),
        ("Medicaid", "ORG"),
        ("Corvant Books", "ORG"),
        ("3 March", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ilse Moran", "Halden", "Corvant Books"]


def test_a_line_of_tour_dates_is_no_subheading(table: AliasTable) -> None:
    text = (
        "Corvant Band announce summer tour dates\n\n"
        "The band will play music from their new album at these venues:\n"
        "Aug. 3 - Raleigh, NC - Harlow Credit Union Music Park\n"
        "Aug. 5 - Orla Home Loans Amphitheater, Tarvik, IN\n"
        "Aug. 7 - The Harlow Forum, Halden, ON\n"
        "Tickets go on sale on Friday."
    )
    spans = spans_of(
        text,
        ("Corvant Band", "ORG"),
        ("Raleigh", "GPE"),
        ("Harlow Credit Union Music Park", "FAC"),
        ("Orla Home Loans Amphitheater", "FAC"),
        ("Tarvik", "GPE"),
        ("Harlow Forum", "FAC"),
        ("Halden", "GPE"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert {"Harlow Credit Union Music Park", "Orla Home Loans Amphitheater"} <= found
    assert "Harlow Forum" in found


def test_an_acronym_defined_for_a_product_or_a_programme_is_none_either(
    table: AliasTable,
) -> None:
    text = (
        "Halden toy deals and a policy note\n\n"
        "The Orla Ultimate Collector Series (UCS) set is 30% off at Halden, and every UCS "
        "model ships free. Halden also backs DACA (Deferred Action for Childhood Arrivals) "
        "recipients, said Ilse Moran."
    )
    spans = spans_of(
        text,
        ("Orla Ultimate Collector Series", "ORG"),
        ("UCS", "ORG"),
        ("Halden", "ORG"),
        ("UCS", "ORG"),
        ("Halden", "ORG"),
        ("DACA", "ORG"),
        ("Deferred Action for Childhood Arrivals", "ORG"),
        ("Ilse Moran", "PERSON"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Halden", "Ilse Moran"]
