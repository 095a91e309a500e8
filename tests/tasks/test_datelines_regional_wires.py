"""Datelines a whole-page probe of regional publishers (round 22) found missing: a day's ordinal
mark in French, Portuguese and Spanish wires, Bernama's short Malay months, Serbian Cyrillic
months as dates use them, and a paper's staff credit run into the dateline's paragraph; then
translated wire copy: Indonesian short months, the Levantine month Arabic wires add, Reuters'
Japanese bracket, a byline's "By" before the credit or a writer's name.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body", "want", "rest"),
    [
        # the first of the month as French agencies write it
        (
            "fr",
            "Abidjan, 1er mars (AIP) – Le gouvernement a adopté mercredi un plan pour les écoles.",
            ("Abidjan", "CI", "AIP", "1er mars"),
            "Le gouvernement a adopté",
        ),
        # the Portuguese and Spanish ordinal indicators, and the degree sign written for them
        (
            "pt",
            "Porto Alegre, 1º de abril (Agência Brasil) – A prefeitura abriu hoje novos abrigos.",
            ("Porto Alegre", "BR", "Agência Brasil", "1º de abril"),
            "A prefeitura abriu",
        ),
        (
            "es",
            "MONTEVIDEO, 1° de junio (EFE).- El Parlamento uruguayo aprobó este martes la ley.",
            ("Montevideo", "UY", "EFE", "1° de junio"),
            "El Parlamento uruguayo",
        ),
        (
            "pt",
            "PORTO, 1.º de julho (Lusa) - A câmara municipal aprovou hoje o plano de mobilidade.",
            ("Porto", "PT", "Lusa", "1.º de julho"),
            "A câmara municipal",
        ),
        # Bernama's short Malay months
        (
            "ms",
            "IPOH, 14 Ogo (Bernama) -- Kerajaan negeri akan membina tiga sekolah baharu.",
            ("Ipoh", "MY", "Bernama", "14 Ogo"),
            "Kerajaan negeri",
        ),
        (
            "ms",
            "KUCHING, 3 Dis (Bernama) -- Jabatan Kerja Raya menutup dua jalan akibat banjir.",
            ("Kuching", "MY", "Bernama", "3 Dis"),
            "Jabatan Kerja Raya",
        ),
        # Serbian Cyrillic months in the genitive a date takes
        (
            "sr",
            "НОВИ САД, 7. октобра (Танјуг) - Градско веће усвојило је план за нове вртиће.",
            ("Novi Sad", "RS", "Tanjug", "7. октобра"),
            "Градско веће",
        ),
        # translated wire copy on local sites
        (
            "id",
            "Roma, 9 Agu (Reuters) - Pemerintah Italia menyetujui anggaran baru untuk pertahanan.",
            ("Rome", "IT", "Reuters", "9 Agu"),
            "Pemerintah Italia",
        ),
        (
            "ar",
            "باريس 3 نوفمبر تشرين الثاني (رويترز) - قالت الحكومة الفرنسية إنها ستخفض الضرائب.",
            ("Paris", "FR", "Reuters", "3 نوفمبر تشرين الثاني"),
            "قالت الحكومة",
        ),
        (
            "ar",
            "عمان 12 مارس آذار (رويترز) - أعلنت الحكومة الأردنية خطة لدعم المزارعين.",
            ("Amman", "JO", "Reuters", "12 مارس آذار"),
            "أعلنت الحكومة",
        ),
        (
            "ja",
            "［ソウル　９日　ロイター］ - 韓国銀行は９日、政策金利を据え置いた。",
            ("Seoul", "KR", "Reuters", "９日"),
            "韓国銀行は",
        ),
    ],
)
def test_dates_of_regional_wires(
    lang: str, body: str, want: tuple[str, str, str, str], rest: str
) -> None:
    dateline, after = parse_dateline(body, page_in(lang))
    assert dateline is not None, body
    got = (dateline.place, dateline.country, dateline.agency, dateline.date_text)
    assert got == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    ("body", "want", "rest"),
    [
        (
            "Our Correspondent QUETTA (APP) – The provincial cabinet approved a new water plan.",
            ("Quetta", "PK", "APP", "QUETTA (APP) –"),
            "The provincial cabinet",
        ),
        (
            "Staff Reporter MOMBASA: Port workers called off their strike on Tuesday evening.",
            ("Mombasa", "KE", None, "MOMBASA:"),
            "Port workers called off",
        ),
        (
            "By Staff Reporter GULU - The district council on Friday opened a new health centre.",
            ("Gulu", "UG", None, "GULU -"),
            "The district council",
        ),
        (
            "By Amina Odhiambo KISUMU, Kenya — Fishermen on the lake have called off their strike.",
            ("Kisumu", "KE", None, "KISUMU, Kenya —"),
            "Fishermen on the lake",
        ),
    ],
)
def test_staff_credit_before_the_place(
    body: str, want: tuple[str, str, str | None, str], rest: str
) -> None:
    """A staff credit run into the paragraph is no part of the place."""
    dateline, after = parse_dateline(body, page_in("en"))
    assert dateline is not None, body
    assert (dateline.place, dateline.country, dateline.agency, dateline.text) == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    "body",
    [
        "Staff Reporter Karachi writes about the city's water supply every week.",
        "Our Correspondent ASKED the minister about the plan on Tuesday.",
        "Le 1er mars marque le début de la saison des pluies dans le pays.",
        "By Tuesday EVERYONE in the village had heard the news from the capital.",
        "［速報］ 日銀が政策金利を据え置き",
    ],
)
def test_no_dateline_after_a_credit_or_an_ordinal(body: str) -> None:
    assert parse_dateline(body, page_in("en"))[0] is None


@pytest.mark.parametrize(
    ("lang", "body", "want", "rest"),
    [
        (
            "ur",
            "کابل (اے ایف پی) افغانستان میں شدید برفباری سے کئی سڑکیں بند ہو گئیں۔",
            ("Kabul", "AF", "AFP"),
            "افغانستان میں",
        ),
        (
            "ur",
            "کراچی (اے پی پی) سندھ حکومت نے نئے ترقیاتی منصوبوں کی منظوری دے دی۔",
            ("Karachi", "PK", "APP"),
            "سندھ حکومت",
        ),
        (
            "ur",
            "پیرس (رائٹرز) فرانس کی پارلیمنٹ نے نیا بجٹ منظور کر لیا۔",
            ("Paris", "FR", "Reuters"),
            "فرانس کی پارلیمنٹ",
        ),
        (
            "bn",
            "ঢাকা (এএফপি) - রাজধানীতে নতুন মেট্রো লাইন চালু হয়েছে।",
            ("Dhaka", "BD", "AFP"),
            "রাজধানীতে",
        ),
    ],
)
def test_wires_in_south_asian_scripts(
    lang: str, body: str, want: tuple[str, str, str], rest: str
) -> None:
    """Urdu and Bengali papers credit the wires in their own script."""
    dateline, after = parse_dateline(body, page_in(lang))
    assert dateline is not None, body
    assert (dateline.place, dateline.country, dateline.agency) == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    ("lang", "body", "want", "rest"),
    [
        # Catalan elides "de" before a vowel
        (
            "ca",
            "Lleida, 2 d'agost (ACN).- La Paeria ha obert avui un nou centre cívic al barri.",
            ("Lleida", "ES", "ACN", "2 d'agost"),
            "La Paeria",
        ),
        (
            "ca",
            "Tarragona, 9 d’abril de 2025 (ACN).- El port ha rebut avui el primer creuer.",
            ("Tarragona", "ES", "ACN", "9 d’abril de 2025"),
            "El port ha rebut",
        ),
        # the first of the month as Mexican papers write it
        (
            "es",
            "GUADALAJARA, 1ro de mayo (EFE).- Miles de trabajadores marcharon este miércoles.",
            ("Guadalajara", "MX", "EFE", "1ro de mayo"),
            "Miles de trabajadores",
        ),
        # Dutch "mrt", Finnish months in the partitive, Swahili months
        (
            "nl",
            "Utrecht, 4 mrt (ANP) - De gemeenteraad heeft dinsdag het parkeerplan aangenomen.",
            ("Utrecht", "NL", "ANP", "4 mrt"),
            "De gemeenteraad",
        ),
        (
            "fi",
            "TAMPERE, 5. maaliskuuta (STT) - Kaupunginvaltuusto hyväksyi uuden raitiotien.",
            ("Tampere", "FI", "STT", "5. maaliskuuta"),
            "Kaupunginvaltuusto",
        ),
        (
            "sw",
            "ARUSHA, Machi 5 (Xinhua) -- Serikali imefungua barabara mpya ya mzunguko mjini.",
            ("Arusha", "TZ", "Xinhua", "Machi 5"),
            "Serikali imefungua",
        ),
    ],
)
def test_more_date_forms(lang: str, body: str, want: tuple[str, str, str, str], rest: str) -> None:
    dateline, after = parse_dateline(body, page_in(lang))
    assert dateline is not None, body
    assert (dateline.place, dateline.country, dateline.agency, dateline.date_text) == want
    assert after.startswith(rest)


@pytest.mark.parametrize(
    ("lang", "body", "want", "rest"),
    [
        # a city's name in the script of one of its country's languages, not the first one
        (
            "te",
            "తిరుపతి: ఆలయ అధికారులు సోమవారం కొత్త దర్శన వేళలను ప్రకటించారు.",
            ("Tirupati", "IN", None, None),
            "ఆలయ అధికారులు",
        ),
        (
            "ml",
            "കൊച്ചി: മെട്രോയുടെ രണ്ടാം ഘട്ടം അടുത്ത വർഷം തുറക്കുമെന്ന് അധികൃതർ അറിയിച്ചു.",
            ("Kochi", "IN", None, None),
            "മെട്രോയുടെ",
        ),
        # India's regional papers date in their own month names
        (
            "ta",
            "கோவை, மார்ச் 5: மாநகராட்சி புதிய பேருந்து நிலையத்தை திறந்தது.",
            ("Coimbatore", "IN", None, "மார்ச் 5"),
            "மாநகராட்சி",
        ),
        (
            "mr",
            "पुणे, 5 ऑगस्ट : महापालिकेने नवीन पाणी योजना जाहीर केली.",
            ("Pune", "IN", None, "5 ऑगस्ट"),
            "महापालिकेने",
        ),
    ],
)
def test_indian_languages(
    lang: str, body: str, want: tuple[str, str, str | None, str | None], rest: str
) -> None:
    dateline, after = parse_dateline(body, page_in(lang))
    assert dateline is not None, body
    assert (dateline.place, dateline.country, dateline.agency, dateline.date_text) == want
    assert after.startswith(rest)


def test_a_heading_word_in_an_indian_script_is_no_place() -> None:
    body = "ആരോഗ്യം: ദിവസവും നടക്കുന്നത് ഹൃദയത്തിന് നല്ലതാണെന്ന് പഠനം."
    assert parse_dateline(body, page_in("ml"))[0] is None
