"""Where the article contradicts the alias table: a first name that is a country, a forest that
is a company, another country's Congress. Texts written for these tests."""

from __future__ import annotations

import pytest

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_a_country_that_is_the_first_name_of_a_named_person_is_that_person(
    table: AliasTable,
) -> None:
    text = "Chad Ashby scored twice for Leeds. Chad then limped off, and Chad is now doubtful."
    spans = spans_of(text, ("Chad Ashby", "PERSON"), ("Leeds", "ORG"), ("Chad", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Chad Ashby"].mention_count == 3
    assert found["Chad Ashby"].mentions == ["Chad Ashby", "Chad"]
    assert "Q657" not in {e.entity_id for e in found.values()}  # not the country


def test_the_country_stays_where_the_model_reads_a_place(table: AliasTable) -> None:
    text = "Chad Ashby flew to Chad on Monday."
    spans = spans_of(text, ("Chad Ashby", "PERSON"), ("Chad", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.entity_id) for e in found][1] == ("Chad", "Q657")


def test_a_country_the_model_reads_as_a_place_more_often_stays_beside_a_namesake(
    table: AliasTable,
) -> None:
    text = (
        "AMMAN, Jordan — Jordan reopened the bridge on Sunday. Jordan hosts a million "
        "refugees, said Jordan Hale, a spokesperson."
    )
    spans = spans_of(
        text,
        ("AMMAN", "GPE"),
        ("Jordan", "GPE"),
        ("Jordan", "PERSON"),
        ("Jordan", "GPE"),
        ("Jordan Hale", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Jordan Hale"].mentions == ["Jordan Hale"]
    assert found["Jordan"].entity_id == "Q810"
    assert found["Jordan"].mention_count == 3


def test_a_country_read_as_a_person_stays_a_country_without_such_a_person(
    table: AliasTable,
) -> None:
    text = "Jordan’s foreign minister met officials in Amman."
    spans = spans_of(text, ("Jordan", "PERSON"), ("Amman", "GPE"))
    assert resolve_entities(text, spans, table, TITLES)[0].entity_id == "Q810"


def test_a_company_name_before_rainforest_is_the_place(table: AliasTable) -> None:
    text = "Fires in the Amazon rainforest spread, and the Amazon lost a fifth of its cover."
    spans = spans_of(text, ("Amazon", "ORG"), ("Amazon", "ORG"))
    (place,) = resolve_entities(text, spans, table, TITLES)
    assert (place.name, place.type) == ("Amazon rainforest", "LOC")
    assert place.mentions == ["Amazon rainforest", "Amazon"]


def test_the_company_beside_a_river_of_the_same_name_stays_the_company(
    table: AliasTable,
) -> None:
    text = "Amazon opened a depot near the Amazon River."
    spans = spans_of(text, ("Amazon", "ORG"), ("the Amazon River", "LOC"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found] == [("Amazon", "ORG"), ("Amazon River", "LOC")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru’s Congress voted to remove the president. Crowds filled the Congress building.",
        "The Peruvian Congress voted to remove the president. Congress meets again on Monday.",
        "The Congress of Peru voted to remove the president. Congress meets again on Monday.",
    ],
)
def test_another_countrys_congress_is_not_the_us_congress(table: AliasTable, text: str) -> None:
    spans = spans_of(text, ("Congress", "ORG"), ("Congress", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    congress = [e for e in found if "Congress" in e.mentions]
    assert len(congress) == 1 and congress[0].mention_count == 2
    assert congress[0].entity_id != "Q11268"


def test_the_british_foreign_office_is_one_entity_and_germanys_another(
    table: AliasTable,
) -> None:
    """The table's "Foreign Office" is the UK's, under any of its names ("the British Foreign
    Office", "the FCDO"); Germany's is another body."""
    uk = (
        "A spokesperson for the British Foreign Office said the settlements were illegal. "
        "The Foreign Office later summoned the ambassador, and the FCDO updated its advice."
    )
    found = resolve_entities(uk, [], table, TITLES)
    assert [(e.entity_id, e.mention_count) for e in found] == [("nl:org:uk-foreign-office", 3)]
    german = "Germany’s Foreign Office was concerned. The Foreign Office called it a step back."
    assert "nl:org:uk-foreign-office" not in {
        e.entity_id for e in resolve_entities(german, [], table, TITLES)
    }


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("America’s Congress passed the bill, and Congress adjourned.", "Q11268"),
        ("Senators in Washington said Congress would vote.", "Q11268"),
        ("The Democratic Party of Virginia won the state senate.", "Q29552"),
    ],
)
def test_the_countrys_own_institution_stays_the_tables(
    table: AliasTable, text: str, entity_id: str
) -> None:
    assert entity_id in {e.entity_id for e in resolve_entities(text, [], table, TITLES)}


def test_congress_beside_the_congress_party_is_that_party(table: AliasTable) -> None:
    text = "The opposition Congress party gained seats. Congress leader Rahul Gandhi spoke."
    found = resolve_entities(text, [], table, TITLES)
    (party,) = [e for e in found if e.entity_id == "nl:org:indian-national-congress"]
    assert party.mentions == ["Congress party", "Congress"]
    assert "Q11268" not in {e.entity_id for e in found}


def test_a_companys_bare_name_is_the_surname_of_the_person_named_in_full(
    table: AliasTable,
) -> None:
    # "Ford" is a company in the table; in an article about Ilse Ford that never writes the
    # company's longer name it is her surname. Beside "Ford Motor Co." it stays the company.
    text = (
        "Ford vows to fight\n\nPremier Ilse Ford said the levy would stay. Ford, speaking in "
        "Tarvik, said Ford's plan was fair."
    )
    spans = spans_of(
        text, ("Ford", "ORG"), ("Ilse Ford", "PERSON"), ("Ford", "ORG"), ("Tarvik", "GPE")
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Ilse Ford": ["Ford", "Ilse Ford"], "Tarvik": ["Tarvik"]}
    text = "Ford Motor Co. hired more. Chair Ilse Ford said Ford would grow."
    spans = spans_of(text, ("Ford Motor Co.", "ORG"), ("Ilse Ford", "PERSON"), ("Ford", "ORG"))
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Ford Motor Company"] == ["Ford Motor Co.", "Ford"]


def test_an_alias_meant_with_the_names_its_namesake_without_it(table: AliasTable) -> None:
    # "the Emirates" is the country; "Emirates" alone, the subject of a sentence, the airline.
    text = (
        "Emirates adds flights\n\nEmirates will fly to Osk, and Emirates' chief said demand "
        "grew across the Emirates, the United Arab Emirates said. The Emirates fleet grew."
    )
    spans = spans_of(
        text,
        ("Emirates", "ORG"),
        ("Emirates", "GPE"),
        ("Osk", "GPE"),
        ("United Arab Emirates", "GPE"),
    )
    found = {
        e.name: (e.type, e.mention_count) for e in resolve_entities(text, spans, table, TITLES)
    }
    assert found["Emirates"] == ("ORG", 4)
    assert found["United Arab Emirates"] == ("LOC", 2)


_INDIAN = (
    "Congress took six seats in Uttarakhand. Congress leader Arun Rawal spoke in Dehradun and "
    "Lucknow."
)
_NEW_ZEALAND = (
    "Labour won the Auckland seat, and Labour volunteers in Wellington and Christchurch celebrated."
)


@pytest.mark.parametrize(
    ("text", "spans", "absent", "present"),
    [
        (
            _INDIAN,
            spans_of(
                _INDIAN,
                ("Congress", "ORG"),
                ("Uttarakhand", "GPE"),
                ("Congress", "ORG"),
                ("Arun Rawal", "PERSON"),
                ("Dehradun", "GPE"),
                ("Lucknow", "GPE"),
            ),
            "Q11268",
            "nl:org:indian-national-congress",
        ),
        (
            _NEW_ZEALAND,
            spans_of(
                _NEW_ZEALAND,
                ("Labour", "ORG"),
                ("Auckland", "GPE"),
                ("Labour", "ORG"),
                ("Wellington", "GPE"),
                ("Christchurch", "GPE"),
            ),
            "nl:org:labour-party-uk",
            None,
        ),
    ],
)
def test_a_bare_institution_in_an_article_set_in_another_country_is_not_the_tables(
    table: AliasTable,
    text: str,
    spans: list[tuple[str, str, int, int]],
    absent: str,
    present: str | None,
) -> None:
    """All the places lie in one other country and none in the table's: "Congress" in Indian
    copy is the Congress party, "Labour" in New Zealand's is not the UK's party."""
    ids = {e.entity_id for e in resolve_entities(text, spans, table, TITLES)}
    assert absent not in ids
    assert present is None or present in ids


def test_a_bare_institution_stays_the_tables_where_its_country_is_named(
    table: AliasTable,
) -> None:
    """One place at home (or a word for the country) keeps the table's entity, however many
    places abroad the article names."""
    text = (
        "Congress debated aid to India on Friday. Lawmakers from Ohio heard envoys from Delhi, "
        "Mumbai and Chennai."
    )
    spans = spans_of(
        text,
        ("Congress", "ORG"),
        ("India", "GPE"),
        ("Ohio", "GPE"),
        ("Delhi", "GPE"),
        ("Mumbai", "GPE"),
        ("Chennai", "GPE"),
    )
    assert "Q11268" in {e.entity_id for e in resolve_entities(text, spans, table, TITLES)}
