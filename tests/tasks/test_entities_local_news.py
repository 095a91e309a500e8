"""Local news (councils, police, courts, schools): the titles of local offices and police ranks,
ages after a sentence that ends on a name, lists found inside a run of titles, a town's
municipal corporation, and local news's common nouns written as acronyms. Texts are our own
(title line + body); the spans are the model's reading of them."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_an_age_after_a_sentence_ending_on_a_name_names_the_next_sentence_s_person(
    table: AliasTable,
) -> None:
    """ "jailed at Sheffield Crown Court. Dean Whitworth, 38, of ...": the court and the man,
    not one person running over the full stop; nor "Monday. Dean Whitworth"."""
    text = (
        "Man jailed for arson\n\n"
        "A man who set fire to a flat has been jailed for six years at Sheffield Crown Court. "
        "Dean Whitworth, 38, of Middlewood Road, admitted arson.\n"
        "In a second case heard on Monday. Carl Ainsley, 44, of Hillsborough, was fined."
    )
    spans = spans_of(
        text,
        ("Sheffield Crown Court", "ORG"),
        ("Dean Whitworth", "PERSON"),
        ("Middlewood Road", "FAC"),
        ("Monday", "DATE"),
        ("Carl Ainsley", "PERSON"),
        ("Hillsborough", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Sheffield Crown Court"].type == "ORG"
    assert found["Dean Whitworth"].type == "PERSON"
    assert found["Carl Ainsley"].type == "PERSON"
    assert not [n for n in found if "." in n]


def test_a_suffix_and_initials_before_an_age_stay_in_the_name(table: AliasTable) -> None:
    """The full stops of a suffix ("Jr.") and of initials ("T.") are a name's own."""
    text = (
        "Two charged after crash\n\n"
        "Those charged were Harold T. Abbott Jr., 61, of Eddon, and Rhys Venn, 29, of Ashby."
    )
    spans = spans_of(
        text,
        ("Harold T. Abbott", "PERSON"),
        ("Eddon", "GPE"),
        ("Rhys Venn", "PERSON"),
        ("Ashby", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Harold T. Abbott Jr."].type == "PERSON"
    assert found["Rhys Venn"].type == "PERSON"


def test_local_offices_and_police_ranks_are_titles(table: AliasTable) -> None:
    """A councillor's abbreviated title, a constable's and a trooper's rank, a defence lawyer
    and a city council member: roles of the people named after them, no entities."""
    text = (
        "Driver charged after school bus crash\n\n"
        "Coun. Denise Martel said residents had asked for a light. Constable Ray Bouchard urged "
        "drivers to slow down. Trooper Jake Hollis said the road was icy. Defence solicitor "
        "Kieran Doyle told the court his client had a job. City Council Member Deion Whitfield "
        "said the city had asked for crosswalks."
    )
    spans = spans_of(
        text,
        ("Coun", "PERSON"),
        ("Denise Martel", "PERSON"),
        ("Constable Ray Bouchard", "PERSON"),
        ("Trooper", "ORG"),
        ("Jake Hollis", "PERSON"),
        ("Defence", "ORG"),
        ("Kieran Doyle", "PERSON"),
        ("City Council", "ORG"),
        ("Deion Whitfield", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "Denise Martel",
        "Ray Bouchard",
        "Jake Hollis",
        "Kieran Doyle",
        "Deion Whitfield",
    }


def test_a_council_named_alone_stays_a_council(table: AliasTable) -> None:
    """Without the member's title after it, a town's council is the council."""
    text = (
        "Council backs rezoning\n\n"
        "The Fort Worth City Council voted 7-2 on Tuesday. Inspector General reports were read."
    )
    spans = spans_of(text, ("The Fort Worth City Council", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Fort Worth City Council"].type == "ORG"


def test_a_list_inside_a_run_of_titles_and_names_is_no_organization(table: AliasTable) -> None:
    """ "Mayor Pro Tem Dale Hutchins and Council Member Renee Okafor": two people and their
    titles, not "Tem Dale Hutchins and Council" (the words before a head joined by "and")."""
    text = (
        "Council approves rezoning\n\n"
        "Mayor Pro Tem Dale Hutchins and Council Member Renee Okafor cast the dissenting votes. "
        "Hutchins said the commission had rejected the plan."
    )
    spans = spans_of(
        text,
        ("Dale Hutchins", "PERSON"),
        ("Council", "ORG"),
        ("Renee Okafor", "PERSON"),
        ("Hutchins", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Dale Hutchins", "Renee Okafor"}


def test_a_listed_name_after_the_or_a_sentence_end_stays_whole(table: AliasTable) -> None:
    """A list with its head after a lowercase word or a full stop is still one organization."""
    text = (
        "Talks resume\n\n"
        "Talks resumed at the Advisory, Conciliation and Arbitration Service. Parks and "
        "Recreation Board members met on Monday."
    )
    spans = spans_of(
        text,
        ("Advisory", "ORG"),
        ("Conciliation and Arbitration Service", "ORG"),
        ("Parks", "ORG"),
        ("Recreation Board", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Advisory, Conciliation and Arbitration Service"].type == "ORG"
    assert found["Parks and Recreation Board"].type == "ORG"


def test_a_town_beside_its_municipal_corporation_is_the_town(table: AliasTable) -> None:
    """ "Pune" beside "the Pune Municipal Corporation (PMC)" is the city, not the corporation,
    like "Dayton" beside the Dayton Police Department; the corporation keeps its acronym."""
    text = (
        "Civic body seals hoardings\n\n"
        "The Pune Municipal Corporation (PMC) on Tuesday sealed 12 hoardings. PMC officials "
        "said more would follow. Traffic in Pune was diverted for the work."
    )
    spans = spans_of(
        text,
        ("The Pune Municipal Corporation", "ORG"),
        ("PMC", "ORG"),
        ("PMC", "ORG"),
        ("Pune", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    corporation = set(found["Pune Municipal Corporation"].mentions)
    assert "PMC" in corporation
    assert "Pune" not in corporation


def test_local_news_common_nouns_written_as_acronyms_are_no_entities(table: AliasTable) -> None:
    """CCTV footage, the CBD, a DUI arrest, an FIR: nobody the reader could look up."""
    text = (
        "Man charged over robbery\n\n"
        "Officers arrested him after examining CCTV footage. Assaults in the CBD rose. He was "
        "also arrested for DUI, and police registered an FIR against the owner of Ampleton Foods."
    )
    spans = spans_of(
        text,
        ("CCTV", "ORG"),
        ("CBD", "ORG"),
        ("DUI", "ORG"),
        ("FIR", "ORG"),
        ("Ampleton Foods", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Ampleton Foods"}


def test_an_emergency_service_named_by_its_area_is_one_organization(table: AliasTable) -> None:
    """The model reads the area of "South Yorkshire Police" as the county, keeps only "Rescue"
    of "South Yorkshire Fire and Rescue" and cuts "Crime Stoppers"; an appeal's verb before the
    service is no part of it."""
    text = (
        "Man jailed for arson\n\n"
        "South Yorkshire Police officers found him outside the building. South Yorkshire Fire "
        "and Rescue said crews rescued two people. Devon and Cornwall Police said the road was "
        "shut. Call Tarrant County Crime Stoppers with information."
    )
    spans = spans_of(
        text,
        ("South Yorkshire", "GPE"),
        ("Rescue", "ORG"),
        ("Devon", "PERSON"),
        ("Cornwall Police", "ORG"),
        ("Call Tarrant County Crime", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {
        "South Yorkshire Police",
        "South Yorkshire Fire and Rescue",
        "Devon and Cornwall Police",
        "Tarrant County Crime Stoppers",
    }
    assert {e.type for e in found.values()} == {"ORG"}


def test_a_town_s_police_in_lowercase_or_before_a_title_stays_the_town(table: AliasTable) -> None:
    """ "Fort Worth police said" names the town; "Leeds Police Chief Anna Kerr" the chief, whose
    force the title's owner is; a sentence's end before "Police" joins nothing."""
    text = (
        "Pedestrian killed\n\n"
        "Fort Worth police said a woman died. Leeds Police Chief Anna Kerr spoke in Leeds. "
        "Police said more would follow."
    )
    spans = spans_of(
        text, ("Fort Worth", "GPE"), ("Leeds", "GPE"), ("Anna Kerr", "PERSON"), ("Leeds", "GPE")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Fort Worth"].type == "LOC"
    assert found["Anna Kerr"].type == "PERSON"
    assert not [n for n in found if "Police" in n]


def test_a_sentence_adverb_before_a_name_is_no_part_of_it(table: AliasTable) -> None:
    """ "Meanwhile, Scottish Fire and Rescue Service crews": the service, without the adverb the
    model ran into it; an abbreviated rank ("Cpl.") is the person's title."""
    text = (
        "Warehouse blaze\n\n"
        "Meanwhile, Scottish Fire and Rescue Service crews were called to a warehouse. The "
        "guard was hurt, Cpl. Gina Slaney said."
    )
    spans = spans_of(
        text,
        ("Meanwhile, Scottish Fire and Rescue Service", "ORG"),
        ("Cpl", "ORG"),
        ("Gina Slaney", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Scottish Fire and Rescue Service", "Gina Slaney"}


def test_a_name_opening_with_a_comma_keeps_its_first_word(table: AliasTable) -> None:
    """A place written with a comma ("Washington, D.C.") and a sentence adverb the model left
    outside the name change nothing."""
    text = (
        "Capital braces for storm\n\n"
        "Washington, D.C. closed its schools. However, Acme Foods stayed open."
    )
    spans = spans_of(text, ("Washington, D.C.", "GPE"), ("Acme Foods", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Acme Foods"].type == "ORG"
    assert any(n.startswith("Washington") for n in found)


def test_a_town_s_name_before_a_street_s_kind_is_the_street(table: AliasTable) -> None:
    """ "Preston Road and Spring Creek Parkway": the list holds a street, not the town of Spring
    Creek the gazetteer knows; listed without the street's kind, the town is the town."""
    text = (
        "Council approves rezoning\n\n"
        "The land lies near the intersection of Preston Road and Spring Creek Parkway. Flooding "
        "closed roads in Plano and Spring Creek on Monday."
    )
    spans = spans_of(text, ("Preston Road", "FAC"), ("Plano", "GPE"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Spring Creek Parkway"].type == "LOC"
    assert found["Spring Creek"].mentions == ["Spring Creek"]


def test_a_state_department_of_two_portfolios_is_one_body(table: AliasTable) -> None:
    """ "the Ohio Department of Education and Workforce": one department, not "Workforce"."""
    text = (
        "Board buys buses\n\n"
        "The treasurer said the Ohio Department of Education and Workforce had not yet said how "
        "much aid districts would get."
    )
    spans = spans_of(text, ("the Ohio Department of Education", "ORG"), ("Workforce", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Ohio Department of Education and Workforce"}


def test_an_address_on_a_numbered_road_names_the_road(table: AliasTable) -> None:
    """ "of 4410 E. County Road 250N": the road and its number, a place, though the model read
    the house number and the road as a percentage."""
    text = (
        "Three arrested after traffic stop\n\n"
        "Officers stopped a car driven by Victor Burton, 57, of 4410 E. County Road 250N, and "
        "Ann Lowe, 40, of 1909 Jolinda Drive."
    )
    spans = spans_of(
        text,
        ("Victor Burton", "PERSON"),
        ("4410 E. County Road", "PERCENT"),
        ("250N", "CARDINAL"),
        ("Ann Lowe", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["E. County Road 250N"].type == "LOC"
    assert found["Jolinda Drive"].type == "LOC"
    assert set(found) == {"Victor Burton", "E. County Road 250N", "Ann Lowe", "Jolinda Drive"}


def test_a_town_the_article_writes_after_in_is_no_short_name_of_a_station(
    table: AliasTable,
) -> None:
    """The headline's "Calgary" beside "in Calgary" and "told CBC Calgary" is the city, not the
    station whose name ends with it; a team's nickname still names the team."""
    text = (
        "Calgary board approves new high school\n\n"
        "The guard was taken to Foothills Medical Centre in Calgary. Parishioner Tom Ferris told "
        "CBC Calgary the church had been targeted. The Denver Nuggets beat Utah, and the Nuggets "
        "play in Denver on Friday."
    )
    spans = spans_of(
        text,
        ("Calgary", "GPE"),
        ("Foothills Medical Centre", "ORG"),
        ("Calgary", "GPE"),
        ("Tom Ferris", "PERSON"),
        ("CBC Calgary", "ORG"),
        ("The Denver Nuggets", "ORG"),
        ("Utah", "GPE"),
        ("Nuggets", "ORG"),
        ("Denver", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["CBC Calgary"].mentions == ["CBC Calgary"]
    assert found["Calgary"].type == "LOC"
    assert "Nuggets" in found["Denver Nuggets"].mentions
