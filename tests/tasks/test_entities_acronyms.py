"""Acronyms an article defines for itself become local aliases of their long form."""

from __future__ import annotations

from tasks.entities import (
    AliasTable,
    find_acronym_definitions,
    resolve_entities,
)
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_in_text_acronym_definition_makes_a_local_alias(table: AliasTable) -> None:
    text = (
        "The Kabul Water Supply Corporation (KWSC) raised prices. "
        "KWSC said the Kabul Water Supply Corporation's budget was short."
    )
    found = resolve_entities(text, spans_of(text, ("The Kabul Water Supply", "ORG")), table, TITLES)
    corp = by_name(found)["Kabul Water Supply Corporation"]
    assert corp.mentions == ["Kabul Water Supply Corporation", "KWSC"]
    assert corp.mention_count == 4


def test_acronym_definitions_need_matching_initials() -> None:
    text = (
        "Al-Qaeda in the Indian Subcontinent (AQIS) and Kabul (AFP) and Department of Defense (DoD)"
    )
    found = [(d.acronym, text[slice(*d.long_span)]) for d in find_acronym_definitions(text)]
    assert found == [
        ("AQIS", "Al-Qaeda in the Indian Subcontinent"),
        ("DoD", "Department of Defense"),
    ]


def test_a_name_known_as_another_is_one_entity(table: AliasTable) -> None:
    """ "Tarvik Regional Transit, known as TarRT": the name after "known as" is the same
    body, whatever its letters, and the long name is found where the model missed it; a
    lowercase phrase before "known as" names nothing."""
    text = (
        "Tarvik Regional Transit, known as TarRT, is studying a stop. TarRT said more. The "
        "Osk Valley Growers Union, formerly known as Valley Growers, met. A man known as Ah "
        "Dek fled, and the group of farmers and allies, known as Harrow, met."
    )
    spans = spans_of(
        text,
        ("TarRT", "ORG"),
        ("TarRT", "ORG"),
        ("The Osk Valley Growers Union", "ORG"),
        ("Valley Growers", "ORG"),
        ("Ah Dek", "PERSON"),
        ("Harrow", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Tarvik Regional Transit"].mentions == ["Tarvik Regional Transit", "TarRT"]
    assert found["Osk Valley Growers Union"].mentions == [
        "Osk Valley Growers Union",
        "Valley Growers",
    ]
    assert set(found) == {
        "Tarvik Regional Transit",
        "Osk Valley Growers Union",
        "Ah Dek",
        "Harrow",
    }


def test_a_body_named_in_english_before_its_own_languages_acronym(table: AliasTable) -> None:
    """ "the Tarvik Graft Watch Commission (KPO)": the acronym of the body's name in its own
    language spells none of the English words, yet it defines the body there (two or more
    words ending with a body's head); a person or a place before brackets defines nothing."""
    text = (
        "OSK CITY — The Tarvik Graft Watch Commission (KPO) named a suspect. KPO said Ilse "
        "Moran (TG) had fled to Osk Harbour (OHB). The Ministry of Trade, Industry and "
        "Fisheries Commission (MTIX) agreed."
    )
    spans = spans_of(
        text,
        ("OSK CITY", "GPE"),
        ("The Tarvik Graft Watch Commission", "ORG"),
        ("KPO", "ORG"),
        ("KPO", "ORG"),
        ("Ilse Moran", "PERSON"),
        ("Osk Harbour", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Tarvik Graft Watch Commission"].mentions == [
        "Tarvik Graft Watch Commission",
        "KPO",
    ]
    assert [d.acronym for d in find_acronym_definitions(text)] == ["KPO"]


def test_a_name_known_as_one_with_an_apostrophe_is_one_entity(table: AliasTable) -> None:
    text = "Tarvik Mining Company, known as Ma'osk, signed a deal. Ma'osk said so."
    spans = spans_of(
        text, ("Tarvik Mining Company", "ORG"), ("Ma'osk", "PERSON"), ("Ma'osk", "ORG")
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert set(found) == {"Tarvik Mining Company"}


def test_an_acronym_in_title_case_is_the_name_its_initials_spell(table: AliasTable) -> None:
    # British style writes an acronym said as a word in title case and never defines it; the
    # headline's is read as a person. A person whose name the initials of another name spell
    # stays a person.
    text = (
        "Port talks move to Nams\n\n"
        "Talks resume at the National Arbitration and Mediation Service on Monday. Nams said "
        "both sides would attend. Nora Velden of the National Oceanic Research Agency agreed, "
        "and Nora said so."
    )
    spans = spans_of(
        text,
        ("Nams", "PERSON"),
        ("the National Arbitration and Mediation Service", "ORG"),
        ("Nams", "ORG"),
        ("Nora Velden", "PERSON"),
        ("the National Oceanic Research Agency", "ORG"),
        ("Nora", "PERSON"),
    )
    found = {e.name: sorted(set(e.mentions)) for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "National Arbitration and Mediation Service": [
            "Nams",
            "National Arbitration and Mediation Service",
        ],
        "Nora Velden": ["Nora", "Nora Velden"],
        "National Oceanic Research Agency": ["National Oceanic Research Agency"],
    }
