"""Datelines on whole pages, round 20 (/tmp/d10): a place's own team called by its nickname
after the place is no dateline ("Chicago — The Bears …", "Napoli – Gli azzurri …") but in German,
whose papers date every story so; Italian's plural article "I" is no English first person; Brazil's
states after a city ("SÃO PAULO, SP -"), and a page's "location" element holding the place and
its full stop alone ("Ciudad de México."); a US state's postal code after the city is no
agency ("PITTSBURGH, PA —"); a Hindi paper's own staff before the place ("जागरण संवाददाता, लखनऊ
:"); the Gulf agencies' two calendars ("الرياض 24 شعبان 1445 هـ الموافق 05 مارس 2024 م واس").

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tasks.datelines.teams import names_own_team
from tasks.page import ParsedPage
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Denver — The Broncos traded their backup quarterback to Tennessee on Monday."),
        ("en", "Toronto — The Maple Leafs recalled a defenceman from the Marlies on Tuesday."),
        ("nl", "Eindhoven – De Boeren hebben de aanvoerder een nieuw contract gegeven."),
        ("fr", "Saint-Étienne – Les Verts ont limogé leur entraîneur après la défaite."),
        ("es", "Bilbao – Los leones han renovado a su portero hasta 2028."),
        ("it", "Torino – I bianconeri hanno ufficializzato il nuovo difensore."),
        ("pt", "Braga – Os arsenalistas anunciaram a contratação de um avançado."),
    ],
)
def test_a_places_own_team_by_its_nickname_is_no_dateline(lang: str, body: str) -> None:
    assert parse_dateline(body, page_in(lang)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "body", "place", "rest"),
    [
        # a dateline's own marks say it is one whatever the story's first words
        ("en", "DENVER — The Broncos traded their backup quarterback.", "Denver", "The Broncos"),
        # another place's team: filed from where it played
        ("en", "Denver — The Lakers beat the Nuggets 110-102 on Monday.", "Denver", "The Lakers"),
        # a capitalised word after the nickname makes a longer name: no team
        ("en", "Atlanta — The United States Attorney's Office charged two men.", "Atlanta", "The"),
        (
            "en",
            "Detroit — The Lions Club raised $40,000 for the food bank.",
            "Detroit",
            "The Lions",
        ),
        # a nickname's common noun in lower case is the thing itself: the weather, not the Heat
        ("en", "Miami — The heat index reached 110 degrees on Tuesday.", "Miami", "The heat"),
        # the town's people, not its club; Italian's plural article is no English "I"
        (
            "it",
            "Torino – I residenti di Barriera protestano contro il cantiere.",
            "Turin",
            "I residenti",
        ),
        # German papers date every story in title case, their own club's too
        ("de", "Dortmund – Die Schwarz-Gelben haben den Vertrag verlängert.", "Dortmund", "Die"),
    ],
)
def test_a_dateline_before_other_teams_and_the_towns_people(
    lang: str, body: str, place: str, rest: str
) -> None:
    d, after = parse_dateline(body, page_in(lang))
    assert d is not None and d.place == place
    assert after.startswith(rest)


def test_nicknames_match_whole_words_of_the_places_own_teams() -> None:
    assert names_own_team("Denver", "The Broncos' defence")
    assert names_own_team("DENVER", "THE BRONCOS")
    assert not names_own_team("Denver", "The broncos")  # the horses
    assert not names_own_team("Denver", "The Broncoses")
    assert not names_own_team("Boulder", "The Broncos")


@pytest.mark.parametrize(
    ("prefix", "place", "country"),
    [
        ("CAMPINAS, SP -", "Campinas", "BR"),
        ("Salvador (BA) -", "Salvador", "BR"),
        ("BELÉM, PA —", "Belém", "BR"),  # also Pennsylvania's postal code
    ],
)
def test_brazils_states_after_a_city(prefix: str, place: str, country: str) -> None:
    body = "A prefeitura anunciou nesta terça-feira um novo plano de obras."
    d, rest = parse_dateline(f"{prefix} {body}", page_in("pt", "www.jornal.example.com.br"))
    assert d is not None and (d.text, d.place, d.country, d.agency) == (
        prefix,
        place,
        country,
        None,
    )
    assert rest == body


@pytest.mark.parametrize(
    ("prefix", "place", "agency"),
    [
        ("ALLENTOWN, PA —", "Allentown", None),  # the place's state, not PA Media
        ("TUSCALOOSA, AL —", "Tuscaloosa", None),
        ("LONDON, PA —", "London", "PA"),  # no Pennsylvania London: the agency
    ],
)
def test_a_states_postal_code_is_no_agency(prefix: str, place: str, agency: str | None) -> None:
    body = "The school board approved a new contract for teachers on Tuesday."
    d, rest = parse_dateline(f"{prefix} {body}", page_in("en"))
    assert d is not None and (d.text, d.place, d.agency) == (prefix, place, agency)
    assert rest == body


def test_a_location_element_with_the_place_and_its_full_stop_alone() -> None:
    story = "Un sismo de magnitud 5,1 sacudió este martes el sur del estado sin causar daños."
    html = (
        '<html lang="es"><body><article><h1>Sismo</h1><p class="location">Guadalajara.</p>'
        f"<p>{story}</p></article></body></html>"
    )
    page = ParsedPage(html, "https://www.diario.example.com.mx/a")
    d, rest = parse_dateline(f"Guadalajara.\n{story}", page)
    assert d is not None and (d.place, d.country) == ("Guadalajara", "MX")
    assert rest == story


@pytest.mark.parametrize(
    ("prefix", "place"),
    [
        ("हमारे संवाददाता, पटना :", "Patna"),
        ("राज्य ब्यूरो, जयपुर :", "Jaipur"),
        ("जागरण टीम, कानपुर :", "Kanpur"),
    ],
)
def test_hindi_papers_own_staff_before_the_place(prefix: str, place: str) -> None:
    body = "नगर निगम ने मंगलवार को नए साल का बजट पास कर दिया।"
    d, rest = parse_dateline(f"{prefix} {body}", page_in("hi"))
    assert d is not None and (d.text, d.place, d.country, d.agency) == (prefix, place, "IN", None)
    assert rest == body


def test_a_staff_word_that_opens_a_sentence_is_no_credit() -> None:
    body = "संवाददाता सम्मेलन में मंत्री ने कहा कि योजना जल्द लागू होगी।"
    assert parse_dateline(body, page_in("hi")) == (None, body)


def test_new_delhi_as_the_hindi_wire_spells_it() -> None:
    d, rest = parse_dateline("नयी दिल्ली, सात मार्च (भाषा) संसद का सत्र आज शुरू हुआ।", page_in("hi"))
    assert d is not None and (d.place, d.country, d.agency) == ("New Delhi", "IN", "PTI")
    assert rest == "संसद का सत्र आज शुरू हुआ।"


def test_sion_is_the_swiss_city_in_english_not_jerusalem() -> None:
    d, _ = parse_dateline("SION - A court in Valais fined the resort on Tuesday.", page_in("en"))
    assert d is not None and (d.place, d.country) == ("Sion", "CH")


def test_a_gulf_agencys_two_calendars_before_its_name() -> None:
    dateline = "الدمام 10 رمضان 1445 هـ الموافق 20 مارس 2024 م واس"
    body = "افتتح أمير المنطقة الشرقية اليوم مشروع توسعة الميناء."
    d, rest = parse_dateline(f"{dateline} {body}", page_in("ar"))
    assert d is not None and (d.text, d.place, d.country, d.agency) == (
        dateline,
        "Dammam",
        "SA",
        "SPA",
    )
    assert rest == body


@pytest.mark.parametrize(
    ("dateline", "place", "country", "agency"),
    [
        ("المدينة المنورة - واس", "Madinah", "SA", "SPA"),
        ("الدوحة - قنا", "Doha", "QA", "QNA"),
    ],
)
def test_an_arab_agency_after_a_spaced_dash(
    dateline: str, place: str, country: str, agency: str
) -> None:
    body = "دشن المحافظ اليوم مشروعا جديدا لتطوير الطرق."
    d, rest = parse_dateline(f"{dateline} {body}", page_in("ar"))
    assert d is not None and (d.text, d.place, d.country, d.agency) == (
        dateline,
        place,
        country,
        agency,
    )
    assert rest == body


def test_agencies_in_general_after_a_spaced_dash_are_the_storys_subject() -> None:
    d, rest = parse_dateline(
        "عمان - وكالات الأنباء نقلت عن مصادر أن المحادثات مستمرة.", page_in("ar")
    )
    assert d is not None and d.agency is None
    assert rest == "وكالات الأنباء نقلت عن مصادر أن المحادثات مستمرة."


def test_vietnamese_d_with_stroke_finds_the_city_geonames_spells_with_an_eth() -> None:
    d, rest = parse_dateline("ĐÀ LẠT – Mưa lớn gây sạt lở trên đèo trong đêm qua.", page_in("vi"))
    assert d is not None and (d.place, d.country) == ("Da Lat", "VN")
    assert rest == "Mưa lớn gây sạt lở trên đèo trong đêm qua."
