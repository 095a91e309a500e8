"""Names the model cuts in pieces are one entity: a judicial district written with its
direction and state ("the Southern District of Ohio"), not a direction, a "District" and a
state; a saint's institution ("St Ilse's University Hospital", "St. Paul's Cathedral"), not a
saint and a hospital; an office named by its holder ("the Tarvik County Sheriff's Office"), not
a place and an "Office". The state and the city written elsewhere stay places. Texts written for
these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_judicial_district_is_one_organization(table: AliasTable) -> None:
    text = (
        "Ilse Moran, the prosecutor for the Western District of Tarvik Bay, charged two men.\n"
        "The Eastern District of Ohio filed a similar case, and judges in Ohio agreed."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("the Western District", "LOC"),
        ("Tarvik Bay", "GPE"),
        ("Eastern District of", "ORG"),
        ("Ohio", "GPE"),
        ("Ohio", "GPE"),
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {
        "Ilse Moran",
        "Western District of Tarvik Bay",
        "Eastern District of Ohio",
        "Ohio",
    }
    assert found["Western District of Tarvik Bay"].type == "ORG"
    assert found["Ohio"].mention_count == 1


def test_a_saints_institution_is_one_name(table: AliasTable) -> None:
    text = (
        "Ilse Moran, a nurse at St Ilse's University Hospital, said the ward was full.\n"
        "A Mass was held at St. Paul's Cathedral, and St. Paul's mayor attended.\n"
        "Later she moved to St Thomas' Hospital in Tarvik."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("St Ilse's", "ORG"),
        ("University Hospital", "ORG"),
        ("St. Paul's", "ORG"),
        ("St. Paul", "GPE"),
        ("St Thomas'", "PERSON"),
        ("Tarvik", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Ilse Moran": "PERSON",
        "St Ilse's University Hospital": "ORG",
        "St. Paul's Cathedral": "LOC",
        "St. Paul": "LOC",
        "St Thomas' Hospital": "ORG",
        "Tarvik": "LOC",
    }


def test_a_saints_institution_with_of_without_possessive_or_a_medical_center_is_one_name(
    table: AliasTable,
) -> None:
    text = (
        "Ilse Moran sang at St. Brede of Mount Tarvik Church as a girl.\n"
        "Her brother ran St. Oda's Regional Medical Center until 2020, and she prays at "
        "St. Ilse Cathedral."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("St. Brede of", "GPE"),
        ("Mount Tarvik Church", "ORG"),
        ("St. Oda's", "ORG"),
        ("Regional Medical Center", "ORG"),
        ("Ilse Cathedral", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Ilse Moran": "PERSON",
        "St. Brede of Mount Tarvik Church": "LOC",
        "St. Oda's Regional Medical Center": "ORG",
        "St. Ilse Cathedral": "LOC",
    }


def test_a_diocese_named_by_its_see_is_one_organization(table: AliasTable) -> None:
    text = (
        "Ilse Moran led the Diocese of Tarvik before the pope sent her bishop to the "
        "Archdiocese of Brede Falls, a city where the archdiocese runs 40 schools. She was "
        "born in Tarvik."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("Diocese", "ORG"),
        ("Tarvik", "GPE"),
        ("Archdiocese", "ORG"),
        ("Brede Falls", "GPE"),
        ("Tarvik", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Ilse Moran": "PERSON",
        "Diocese of Tarvik": "ORG",
        "Archdiocese of Brede Falls": "ORG",
        "Tarvik": "LOC",
    }


def test_a_partys_scottish_or_welsh_branch_is_one_organization(table: AliasTable) -> None:
    text = (
        "The Scottish Conservatives tabled the motion, Scottish Labour stayed silent and the "
        "Welsh Liberal Democrats backed it. Labour in London said nothing."
    )
    spans = spans_of(
        text,
        ("Scottish", "NORP"),
        ("Scottish", "NORP"),
        ("Labour", "ORG"),
        ("Welsh", "NORP"),
        ("Democrats", "NORP"),
        ("Labour", "ORG"),
        ("London", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Scottish Conservatives": "ORG",
        "Scottish Labour": "ORG",
        "Welsh Liberal Democrats": "ORG",
        "Labour Party (UK)": "ORG",
        "London": "LOC",
    }


def test_an_office_named_by_its_holder_is_one_organization(table: AliasTable) -> None:
    text = (
        "A Tarvik County Sheriff’s Department dog found the bags, Ilse Moran said.\n"
        "Deputies from the Oskar Bay Sheriff's Office and the U.S. Attorney's Office in Tarvik "
        "joined the Velden District Attorney's Office in the case.\n"
        "The District Attorney's Office declined to comment, and Tarvik County agreed.\n"
        "The U.S. Attorney’s Office for the Northern District of Velden filed it."
    )
    spans = spans_of(
        text,
        ("Ilse Moran", "PERSON"),
        ("the Oskar Bay Sheriff's Office", "GPE"),
        ("U.S.", "GPE"),
        ("Office", "ORG"),
        ("Tarvik", "GPE"),
        ("Velden", "GPE"),
        ("Office", "ORG"),
        ("Office", "ORG"),
        ("Tarvik County", "GPE"),
        ("U.S.", "GPE"),
        ("the Northern District of Velden", "LOC"),
    )
    entities = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    found = {name: e.type for name, e in entities.items()}
    assert found == {
        "Tarvik County Sheriff’s Department": "ORG",
        "Ilse Moran": "PERSON",
        "Oskar Bay Sheriff's Office": "ORG",
        "Tarvik": "LOC",
        "Velden District Attorney's Office": "ORG",
        "Tarvik County": "LOC",
        "U.S. Attorney’s Office for the Northern District of Velden": "ORG",
    }
    # The short form names the same office: one entity, both mentions.
    office = entities["U.S. Attorney’s Office for the Northern District of Velden"]
    assert "U.S. Attorney's Office" in office.mentions


def test_a_road_named_by_its_number_is_one_name(table: AliasTable) -> None:
    """The model stops at the road's word ("County Road", "State Route"): the number is the
    road's name. A lowercase "road" or a number after another word is left alone."""
    text = (
        "A barn on County Road 14 burned, seen from State Route 39. The Osk Rovers won 3 games "
        "on the road 2 times."
    )
    spans = spans_of(
        text, ("County Road", "FAC"), ("State Route", "ORG"), ("The Osk Rovers", "ORG")
    )
    names = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert names == ["County Road 14", "State Route 39", "Osk Rovers"]


def test_a_port_named_by_its_place_is_one_organization(table: AliasTable) -> None:
    """The model reads "Prince" as a title and the port as its place; "the port of Osk", in
    lowercase, describes the place, and Port of Spain is a city."""
    text = (
        "Cargo through the Port of Prince Rupert rose, and the Port of Vancouver lost trade. "
        "Ships left the port of Osk for Port of Spain."
    )
    spans = spans_of(
        text, ("Rupert", "PERSON"), ("Vancouver", "GPE"), ("Osk", "GPE"), ("Port of Spain", "GPE")
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Port of Prince Rupert": "ORG",
        "Port of Vancouver": "ORG",
        "Osk": "LOC",
        "Port of Spain": "LOC",
    }


def test_a_body_named_by_several_portfolios_is_one_name(table: AliasTable) -> None:
    # The model cuts such a body at its "and" or comma; only portfolio words join across it, so
    # a body beside a company and two towns in a list stay apart.
    text = (
        "Tarvik audit ordered\n\n"
        "The Department of Roads, Water and Rural Development will audit Tarvik's dikes. "
        "The Assembly Fisheries, Tourism and Wildlife Committee met, and the Ministry of "
        "Justice and Ilsecorp settled. Rain hit Osk and Tarvik."
    )
    spans = spans_of(
        text,
        ("The Department of Roads", "ORG"),
        ("Water and Rural Development", "ORG"),
        ("Tarvik", "GPE"),
        ("Assembly Fisheries", "ORG"),
        ("Tourism", "ORG"),
        ("Wildlife Committee", "ORG"),
        ("the Ministry of Justice", "ORG"),
        ("Ilsecorp", "ORG"),
        ("Osk", "GPE"),
        ("Tarvik", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Department of Roads, Water and Rural Development": "ORG",
        "Tarvik": "LOC",
        "Assembly Fisheries, Tourism and Wildlife Committee": "ORG",
        "Ministry of Justice": "ORG",
        "Ilsecorp": "ORG",
        "Osk": "LOC",
    }


def test_a_national_body_named_with_its_country_after_of_is_one_name(table: AliasTable) -> None:
    # The model ends the body before "of <country>"; the country is carried into its name when
    # it ends the capitalised words. A company's legal form, a country with more name after it
    # and a town are left as read.
    text = (
        "Levy appeal\n\nThe Union of Certified Surveyors of Kenya will appeal to the Supreme "
        "Court of Ghana. The Supreme Court sits on Monday. Ilsecorp Group of Kenya agreed, "
        "and the Council of Kenya Farmers met in Osk."
    )
    spans = spans_of(
        text,
        ("The Union of Certified Surveyors", "ORG"),
        ("Kenya", "GPE"),
        ("the Supreme Court", "ORG"),
        ("Ghana", "GPE"),
        ("The Supreme Court", "ORG"),
        ("Ilsecorp Group", "ORG"),
        ("Kenya", "GPE"),
        ("the Council", "ORG"),
        ("Kenya Farmers", "ORG"),
        ("Osk", "GPE"),
    )
    found = {e.name: e.mentions for e in resolve_entities(text, spans, table, TITLES)}
    assert found["Union of Certified Surveyors of Kenya"] == [
        "Union of Certified Surveyors of Kenya"
    ]
    assert sorted(found["Supreme Court of Ghana"]) == ["Supreme Court", "Supreme Court of Ghana"]
    assert found["Ilsecorp Group"] == ["Ilsecorp Group"]
    assert found["Kenya"] == ["Kenya"]
    assert "Ghana" not in found


def test_an_organization_named_by_a_list_is_one_name(table: AliasTable) -> None:
    # The model cuts such a name at its commas and its "and"; a generic head word after the
    # list, or before a list of three, makes it one organization. A list without a head, two
    # names joined before a head of their own, and a list of countries stay apart.
    text = (
        "Tarvik strike ends\n\n"
        "The Baking, Milling, Dairy Workers and Grain Carters Allied Union signed. "
        "The Tarvik Fishing and Coastal Research Organisation agreed, as did the Bureau of "
        "Salt, Timber, Furs and Amber. Rain hit Osk and Tarvik, and students at the University "
        "of Osk and Velden Bay University left. Envoys of the League of Nordic States, Norway "
        "and Sweden met the Osk City Council and Tarvik County Council."
    )
    spans = spans_of(
        text,
        ("Baking", "ORG"),
        ("Milling", "ORG"),
        ("Dairy Workers", "ORG"),
        ("Grain Carters Allied Union", "ORG"),
        ("The Tarvik Fishing", "ORG"),
        ("Coastal Research Organisation", "ORG"),
        ("the Bureau of Salt", "ORG"),
        ("Timber", "ORG"),
        ("Osk", "GPE"),
        ("Tarvik", "GPE"),
        ("the University of Osk", "ORG"),
        ("Velden Bay University", "ORG"),
        ("the League of Nordic States", "ORG"),
        ("Norway", "GPE"),
        ("Sweden", "GPE"),
        ("the Osk City Council", "ORG"),
        ("Tarvik County Council", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Baking, Milling, Dairy Workers and Grain Carters Allied Union": "ORG",
        "Tarvik Fishing and Coastal Research Organisation": "ORG",
        "Bureau of Salt, Timber, Furs and Amber": "ORG",
        "Osk": "LOC",
        "Tarvik": "LOC",
        "University of Osk": "ORG",
        "Velden Bay University": "ORG",
        "League of Nordic States": "ORG",
        "Norway": "LOC",
        "Sweden": "LOC",
        "Osk City Council": "ORG",
        "Tarvik County Council": "ORG",
    }


def test_a_federal_court_named_with_its_circuit_or_district_is_one_name(
    table: AliasTable,
) -> None:
    # The model reads the court and the circuit or district it sits for as two names.
    text = (
        "Patent case revived\n\n"
        "The U.S. Court of Appeals for the Seventh Circuit sent the case back to the U.S. "
        "District Court for the Northern District of Tarvik, which Ilse Moran had asked."
    )
    spans = spans_of(
        text,
        ("The U.S. Court of Appeals", "ORG"),
        ("the Seventh Circuit", "ORG"),
        ("the U.S. District Court", "ORG"),
        ("the Northern District of Tarvik", "GPE"),
        ("Ilse Moran", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "U.S. Court of Appeals for the Seventh Circuit": "ORG",
        "U.S. District Court for the Northern District of Tarvik": "ORG",
        "Ilse Moran": "PERSON",
    }


def test_a_korean_family_name_that_is_an_english_word_stays_with_the_given_name(
    table: AliasTable,
) -> None:
    # The model keeps only the hyphenated given name when the family name is also a word.
    text = (
        "Tarvik FC win\n\n"
        "Forward Son Ye-jun scored twice and Ha Do-yun made one. Son said the side was fit; "
        "the Osk Co-op sponsors the club."
    )
    spans = spans_of(
        text,
        ("Ye-jun", "PERSON"),
        ("Do-yun", "PERSON"),
        ("Son", "PERSON"),
        ("Osk Co-op", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Son Ye-jun": "PERSON", "Ha Do-yun": "PERSON", "Osk Co-op": "ORG"}


def test_a_us_trial_court_named_alone_is_one_court(table: AliasTable) -> None:
    # The model reads "U.S." as the country and "District Court" as a court of its own.
    text = (
        "Charity director pleads guilty\n\n"
        "Denise Karlsson admitted in U.S. District Court in Tarvik that she stole the money; "
        "the US Bankruptcy Court had frozen her accounts. A district court in Osk waited."
    )
    spans = spans_of(
        text,
        ("Denise Karlsson", "PERSON"),
        ("U.S.", "GPE"),
        ("District Court", "ORG"),
        ("Tarvik", "GPE"),
        ("US", "GPE"),
        ("Bankruptcy Court", "ORG"),
        ("Osk", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Denise Karlsson": "PERSON",
        "U.S. District Court": "ORG",
        "Tarvik": "LOC",
        "US Bankruptcy Court": "ORG",
        "Osk": "LOC",
    }


def test_a_body_named_in_filipino_is_one_organization(table: AliasTable) -> None:
    """ "Samahan ng mga Magsasaka sa Tarlac" read as "Samahan", "Magsasaka" and "Tarlac" is one
    body: "ng", "mga" and "sa" join a Filipino name's words, and are no English words; a span
    the model made of it whole stays whole. Capitalised names without them are left apart."""
    text = (
        "Farmers protest\n\n"
        "The Samahan ng mga Magsasaka sa Tarlac marched on Monday, and the Kapisanan ng "
        "Tanod sa Bulacan joined Ramon Cruz and Ana Reyes in Manila."
    )
    spans = spans_of(
        text,
        ("Samahan", "PERSON"),
        ("Magsasaka", "ORG"),
        ("Tarlac", "GPE"),
        ("Monday", "DATE"),
        ("Kapisanan ng Tanod sa Bulacan", "ORG"),
        ("Ramon Cruz", "PERSON"),
        ("Ana Reyes", "PERSON"),
        ("Manila", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Samahan ng mga Magsasaka sa Tarlac": "ORG",
        "Kapisanan ng Tanod sa Bulacan": "ORG",
        "Ramon Cruz": "PERSON",
        "Ana Reyes": "PERSON",
        "Manila": "LOC",
    }


def test_an_office_named_by_its_holders_title_alone_is_one_organization(
    table: AliasTable,
) -> None:
    text = (
        "Tarvik Bay Attorney General investigating Dorrance\n\n"
        "Dorrance is being investigated by the Tarvik Bay Attorney General, two people said. "
        "The Tarvik Bay Attorney General’s office declined to comment."
    )
    spans = spans_of(
        text,
        ("Tarvik Bay", "GPE"),
        ("Dorrance", "ORG"),
        ("the Tarvik Bay", "ORG"),
        ("Tarvik Bay", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Tarvik Bay Attorney General": "ORG", "Dorrance": "ORG"}


def test_a_holder_named_after_the_title_or_a_governor_leaves_the_place(table: AliasTable) -> None:
    """A name after the title is the holder's; a governor is a person, not an office."""
    text = (
        "Tarvik Bay Attorney General Ilse Moran sued Dorrance on Monday. The Velden Governor "
        "said he backed her."
    )
    spans = spans_of(
        text,
        ("Tarvik Bay", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("Dorrance", "ORG"),
        ("Velden", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Tarvik Bay": "LOC",
        "Ilse Moran": "PERSON",
        "Dorrance": "ORG",
        "Velden": "LOC",
    }


def test_a_university_campus_named_with_at_is_one_organization(table: AliasTable) -> None:
    """ "the University of Tarvik at Orvane Falls" is the campus, not the state's university
    and a town; "at the time" after a university names no campus."""
    text = (
        "A radar built by the University of Tarvik at Orvane Falls will fly in 2030. A professor "
        "at the University of Kelvar at the time, she later moved to Orvane Falls."
    )
    spans = spans_of(
        text,
        ("the University of Tarvik", "ORG"),
        ("Orvane Falls", "GPE"),
        ("the University of Kelvar", "ORG"),
        ("Orvane Falls", "GPE"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "University of Tarvik at Orvane Falls": "ORG",
        "University of Kelvar": "ORG",
        "Orvane Falls": "LOC",
    }


def test_a_place_or_body_named_in_a_romance_language_is_one_name(table: AliasTable) -> None:
    """ "Taberna do Cais" read as "Taberna" and "Cais", "the Museo Vidal Soler" read as the
    person "Vidal Soler", "Praça da Ribeira" found nowhere: a head that is no English word,
    then capitalised words, perhaps after a particle, is one name, a body or a place by its
    head; a possessive's "'s" after it is no part of it."""
    text = (
        "Lunch in Tarvik\n\n"
        "Ines Moran ate at Taborda's Taberna do Cais, near Praça da Ribeira, before a visit to "
        "the Museo Vidal Soler. The Museo Vidal Soler's new wing opens in May; the Plaça "
        "Nova Harlow beside it reopened."
    )
    spans = spans_of(
        text,
        ("Tarvik", "GPE"),
        ("Ines Moran", "PERSON"),
        ("Taborda", "PERSON"),
        ("Taberna", "ORG"),
        ("Cais", "GPE"),
        ("Vidal Soler", "PERSON"),
        ("Vidal Soler's", "PERSON"),
        ("May", "DATE"),
        ("Nova Harlow", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Tarvik": "LOC",
        "Ines Moran": "PERSON",
        "Taborda": "PERSON",
        "Taberna do Cais": "ORG",
        "Praça da Ribeira": "LOC",
        "Museo Vidal Soler": "ORG",
        "Plaça Nova Harlow": "LOC",
    }


def test_an_english_word_or_a_particle_between_english_names_joins_nothing(
    table: AliasTable,
) -> None:
    """ "Aston Villa", "Via" opening a sentence and "do" as an English verb between two names
    ("Did Ines Moran do Tarvik a favour") make no Romance name: only the heads of
    `tasks.entity_rules.romance_names` open one."""
    text = (
        "Villa sign striker\n\n"
        "Aston Villa Park hosted the final. Via Tarvik Radio, Ines Moran said she did not "
        "do Harlow Bay any harm, and Hotel Corvant staff agreed."
    )
    spans = spans_of(
        text,
        ("Aston Villa Park", "FAC"),
        ("Tarvik Radio", "ORG"),
        ("Ines Moran", "PERSON"),
        ("Harlow Bay", "GPE"),
        ("Corvant", "ORG"),
    )
    found = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {"Aston Villa Park", "Tarvik Radio", "Ines Moran", "Harlow Bay", "Corvant"}


def test_a_state_university_campus_named_with_a_comma_is_one_organization(
    table: AliasTable,
) -> None:
    """ "the University of Nebraska, Kearney" is the campus; a comma before a country or after a
    university named by a town ("the University of Tarvik, Sweden") writes an address, and one
    before another university's name a list."""
    text = (
        "Tarn Elling, a chemist at the University of Nebraska, Kearney, led the study. Ilse "
        "Moran of the University of Tarvik, Sweden, and teams at the University of Iowa, Iowa "
        "State and Drake joined it."
    )
    spans = spans_of(
        text,
        ("Tarn Elling", "PERSON"),
        ("the University of Nebraska", "ORG"),
        ("Kearney", "GPE"),
        ("Ilse Moran", "PERSON"),
        ("the University of Tarvik", "ORG"),
        ("Sweden", "GPE"),
        ("the University of Iowa", "ORG"),
        ("Iowa State", "ORG"),
        ("Drake", "ORG"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert found["University of Nebraska, Kearney"] == "ORG"
    assert "Kearney" not in found
    assert {"University of Tarvik", "Sweden", "University of Iowa", "Iowa State"} <= set(found)
