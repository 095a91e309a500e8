"""The beats write their vocabulary in capitals: court copy cites cases and sections, market
tables put tickers before moves, sport names honours and matches by their ground. None of it is
a person, organization or place (`tasks.entity_rules.beats`); the names around it stay. Texts
written for these tests (a title line and a body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _names(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> set[str]:
    return {e.name for e in resolve_entities(text, spans, table, TITLES)}


def test_case_names_and_parts_of_laws_are_no_entities(table: AliasTable) -> None:
    text = (
        "Justices weigh Harlan v. Orvex Labs\n\n"
        "The Supreme Court heard Harlan v. Orvex Labs Inc. on Tuesday, a case over Section 230 "
        "that follows Pruitt v. Tarvik Mining. Orvex Labs said Maine's HB 1205 and Title IX "
        "rules were different. It also cited Garcia v. United States.\n"
        "Fixtures: Brighton v Liverpool (3pm)."
    )
    spans = spans_of(
        text,
        ("Harlan v. Orvex Labs", "ORG"),
        ("Supreme Court", "ORG"),
        ("Harlan v. Orvex Labs Inc.", "ORG"),
        ("Section 230", "LAW"),
        ("Pruitt v. Tarvik Mining", "PERSON"),
        ("Orvex Labs", "ORG"),
        ("Maine", "GPE"),
        ("HB 1205", "GPE"),
        ("Title IX", "ORG"),
        ("Garcia", "PERSON"),
        ("United States", "GPE"),
        ("Brighton", "GPE"),
        ("Liverpool", "GPE"),
    )
    names = _names(text, spans, table)
    # a party the model tags on its own is named there; the case and the law's parts are not
    assert names == {
        "Supreme Court",
        "Orvex Labs",
        "Maine",
        "Garcia",
        "United States",
        "Brighton",
        "Liverpool",
    }


def test_laws_cut_at_a_lowercase_word_and_codes_are_no_entities(table: AliasTable) -> None:
    text = (
        "Court quashes case under penal code\n\n"
        "The case was filed under the Rivermark Gangsters and Anti-Social Activities "
        "(Prevention) Act, 1986 and the Kestrel Minor Protection in Social Media Act. The "
        "Nyaya Kestrel Sanhita (NKS) replaced the Kestrel Penal Code, said Asha Varma of the "
        "Kestrel Bar Council."
    )
    spans = spans_of(
        text,
        ("Rivermark Gangsters", "ORG"),
        ("Kestrel Minor Protection", "ORG"),
        ("Nyaya Kestrel Sanhita", "ORG"),
        ("NKS", "ORG"),
        ("Kestrel Penal Code", "ORG"),
        ("Asha Varma", "PERSON"),
        ("Kestrel Bar Council", "ORG"),
    )
    assert _names(text, spans, table) == {"Asha Varma", "Kestrel Bar Council"}


def test_sport_honours_matches_by_ground_and_numerals_are_no_entities(
    table: AliasTable,
) -> None:
    text = (
        "Carver century puts hosts on top\n\n"
        "Jed Carver, named Player of the Match in the Perth Test, made 141. Coach Dale Orr "
        "said the side would keep the same XI for the New Year Test in Sydney, where the Man "
        "of the Series from last summer, Tom Reyes, is fit. The Gabba Test was drawn; the "
        "first ODI is in Perth."
    )
    spans = spans_of(
        text,
        ("Jed Carver", "PERSON"),
        ("Player", "PERSON"),
        ("the Perth Test", "EVENT"),
        ("Dale Orr", "PERSON"),
        ("XI", "ORG"),
        ("the New Year Test", "ORG"),
        ("Sydney", "GPE"),
        ("the Man of the Series", "PERSON"),
        ("Tom Reyes", "PERSON"),
        ("The Gabba Test", "ORG"),
        ("ODI", "ORG"),
        ("Perth", "GPE"),
    )
    assert _names(text, spans, table) == {"Jed Carver", "Dale Orr", "Sydney", "Tom Reyes", "Perth"}


def test_tickers_before_their_moves_are_no_names(table: AliasTable) -> None:
    text = (
        "Stocks slip as chipmakers fall\n\n"
        "Top movers\nOrvex Labs Inc (ORVX) -3.1%\nTarvik Mining (TVM) +4.0%\n"
        "The Harlow Fund (HF) said on Monday it held both."
    )
    spans = spans_of(
        text,
        ("Orvex Labs Inc", "ORG"),
        ("ORVX", "ORG"),
        ("Tarvik Mining", "ORG"),
        ("TVM", "ORG"),
        ("Harlow Fund", "ORG"),
    )
    assert _names(text, spans, table) == {"Orvex Labs Inc", "Tarvik Mining", "Harlow Fund"}


def test_a_beats_common_noun_acronym_is_no_entity(table: AliasTable) -> None:
    text = (
        "Police register case\n\n"
        "Police registered an FIR against Ravi Menon, and a PIL was filed in the Kestrel High "
        "Court."
    )
    spans = spans_of(
        text,
        ("FIR", "ORG"),
        ("Ravi Menon", "PERSON"),
        ("PIL", "ORG"),
        ("Kestrel High Court", "ORG"),
    )
    assert _names(text, spans, table) == {"Ravi Menon", "Kestrel High Court"}


def test_benches_and_law_officers_titles_are_stripped(table: AliasTable) -> None:
    text = (
        "Bench quashes case\n\n"
        "A bench of Justices Anand Rao and Meera Pillai heard the case. The state was "
        "represented by Additional Solicitor General Kavita Sen, and Senior Advocate Arjun "
        "Das appeared for the husband."
    )
    spans = spans_of(
        text,
        ("Justices Anand Rao", "ORG"),
        ("Meera Pillai", "PERSON"),
        ("Additional Solicitor General Kavita Sen", "ORG"),
        ("Senior Advocate Arjun Das", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, load_titles())}
    assert found == {
        "Anand Rao": "PERSON",
        "Meera Pillai": "PERSON",
        "Kavita Sen": "PERSON",
        "Arjun Das": "PERSON",
    }


def test_funds_coins_and_government_notes_are_no_entities(table: AliasTable) -> None:
    text = (
        "Stocks slip as yields climb\n\n"
        "The Harlow Total Market ETF took in $1.1 billion while Bitcoin fell. The yield "
        "on the 10-year Treasury note rose, and Tarvik Mining gained."
    )
    spans = spans_of(
        text,
        ("Harlow Total Market ETF", "ORG"),
        ("Bitcoin", "ORG"),
        ("Treasury", "ORG"),
        ("Tarvik Mining", "ORG"),
    )
    assert _names(text, spans, table) == {"Tarvik Mining"}


def test_storms_local_names_warning_levels_and_opening_prepositions(table: AliasTable) -> None:
    text = (
        "Typhoon lashes islands\n\n"
        "Typhoon Kalmaegi, known locally as Tino, killed 39 people in Cebu. Tino weakened "
        "later. Met Eireann issued a Status Orange warning.\n"
        "Across Europe, shares fell."
    )
    spans = spans_of(
        text,
        ("Tino", "PERSON"),
        ("Cebu", "GPE"),
        ("Tino", "PERSON"),
        ("Met Eireann", "ORG"),
        ("Status Orange", "ORG"),
        ("Across Europe", "ORG"),
    )
    assert _names(text, spans, table) == {"Cebu", "Met Eireann", "Europe"}


def test_a_known_companys_legal_name_is_the_company(table: AliasTable) -> None:
    text = (
        "Carmakers slide\n\n"
        "Toyota fell 2%. Top movers: Toyota Motor Corp -2.0%, Siemens AG +1.1%, Harlow "
        "Motors Ltd +0.4%. Siemens said orders rose, and Harlow Motors kept its forecast."
    )
    spans = spans_of(
        text,
        ("Toyota", "ORG"),
        ("Toyota Motor Corp", "ORG"),
        ("Siemens AG", "ORG"),
        ("Harlow Motors Ltd", "ORG"),
        ("Siemens", "ORG"),
        ("Harlow Motors", "ORG"),
    )
    found = {e.name: sorted(e.mentions) for e in resolve_entities(text, spans, table, TITLES)}
    assert found == {
        "Toyota": ["Toyota", "Toyota Motor Corp"],
        "Siemens": ["Siemens", "Siemens AG"],
        "Harlow Motors Ltd": ["Harlow Motors", "Harlow Motors Ltd"],  # one id already (`ids`)
    }


def test_fixtures_surname_particles_and_courts_named_by_place(table: AliasTable) -> None:
    text = (
        "Cup holders go through\n\n"
        "Rovers: Kell; Van den Brink, Osei. Sunday: Harlow City v Tarvik Town (4.30).\n"
        "Separately, the Kestrel High Court granted bail, and Marsden Crown Court adjourned."
    )
    spans = spans_of(
        text,
        ("Kell", "PERSON"),
        ("Brink", "PERSON"),
        ("Osei", "PERSON"),
        ("Harlow City v", "GPE"),
        ("Tarvik Town", "ORG"),
    )
    names = _names(text, spans, table)
    assert names == {
        "Kell",
        "Van den Brink",
        "Osei",
        "Harlow City",
        "Tarvik Town",
        "Kestrel High Court",
        "Marsden Crown Court",
    }


def test_awards_and_trials_are_no_entities(table: AliasTable) -> None:
    text = (
        "Harlow drama leads nominations\n\n"
        "Tarvik Pictures led nominations for the Golden Globes, and its director won the Palme "
        "d'Or. In the KESTREL-4 study, and in a smaller trial called ORBIT, Harlow Pharma's "
        "pill cut weight; the ISIS-K threat was not discussed."
    )
    spans = spans_of(
        text,
        ("Tarvik Pictures", "ORG"),
        ("the Golden Globes", "ORG"),
        ("the Palme d'Or", "GPE"),
        ("KESTREL-4", "ORG"),
        ("ORBIT", "ORG"),
        ("Harlow Pharma", "ORG"),
        ("ISIS-K", "ORG"),
    )
    names = _names(text, spans, table)
    assert "Tarvik Pictures" in names and "Harlow Pharma" in names
    assert not {n for n in names if "Globe" in n or "Palme" in n or n in ("KESTREL-4", "ORBIT")}
    assert len(names) == 3  # ISIS-K, a group's name, stays


def test_a_beats_phrase_cut_from_a_longer_span_and_counsel_post_nominals(
    table: AliasTable,
) -> None:
    text = (
        "Hosts win as Carver named Player of the Match\n\n"
        "HARLOW — Counsel for the club, Rhys Tane KC, said the bench of Orr CJ had agreed."
    )
    spans = spans_of(
        text,
        ("Carver named Player of the Match\n\nHARLOW", "ORG"),
        ("Rhys Tane KC", "ORG"),
        ("Orr CJ", "PERSON"),
    )
    found = {e.name: e.type for e in resolve_entities(text, spans, table, TITLES)}
    assert "Player of the Match" not in found
    assert found["Rhys Tane"] == "PERSON" and found["Orr"] == "PERSON"


def test_a_matchs_video_officials_and_best_player_are_no_entities(table: AliasTable) -> None:
    text = (
        "Dunmore win after late review\n\n"
        "Dunmore Rovers were given a penalty after a VAR review, and the TMO ruled out a try in "
        "the rugby at Kingsholm. Tara Quinlan, the league's MVP, signed with MVP Health Care."
    )
    spans = spans_of(
        text,
        ("Dunmore Rovers", "ORG"),
        ("VAR", "ORG"),
        ("TMO", "ORG"),
        ("Kingsholm", "GPE"),
        ("Tara Quinlan", "PERSON"),
        ("MVP", "ORG"),
        ("MVP Health Care", "ORG"),
    )
    assert _names(text, spans, table) == {
        "Dunmore Rovers",
        "Kingsholm",
        "Tara Quinlan",
        "MVP Health Care",
    }
