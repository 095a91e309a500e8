"""Round 9 of the datelines probe: a local paper's own small town in title case before a dash,
the word lists of a city's club or band, and a story's opening cut before its full stop.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "host", "body", "facts", "rest"),
    [
        # a town of under 50,000 in the country whose language the page is written in
        (
            "en",
            "news.example",
            "Laramie — University trustees voted Friday to raise tuition by 4 percent.",
            ("Laramie", "US"),
            "University trustees",
        ),
        (
            "de",
            "news.example",
            "Mosbach – Der Gemeinderat hat am Montag den Bau einer Sporthalle beschlossen.",
            ("Mosbach", "DE"),
            "Der Gemeinderat",
        ),
        (
            "cs",
            "news.example",
            "Písek - Radnice dnes oznámila opravu kamenného mostu.",
            ("Písek", "CZ"),
            "Radnice dnes",
        ),
        # or in the country the host's country domain names
        (
            "en",
            "www.gazette.co.uk",
            "Kendal — Plans for a new bypass were approved by councillors on Tuesday.",
            ("Kendal", "GB"),
            "Plans for",
        ),
    ],
)
def test_a_small_town_at_home_is_a_dateline(
    lang: str, host: str, body: str, facts: tuple[str, str], rest: str
) -> None:
    dateline, left = parse_dateline(body, page_in(lang, host))
    assert dateline is not None
    assert (dateline.place, dateline.country) == facts
    assert left.startswith(rest)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a small town abroad: no page's own town
        ("en", "Kufstein — The mayor said the bridge would reopen in May."),
        # a small town alone on its line: a heading's, not a dateline's
        ("en", "Laramie —\nFive things to know before the vote"),
        # an advice column thanks the reader it names
        ("en", "Phoenix — Thank you for writing. Your sister is right about the money."),
    ],
)
def test_no_dateline_for_a_town_abroad_alone_or_a_reader(lang: str, body: str) -> None:
    assert parse_dateline(body, page_in(lang)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "host", "body"),
    [
        # the host's country domain names the page's country: a town of the language's other
        # countries is a namesake abroad (a city-state's club on a French sports site)
        ("fr", "www.sport.example.fr", "Monaco – L'ASM a bouclé l'arrivée d'un défenseur."),
        # a festival named for its town
        ("en", "news.example", "Stowe — The festival has moved to a new field after the flood."),
    ],
)
def test_no_dateline_for_a_namesake_abroad_or_a_festival(lang: str, host: str, body: str) -> None:
    assert parse_dateline(body, page_in(lang, host)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "body", "facts", "rest"),
    [
        # a kind that modifies the noun after it names nothing: the school's band director
        (
            "en",
            "Tulsa — The band director at Edison High School was placed on leave Monday.",
            ("Tulsa", "US"),
            "The band director",
        ),
        # an idiom
        (
            "en",
            "Memphis — The show must go on, the Orpheum's board said after the storm.",
            ("Memphis", "US"),
            "The show must",
        ),
        # Spanish "la banda" is a gang in the news
        (
            "es",
            "Cúcuta – La banda que robaba motos fue desarticulada por la Policía.",
            ("Cúcuta", "CO"),
            "La banda que",
        ),
    ],
)
def test_a_compound_an_idiom_or_a_gang_is_no_named_kind(
    lang: str, body: str, facts: tuple[str, str], rest: str
) -> None:
    dateline, left = parse_dateline(body, page_in(lang))
    assert dateline is not None
    assert (dateline.place, dateline.country) == facts
    assert left.startswith(rest)


def test_a_lead_cut_before_its_full_stop_says_when() -> None:
    body = "Spokane — City council members approved the levy Tuesday\nThe vote was 5-2."
    dateline, left = parse_dateline(body, page_in("en"))
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("Spokane", "US")
    assert left.startswith("City council members")


@pytest.mark.parametrize(
    "body",
    [
        "Spokane — Road closures for Saturday\nThe marathon starts at 7 a.m.",
        "Spokane — What to know before Tuesday's vote\nBallots are due at 8 p.m.",
        # a line that asks is a heading's, whatever day it names
        "Spokane — What happens at the polls on Tuesday\nBallots are due at 8 p.m.",
    ],
)
def test_a_heading_that_looks_ahead_to_a_day_is_none(body: str) -> None:
    assert parse_dateline(body, page_in("en")) == (None, body)


def test_a_small_town_in_capitals_before_a_full_stop_at_home() -> None:
    body = "VÄXJÖ. Kommunen stänger två förskolor efter sommaren."
    dateline, left = parse_dateline(body, page_in("sv"))
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("Växjö", "SE")
    assert left == "Kommunen stänger två förskolor efter sommaren."
    # abroad, a small town in capitals and a full stop is no dateline
    abroad = "VÄXJÖ. The furniture maker said it would cut 300 jobs."
    assert parse_dateline(abroad, page_in("en")) == (None, abroad)
