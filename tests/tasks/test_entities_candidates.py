"""Which NER spans may be entities at all, and how their edges are cleaned."""

from __future__ import annotations

import re

import pytest

from tasks import entity_rules
from tasks.entities import (
    AliasTable,
    load_titles,
    resolve_entities,
    unknown_entity_id,
)
from tests.tasks.entity_helpers import TITLES, spans_of


def test_label_map_drops_nationalities() -> None:
    assert "NORP" not in entity_rules.LABEL_TO_TYPE
    assert entity_rules.LABEL_TO_TYPE["GPE"] == "LOC"


def test_nationalities_and_unmapped_labels_are_not_entities(table: AliasTable) -> None:
    text = "Afghan and Russian officials met on July 2 about the Doha talks."
    spans = spans_of(
        text, ("Afghan", "NORP"), ("Russian", "GPE"), ("July 2", "DATE"), ("Doha", "GPE")
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Doha"]


def test_possessive_and_article_are_trimmed_from_mentions(table: AliasTable) -> None:
    text = "The Taliban's envoy met the United States' envoy."
    spans = spans_of(text, ("The Taliban's", "ORG"), ("the United States'", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("Q42418", ["Taliban"]),
        ("Q30", ["United States"]),
    ]


def test_a_verb_the_model_glues_to_a_name_is_trimmed(table: AliasTable) -> None:
    """ "Kavara will fund", "Tarvik Mining said": no name ends with a lowercase verb."""
    text = "Kavara will fund 40% of the line, and Tarvik Mining said it would build it."
    spans = spans_of(text, ("Kavara will", "ORG"), ("Tarvik Mining said", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.mentions for e in found] == [["Kavara"], ["Tarvik Mining"]]


def test_lowercase_ner_noise_is_dropped(table: AliasTable) -> None:
    text = "After the lorry crash, police came."
    assert resolve_entities(text, spans_of(text, ("lorry crash", "PERSON")), table, TITLES) == []


def test_place_descriptor_and_possessive_phrase_and_diseases(table: AliasTable) -> None:
    text = "Fighting in Zurmat district spread. Zurmat is calm. Ghani's council and COVID-19 hit."
    spans = spans_of(
        text,
        ("Zurmat district", "GPE"),
        ("Zurmat", "GPE"),
        ("Ghani's council", "ORG"),
        ("COVID-19", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Zurmat", ["Zurmat district", "Zurmat"]),
        ("Ashraf Ghani", ["Ghani"]),
    ]
    assert found[0].entity_id == unknown_entity_id("LOC", "Zurmat")


@pytest.mark.parametrize("name", ["x'); DROP TABLE t;--", "a\x00b\x1bc", "z" * 10_000, '"“q”"'])
def test_hostile_names_resolve_to_safe_stable_ids(table: AliasTable, name: str) -> None:
    text = f"{name} met Acme."
    found = resolve_entities(
        text,
        [(name, "ORG", 0, len(name)), ("Acme", "ORG", len(name) + 5, len(name) + 9)],
        table,
        TITLES,
    )
    for e in found:
        assert re.fullmatch(r"(Q\d+|nl:(person|org|loc):[0-9a-z-]+)", e.entity_id), e.entity_id


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "The President said the Prime Minister would stay.",
            [("President", "PERSON"), ("Prime Minister", "PERSON")],
        ),
        (
            "He said Two of them left. Dozens came, and 3,000 marched.",
            [("He", "PERSON"), ("Two", "ORG"), ("Dozens", "ORG"), ("3,000", "ORG")],
        ),
        ("AI start-ups and the CEO of a bank met.", [("AI", "ORG"), ("CEO", "ORG")]),
        (
            "Wildfire crews arrived at dawn.\n\nA wildfire destroyed two homes.",
            [("Wildfire", "PERSON")],
        ),
        (
            "Hurricane Dorian stalled for a day. Dorian then turned north.",
            [("Hurricane Dorian", "ORG"), ("Dorian", "PERSON")],
        ),
        # a wildfire's name, in an article about a wildfire, wherever repeated
        (
            "Ridge Fire grows\n\nThe Ridge Fire burned 900 acres, like the 2018 Camp Fire did.",
            [("Ridge Fire", "ORG"), ("Ridge Fire", "FAC"), ("Camp Fire", "ORG")],
        ),
        # a product written from a lowercase letter; an institution's generic word alone
        (
            "Sales of the iPhone rose. Officials said the Government and the Court agreed.",
            [("iPhone", "ORG"), ("Government", "ORG"), ("Court", "ORG")],
        ),
        # a form of address, a currency, an exit, a variant
        (
            "Her Majesty spoke of Brexit, the Euro and Omicron.",
            [("Majesty", "PERSON"), ("Brexit", "PERSON"), ("Euro", "PERSON"), ("Omicron", "ORG")],
        ),
    ],
)
def test_spans_that_cannot_name_anyone_are_dropped(
    table: AliasTable, text: str, items: list[tuple[str, str]]
) -> None:
    """Bare titles, pronouns, numbers, common acronyms, a common noun capitalised only by
    its place in the sentence, a storm's or a wildfire's name."""
    assert resolve_entities(text, spans_of(text, *items), table, load_titles()) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cal Fire said 200 acres burned near Tarvik.", "Cal Fire"),
        ("The Harlow Fire beat Tarvik 2-1 on Saturday.", "Harlow Fire"),
    ],
)
def test_a_body_or_team_named_fire_stays(table: AliasTable, text: str, name: str) -> None:
    spans = spans_of(text, (name, "ORG"), ("Tarvik", "GPE"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == [name, "Tarvik"]


def test_names_that_look_like_those_words_stay(table: AliasTable) -> None:
    text = "The US said Wildman would testify; officials said Wildman had trumped them."
    spans = spans_of(text, ("US", "GPE"), ("Wildman", "PERSON"), ("Wildman", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["United States", "Wildman"]
    # a generic word in a longer name, and a name the alias table knows, stay
    text = "The Supreme Court and the Pentagon met the European Central Bank."
    spans = spans_of(
        text, ("Supreme Court", "ORG"), ("Pentagon", "ORG"), ("European Central Bank", "ORG")
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == [
        "Supreme Court",
        "United States Department of Defense",
        "European Central Bank",
    ]


def test_a_title_case_headline_does_not_make_common_nouns_names(table: AliasTable) -> None:
    text = "Storm Damage Closes Harbour In Portree\n\nStorm damage closed the harbour."
    spans = spans_of(text, ("Harbour", "ORG"), ("Portree", "GPE"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Portree"]


@pytest.mark.parametrize(
    ("text", "span", "names"),
    [
        ("A convoy reached Adré from N’Djamena.", "Adré from N’Djamena", ["Adré", "N’Djamena"]),
        ("Jordan’s Chicago Bulls won.", "Jordan’s Chicago Bulls", ["Jordan", "Chicago Bulls"]),
        ("Photo: REUTERS/Jane Okoro", "REUTERS/Jane Okoro", ["Reuters", "Jane Okoro"]),
        ("Fans cheered Ona Brandt to the line.", "Ona Brandt to", ["Ona Brandt"]),
        (
            "The Society for the Prevention of Cruelty to Children said so.",
            "The Society for the Prevention of Cruelty to Children",
            ["Society for the Prevention of Cruelty to Children"],
        ),
        # a verb or other lowercase word no name is written with: two names run together
        ("Then Okafor struck Lindqvist again.", "Okafor struck Lindqvist", ["Okafor", "Lindqvist"]),
        (
            "Marta Velez told Ivo Brandt everything.",
            "Marta Velez told Ivo Brandt",
            ["Marta Velez", "Ivo Brandt"],
        ),
        # the lowercase words names do use stay inside
        ("She met Charles de Gaulle fans.", "Charles de Gaulle", ["Charles de Gaulle"]),
        ("The Bank of America said so.", "The Bank of America", ["Bank of America"]),
        (
            "We watched Dancing with the Stars.",
            "Dancing with the Stars",
            ["Dancing with the Stars"],
        ),
    ],
)
def test_a_span_of_two_names_is_cut_where_no_name_joins_them(
    table: AliasTable, text: str, span: str, names: list[str]
) -> None:
    spans = spans_of(text, (span, "ORG"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == names


def test_a_generic_name_after_a_possessive_keeps_its_owner_in_its_id(table: AliasTable) -> None:
    text = "Vietnam’s Communist Party met. Laos’s Communist Party met too."
    spans = spans_of(text, ("Vietnam’s Communist Party", "ORG"), ("Laos’s Communist Party", "ORG"))
    parties = [e for e in resolve_entities(text, spans, table, TITLES) if e.type == "ORG"]
    assert [e.name for e in parties] == ["Communist Party", "Communist Party"]
    assert parties[0].entity_id != parties[1].entity_id


def test_events_and_programmes_are_not_entities(table: AliasTable) -> None:
    """Names of events and plans are no person, organization or place, whatever the model tags
    them; the organizers and places in them still are."""
    text = (
        "Riders from Ohio won the Keystone Valley Horse Show and the Lakeside Junior "
        "Championships East, run by the Lakeside Riding Club. The ministry's Third Grid "
        "Modernisation Plan follows."
    )
    spans = spans_of(
        text,
        ("Ohio", "GPE"),
        ("the Keystone Valley Horse Show", "ORG"),
        ("the Lakeside Junior Championships East", "ORG"),
        ("the Lakeside Riding Club", "ORG"),
        ("Third Grid Modernisation Plan", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ohio", "Lakeside Riding Club"]


def test_a_unit_after_a_number_is_not_an_entity(table: AliasTable) -> None:
    text = "Norvale Solar built 4.2 GW of panels and a 300 MW plant; the KWF fund paid."
    spans = spans_of(text, ("Norvale Solar", "ORG"), ("GW", "ORG"), ("MW", "ORG"), ("KWF", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Norvale Solar", "KWF"]


def test_a_count_noun_after_a_number_word_and_a_fiscal_period_are_not_entities(
    table: AliasTable,
) -> None:
    """ "two TD passes", "three KO wins": an abbreviation counted is a common noun; "Q3",
    "H1", "FY2024" are periods of a business year. The club named after them stays."""
    text = "Ruiz threw two TD passes. Brasco Mills said Q3 sales fell and H1 was weak. KWF paid."
    spans = spans_of(
        text,
        ("Ruiz", "PERSON"),
        ("TD", "ORG"),
        ("Brasco Mills", "ORG"),
        ("Q3", "ORG"),
        ("H1", "ORG"),
        ("KWF", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ruiz", "Brasco Mills", "KWF"]


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
def test_a_possessive_in_a_person_or_place_span_joins_two_names(
    table: AliasTable, label: str
) -> None:
    """ "Kerlan's Dovrik": a town of a region, as "Texas's Austin" would be, even when the model
    tags it a person; a company's possessive stays ("Marlow's Freight Lines")."""
    text = "He came home to Kerlan’s Dovrik on Monday and joined Marlow's Freight Lines."
    spans = spans_of(text, ("Kerlan’s Dovrik", label), ("Marlow's Freight Lines", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert sorted(e.name for e in found) == ["Dovrik", "Kerlan", "Marlow's Freight Lines"]


def test_a_capital_after_an_opening_quote_says_nothing(table: AliasTable) -> None:
    """A quotation opens a sentence of its own: "‘Drift. Stay clear.’" beside "the drift" is the
    common word; a word the article never writes in lowercase stays a name."""
    text = (
        "The county's slogan is ‘Drift. Stay clear.’ and drift is its problem. "
        "“Kestrel was late,” she said."
    )
    spans = spans_of(text, ("Drift", "ORG"), ("Kestrel", "PERSON"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Kestrel"]


@pytest.mark.parametrize(
    "definition", ["chronic wasting syndrome, or CWS,", "a chronic wasting syndrome (CWS)"]
)
def test_an_acronym_of_a_common_noun_is_not_an_entity(table: AliasTable, definition: str) -> None:
    """An acronym the article defines for lowercase words names a thing, not an organization:
    "hypersensitivity pneumonitis, or HP"; one defined for a capitalised name still is one."""
    text = (
        f"Doctors diagnosed {definition} and said CWS is rare. "
        "The Northern Health Board (NHB) agreed, and the NHB will study it."
    )
    spans = spans_of(text, ("CWS", "ORG"), ("Northern Health Board", "ORG"), ("NHB", "ORG"))
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == [
        "Northern Health Board"
    ]


def test_a_lowercase_word_before_a_name_is_cut_but_a_particle_stays(table: AliasTable) -> None:
    """ "the state Department of Wildlife" is the department; "de Vallières" keeps its "de"."""
    text = "The state Department of Wildlife thanked de Vallières on Friday."
    spans = spans_of(text, ("The state Department of Wildlife", "ORG"), ("de Vallières", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Department of Wildlife", "de Vallières"]


def test_market_indices_are_not_entities(table: AliasTable) -> None:
    text = "The Brellin Industrial Average fell and the Tarsk Composite rose; Brellin Bank gained."
    spans = spans_of(
        text,
        ("The Brellin Industrial Average", "ORG"),
        ("the Tarsk Composite", "ORG"),
        ("Brellin Bank", "ORG"),
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Brellin Bank"]


def test_diseases_and_their_germs_are_not_entities(table: AliasTable) -> None:
    text = "Yersinia pestis caused the Black Death; Salmonella was found in Dorne."
    spans = spans_of(
        text,
        ("Yersinia pestis", "PERSON"),
        ("the Black Death", "ORG"),
        ("Salmonella", "ORG"),
        ("Dorne", "GPE"),
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Dorne"]


def test_a_title_of_an_organization_leaves_the_organization(table: AliasTable) -> None:
    """ "Founder of Harrowgate Robotics Inc" (ORG) is the company; the title is no part of it."""
    text = "said Lena Ortiz, CEO and Founder of Harrowgate Robotics Inc. Harrowgate Robotics grew."
    spans = spans_of(
        text,
        ("Lena Ortiz", "PERSON"),
        ("Founder of Harrowgate Robotics Inc", "ORG"),
        ("Harrowgate Robotics", "ORG"),
    )
    found = resolve_entities(text, spans, table, load_titles())
    assert [(e.type, sorted(e.mentions)) for e in found] == [
        ("PERSON", ["Lena Ortiz"]),
        ("ORG", ["Harrowgate Robotics", "Harrowgate Robotics Inc"]),
    ]


def test_a_name_before_a_disease_word_is_the_disease(table: AliasTable) -> None:
    """ "Bird flu", "Korvath fever": the word names an illness, not an organization or place;
    the same word without it ("Korvath" alone) is still a place."""
    text = "Bird flu and Korvath fever spread. Doctors in Korvath are busy."
    spans = spans_of(text, ("Bird", "ORG"), ("Korvath", "GPE"), ("Korvath", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [("Korvath", ["Korvath"])]


def test_policies_vouchers_medals_and_trophies_are_not_entities(table: AliasTable) -> None:
    """A policy, a voucher scheme, a medal or a trophy names no one; an office or a centre
    named for its policy work ("of", "for") is an organization."""
    text = (
        "Under the Tarvik Automotive Policy and the Harlow Priority Voucher, Dana Osk won the "
        "Morrow Skilton Medal before Harlow lifted the Brenner Trophy. The Centre for Tarvik "
        "Policy welcomed it."
    )
    spans = spans_of(
        text,
        ("the Tarvik Automotive Policy", "ORG"),
        ("the Harlow Priority Voucher", "ORG"),
        ("Dana Osk", "PERSON"),
        ("the Morrow Skilton Medal", "ORG"),
        ("Harlow", "ORG"),
        ("the Brenner Trophy", "ORG"),
        ("The Centre for Tarvik Policy", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Dana Osk", "Harlow", "Centre for Tarvik Policy"]


def test_a_legal_name_of_a_known_place_is_the_company_and_the_place(table: AliasTable) -> None:
    """ "Tarvik Holdings of Canada": the legal form ends the company's name, and the known
    place after "of" is where it is from; "Bank of America" has no legal form before "of"."""
    text = "Tarvik Holdings of Canada sold its stake to Bank of America on Monday."
    spans = spans_of(text, ("Tarvik Holdings of Canada", "ORG"), ("Bank of America", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Tarvik Holdings", "Canada", "Bank of America"]


def test_two_streets_joined_by_and_are_two_places(table: AliasTable) -> None:
    """ "Sixth Street and Railyards Boulevard": a street's name ends with its type, so the
    "and" after it joins two streets; a firm's "and" stays ("Osk and Tarvik Partners")."""
    text = "Homes will rise along Tenth Street and Harlow Boulevard, says Osk and Tarvik Partners."
    spans = spans_of(
        text, ("Tenth Street and Harlow Boulevard", "FAC"), ("Osk and Tarvik Partners", "ORG")
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == [
        "Tenth Street",
        "Harlow Boulevard",
        "Osk and Tarvik Partners",
    ]


def test_a_body_and_a_known_name_joined_by_and_are_two_names(table: AliasTable) -> None:
    """ "the Marwari Conference and NATO": one side is a known name, the other ends with a
    body's head word, so the span holds two bodies. A firm's "and" stays ("Osk and Tarvik
    Partners": no side is known), and so does a known place running over the "and"
    ("Bosnia and Herzegovina Football Federation", though "Bosnia" alone is known)."""
    text = (
        "The Marwari Conference and NATO signed the pact. Osk and Tarvik Partners advised, and "
        "the Bosnia and Herzegovina Football Federation and Congress both objected."
    )
    spans = spans_of(
        text,
        ("The Marwari Conference and NATO", "ORG"),
        ("Osk and Tarvik Partners", "ORG"),
        ("the Bosnia and Herzegovina Football Federation", "ORG"),
        ("Congress", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == [
        "Marwari Conference",
        "NATO",
        "Osk and Tarvik Partners",
        "Bosnia and Herzegovina Football Federation",
        "United States Congress",
    ]


def test_a_domain_inside_a_name_does_not_cut_it(table: AliasTable) -> None:
    """ "Tarvik.com Arena": the lowercase ending of a domain is no word joining two names."""
    text = "The Harlow Rovers play at Tarvik.com Arena on Sunday."
    spans = spans_of(text, ("The Harlow Rovers", "ORG"), ("Tarvik.com Arena", "FAC"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Harlow Rovers", "Tarvik.com Arena"]


def test_health_copys_common_acronyms_are_no_entities(table: AliasTable) -> None:
    """ "see your GP", "adults with ADHD", "HRT": a doctor, a condition and a treatment written
    as acronyms, no organizations; an acronym of a body beside them stays ("the NHS")."""
    text = (
        "Talk to your GP first. Adults with ADHD or PTSD, and women on HRT, were excluded, "
        "the NHS said."
    )
    spans = spans_of(
        text, ("GP", "ORG"), ("ADHD", "ORG"), ("PTSD", "ORG"), ("HRT", "ORG"), ("NHS", "ORG")
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["NHS"]
