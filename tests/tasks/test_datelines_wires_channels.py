"""Datelines a whole-page probe (round 21) found missing: press-release wires' credits, a story
glued to the dateline's dash, a region written with its kind ("Lagos State"), the symbols a news
channel sets before a dateline, a summary box's bullets before it, Nepal's calendar, an
agency's national service, and an unknown town's small words in capitals.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


def _read(lang: str, body: str, host: str = "news.example") -> tuple[tuple[object, ...], str]:
    dateline, rest = parse_dateline(body, page_in(lang, host))
    assert dateline is not None, body
    return (dateline.place, dateline.country, dateline.agency), rest


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        # press-release wires date the releases they carry as agencies do
        (
            "DENVER, June 12, 2025 /PRNewswire/ -- Harbor Mills Inc. today opened its third plant.",
            ("Denver", "US", "PR Newswire"),
            "Harbor Mills Inc. today",
        ),
        (
            "TORONTO, June 12, 2025 (GLOBE NEWSWIRE) -- Pinecrest Mining Ltd. reported assays.",
            ("Toronto", "CA", "GlobeNewswire"),
            "Pinecrest Mining",
        ),
        # glued to the agency's parenthesis by double hyphens (Business Wire, Dow Jones)
        (
            "CHICAGO--(BUSINESS WIRE)--Lakeview Foods Corp. today named a new chief executive.",
            ("Chicago", "US", "Business Wire"),
            "Lakeview Foods",
        ),
        (
            "LONDON--(Dow Jones)--Copper prices slipped in early trading on Thursday.",
            ("London", "GB", "Dow Jones"),
            "Copper prices",
        ),
    ],
)
def test_press_release_wires(body: str, want: tuple[object, ...], rest: str) -> None:
    got, after = _read("en", body)
    assert got == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        ("CHICAGO—The city council on Wednesday approved a new budget.", "Chicago", "The city"),
        ("KANO—A fire destroyed dozens of shops at the central market.", "Kano", "A fire"),
    ],
)
def test_story_glued_to_an_em_dash_after_capitals(body: str, want: str, rest: str) -> None:
    (place, _, _), after = _read("en", body)
    assert place == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    "body",
    [
        "Chicago—The city council on Wednesday approved a new budget.",  # title case: a name
        "Scholz—Macron talks end without an agreement on tariffs.",
        "MADRID—LISBON high-speed line gets a start date.",  # two names in capitals
    ],
)
def test_no_dateline_glued_to_a_name(body: str) -> None:
    assert parse_dateline(body, page_in("en")) == (None, body)


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        ("en", "KADUNA, Kaduna State — Gunmen attacked a village overnight.", ("Kaduna", "NG")),
        ("en", "SUKKUR, Sindh Province: Floodwater entered three villages.", ("Sukkur", "PK")),
    ],
)
def test_region_written_with_its_kind(lang: str, body: str, want: tuple[str, str]) -> None:
    (place, country, _), _ = _read(lang, body)
    assert (place, country) == want


@pytest.mark.parametrize(
    ("lang", "body", "want", "rest"),
    [
        ("ru", "🔥МОСКВА, 12 июня. /ТАСС/. Пожар на складе потушен.", ("Moscow", "TASS"), "Пожар"),
        (
            "en",
            "🚨⚡️ BEIRUT (Reuters) - Two strikes hit the southern suburbs.",
            ("Beirut", "Reuters"),
            "Two",
        ),
    ],
)
def test_dateline_after_a_channels_symbols(
    lang: str, body: str, want: tuple[str, str], rest: str
) -> None:
    (place, _, agency), after = _read(lang, body)
    assert (place, agency) == want
    assert after.startswith(rest)


def test_symbols_before_a_sentence_stay() -> None:
    body = "🔴 Beirut is without power after the grid failed overnight."
    assert parse_dateline(body, page_in("en")) == (None, body)


def test_dateline_after_a_summary_boxs_bullets() -> None:
    body = (
        "Key facts\n- Rates unchanged at 4%\n- One member voted for a hike\n- Bonds rallied\n"
        "OSLO, June 12 (Reuters) - Norway's central bank kept rates on hold.\nMore text."
    )
    (place, _, agency), after = _read("en", body)
    assert (place, agency) == ("Oslo", "Reuters")
    assert after.startswith("Key facts\n- Rates unchanged at 4%\n")
    assert "\nNorway's central bank" in after and "OSLO" not in after


def test_story_after_bullets_ends_the_scan() -> None:
    body = "- First point\n- Second point\nThe story opens here.\nOSLO (Reuters) - Too late."
    assert parse_dateline(body, page_in("en")) == (None, body)


@pytest.mark.parametrize(
    ("body", "agency", "rest"),
    [
        ("पोखरा, असार १५ गते । नगरपालिकाले नयाँ बजेट ल्यायो ।", None, "नगरपालिकाले"),
        ("पोखरा, १५ असार (रासस) । नगरपालिकाले नयाँ बजेट ल्यायो ।", "RSS", "नगरपालिकाले"),
    ],
)
def test_nepali_calendar_dates(body: str, agency: str | None, rest: str) -> None:
    (place, country, got), after = _read("ne", body, "example.com.np")
    assert (place, country, got) == ("Pokhara", "NP", agency)
    assert after.startswith(rest)


def test_agency_signing_with_its_national_service() -> None:
    (place, _, agency), _ = _read(
        "ru", "Одесса. 12 июня. ИНТЕРФАКС-УКРАИНА - Порт возобновил работу."
    )
    assert (place, agency) == ("Odesa", "Interfax")


def test_unknown_town_in_capitals_keeps_its_small_words_lower() -> None:
    body = "(ANSA) - SAN MARTINO IN PASSIRIA, 12 GIU - Una frana ha chiuso la strada provinciale."
    dateline, _ = parse_dateline(body, page_in("it", "example.it"))
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("San Martino in Passiria", "IT")


def test_press_release_region_before_the_slashed_wire() -> None:
    body = "TAMPA, Fla., June 12, 2025 /PRNewswire/ -- Gulfside Health today opened a new clinic."
    got, after = _read("en", body)
    assert got == ("Tampa", "US", "PR Newswire")
    assert after.startswith("Gulfside Health")


def test_slashed_wire_after_an_unknown_region_is_none() -> None:
    body = "TAMPA, Gulfside, June 12, 2025 /PRNewswire/ -- Gulfside Health today opened a clinic."
    assert parse_dateline(body, page_in("en")) == (None, body)


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        # the Ethiopic comma, the Ethiopian calendar's month and year, ENA's Amharic name, the
        # Ethiopic preface colon
        ("ሀዋሳ፣ ሰኔ 5/2017 (ኢዜአ)፦ የከተማው አስተዳደር አዲስ መንገድ አስመረቀ።", ("Awasa", "ET", "ENA"), "የከተማው"),
    ],
)
def test_amharic_wire_dateline(body: str, want: tuple[object, ...], rest: str) -> None:
    got, after = _read("am", body, "example.et")
    assert got == want
    assert after.startswith(rest)


def test_amharic_sentence_naming_a_city_is_none() -> None:
    body = "ሀዋሳ ውብ ከተማ ናት፣ ብዙ ጎብኚዎች ይመጣሉ።"
    assert parse_dateline(body, page_in("am", "example.et")) == (None, body)


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        # Hindi agencies write the city's state in parentheses, in Hindi
        ("नागपुर (महाराष्ट्र), सात मार्च (भाषा) शहर में नई बस सेवा शुरू हुई।", ("Nagpur", "PTI"), "शहर में"),
        ("जयपुर (राजस्थान) : नगर निगम ने नया बजट पेश किया।", ("Jaipur", None), "नगर निगम"),
    ],
)
def test_city_and_its_state_in_a_caseless_script(
    body: str, want: tuple[object, ...], rest: str
) -> None:
    (place, country, agency), after = _read("hi", body, "example.in")
    assert (place, agency) == want and country == "IN"
    assert after.startswith(rest)


def test_unknown_parenthesis_in_latin_script_stays_no_dateline() -> None:
    body = "OSLO (all figures provisional) — Turnout rose to 78 percent."
    assert parse_dateline(body, page_in("en")) == (None, body)


def test_company_name_before_a_slashed_wire_is_no_place() -> None:
    body = "Brightfield Labs /PRNewswire/ -- Brightfield Labs today priced its share offering."
    assert parse_dateline(body, page_in("en")) == (None, body)


def test_known_city_before_a_slashed_wire_without_a_date() -> None:
    got, _ = _read("en", "Denver /PRNewswire/ -- Harbor Mills Inc. today opened its third plant.")
    assert got == ("Denver", "US", "PR Newswire")


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        (
            "القدس المحتلة - وفا - أغلقت قوات الاحتلال عدة طرق اليوم.",
            ("Jerusalem", "WAFA"),
            "أغلقت",
        ),
        ("غزة المحاصرة - وصلت قافلة مساعدات جديدة صباح اليوم.", ("Gaza", None), "وصلت"),
    ],
)
def test_arabic_city_qualified_by_its_state(body: str, want: tuple[object, ...], rest: str) -> None:
    (place, _, agency), after = _read("ar", body)
    assert (place, agency) == want
    assert after.startswith(rest)
