"""Datelines in conventions an independent probe found missing: a bare agency after the date,
three cities between slashes, a region in parentheses, combining marks inside a place's name,
the months and agencies of the Baltic states, Thailand and North Macedonia, a year after a
slash, a date and a full stop after a region or a credit, hyphenated credits, SANA's glued
name, Malaysian capitals before a colon, a Chinese site's story without a place, Greek
capitals without accents, ANI's state in parentheses, "EE.UU." as a region, and English
ordinals in dates.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "prefix", "rest", "facts"),
    [
        # AAP and NZPA wrote the agency after the date with a space only
        (
            "en",
            "ADELAIDE, July 2 AAP -",
            "State ministers met on Friday.",
            ("Adelaide", "AU", "AAP", "July 2"),
        ),
        (
            "en",
            "WELLINGTON, July 2 NZPA -",
            "Ministers met on Friday.",
            ("Wellington", "NZ", "NZPA", "July 2"),
        ),
        # three cities: the middle one between slashes is a city, not a slashed agency
        (
            "en",
            "LONDON/PARIS/ROME (Reuters) -",
            "Ministers met on Friday.",
            ("London", "GB", "Reuters", None),
        ),
        # EFE names a namesake abroad with its country in parentheses
        (
            "es",
            "San José (Costa Rica), 2 jul (EFE).-",
            "El Gobierno decidió ampliar el plazo.",
            ("San José", "CR", "EFE", "2 jul"),
        ),
        (
            "es",
            "VALENCIA (Venezuela), 2 jul (EFE).-",
            "El alcalde presentó el plan.",
            ("Valencia", "VE", "EFE", "2 jul"),
        ),
        (
            "es",
            "Córdoba (Argentina) -",
            "El intendente presentó el plan.",
            ("Córdoba", "AR", None, None),
        ),
        # a shadda inside an Arabic name
        ("ar", "جدّة -", "أعلنت الهيئة عن خطة جديدة.", ("Jeddah", "SA", None, None)),
        # Thai months, shortened as Thai papers write them
        ("th", "กรุงเทพฯ 2 ก.ค. -", "รัฐบาลประกาศมาตรการใหม่", ("Bangkok", "TH", None, "2 ก.ค")),
        # Baltic agencies and months; Lithuanian marks the day with "d."
        (
            "lt",
            "VILNIUS, liepos 2 d. (ELTA).",
            "Vyriausybė pritarė planui.",
            ("Vilnius", "LT", "ELTA", "liepos 2 d"),
        ),
        (
            "lv",
            "RĪGA, 2. jūlijs, LETA.",
            "Valdība atbalstīja plānu.",
            ("Riga", "LV", "LETA", "2. jūlijs"),
        ),
        (
            "et",
            "TALLINN, 2. juuli (BNS) -",
            "Valitsus kiitis kava heaks.",
            ("Tallinn", "EE", "BNS", "2. juuli"),
        ),
        # Ethiopia's ENA writes the year after a slash
        (
            "en",
            "Bahir Dar, July 2/2024 (ENA)",
            "The regional council opened its session.",
            ("Bahir Dar", "ET", "ENA", "July 2/2024"),
        ),
        # a date and a full stop after a region in capitals, or after a credit
        (
            "en",
            "TASHKENT, Uzbekistan, July 2.",
            "The cabinet approved the plan.",
            ("Tashkent", "UZ", None, "July 2"),
        ),
        (
            "en",
            "Vientiane, July 2 (KPL).",
            "The National Assembly opened its session.",
            ("Vientiane", "LA", "KPL", "July 2"),
        ),
        # a parenthesis crediting two agencies with a hyphen: the first is known
        (
            "it",
            "(ANSA-AFP) - LONDRA, 2 LUG -",
            "Il governo britannico ha presentato il piano.",
            ("London", "GB", "ANSA", "2 LUG"),
        ),
        # SANA's name glued to the place, the story after a space
        ("ar", "حمص-سانا", "افتتح المحافظ مشروعا جديدا.", ("Homs", "SY", "SANA", None)),
        # Malaysian and Bruneian papers: any town in capitals before a colon
        (
            "ms",
            "KANGAR:",
            "Kerajaan negeri melancarkan program baharu.",
            ("Kangar", "MY", None, None),
        ),
        (
            "en",
            "BANDAR SERI BEGAWAN:",
            "The ministry opened a new clinic.",
            ("Bandar Seri Begawan", "BN", None, None),
        ),
        # a site's own Chinese story names no place
        (
            "zh",
            "中新网7月2日电",
            "据气象部门消息，本周多地将迎来降雨。",
            (None, None, "China News Service", "7月2日"),
        ),
        # Greek capitals drop the accents Greek names carry
        (
            "el",
            "ΠΑΤΡΑ, 2 Ιουλίου (ΑΠΕ-ΜΠΕ) -",
            "Το δημοτικό συμβούλιο αποφάσισε.",
            ("Patras", "GR", "ANA-MPA", "2 Ιουλίου"),
        ),
        (
            "el",
            "ΘΕΣΣΑΛΟΝΙΚΗ -",
            "Ο δήμαρχος ανακοίνωσε το σχέδιο.",
            ("Thessaloniki", "GR", None, None),
        ),
        # ANI: the state in parentheses, then the country in brackets
        (
            "en",
            "Gurugram (Haryana) [India], July 2 (ANI):",
            "Police registered a case.",
            ("Gurugram", "IN", "ANI", "July 2"),
        ),
        # Spanish and Portuguese abbreviations of the United States as a region
        (
            "es",
            "Houston (EE.UU.), 2 jul (EFE).-",
            "La NASA anunció una nueva misión.",
            ("Houston", "US", "EFE", "2 jul"),
        ),
        (
            "pt",
            "Boston (EUA), 2 jul (Lusa) -",
            "A universidade anunciou hoje o programa.",
            ("Boston", "US", "Lusa", "2 jul"),
        ),
        # English ordinals in the date, as Gulf and South Asian wires write them
        (
            "en",
            "DUBAI, 2nd July, 2024 (WAM) --",
            "The ministry opened a new centre.",
            ("Dubai", "AE", "WAM", "2nd July, 2024"),
        ),
        (
            "en",
            "Lahore, 1st July:",
            "The court adjourned the hearing.",
            ("Lahore", "PK", None, "1st July"),
        ),
        # North Macedonia's MIA and Macedonian months
        (
            "mk",
            "Скопје, 2 јули (МИА) -",
            "Владата го усвои планот.",
            ("Skopje", "MK", "MIA", "2 јули"),
        ),
    ],
)
def test_more_wire_conventions(
    lang: str, prefix: str, rest: str, facts: tuple[object, ...]
) -> None:
    text = f"{prefix} {rest}\nSecond paragraph."
    dateline, body = parse_dateline(text, page_in(lang))
    assert dateline is not None
    got = (dateline.text, dateline.place, dateline.country, dateline.agency, dateline.date_text)
    assert got == (prefix, *facts)
    assert body == f"{rest}\nSecond paragraph."


def test_an_agencys_small_town_in_the_baltics_is_at_the_agencys_home() -> None:
    """A village the gazetteer lacks, in the agency's language: the agency's home country."""
    dateline, _ = parse_dateline(
        "Žemaičių Kalvarija, liepos 2 d. (ELTA). Miestelyje …", page_in("lt")
    )
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.country_inferred) == (
        "Žemaičių Kalvarija",
        "LT",
        True,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a caption's aside in parentheses is no agency before a date and a full stop
        ("en", "Rome, 14 May (pictured). The square filled with pilgrims."),
        # a poll's name with an agency's is no co-credit
        ("en", "(Reuters-Ipsos) - Most respondents said prices were too high."),
        # a country in capitals before a colon is a heading, where towns so written are datelines
        ("ms", "MALAYSIA: Banjir semakin buruk di tiga negeri."),
        ("en", "INDIA: The monsoon arrived a week early this year."),
    ],
)
def test_asides_polls_and_headings_that_make_no_dateline(lang: str, text: str) -> None:
    body = f"{text}\nSecond paragraph."
    assert parse_dateline(body, page_in(lang)) == (None, body)


def test_a_bracketed_tag_after_an_agency_keeps_the_dateline() -> None:
    """ANI's "[India]," is a region before a comma; a bracketed tag before the story is not."""
    dateline, body = parse_dateline("Köln (dpa) [Video] Der Rat hat entschieden.", page_in("de"))
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.agency) == ("Köln (dpa)", "Cologne", "dpa")
    assert body == "[Video] Der Rat hat entschieden."


def test_words_after_a_spaced_dash_are_the_story_not_an_agency() -> None:
    """Only a name glued to the place with a dash ("حمص-سانا") ends the dateline at a space."""
    text = "القاهرة - وكالات الأنباء نقلت عن مسؤولين أن الاجتماع تأجل."
    dateline, body = parse_dateline(f"{text}\nSecond paragraph.", page_in("ar"))
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.agency) == ("القاهرة -", "Cairo", None)
    assert body == "وكالات الأنباء نقلت عن مسؤولين أن الاجتماع تأجل.\nSecond paragraph."
