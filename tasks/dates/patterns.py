"""Data for date parsing: month names, cue phrases, time zones, JSON-LD types, meta names.

Data only (tables and compiled regexes); the logic lives in `tasks.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# ---------------------------------------------------------------------------------------------
# Confidence per provenance (strongest first).
CONFIDENCE: Final[dict[str, float]] = {
    "json-ld": 0.95,
    "meta": 0.9,
    "time-tag": 0.85,
    "visible-text": 0.8,
    "dateline": 0.6,
    "url": 0.5,
    "feed": 0.5,
    "sitemap": 0.45,
    "http-header": 0.3,
}

# Plausibility window. A candidate outside MIN_YEAR..MAX_YEAR is never made (a year-9999 feed
# date or a 2286 epoch is garbage, and keeping values far from datetime's limits keeps the
# arithmetic on them safe); one later than the capture time (plus a day of time-zone slop) is
# set aside when the candidates are resolved.
MIN_YEAR: Final = 1995
MAX_YEAR: Final = 2100
FUTURE_TOLERANCE_HOURS: Final = 24
# Real UTC offsets run from -12:00 to +14:00; a stated offset beyond ±14:00 (or with 60 or more
# minutes) is no clock's: the moment it qualifies is unreadable, never read in another zone.
MAX_UTC_OFFSET_MINUTES: Final = 14 * 60
# A machine-readable date (an attribute, a JSON-LD value, an HTTP header) is under 40
# characters, an RFC 2822 one with its weekday and zone name under 60: a longer value is
# something else that happens to start with a date.
MAX_MACHINE_DATE_CHARS: Final = 300
# What a candidate keeps of the text it was read from (whitespace collapsed).
MAX_CANDIDATE_TEXT_CHARS: Final = 200

# ---------------------------------------------------------------------------------------------
# Bounds on the work one page costs (a hostile page of 5 MB must cost about what it weighs).

# An element's text is read (for a <time>, a date-classed element, a label before a <time>,
# microdata) only when it holds at most this many characters, spaces included: a date line
# holds a few hundred; a larger element is a container, and reading it once for each of up to
# 255 wrappers nested around it would cost its length 255 times.
MAX_ELEMENT_TEXT_CHARS: Final = 10_000
# Class and id attributes are read to this length (a generated one can be a megabyte, and
# every <time> reads its parent's).
MAX_CLASS_CHARS: Final = 2_000
# How many elements of each kind are read for dates, in page order (outside chrome): the
# story's own are near its headline; pages with more are archives whose further dates could
# only lose. The corpus's busiest pages have 78 <time>s and 81 date-classed elements.
MAX_TIME_ELEMENTS: Final = 500
MAX_DATE_CLASS_ELEMENTS: Final = 500
MAX_MICRODATA_ELEMENTS: Final = 500
MAX_META_DATES: Final = 500
# A title (or a JSON-LD name) longer than this is not compared with the others.
MAX_TITLE_CHARS: Final = 2_000
# The page text the visible scans read: its first characters and its nesting.
PAGE_TEXT_CHARS: Final = 400_000
PAGE_TEXT_DEPTH: Final = 150

# ---------------------------------------------------------------------------------------------
# Month names (lower case, accents kept and stripped variants added) → month number.
_MONTHS_BY_LANG: Final[dict[str, list[list[str]]]] = {
    "en": [
        ["january", "jan"],
        ["february", "feb"],
        ["march", "mar"],
        ["april", "apr"],
        ["may"],
        ["june", "jun"],
        ["july", "jul"],
        ["august", "aug"],
        ["september", "sep", "sept"],
        ["october", "oct"],
        ["november", "nov"],
        ["december", "dec"],
    ],
    "de": [
        ["januar", "jänner", "jan"],
        ["februar", "feber", "feb"],
        ["märz", "maerz", "mrz", "mär"],
        ["april", "apr"],
        ["mai"],
        ["juni", "jun"],
        ["juli", "jul"],
        ["august", "aug"],
        ["september", "sep", "sept"],
        ["oktober", "okt"],
        ["november", "nov"],
        ["dezember", "dez"],
    ],
    "fr": [
        ["janvier", "janv"],
        ["février", "fevrier", "févr", "fevr", "fév", "fev"],
        ["mars"],
        ["avril", "avr"],
        ["mai"],
        ["juin"],
        ["juillet", "juil"],
        ["août", "aout"],
        ["septembre"],
        ["octobre"],
        ["novembre"],
        ["décembre", "decembre", "déc"],
    ],
    "es": [
        ["enero", "ene"],
        ["febrero"],
        ["marzo"],
        ["abril", "abr"],
        ["mayo"],
        ["junio"],
        ["julio"],
        ["agosto", "ago"],
        ["septiembre", "setiembre", "set"],
        ["octubre"],
        ["noviembre"],
        ["diciembre", "dic"],
    ],
    "pt": [
        ["janeiro"],
        ["fevereiro"],
        ["março", "marco"],
        ["abril"],
        ["maio"],
        ["junho"],
        ["julho"],
        ["agosto"],
        ["setembro"],
        ["outubro", "out"],
        ["novembro"],
        ["dezembro", "dez"],
    ],
    "it": [
        ["gennaio"],
        ["febbraio"],
        ["marzo"],
        ["aprile"],
        ["maggio", "mag"],
        ["giugno", "giu"],
        ["luglio", "lug"],
        ["agosto"],
        ["settembre"],
        ["ottobre"],
        ["novembre"],
        ["dicembre"],
    ],
    "ar": [
        ["يناير", "كانون الثاني"],
        ["فبراير", "شباط"],
        ["مارس", "آذار"],
        ["أبريل", "ابريل", "إبريل", "نيسان"],
        ["مايو", "أيار"],
        ["يونيو", "حزيران"],
        ["يوليو", "تموز"],
        ["أغسطس", "اغسطس", "آب"],
        ["سبتمبر", "أيلول"],
        ["أكتوبر", "اكتوبر", "تشرين الأول"],
        ["نوفمبر", "تشرين الثاني"],
        ["ديسمبر", "كانون الأول"],
    ],
    "nl": [
        ["januari"],
        ["februari"],
        ["maart", "mrt"],
        ["april"],
        ["mei"],
        ["juni"],
        ["juli"],
        ["augustus"],
        ["september"],
        ["oktober"],
        ["november"],
        ["december"],
    ],
}
# More languages, one line per language, the twelve months in order, each month's variants
# joined by "/" (genitive forms as dates write them first, then nominatives, abbreviations
# and spellings without diacritics).
_MORE_MONTHS: Final[dict[str, str]] = {
    "pl": "stycznia/styczeń/sty lutego/luty/lut marca/marzec kwietnia/kwiecień/kwi maja/maj"
    " czerwca/czerwiec/cze lipca/lipiec/lip sierpnia/sierpień września/wrzesień/wrz"
    " października/październik/paź - grudnia/grudzień/gru",
    "cs": "ledna/leden února/únor března/březen dubna/duben května/květen června/červen"
    " července/červenec srpna/srpen září října/říjen listopadu prosince/prosinec",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra"
    " decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra"
    " novembra decembra",
    "hr": "siječnja/siječanj veljače/veljača ožujka/ožujak travnja/travanj svibnja/svibanj"
    " lipnja/lipanj srpnja/srpanj kolovoza/kolovoz rujna/rujan - studenoga/studenog/studeni"
    " prosinca/prosinac",
    "sr": "januara/januar februara/februar marta/mart aprila maja/maj juna/jun jula/jul"
    " avgusta/avgust septembra/septembar oktobra/oktobar novembra/novembar decembra/decembar",
    "sr-cyrl": "јануара/јануар фебруара/фебруар марта/март априла/април маја/мај јуна/јун"
    " јула/јул августа/август септембра/септембар октобра/октобар новембра/новембар"
    " децембра/децембар",
    "ru": "января/январь/янв февраля/февраль/фев марта/март/мар апреля/апрель/апр мая/май"
    " июня/июнь/июн июля/июль/июл августа/август/авг сентября/сентябрь/сен/сент"
    " октября/октябрь/окт ноября/ноябрь/ноя декабря/декабрь/дек",
    "uk": "січня/січень лютого/лютий березня/березень квітня/квітень травня/травень"
    " червня/червень липня/липень серпня/серпень вересня/вересень жовтня/жовтень"
    " листопада/листопад грудня/грудень",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "ro": "ianuarie/ian februarie martie aprilie mai iunie/iun iulie/iul august septembrie"
    " octombrie noiembrie decembrie",
    "hu": "január/jan február/febr március/márc április/ápr május/máj június/jún július/júl"
    " augusztus/aug szeptember/szept október/okt november/nov december/dec",
    "tr": "ocak şubat/subat mart nisan mayıs/mayis haziran temmuz ağustos/agustos eylül/eylul"
    " ekim kasım/kasim aralık/aralik",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da-no": "januar februar marts/mars april maj/mai juni juli august september oktober"
    " november december/desember",
    "fi": "tammikuuta/tammikuu helmikuuta/helmikuu maaliskuuta/maaliskuu huhtikuuta/huhtikuu"
    " toukokuuta/toukokuu kesäkuuta/kesäkuu heinäkuuta/heinäkuu elokuuta/elokuu"
    " syyskuuta/syyskuu lokakuuta/lokakuu marraskuuta/marraskuu joulukuuta/joulukuu",
    "el": "ιανουαρίου/ιανουαριου φεβρουαρίου/φεβρουαριου μαρτίου/μαρτιου απριλίου/απριλιου"
    " μαΐου/μαιου ιουνίου/ιουνιου ιουλίου/ιουλιου αυγούστου/αυγουστου"
    " σεπτεμβρίου/σεπτεμβριου οκτωβρίου/οκτωβριου νοεμβρίου/νοεμβριου"
    " δεκεμβρίου/δεκεμβριου",
    "id-ms": "januari februari maret/mac april mei juni/jun juli/julai agustus/ogos/agu/agt"
    " september oktober/okt november desember/disember/des",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "hi": "जनवरी फरवरी/फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर/अक्तूबर"
    " नवंबर/नवम्बर दिसंबर/दिसम्बर",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    "bn": "জানুয়ারি/জানুয়ারি ফেব্রুয়ারি/ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    # Hebrew dates write the month with "in" ("5 במרץ 2024")
    "he": "ינואר/בינואר פברואר/בפברואר מרץ/במרץ אפריל/באפריל מאי/במאי יוני/ביוני יולי/ביולי"
    " אוגוסט/באוגוסט ספטמבר/בספטמבר אוקטובר/באוקטובר נובמבר/בנובמבר דצמבר/בדצמבר",
}
# Names two languages give different months ("listopad": Czech and Polish November, Croatian
# October): no month at all, rather than a date a month wrong. A "-" in a line above holds the
# place of such a month.
AMBIGUOUS_MONTHS: Final = frozenset({"listopad", "listopada"})


def _build_months() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in _MONTHS_BY_LANG.values():
        for index, variants in enumerate(names, start=1):
            for name in variants:
                table.setdefault(name, index)
    for line in _MORE_MONTHS.values():
        months = line.split()
        if len(months) != 12:  # a malformed table fails at import, not at a page
            raise ValueError(f"twelve months expected: {line}")
        for index, spellings in enumerate(months, start=1):
            for name in spellings.split("/"):
                if name != "-" and name not in AMBIGUOUS_MONTHS:
                    table.setdefault(name, index)
    return table


MONTHS: Final[dict[str, int]] = _build_months()


_Trie = dict[str, "_Trie"]


def _trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, as a trie ("ma(?:r(?:ch|s)?|y)"): at each position the
    engine follows one branch per character instead of trying some 500 month names in turn,
    and a longer name is tried before its prefix ("september" before "sep")."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie)


_MONTH_ALT: Final = _trie_alternation(MONTHS)

WEEKDAYS: Final = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
)

# Other calendars pages date their stories in. Iran's Solar Hijri (Persian months, years
# 1374-1479 for 1995-2100): "۱۵ اسفند ۱۴۰۲", "۱۴۰۲/۱۲/۱۵"; Thailand's Buddhist era (543
# years ahead): "5 มี.ค. 2567", "5 มีนาคม 2567".
SOLAR_HIJRI_MONTHS: Final = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"),
    *("مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"),
)
# A known Nowruz (1 Farvardin) and the years of the 33-year cycle with 366 days, which hold
# for every year of the plausibility window.
SOLAR_HIJRI_EPOCH: Final = (1403, (2024, 3, 20))
SOLAR_HIJRI_LEAP_REMAINDERS: Final = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
SOLAR_HIJRI_RE: Final = re.compile(
    rf"(?<![\d])(?P<d>[0-3]?\d)\s*(?P<mon>{'|'.join(SOLAR_HIJRI_MONTHS)})\s*(?P<y>1[34]\d\d)(?![\d])"
)
# "۱۴۰۲/۱۲/۱۵" (year first, as Iranian sites write the day in digits)
SOLAR_HIJRI_NUM_RE: Final = re.compile(
    r"(?<![\d/])(?P<y>1[34]\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])"
)
THAI_MONTHS: Final = (
    ("มกราคม", "ม.ค."),
    ("กุมภาพันธ์", "ก.พ."),
    ("มีนาคม", "มี.ค."),
    ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."),
    ("กรกฎาคม", "ก.ค."),
    ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."),
    ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."),
    ("ธันวาคม", "ธ.ค."),
)
BUDDHIST_ERA_OFFSET: Final = 543
THAI_RE: Final = re.compile(
    r"(?<![\d])(?P<d>[0-3]?\d)\s*(?P<mon>"
    + "|".join(re.escape(n) for names in THAI_MONTHS for n in names)
    + r")\s*(?:พ\.ศ\.\s*)?(?P<y>25\d\d|20\d\d)(?![\d])"
)

# Digits other scripts write dates in (Arabic-Indic, Persian, Devanagari, Bengali, Thai), read
# as ASCII digits: "০৫ মার্চ ২০২৪" is "05 মার্চ 2024". One character for one, so spans hold.
NATIVE_DIGITS: Final = str.maketrans(
    {chr(zero + n): str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50) for n in range(10)}
)

# ---------------------------------------------------------------------------------------------
# Time-zone abbreviations → IANA zone (DST-aware, e.g. "ET") or fixed offset in minutes.
TZ_ABBREVIATIONS: Final[dict[str, str | int]] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "ET": "America/New_York",
    "EDT": -4 * 60,
    "EST": -5 * 60,
    "CT": "America/Chicago",
    "CDT": -5 * 60,
    "CST": -6 * 60,
    "MT": "America/Denver",
    "MDT": -6 * 60,
    "MST": -7 * 60,
    "PT": "America/Los_Angeles",
    "PDT": -7 * 60,
    "PST": -8 * 60,
    "AKST": -9 * 60,
    "AKDT": -8 * 60,
    "HST": -10 * 60,
    "BST": 60,
    "IST": 5 * 60 + 30,
    "WET": 0,
    "WEST": 60,
    "CET": 60,
    "CEST": 2 * 60,
    "MEZ": 60,
    "MESZ": 2 * 60,
    "EET": 2 * 60,
    "EEST": 3 * 60,
    "MSK": 3 * 60,
    "TRT": 3 * 60,
    "EAT": 3 * 60,
    "CAT": 2 * 60,
    "WAT": 60,
    "SAST": 2 * 60,
    "GST": 4 * 60,
    "IRST": 3 * 60 + 30,
    "AFT": 4 * 60 + 30,
    "PKT": 5 * 60,
    "NPT": 5 * 60 + 45,
    "BDT": 6 * 60,
    "ICT": 7 * 60,
    "WIB": 7 * 60,
    "SGT": 8 * 60,
    "HKT": 8 * 60,
    "PHT": 8 * 60,
    "AWST": 8 * 60,
    "JST": 9 * 60,
    "KST": 9 * 60,
    "ACST": 9 * 60 + 30,
    "AEST": 10 * 60,
    "AEDT": 11 * 60,
    "NZST": 12 * 60,
    "NZDT": 13 * 60,
}
TZ_ALT: Final = "|".join(sorted(TZ_ABBREVIATIONS, key=len, reverse=True))

# ---------------------------------------------------------------------------------------------
# Regexes over date strings.

# Far longer than any real match of the date regexes below (an ISO moment with fractions and an
# offset is under 40 characters): a scan for a date earlier than one already found can stop
# this far past that one's start.
MAX_DATE_CHARS: Final = 200
ISO_RE: Final = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d\d:?\d\d|[+-][01]\d(?![\d:]))?)?"
    r"(?![\d])"
)
# 2020/07/02 or 2020.07.02
YMD_RE: Final = re.compile(
    r"(?<![\d./])(?P<y>(?:19|20)\d\d)[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)(?![\d/])"
)
# 02.07.2020, 2.7.2020, 02/07/2020, 07-02-2020
DMY_NUM_RE: Final = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])\s?(?P<b>[01]?\d)(?P=sep)\s?"
    r"(?P<y>(?:19|20)\d\d)(?![\d])"
)
# "July 2, 2020", "Jul. 2nd 2020", "July 2 2020"
MDY_TEXT_RE: Final = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?,?\s+(?:de\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)
# "2 July 2020", "2. Juli 2020", "2 de julio de 2020", "le 2 juillet 2020", "02 Jul 2020"
DMY_TEXT_RE: Final = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?(?P<mon>{_MONTH_ALT})\.?,?"
    r"\s*(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)
# "2024. március 5.", "2024. márc. 5." (Hungarian: the year first)
YMD_TEXT_RE: Final = re.compile(
    rf"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s*(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d)\.?(?![\d])",
    re.IGNORECASE,
)
# The clock time between day and year, as C's asctime writes it: "Mon Jan 4 09:34:00 2021",
# "Jan 04 09:34 2021"
MDY_TIME_YEAR_RE: Final = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d),?\s+"
    r"(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+(?P<y>(?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)
# Korean, Japanese and Chinese write the half of the day before the time ("오후 6:30",
# "午後6時30分", "下午6:30").
MERIDIEM_BEFORE: Final[dict[str, str]] = {
    "오전": "am",
    "오후": "pm",
    "午前": "am",
    "午後": "pm",
    "上午": "am",
    "下午": "pm",
}
# Times: "3:45 PM", "15:45", "15.45 Uhr", "14h30", "3 p.m.", "오후 6:30", "18時30分"
TIME_RE: Final = re.compile(
    rf"(?<![\d.:])(?:(?P<pre>{'|'.join(MERIDIEM_BEFORE)})\s*)?"
    r"(?P<H>[0-2]?\d)(?:(?P<sep>[:h時]|\.(?=\d\d\s*(?:uhr|h\b)))(?P<M>[0-5]\d)分?"
    r"(?::(?P<S>[0-5]\d))?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?"
    r"(?:\s*(?:uhr|hrs?|h)\b)?"
    rf"(?:\s*\(?(?P<tz>(?-i:{TZ_ALT}))\b(?!\s?[+-]\d)\)?"
    r"|\s*\(?(?P<off>(?:GMT|UTC)?\s?[+-]\d\d?:?\d\d)(?![\d])\)?)?",
    re.IGNORECASE,
)

# 02.07.20 (two-digit year, dots only): accepted only in visible text, never in attributes
# (a comma may follow when a space does: "05.03.24, 10:32"; "1.5.24,5" is a number)
DMY_SHORT_RE: Final = re.compile(
    r"(?<![\d.,:/-])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>\d\d)(?![\d.:/-]|\.\d|,\S)"
)
# 2020年7月11日 (Japanese / Chinese)
CJK_RE: Final = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
)

# URL paths: /2020/07/02/, /2020-07-02/, /20200702/, /2020/07/ (month only is ignored)
URL_DATE_RES: Final = (
    re.compile(
        r"(?<![\d])(?P<y>(?:199[5-9]|20[0-4]\d))[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?=[/_.-]|$)"
    ),
    re.compile(r"/(?P<y>(?:199[5-9]|20[0-4]\d))(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(
        r"[/_-](?P<d>[0-3]\d)[._-](?P<m>[01]\d)[._-](?P<y>(?:199[5-9]|20[0-4]\d))(?=[/_.-]|$)"
    ),
)

# The page's main image (og:image, twitter:image): CMSs file uploads under the day's folder
# (/files/2016/05/04/, /images/20201007120909.jpg), a weak hint when nothing else dates the page.
IMAGE_META_KEYS: Final = frozenset({"og:image", "twitter:image", "twitter:image:src", "image"})
IMAGE_DATE_RES: Final = (
    *URL_DATE_RES,
    re.compile(r"/(?P<y>(?:199[5-9]|20[0-4]\d))(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[0-2]\d[0-5]\d)"),
)
# Old blog engines' trackback RDF (left in an HTML comment) dates the page: dc:date="...".
RDF_DATE_RE: Final = re.compile(
    r"<rdf:Description\b[^>]{0,2000}?\bdc:date=\"(?P<value>[^\"]{10,40})\"", re.IGNORECASE
)

# A one-call inline script that writes a date: <script>showDate("2020/04/17 01:43:09")</script>.
SCRIPT_DATE_RE: Final = re.compile(
    r"<script>\s*[\w.]+\(\s*[\"'](?P<value>(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d[^\"']{0,30})"
    r"[\"']\s*\);?\s*</script>",
    re.IGNORECASE,
)
# Dates that are not the page's: a member's registration, a birthday.
NOT_PUBLICATION_CUE_RE: Final = re.compile(
    r"(?:registriert|registered|joined|member\s+since|mitglied\s+seit|dabei\s+seit|inscrit"
    r"|born|geboren|né\s+le|née\s+le|nacido|birthday)\W{0,5}(?:on|am|le|el|since|seit)?\W{0,3}$",
    re.IGNORECASE,
)

# The end of a period ("vom 24. April bis 2. Oktober 2017", "from 3 to 5 July 2020",
# "1 – 3 juillet 2020"): the date is when something ends, not when the page was published.
PERIOD_END_RE: Final = re.compile(
    rf"(?<![\d])[0-3]?\d(?:st|nd|rd|th|er)?\.?(?:\s*(?:{_MONTH_ALT})\.?)?,?\s*"
    r"(?:bis(?:\s+(?:zum|zur|einschließlich))?|to|until|till|through|thru|au|jusqu'au|al"
    r"|hasta\s+el|hasta|até|fino\s+al|tot|[–—-])\s*$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# Cue phrases (lower case; matched case-insensitively at a word boundary, followed by an
# optional ":" / "on" and the date).
UPDATED_CUES: Final[tuple[str, ...]] = (
    "last updated on",
    "last updated",
    "last modified on",
    "last modified",
    "updated on",
    "updated at",
    "updated",
    "update",
    "modified on",
    "modified",
    "revised",
    "correction appended",
    "corrected on",
    "corrected",
    "correction",
    "clarification",
    "amended on",
    "amended",
    "berichtigt am",
    "korrigiert am",
    "korrektur",
    "rectifié le",
    "rectificatif",
    "corregido el",
    "corrección",
    "zuletzt aktualisiert am",
    "zuletzt aktualisiert",
    "aktualisiert am",
    "aktualisiert",
    "zuletzt geändert am",
    "zuletzt geändert",
    "geändert am",
    "stand",
    "mis à jour le",
    "mis à jour",
    "mise à jour le",
    "mise à jour",
    "modifié le",
    "actualizado el",
    "actualizado",
    "actualización",
    "modificado",
    "atualizado em",
    "atualizado",
    "aggiornato il",
    "aggiornato",
    "bijgewerkt",
    # more languages
    *("zaktualizowano", "aktualizacja", "aktualizováno", "aktualizované", "posodobljeno"),
    *("обновлено", "обновлена", "оновлено", "актуализирано", "ажурирано", "ažurirano"),
    *("son güncelleme", "güncelleme", "güncellenme", "actualizat", "frissítve", "módosítva"),
    *("uppdaterad", "opdateret", "oppdatert", "päivitetty", "ενημερώθηκε", "τελευταία ενημέρωση"),
    *("diperbarui", "dikemas kini", "cập nhật", "עודכן", "آخر تحديث", "تم التحديث", "به‌روزرسانی"),
    *("بروزرسانی", "अपडेट", "अपडेटेड", "আপডেট", "اپ ڈیٹ", "수정", "기사수정", "업데이트", "更新"),
)
PUBLISHED_CUES: Final[tuple[str, ...]] = (
    "originally published on",
    "originally published",
    "first published on",
    "first published",
    "published on",
    "published at",
    "published",
    "posted on",
    "posted at",
    "posted",
    "date published",
    "publication date",
    "released on",
    "written on",
    "created on",
    "veröffentlicht am",
    "veröffentlicht",
    "erschienen am",
    "erschienen",
    "erstellt am",
    "publiziert am",
    "datum",
    "publié le",
    "publié",
    "mis en ligne le",
    "publicado el",
    "publicado em",
    "publicado",
    "fecha",
    "pubblicato il",
    "pubblicato",
    "gepubliceerd",
    "date",
    # more languages
    *("opublikowano", "publikováno", "publikované", "objavljeno", "опубликовано", "опубліковано"),
    *("публикувано", "објављено", "yayınlanma tarihi", "yayınlanma", "yayın tarihi", "publicat"),
    *("közzétéve", "publikálva", "publicerad", "publiceret", "publisert", "julkaistu"),
    *("δημοσιεύθηκε", "δημοσίευση", "diterbitkan", "dipublikasikan", "đăng lúc", "ngày đăng"),
    *("פורסם", "نشر في", "تاريخ النشر", "نشر", "تاریخ انتشار", "प्रकाशित", "প্রকাশিত", "প্রকাশ"),
    *(
        "شائع",
        "입력",
        "기사입력",
        "등록",
        "公開",
        "配信",
        "发布时间",
        "發布時間",
        "发布于",
        "发表于",
    ),
)

# Labels that say "date" without saying which one.
GENERIC_DATE_LABELS: Final[frozenset[str]] = frozenset({"date", "datum", "fecha", "stand"})
# Cues (as matched, lower case) weaker than the others of their kind: a bare label, or
# "update ..." (a noun as often as a stamp).
WEAK_CUE_PREFIXES: Final = ("date", "datum", "fecha", "stand", "update ")
# How many cued dates of one kind one stretch of text gives (the first ones are the stamp's).
CUES_PER_KIND: Final = 3


def _cue_alt(cues: tuple[str, ...]) -> str:
    return "|".join(
        re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)
    )


UPDATED_CUE_RE: Final = re.compile(
    rf"(?<![\w])(?:{_cue_alt(UPDATED_CUES)})(?![\w])\s*(?:on|am|le|el|em|il)?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)
PUBLISHED_CUE_RE: Final = re.compile(
    rf"(?<![\w])(?:{_cue_alt(PUBLISHED_CUES)})(?![\w])\s*(?:on|am|le|el|em|il)?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# Media objects: the page's own story only when named like the page (a video page); otherwise
# an embedded player ("Watch now: ...") whose upload date says nothing of the page.
MEDIA_TYPES: Final[frozenset[str]] = frozenset(
    {"videoobject", "audioobject", "podcastepisode", "clip", "movie"}
)
# Types whose dates describe the page rather than the story (weaker).
PAGE_TYPES: Final[frozenset[str]] = frozenset(
    {"webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage", "faqpage"}
)
JSONLD_PUBLISHED_KEYS: Final = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS: Final = ("dateModified",)
# Within one evidence kind an earlier object and an earlier key win: a candidate's place is its
# object's index (objects after this many count as this many) plus its key's index.
JSONLD_OBJECT_PLACES: Final = 5

# ---------------------------------------------------------------------------------------------
# <meta> names/properties/itemprops (lower case), strongest first.
META_PUBLISHED: Final[tuple[str, ...]] = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "published-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "publication-date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "citation_publication_date",
    "citation_date",
    "created",
    "datecreated",
    "og:pubdate",
    "bt:pubdate",
    "pub_date",
    "release_date",
    "displaydate",
    "dc.date.published",
    "article.created",
    "itemprop:datepublished",
    "rnews:datepublished",
    "timestamp",
)
META_MODIFIED: Final[tuple[str, ...]] = (
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "og:modified_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmodified",
    "last_updated",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
    "parsely-updated-date",
    "sailthru.lastmodified",
    "updated_time",
    "revised",
)

# Names of META_PUBLISHED that many CMSs fill with the page's build or edit time: weaker than
# any specific name (dates.evidence.Evidence.META_GENERIC).
META_GENERIC_NAMES: Final[frozenset[str]] = frozenset(
    {"date", "timestamp", "created", "dc.date", "dcterms.date"}
)

# Class/id tokens of containers whose dates belong to other stories, comments or page chrome.
EXCLUDED_TOKEN_RE: Final = re.compile(
    r"(?:^|[-_])(?:related|recommend(?:ed|ations?)?|comments?|commentlist|discussion|sidebar"
    r"|footer|teasers?|more-?(?:stories|news|articles)|popular|trending|read-?more|also-?read"
    r"|newsletter|promo|outbrain|taboola|breadcrumbs?|menu|nav|navbar|navigation|widget-area"
    r"|rail|carousel|ticker|latest|recent(?:-posts)?|most-?read|mostread|archive|calendar"
    r"|cookie|consent)(?:$|[-_])",
    re.IGNORECASE,
)
# Tokens that never exclude (CMS bookkeeping classes, the article's own footer / meta line).
NEUTRAL_TOKEN_RE: Final = re.compile(
    r"^(?:category|tag|post|status|format|type|postid|single|page-id|topic|section)[-_]"
    r"|^(?:entry|article|story|post|asset|blog|news)[-_]?(?:footer|meta|info|data)",
    re.IGNORECASE,
)
EXCLUDED_TAGS: Final[frozenset[str]] = frozenset({"aside", "nav"})
# Elements that start a line of the page's text.
BLOCK_TAGS: Final[frozenset[str]] = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "section",
        "article",
        "header",
        "main",
        "table",
        "tr",
        "td",
        "th",
        "br",
        "figure",
        "figcaption",
        "blockquote",
        "address",
        "footer",
        "aside",
        "nav",
        "form",
        "hr",
        "pre",
    ]
)
# Elements whose text the reader does not see as the page's.
HIDDEN_TAGS: Final[frozenset[str]] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "select",
        "option",
        "button",
        "head",
        "title",
        "textarea",
    }
)
# Code samples: a date inside one is an example value, never the page's date.
CODE_TAGS: Final[frozenset[str]] = frozenset({"pre", "code", "kbd", "samp"})

# Class/id fragments of elements that hold the page's own publication date.
PUBLISHED_CLASS_RE: Final = re.compile(
    r"publi|posted|post-?date|entry-?date|article-?date|date-?publi|pubdate|submitted"
    r"|datum|fecha|dateline",
    re.IGNORECASE,
)
# An element classed as a date holds a date line (up to DATE_LINE_CHARS: its class names the
# date) or a little more (up to DATE_ELEMENT_CHARS: a date inside prose, generic evidence only).
DATE_LINE_CHARS: Final = 120
DATE_ELEMENT_CHARS: Final = 400
DATE_CLASS_RE: Final = re.compile(r"date|datum|fecha|zeit|time|byline|meta|info", re.IGNORECASE)
UPDATED_CLASS_RE: Final = re.compile(r"updat|modif|aktualis|revis", re.IGNORECASE)
# <abbr> classes that make it a date element (other <abbr>s count only by a date title).
ABBR_DATE_CLASS_RE: Final = re.compile(r"publi|updat|modif|date|time", re.IGNORECASE)
# Text right before a <time> that makes it the "updated" one: "Updated", "Mis à jour le".
UPDATED_CUE_END_RE: Final = re.compile(
    r"(?:updated|modified|aktualisiert(?:\s+am)?|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?)"
    r"\W*$",
    re.IGNORECASE,
)
# How much of the end of the page text is read for its closing "Updated:" / "Stand:" stamp.
PAGE_TAIL_CHARS: Final = 600
# How far (characters of page text) from the headline a date still belongs to the story.
NEAR_HEADLINE_CHARS: Final = 800
# Generic <meta> keys that probably carry a publication date.
META_PUBLISHED_FALLBACK_RE: Final = re.compile(
    r"publish|pubdate|pub_date|pub-date|created|uploaded|release|issued", re.IGNORECASE
)

# Any published/updated cue word, for lines made only of cues and dates.
CUE_WORDS_RE: Final = re.compile(
    rf"(?<![\w])(?:{_cue_alt(UPDATED_CUES + PUBLISHED_CUES)})(?![\w])", re.IGNORECASE
)

# Provenances that are the page's own statements (as opposed to feed/sitemap/HTTP hints).
ON_PAGE: Final = frozenset({"json-ld", "meta", "time-tag", "visible-text", "dateline"})

# Leading-metadata lines stripped from the start of body text.
# Page furniture lines above a story, beyond English: how long it takes to read ("Lesezeit: 3
# Min.", "Tempo de leitura: 3 min", "3 min de lecture", "Время чтения: 3 мин") and share buttons'
# labels ("Teilen", "Compartilhar", "Поделиться").
READING_TIME_LABELS: Final = (
    *("reading time", "read time", "lesezeit", "lesedauer", "temps de lecture"),
    *("durée de lecture", "tiempo de lectura", "tempo de leitura", "tempo di lettura"),
    *("leestijd", "czas czytania", "doba čtení", "время чтения", "час читання", "okuma süresi"),
    *("lästid", "lukuaika", "waktu baca", "lectura", "leitura", "lettura", "読了時間", "阅读时间"),
)
MINUTE_WORDS: Final = (
    *(r"min\.?", "minutes?", "minuten", "minutos?", "minuti", "minut", r"мин\.?", "минут[аы]?"),
    *("dakika", "分"),
)
READ_WORDS: Final = (
    *("read", "lesezeit", "lesedauer", "de lecture", "de lectura", "de leitura", "di lettura"),
    *("leestijd", "czytania", "чтения", "читання", "okuma", "baca"),
)
SHARE_LABELS: Final = (
    *("teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "compartilhar"),
    *("condividi", "stampa", "delen", "udostępnij", "sdílet", "поделиться", "поділитися"),
    *("paylaş", "dela", "jaa", "bagikan", "شارك", "اشتراک‌گذاری", "共有", "分享", "공유"),
)
LEADING_METADATA_RES: Final = (
    re.compile(r"^\s*date\s+(?:19|20)\d\d-\d\d-\d\d\b.*$", re.IGNORECASE),
    re.compile(
        rf"^\s*(?:\(?\s*(?:{_cue_alt(UPDATED_CUES + PUBLISHED_CUES)}))(?![\w])\s*(?:on|am|le|el)?"
        r"\s*[:\-–—|]?\s*.{0,80}$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*by\s+[\w.\-' ]{2,60}(?:\s*[|,•·–—-]\s*.{0,60})?$", re.IGNORECASE),
    re.compile(r"^\s*(?:von|par|por)\s+[\w.\-' ]{2,60}\s*[|,•·–—-]\s*.{0,60}$", re.IGNORECASE),
    re.compile(
        r"^\s*(?:share(?:\s+this(?:\s+(?:article|story|page|post))?)?|share on \w+|tweet|email"
        r"|print|comments?|save|listen(?: to this article)?|\d+\s+min(?:ute)?s?\s+read"
        rf"|(?:{'|'.join(READING_TIME_LABELS)})\s*:?.{{0,20}}"
        rf"|\d+\s*(?:{'|'.join(MINUTE_WORDS)})\s*(?:{'|'.join(READ_WORDS)})"
        rf"|{'|'.join(SHARE_LABELS)}|advertisement|anzeige)"
        r"\s*[:|]?\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*https?://\S+\s*$", re.IGNORECASE),  # the page's own address as a line
)
