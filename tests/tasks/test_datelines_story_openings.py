"""Datelines and what follows them: a would-be dateline before a heading, a fixture's other side
or the thing a place's name names here is none; and wire conventions a probe found missing:
KUNA's Arabic date, a full stop after the year before the credit, AZERTAC's capitals without a
mark, Georgian datelines and the Caucasus' agencies, a marked dateline ending in an
abbreviation, a place's own name abbreviated ("ST. PAUL", "Freiburg i.Br.") or with a
parenthesis ("Halle (Saale).").

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tasks.page import ParsedPage
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a heading: short, no sentence's closing mark, the story on the next line
        ("en", "Lisbon — Ten Years After the Crisis\nThe city has changed beyond recognition."),
        ("de", "Hamburg. Ein Porträt\nWer an die Elbe zieht, bleibt meistens für immer."),
        ("ar", "بغداد: مدينة السلام\nتعيش العاصمة العراقية أزمة سكن خانقة."),
        # every long word capitalised: a headline, full stop or not
        ("en", "Madison — She Ran Away From Home at Sixteen.\nToday she runs a shelter."),
        # a fixture: the other side's name, then a colon
        ("es", "Getafe - Osasuna: horario y dónde ver el partido.\nEl equipo local llega invicto."),
        ("fr", "Lille - Nantes : les compositions probables.\nFonseca aligne son onze type."),
        ("de", "Bremen - Freiburg: Alle Infos zum Spiel.\nWerder muss auf zwei Profis verzichten."),
        ("it", "Milano – Monza 2-0: decide Lautaro nel finale.\nL'Inter allunga in vetta."),
        # the place's name names a club, a band, a person here: the words after the dash say so
        ("en", "Leeds — The club have sacked their manager after a run of six defeats."),
        ("en", "Nashville — The band's new album arrives in May, its first in a decade."),
        ("en", "Houston — The rapper has announced a world tour for the autumn."),
        ("fr", "Nantes – Le club a annoncé mardi le départ de son directeur sportif."),
        ("it", "Torino – La squadra torna ad allenarsi dopo la sconfitta di domenica."),
        ("en", "Savannah — I never thought I would be writing this letter."),
        # a byline: a writer and an outlet, no place
        ("en", "By Maria Lopez, Reuters\nThe central bank held rates steady on Thursday."),
    ],
)
def test_no_dateline_before_what_is_no_story(lang: str, body: str) -> None:
    assert parse_dateline(body, page_in(lang)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "body", "place", "rest"),
    [
        # the story after a dateline: a sentence, whatever it is about
        ("en", "Leeds — Council tax will rise by 5% in April.", "Leeds", "Council tax will rise"),
        # a kind that is also a common noun, with "of" after it: that noun's phrase
        ("en", "Dallas — The team of investigators released its report.", "Dallas", "The team"),
        # "The city's" refers to the place: no club, no band
        ("en", "Detroit — The city's council approved the budget.", "Detroit", "The city's"),
        # in capitals the place is a dateline's style, whatever the story's first words
        ("en", "LEEDS — The club have sacked their manager.", "Leeds", "The club have"),
        # Thai closes no sentence with a mark: a short line is no heading
        ("th", "เชียงใหม่ - ตำรวจจับกุมผู้ต้องสงสัยแล้ว", "Chiang Mai", "ตำรวจ"),
    ],
)
def test_a_dateline_before_a_story_stays(lang: str, body: str, place: str, rest: str) -> None:
    dateline, left = parse_dateline(body, page_in(lang))
    assert dateline is not None and dateline.place == place
    assert left.startswith(rest)


@pytest.mark.parametrize(
    ("lang", "prefix", "rest", "facts"),
    [
        # KUNA's Arabic: a dash, then day - month before the credit
        (
            "ar",
            "الكويت - 12 - 4 (كونا) --",
            "أعلنت وزارة الصحة اليوم عن حملة جديدة.",
            ("Kuwait", "KW", "KUNA", "12 - 4"),
        ),
        # a full stop after the year, then the credit (Croatian, Serbian agencies)
        (
            "hr",
            "SPLIT, 12. travnja 2023. (Hina) -",
            "Gradsko vijeće usvojilo je proračun.",
            ("Split", "HR", "Hina", "12. travnja 2023"),
        ),
        (
            "sr",
            "NOVI SAD, 12. aprila 2023. (Tanjug) -",
            "Gradsko veće usvojilo je budžet.",
            ("Novi Sad", "RS", "Tanjug", "12. aprila 2023"),
        ),
        # AZERTAC: its name in capitals after the date, no mark before the story
        (
            "az",
            "Gəncə, 12 aprel, AZƏRTAC",
            "Şəhərdə yeni park açılıb.",
            ("Ganja", "AZ", "AzerTAc", "12 aprel"),
        ),
        (
            "en",
            "BAKU, April 12. AZERTAC",
            "The President signed a decree on Tuesday.",
            ("Baku", "AZ", "AzerTAc", "April 12"),
        ),
        # Georgian: a full stop after the place (and the date), the story after it
        (
            "ka",
            "თბილისი.",
            "მთავრობამ ახალი კანონპროექტი წარადგინა.",
            ("Tbilisi", "GE", None, None),
        ),
        (
            "ka",
            "ბათუმი, 12 აპრილი.",
            "ქალაქის მერიამ ახალი პროექტი წარადგინა.",
            ("Batumi", "GE", None, "12 აპრილი"),
        ),
        # the Caucasus' agencies: Trend, Interpressnews, Arminfo
        (
            "az",
            "Gəncə. 12 aprel. Trend:",
            "Şəhərdə yeni park açılıb.",
            ("Ganja", "AZ", "Trend", "12 aprel"),
        ),
        (
            "ka",
            "ქუთაისი, 12 აპრილი /ინტერპრესნიუსი/.",
            "ქალაქის მერიამ პროექტი წარადგინა.",
            ("Kutaisi", "GE", "Interpressnews", "12 აპრილი"),
        ),
        (
            "hy",
            "Գյումրի, 12 ապրիլի. Արմինֆո.",
            "Քաղաքապետարանը հաստատեց բյուջեն:",
            ("Gyumri", "AM", "Arminfo", "12 ապրիլի"),
        ),
        # a place's own name abbreviated: "St." spelled out, a German qualifier cut
        ("en", "ST. PAUL —", "Lawmakers met on Monday.", ("Saint Paul", "US", None, None)),
        # a parenthesis that is part of the place's own name is no credit
        ("de", "Halle (Saale).", "Die Uni hat gewählt.", ("Halle (Saale)", "DE", None, None)),
        (
            "de",
            "Freiburg i.Br. (dpa) -",
            "Die Stadt plant neue Radwege.",
            ("Freiburg", "DE", "dpa", None),
        ),
    ],
)
def test_more_wire_conventions(
    lang: str, prefix: str, rest: str, facts: tuple[str | None, ...]
) -> None:
    dateline, left = parse_dateline(f"{prefix} {rest}", page_in(lang))
    assert dateline is not None
    assert dateline.text == prefix
    assert (dateline.place, dateline.country, dateline.agency, dateline.date_text) == facts
    assert left == rest


def test_a_georgian_place_alone_on_its_line_is_no_dateline() -> None:
    body = "თბილისი\nმთავრობამ ახალი კანონპროექტი წარადგინა."
    assert parse_dateline(body, page_in("ka")) == (None, body)


def test_a_marked_dateline_ending_in_an_abbreviation() -> None:
    page = ParsedPage(
        '<html lang="en"><body><article><p class="cityline">TROY, N.Y.</p>'
        "<p>The college named a new president.</p></article></body></html>",
        "https://news.example/a",
    )
    dateline, rest = parse_dateline("TROY, N.Y.\nThe college named a new president.", page)
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("Troy", "US")
    assert rest == "The college named a new president."


def test_a_bold_place_before_the_club_it_names_is_no_dateline() -> None:
    page = ParsedPage(
        '<html lang="en"><body><article><p><strong>Leeds —</strong> The club have sacked their'
        " manager.</p></article></body></html>",
        "https://news.example/a",
    )
    body = "Leeds — The club have sacked their manager."
    assert parse_dateline(body, page) == (None, body)
