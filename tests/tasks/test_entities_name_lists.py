"""Names in lists take the kind of their siblings: casts, credits, boards and candidate tables.
The spans are built by hand as the small model gives them on such lines (a name missed, a name
read as an organization, a whole table row read as one name). Texts are our own."""

from __future__ import annotations

import re

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entity_rules import name_lists as rules
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_name_between_people_in_a_list_is_a_person(table: AliasTable) -> None:
    """The model misses the middle name of "A, B and C" and, in the next list (a clause of
    its own), reads one name as an organization and cuts another; both lists hold at least two
    people, so every name in them is one."""
    text = (
        "Daegu theatre revives 'Salt Wind'\n\n"
        "The fisherman is played in turn by Park Min-seo, Jung Ha-neul and Lim Do-yoon, while "
        "Baek So-ra, Cho Eun-bi, Yoon Da-in and Nam Gi-tae share the role of his daughter."
    )
    spans = spans_of(
        text,
        ("Daegu", "GPE"),
        ("Park Min-seo", "PERSON"),
        ("Lim Do-yoon", "PERSON"),
        ("Baek So-ra", "ORG"),
        ("Cho", "NORP"),
        ("Yoon Da-in", "PERSON"),
        ("Nam Gi-tae", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Park Min-seo", "Jung Ha-neul", "Lim Do-yoon", "Baek So-ra", "Cho Eun-bi"):
        assert found[name].type == "PERSON", name
    assert found["Daegu"].type == "LOC"


def test_a_list_of_places_or_works_gains_no_person(table: AliasTable) -> None:
    """A list of towns, one of them missed by the model and one called an organization: no
    town is a person (in prose only people are found: the organization stays the model's).
    A quoted title in a list of winners, a theatre and a sentence's capitalised first words
    are no people either."""
    text = (
        "Arts awards go to coastal towns\n\n"
        "The tour stops in Port Ellis, Marrow Bay, Hollin Cross and Tern Point next month.\n"
        'Winners: "Salt Road Home," Harrow Lane Theatre; Dana Okoye, Marcus Feld and Priya Sethi.\n'
        "Besides Okoye, the jury praised Lena Vogt, Omar Haddad and Keiko Tanaka."
    )
    spans = spans_of(
        text,
        ("Port Ellis", "GPE"),
        ("Marrow Bay", "GPE"),
        ("Tern Point", "ORG"),
        ("Harrow Lane Theatre", "ORG"),
        ("Dana Okoye", "PERSON"),
        ("Priya Sethi", "PERSON"),
        ("Okoye", "PERSON"),
        ("Lena Vogt", "PERSON"),
        ("Keiko Tanaka", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Tern Point"].type != "PERSON"
    assert "Hollin Cross" not in found
    assert found["Harrow Lane Theatre"].type != "PERSON"
    assert found["Marcus Feld"].type == "PERSON"
    assert found["Omar Haddad"].type == "PERSON"
    assert not {"Salt Road Home", "Besides Okoye"} & found.keys()


def test_a_table_row_is_cut_at_its_dash_and_its_columns_take_their_kind(
    table: AliasTable,
) -> None:
    """A candidate list, one "Constituency - Candidate" row a line: the model reads each row as
    one name. The row is cut at its dash; the candidates (two named as people in the text above)
    are people, and the wards (two named as places) places."""
    text = (
        "Party names candidates for city wards\n\n"
        "The party fielded Dana Okoye and Marcus Feld, its two sitting councillors, in "
        "Riverside North and Old Mill.\n"
        "Riverside North - Dana Okoye\n"
        "Hill Ward - Marcus Feld\n"
        "Old Mill - Priya Sethi\n"
        "Canal Side - Tomas Brandt"
    )
    rows = text.split("\n")[3:]
    spans = spans_of(
        text,
        ("Dana Okoye", "PERSON"),
        ("Marcus Feld", "PERSON"),
        ("Riverside North", "GPE"),
        ("Old Mill", "GPE"),
        *((row, "ORG") for row in rows),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Dana Okoye", "Marcus Feld", "Priya Sethi", "Tomas Brandt"):
        assert found[name].type == "PERSON", name
    assert not [name for name in found if " - " in name]
    for name in ("Riverside North", "Hill Ward", "Old Mill", "Canal Side"):
        assert found[name].type == "LOC", name


def test_credits_are_titles_before_the_names(table: AliasTable) -> None:
    """Stage credits written before the names ("Composer Jang Min-jae") are roles, as "Director"
    is: the people are named without them."""
    text = (
        "Creative team returns for 'Salt Wind'\n\n"
        "Composer Jang Min-jae, Lyricist Bae Eun-kyung, Set Designer Yoon Seo-jin and "
        "Choreographer Ryu Ha-eun return for the new run."
    )
    spans = spans_of(
        text,
        ("Composer Jang Min-jae", "PERSON"),
        ("Bae Eun-kyung", "PERSON"),
        ("Set Designer Yoon Seo-jin", "PERSON"),
        ("Choreographer Ryu Ha-eun", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Jang Min-jae", "Bae Eun-kyung", "Yoon Seo-jin", "Ryu Ha-eun"):
        assert found[name].type == "PERSON", name
    assert not [name for name in found if "Composer" in name or "Designer" in name]


def test_a_sentence_end_ends_a_list(table: AliasTable) -> None:
    """ "... and Stephen Harrow. Kowalczyk and Harrow are ..." is two lists: no name runs over
    the full stop; an initial's full stop ("Susan V. Booth") ends nothing."""
    text = (
        "Reef study\n\n"
        "The authors are Priya Raman, Jonas Vogel, Susan V. Booth and Stephen Harrow. "
        "Vogel and Harrow are based at Exeter."
    )
    spans = spans_of(
        text,
        ("Priya Raman", "PERSON"),
        ("Jonas Vogel", "PERSON"),
        ("Stephen Harrow", "PERSON"),
        ("Vogel", "PERSON"),
        ("Harrow", "PERSON"),
        ("Exeter", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Susan V. Booth"].type == "PERSON"
    assert not [name for name in found if "." in name and name != "Susan V. Booth"]


def test_a_role_joined_by_an_underscore_is_no_part_of_the_name(table: AliasTable) -> None:
    """A credit list that glues each role to its name ("Director_Oh Kyeong Taek"): the model
    reads parts of names, a role with a name, a role as a nationality. Every name is a person,
    the first too, and a credit it cannot read ("Make-up_Kim Jong nn") does not end the list."""
    text = (
        "Jeongdong stage revives 'Salt Wind'\n\n"
        "Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Art Director_Park Dong Woo, "
        "Lighting Design_Sin Ho, Make-up_Kim Jong nn, Prop Design_Kim Sang Hee"
    )
    spans = spans_of(
        text,
        ("Hye Jin", "PERSON"),
        ("Kyeong Taek", "PERSON"),
        ("Art Director_Park Dong Woo", "PERSON"),
        ("Prop", "NORP"),
        ("Sang Hee", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Jeong Hye Jin", "Oh Kyeong Taek", "Park Dong Woo", "Sin Ho", "Kim Sang Hee"):
        assert found[name].type == "PERSON", name
    assert not [name for name in found if "_" in name]


def test_bulleted_lines_are_a_list_of_what_each_names_first(table: AliasTable) -> None:
    """A slate of candidates, one bullet each, "- Name, occupation": the model finds one name
    and reads another as an organization by its surname; the text calls two others by their
    surnames as people. What each bullet names first is a person; the occupations are not."""
    text = (
        "Who is running for the school board\n\n"
        "School board (three seats):\n"
        "- Marta Lindqvist, retired teacher\n"
        "- Owen Baptiste, nonprofit director\n"
        "- Rhea Castellano, businesswoman\n"
        "- Dario Venn, nurse practitioner\n"
        "Baptiste and Castellano were endorsed by the teachers' union."
    )
    spans = spans_of(
        text,
        ("Marta Lindqvist", "PERSON"),
        ("Venn", "ORG"),
        ("Baptiste", "PERSON"),
        ("Castellano", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Marta Lindqvist", "Owen Baptiste", "Rhea Castellano", "Dario Venn"):
        assert found[name].type == "PERSON", name
    assert "Venn" not in found


def test_a_list_of_games_the_model_calls_people_gains_no_person(table: AliasTable) -> None:
    """Launch titles, most of them with numbers or lowercase words, which the model tags as
    people: no unspanned title is made a person, since most items are no person's name."""
    text = (
        "Cloud service launches with 14 games\n\n"
        "They include: Crimson Harbor 3, Star Tide Legends, Moon Courier, Velvet Engine, "
        "Rally Kings 2020, Dust Runner 2, Silent Orchard, Pixel Derby 4 and Iron Valley 2077."
    )
    spans = spans_of(
        text,
        ("Star Tide Legends", "PERSON"),
        ("Moon Courier", "PERSON"),
        ("Silent Orchard", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Velvet Engine" not in found


def test_a_box_scores_surnames_are_people(table: AliasTable) -> None:
    """A box score names scorers by surname and points ("Pryce 22, Abara 15, Delacroix 12"):
    the model reads a few of them as people, others as laws or numbers, and misses the rest;
    in a line most of whose items are so written, every such surname is a person, the last
    one's closing full stop no part of it."""
    text = (
        "Harbor City holds off Eastvale\n\n"
        "Jonah Pryce scored 22 points and Theo Abara added 15 as Harbor City won again. "
        "Pryce also had nine rebounds.\n\n"
        "HARBOR CITY (71): Pryce 22, Abara 15, Delacroix 12, Hemsley 10, Kowal 8, Ruddock 4.\n"
        "EASTVALE (64): Marsh 19, Oduya 17, Pellegrini 11, Traore 9, Blunt 8."
    )
    spans = spans_of(
        text,
        ("Jonah Pryce", "PERSON"),
        ("Theo Abara", "PERSON"),
        ("Harbor City", "GPE"),
        ("Pryce", "PERSON"),
        ("HARBOR CITY", "ORG"),
        ("Pryce 22", "LAW"),
        ("Abara 15", "PERSON"),
        ("Hemsley 10", "PERSON"),
        ("EASTVALE", "ORG"),
        ("Oduya 17", "LAW"),
        ("Traore", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Delacroix", "Kowal", "Ruddock", "Marsh", "Pellegrini", "Blunt"):
        assert found[name].type == "PERSON", name
    assert found["Jonah Pryce"].type == "PERSON"
    assert not [name for name in found if any(ch.isdigit() for ch in name)]


def test_a_scorecards_batters_and_bowlers_are_people(table: AliasTable) -> None:
    """A cricket scorecard lists the batters' runs and the bowlers' figures in brackets after
    the team's total ("Surrey 288 (Pellow 91, ...; Kettley 4-61)"): the model reads some as
    laws, one as an organization; each surname is a person, those the text names in full
    ("Jamie Pellow", "Rob Kettley") the evidence."""
    text = (
        "Pellow hits 91\n\n"
        "Jamie Pellow made 91 and spinner Rob Kettley took four wickets. Pellow said the pitch "
        "was slow.\n\n"
        "Surrey 288 (Pellow 91, Abbotson 44, Garside 30, Fenn 12; Kettley 4-61, Obuya 3-70).\n"
        "Kent 20-1 (Mayhew 9*; Lanning 1-6)."
    )
    spans = spans_of(
        text,
        ("Jamie Pellow", "PERSON"),
        ("Rob Kettley", "PERSON"),
        ("Pellow", "ORG"),
        ("Surrey", "GPE"),
        ("Pellow 91", "LAW"),
        ("Kettley 4-61", "LAW"),
        ("Kent", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Abbotson", "Garside", "Fenn", "Obuya"):
        assert found[name].type == "PERSON", name
    assert not [name for name in found if any(ch.isdigit() for ch in name)]


def test_a_results_line_of_places_gains_no_person(table: AliasTable) -> None:
    """Results written "Place score" are no box score of people: the model reads most of the
    towns as places and one as a person, so the towns it left unread stay no names, in a line
    or in brackets, a town sharing a surname of the text ("Amy Corsham") included; a sentence
    opening with a month and a day ("May 12") is no scorer."""
    text = (
        "Hampshire league results\n\n"
        "Amy Corsham refereed. Saturday: Hartley 3, Banbury 1, Corsham 2, Didcot 0, Wantage 4, "
        "Thatcham 1.\n"
        "Cup (Hartley 3-1, Banbury 1-1, Corsham 2-0, Didcot 0-2, Thatcham 1-1).\n"
        "May 12, June 3 and July 9 are the final dates."
    )
    spans = spans_of(
        text,
        ("Hampshire", "GPE"),
        ("Amy Corsham", "PERSON"),
        ("Hartley", "PERSON"),
        ("Banbury", "GPE"),
        ("Didcot", "GPE"),
        ("Wantage", "GPE"),
        ("Hartley", "PERSON"),
        ("Banbury", "GPE"),
        ("Didcot", "GPE"),
        ("May 12", "DATE"),
        ("June 3", "DATE"),
        ("July 9", "DATE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Thatcham" not in found
    assert not {"May", "June", "July"} & found.keys()
    assert [e.mentions for e in found.values() if e.name == "Amy Corsham"] == [["Amy Corsham"]]


def test_a_lists_last_name_before_the_lines_full_stop_is_a_person(table: AliasTable) -> None:
    """A line-up's last line ends with a full stop right after the last name ("Ivo Rasic."):
    the name is read without it, a person like its siblings."""
    text = (
        "Everton beaten at Anfield\n\n"
        "Everton: Ross Whelan; Jamie Ockenden, Theo Marchetti, Wes Ambrose.\n"
        "Subs not used: Ned Farrow, Ivo Rasic."
    )
    spans = spans_of(
        text,
        ("Everton", "ORG"),
        ("Anfield", "FAC"),
        ("Everton", "ORG"),
        ("Ross Whelan", "PERSON"),
        ("Jamie Ockenden", "PERSON"),
        ("Wes Ambrose", "PERSON"),
        ("Ned Farrow", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Ivo Rasic"].type == "PERSON"
    assert found["Theo Marchetti"].type == "PERSON"


def test_two_names_run_across_a_lists_comma_are_two_people(table: AliasTable) -> None:
    """A caption's "(from left)" list, whose first two names the model runs into one span
    across the comma and calls an organization: two people, like the others of the list."""
    text = (
        "Forum opens in Lisbon\n\n"
        "Organisers (from left) Duarte Pimenta, Sofia Mendes Carvalho, Erik Lindahl and "
        "Beatriz Anta at the venue. Pimenta said tickets had sold out."
    )
    spans = spans_of(
        text,
        ("Lisbon", "GPE"),
        ("Duarte Pimenta, Sofia Mendes Carvalho", "ORG"),
        ("Erik Lindahl", "PERSON"),
        ("Beatriz Anta", "ORG"),
        ("Pimenta", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Duarte Pimenta", "Sofia Mendes Carvalho", "Erik Lindahl", "Beatriz Anta"):
        assert found[name].type == "PERSON", name
    assert not [name for name in found if "," in name]


def test_a_name_with_a_comma_of_one_word_after_it_is_not_two_names() -> None:
    """A surname before its first name ("Delgado, Ramon J."), a city with its state and a
    suffix after a comma are no two names of people's shape."""
    for name in ("Delgado, Ramon J.", "Kansas City, Missouri", "Martin Luther King, Jr."):
        assert rules.JOINED_NAMES_RE.fullmatch(name) is None, name
    assert rules.JOINED_NAMES_RE.fullmatch("Duarte Pimenta, Sofia Mendes Carvalho")


def test_a_team_sheets_shirt_numbers_are_no_part_of_the_names(table: AliasTable) -> None:
    """A team sheet writes each player after a shirt number ("15 Darragh Quell; 14 Ronan
    Tierney"), the captain with "(capt)" before the line's full stop: the model reads the
    numbers alone, runs some into the names (and calls one so run an organization) and misses
    others; every name is a person, without its number, a Gaelic prefix ("McGready")
    included."""
    text = (
        "Ireland make four changes\n\n"
        "Ireland: 15 Darragh Quell; 14 Ronan Tierney, 13 Fionn Madden, 12 Shane Hallahan; "
        "10 Eoin Carrow, 9 Colm Beggan; 1 Niall Furlow, 2 Kevin Dorran, 4 Callum McGready, "
        "8 Conor Rafferty (capt)."
    )
    spans = spans_of(
        text,
        ("Ireland", "GPE"),
        ("Ireland", "GPE"),
        ("15", "CARDINAL"),
        ("Ronan Tierney", "PERSON"),
        ("Fionn Madden", "PERSON"),
        ("Eoin Carrow", "PERSON"),
        ("2 Kevin Dorran", "ORG"),
        ("8", "CARDINAL"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Darragh Quell", "Shane Hallahan", "Kevin Dorran", "Callum McGready"):
        assert found[name].type == "PERSON", name
    assert found["Conor Rafferty"].type == "PERSON"
    assert not [name for name in found if any(ch.isdigit() for ch in name)]


def test_a_substitute_in_a_bracket_after_the_player_replaced_is_a_person(
    table: AliasTable,
) -> None:
    """A line-up writes each substitute in a bracket after the player replaced, with a shirt
    number and the minute ("10 Barrie Spenning (14 Rory Tallis 76)"): a person of the list, the
    numbers no part of the name, the bracket no club. A presenter's station with its number in
    a bracket ("(Radio 4)") stays an organization."""
    text = (
        "Hearts hold Celtic\n\n"
        "Hearts: 1 Craig Blackmore; 2 Jordan Pride, 5 Kye Mallory; 10 Barrie Spenning "
        "(14 Rory Tallis 76), 11 Alex McCrory (19 Ewan Forsey 60).\n\n"
        "Guests: Ann Leeson (Radio 4), Bo Kimber (Channel 5)."
    )
    spans = spans_of(
        text,
        ("Hearts", "ORG"),
        ("Craig Blackmore", "PERSON"),
        ("Jordan Pride", "PERSON"),
        ("Barrie Spenning", "ORG"),
        ("Rory Tallis", "PERSON"),
        ("Alex McCrory", "PERSON"),
        ("Ann Leeson", "PERSON"),
        ("Bo Kimber", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Rory Tallis", "Ewan Forsey", "Barrie Spenning", "Kye Mallory"):
        assert found[name].type == "PERSON", name
    assert {name for name in found if any(ch.isdigit() for ch in name)} == {"Radio 4", "Channel 5"}
    assert found["Radio 4"].type == "ORG"


def test_numbered_items_of_no_people_gain_no_person(table: AliasTable) -> None:
    """A numbered list of places, the model reading most of them as places: no number is cut
    into a person's name."""
    text = (
        "Ten best beaches\n\n"
        "The list: 1 Barafundle Bay; 2 Rhossili Bay, 3 Porthcurno Beach, 4 West Wittering, "
        "5 Holkham Bay."
    )
    spans = spans_of(
        text,
        ("Barafundle Bay", "GPE"),
        ("Rhossili Bay", "GPE"),
        ("Porthcurno Beach", "LOC"),
        ("West Wittering", "PERSON"),
        ("Holkham Bay", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not [e for e in found.values() if e.type == "PERSON" and e.name != "West Wittering"]


def _decides_within(pattern: re.Pattern[str], text: str, pos: int, window: int) -> bool:
    """Does a match attempt at `pos` decide within `window` characters (the same answer when
    the text is cut there)?"""
    full, cut = pattern.match(text, pos), pattern.match(text, pos, pos + window)
    return (full and full.span()) == (cut and cut.span())


def test_a_run_of_blanks_is_read_once() -> None:
    """From every blank of a long run but its first, an attempt to find a separator or a
    bracket after an item decides at once (each blank read the run to its end before)."""
    blanks = " " * 3000
    for pattern, text in (
        (rules.ITEM_SEPARATOR_RE, "Ann Lee" + blanks + ", Bo Kim"),
        (rules.TRAILING_BRACKET_RE, "Ann Lee" + blanks + "(Enyimba)"),
    ):
        first = len("Ann Lee")
        assert all(_decides_within(pattern, text, p, 20) for p in range(first + 1, first + 3000))
