"""Spans of real pages that are no name, or only part of one: shouting lines, a common word
opening a sentence, market codes and clause words glued to a name, name suffixes and web
addresses that split one entity in two. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_unknown_names_in_an_all_capitals_subheading_are_dropped(table: AliasTable) -> None:
    text = (
        "Dozens of villagers were tested after the outbreak in Tarvik.\n"
        "PATIENTS ISOLATED\n"
        "Doctors in Tarvik said the patients were isolated."
    )
    spans = spans_of(text, ("Tarvik", "GPE"), ("ISOLATED", "ORG"), ("Tarvik", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Tarvik"]


def test_a_capitals_lead_in_of_a_paragraph_is_no_name(table: AliasTable) -> None:
    text = (
        "Weekend events\n\n"
        "CHEER ON Juniors at the show in Millbrook on Saturday.\n"
        "VISIT THE Harvest Fair in Oakdale, where NASA will show a rover."
    )
    spans = spans_of(
        text,
        ("CHEER ON Juniors", "ORG"),
        ("Millbrook", "GPE"),
        ("VISIT THE Harvest Fair", "ORG"),
        ("Oakdale", "GPE"),
        ("NASA", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Millbrook", "Oakdale", "NASA"]


def test_an_unknown_acronym_opening_a_paragraph_is_kept(table: AliasTable) -> None:
    text = "KBRX said on Monday it would sell the station."
    spans = spans_of(text, ("KBRX", "ORG"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["KBRX"]


def test_a_common_word_opening_the_sentence_is_cut_from_a_name(table: AliasTable) -> None:
    text = (
        "Garden Vellmar planted is now a museum\n"
        "The garden where Otto Vellmar worked will open to visitors. Vellmar died in 1950."
    )
    spans = spans_of(
        text, ("Garden Vellmar", "PERSON"), ("Otto Vellmar", "PERSON"), ("Vellmar", "PERSON")
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [("Otto Vellmar", ["Vellmar", "Otto Vellmar"])]


def test_a_place_name_opening_a_sentence_keeps_its_first_word(table: AliasTable) -> None:
    text = "North Tarvik voted on Sunday. Turnout in the north was low. Tarvik itself waited."
    spans = spans_of(text, ("North Tarvik", "GPE"), ("Tarvik", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert found[0].name == "North Tarvik"
    assert "North Tarvik" in found[0].mentions


def test_market_codes_after_a_name_are_not_part_of_it(table: AliasTable) -> None:
    text = "Tin on the Kestrel Metal Exchange CMSN3 rose, while Sterling GBP= fell."
    spans = spans_of(text, ("Kestrel Metal Exchange CMSN3", "ORG"), ("Sterling GBP=", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Kestrel Metal Exchange", ["Kestrel Metal Exchange"])
    ]


def test_a_clause_word_glued_to_a_name_is_trimmed(table: AliasTable) -> None:
    text = "She told the Harbor Gazette that the mayor had resigned. The Harbor Gazette agreed."
    spans = spans_of(text, ("the Harbor Gazette that", "ORG"), ("The Harbor Gazette", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [("Harbor Gazette", ["Harbor Gazette"])]


def test_a_surname_links_to_a_full_name_with_a_generational_suffix(table: AliasTable) -> None:
    text = (
        "Walter B. Frenzel Jr., 61, was charged. Frenzel denied it. "
        "Lisa Moor III agreed; Moor left."
    )
    spans = spans_of(
        text,
        ("Walter B. Frenzel Jr.", "PERSON"),
        ("Frenzel", "PERSON"),
        ("Lisa Moor III", "PERSON"),
        ("Moor", "PERSON"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Walter B. Frenzel Jr.", ["Walter B. Frenzel Jr.", "Frenzel"]),
        ("Lisa Moor III", ["Lisa Moor III", "Moor"]),
    ]


def test_a_web_address_name_is_the_organization_it_names(table: AliasTable) -> None:
    text = "Prices rose, according to Carwise.com. Carwise expects more sales."
    spans = spans_of(text, ("Carwise.com", "ORG"), ("Carwise", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [("Carwise.com", ["Carwise.com", "Carwise"])]


def test_title_case_headline_words_the_body_never_capitalises_are_no_name(
    table: AliasTable,
) -> None:
    text = (
        "New Tablet With Folding Screen Expected Next Year, Says Marta Vellin\n\n"
        "A tablet with a folding screen is due next year, said Marta Vellin of Zorvex. "
        "Zorvex makes the Folding Pad."
    )
    spans = spans_of(
        text,
        ("Screen Expected", "PERSON"),
        ("Marta Vellin", "PERSON"),
        ("Marta Vellin", "PERSON"),
        ("Zorvex", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Marta Vellin", "Zorvex"]


def test_a_place_named_with_its_descriptor_is_named_without_it(table: AliasTable) -> None:
    text = "Troops moved into Tarvik province on Monday."
    found = resolve_entities(text, spans_of(text, ("Tarvik province", "GPE")), table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [("Tarvik", ["Tarvik province"])]


def test_a_body_line_repeating_the_headline_does_not_vouch_for_its_capitals(
    table: AliasTable,
) -> None:
    text = (
        "Folding Tablet Expected Next Year\n\n"
        "Folding Tablet Expected Next Year\n"
        "A folding tablet is expected next year, Zorvex said."
    )
    spans = spans_of(text, ("Tablet Expected", "PERSON"), ("Zorvex", "ORG"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Zorvex"]


def test_a_link_closing_an_embedded_post_is_no_name(table: AliasTable) -> None:
    text = (
        "The mayor of Tarvik posted a photo of the flooded square.\n"
        "The water is rising fast. pic.twitter.com/Xk4Lm9QpZ2\n"
        "— Mayor Ana Reis (@anareis) March 3, 2024\n"
        "More at https://Tarvik.example/Flood and on Edmunds.com today."
    )
    spans = spans_of(
        text,
        ("Tarvik", "GPE"),
        ("pic.twitter.com/Xk4Lm9QpZ2", "PERSON"),
        ("Ana Reis", "PERSON"),
        ("Tarvik.example/Flood", "ORG"),
        ("Edmunds.com", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Tarvik", "Ana Reis", "Edmunds.com"]


def test_a_home_after_an_age_and_a_street_after_a_house_number_are_places(
    table: AliasTable,
) -> None:
    text = (
        "Police arrested Carl Toms, 55, of Brenwick, and Dale Hurst 31, of Faith.\n"
        "Toms lives at 1909 Marlow Drive; officers searched a shed behind 2134 Oster Place."
    )
    spans = spans_of(
        text,
        ("Carl Toms", "PERSON"),
        ("Brenwick", "ORG"),
        ("Dale Hurst", "PERSON"),
        ("Faith", "PERSON"),
        ("Toms", "PERSON"),
        ("Marlow Drive", "PERSON"),
        ("Oster Place", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Carl Toms", "PERSON"),
        ("Brenwick", "LOC"),
        ("Dale Hurst", "PERSON"),
        ("Faith", "LOC"),
        ("Marlow Drive", "LOC"),
        ("Oster Place", "LOC"),
    ]


def test_a_name_after_planet_or_moon_is_a_place(table: AliasTable) -> None:
    """ "the planet Vardos", "Kelmar's moon Ostrin": the common noun before the name says what it
    is, whatever the model tags it. Capitalised ("Harvest Moon Ostrin") it is part of a name."""
    text = "It is larger than the planet Vardos. Kelmar's moon Ostrin is icy."
    spans = spans_of(text, ("Vardos", "ORG"), ("Kelmar", "LOC"), ("Ostrin", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [
        ("Vardos", "LOC"),
        ("Kelmar", "LOC"),
        ("Ostrin", "LOC"),
    ]


def test_an_award_written_as_an_acronym_is_a_common_noun(table: AliasTable) -> None:
    text = "Ilse Moran, the reigning MVP, scored 30 for the Tarvik Otters."
    spans = spans_of(text, ("Ilse Moran", "PERSON"), ("MVP", "ORG"), ("Tarvik Otters", "ORG"))
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Ilse Moran", "Tarvik Otters"}


def test_a_drugs_schedule_is_no_name(table: AliasTable) -> None:
    # A controlled-substance class in a police report: the model reads "Schedule" as a name.
    text = (
        "Arrests in Tarvik\n\n"
        "Ella Brandt: possession of a Schedule IV substance. Tom Reyes: possession of a "
        "Schedule 2 drug, held at Tarvik County Jail."
    )
    spans = spans_of(
        text,
        ("Ella Brandt", "PERSON"),
        ("Schedule IV", "ORG"),
        ("Tom Reyes", "PERSON"),
        ("Schedule", "PERSON"),
        ("Tarvik County Jail", "FAC"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Ella Brandt", "Tom Reyes", "Tarvik County Jail"}


def test_a_lone_common_word_opening_a_sentence_is_no_person(table: AliasTable) -> None:
    # The model calls a noun with its sentence's capital a person; written nowhere else, no one
    # backs it. A surname the article named in full, and a name in apposition, stay.
    text = (
        "Tarvik court rules on dikes\n\n"
        "Judge Ilse Moran ruled for the town. Verdict aside, the fight goes on. Moran said "
        "appeals were likely. Outreach by the groups grew. Osko, the lender, paid."
    )
    spans = spans_of(
        text,
        ("Tarvik", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("Verdict", "PERSON"),
        ("Moran", "PERSON"),
        ("Outreach", "PERSON"),
        ("Osko", "PERSON"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Tarvik", "Ilse Moran", "Osko"}


def test_a_verb_in_capitals_opening_a_listing_is_no_name(table: AliasTable) -> None:
    # Listings open a paragraph with a verb in capitals before "a"/"the"; an acronym opening a
    # paragraph is followed by its verb and stays.
    text = (
        "Things to do in Tarvik\n\n"
        "SPEND a day at the Osk horse trials with Ilse Moran.\n"
        "VISIT the harbour market on Sunday.\n"
        "KBRX said the market would open at nine."
    )
    spans = spans_of(
        text,
        ("Tarvik", "GPE"),
        ("SPEND", "ORG"),
        ("Osk", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("VISIT", "ORG"),
        ("KBRX", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Tarvik", "Osk", "Ilse Moran", "KBRX"}
