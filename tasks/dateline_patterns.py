"""Data for dateline parsing: news agencies, US state names/abbreviations, country aliases.

Data only; the logic lives in `tasks.datelines`.
"""

from __future__ import annotations

import re
from typing import Final

# Canonical agency name (the short brand datelines use) → aliases as written (case-insensitive).
AGENCIES: Final[dict[str, tuple[str, ...]]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("Associated Press", "AP", "The Associated Press", "Associated Press"),
    "AFP": ("Agence France-Presse", "AFP", "Agence France-Presse", "Agence France Presse"),
    "dpa": ("Deutsche Presse-Agentur", "dpa", "DPA", "Deutsche Presse-Agentur"),
    "TASS": ("TASS", "ITAR-TASS"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "ANI": (
        "Asian News International",
        "ANI",
    ),
    "PTI": ("Press Trust of India", "PTI", "Press Trust of India"),
    "IANS": (
        "Indo-Asian News Service",
        "IANS",
    ),
    "UPI": (
        "United Press International",
        "UPI",
    ),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "Anadolu Agency": ("AA", "Anadolu", "Anadolu Agency"),
    "Agenzia Nova": ("Agenzia Nova",),
    "Interfax": ("Interfax",),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "CNA": ("CNA",),
    "KUNA": ("KUNA",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "IRNA": ("IRNA",),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "APA": ("APA",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "AFX": ("AFX", "dpa-AFX"),
    "Pajhwok": ("Pajhwok", "Pajhwok Afghan News"),
    "PanARMENIAN.Net": ("PanARMENIAN.Net", "PanARMENIAN"),
    "CP": ("Canadian Press", "CP", "The Canadian Press"),
    "AAP": (
        "Australian Associated Press",
        "AAP",
    ),
    "PA": ("Press Association", "PA", "PA Media"),
    "CNN": ("CNN",),
    "AFP-JIJI": ("AFP-JIJI", "Jiji"),
}


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in AGENCIES.items():
        for alias in (canonical, *aliases):
            table.setdefault(alias.lower(), canonical)
    return table


AGENCY_BY_ALIAS: Final[dict[str, str]] = _alias_table()

# Agencies that may open a paragraph on their own ("PanARMENIAN.Net - ...", "(Reuters) -").
STANDALONE_AGENCIES: Final[frozenset[str]] = frozenset(
    {
        "reuters",
        "ap",
        "afp",
        "dpa",
        "tass",
        "xinhua",
        "ani",
        "pti",
        "ians",
        "upi",
        "efe",
        "ansa",
        "kyodo",
        "yonhap",
        "panarmenian.net",
        "bloomberg",
        "interfax",
        "bernama",
    }
)

# US states: AP-style abbreviations, postal codes and full names → postal code.
US_STATES: Final[dict[str, str]] = {
    "ala.": "AL",
    "alaska": "AK",
    "ariz.": "AZ",
    "ark.": "AR",
    "calif.": "CA",
    "cal.": "CA",
    "colo.": "CO",
    "conn.": "CT",
    "del.": "DE",
    "fla.": "FL",
    "ga.": "GA",
    "hawaii": "HI",
    "idaho": "ID",
    "ill.": "IL",
    "ind.": "IN",
    "iowa": "IA",
    "kan.": "KS",
    "kans.": "KS",
    "ky.": "KY",
    "la.": "LA",
    "maine": "ME",
    "md.": "MD",
    "mass.": "MA",
    "mich.": "MI",
    "minn.": "MN",
    "miss.": "MS",
    "mo.": "MO",
    "mont.": "MT",
    "neb.": "NE",
    "nebr.": "NE",
    "nev.": "NV",
    "n.h.": "NH",
    "n.j.": "NJ",
    "n.m.": "NM",
    "n.y.": "NY",
    "n.c.": "NC",
    "n.d.": "ND",
    "ohio": "OH",
    "okla.": "OK",
    "ore.": "OR",
    "pa.": "PA",
    "r.i.": "RI",
    "s.c.": "SC",
    "s.d.": "SD",
    "tenn.": "TN",
    "texas": "TX",
    "tex.": "TX",
    "utah": "UT",
    "vt.": "VT",
    "va.": "VA",
    "wash.": "WA",
    "w.va.": "WV",
    "w. va.": "WV",
    "wis.": "WI",
    "wyo.": "WY",
    "d.c.": "DC",
    "dc": "DC",
}
US_POSTAL: Final[frozenset[str]] = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
    ]
)

# Country names that pycountry spells differently.
COUNTRY_ALIASES: Final[dict[str, str]] = {
    "u.s.": "US",
    "us": "US",
    "usa": "US",
    "u.s.a.": "US",
    "united states": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "taiwan": "TW",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "palestine": "PS",
    "gaza": "PS",
    "west bank": "PS",
    "kosovo": "XK",
    "the netherlands": "NL",
    "holland": "NL",
    "uae": "AE",
    "congo": "CG",
    "dr congo": "CD",
    "macedonia": "MK",
    "burma": "MM",
    "turkey": "TR",
    "vatican city": "VA",
    "brunei": "BN",
    "micronesia": "FM",
    "united arab emirates": "AE",
    "hong kong": "HK",
}

# Capitals that share a name with a US state or a smaller namesake: an all-caps dateline means
# the city.
PREFERRED_CITIES: Final[dict[str, tuple[str, str]]] = {
    "washington": ("Washington", "US"),
    "new york": ("New York", "US"),
    "kabul": ("Kabul", "AF"),
    "london": ("London", "GB"),
    "paris": ("Paris", "FR"),
    "berlin": ("Berlin", "DE"),
    "moscow": ("Moscow", "RU"),
    "rome": ("Rome", "IT"),
    "athens": ("Athens", "GR"),
    "vienna": ("Vienna", "AT"),
    "dubai": ("Dubai", "AE"),
    "kuwait": ("Kuwait City", "KW"),
    "kuwait city": ("Kuwait City", "KW"),
    "mexico city": ("Mexico City", "MX"),
    "panama city": ("Panama City", "PA"),
    "guatemala city": ("Guatemala City", "GT"),
    "hong kong": ("Hong Kong", "HK"),
    "singapore": ("Singapore", "SG"),
    "the hague": ("The Hague", "NL"),
    "vatican city": ("Vatican City", "VA"),
    "jerusalem": ("Jerusalem", "IL"),
    "gaza": ("Gaza", "PS"),
    "gaza city": ("Gaza City", "PS"),
    "tehran": ("Tehran", "IR"),
    "geneva": ("Geneva", "CH"),
    "brussels": ("Brussels", "BE"),
    "beijing": ("Beijing", "CN"),
    "tokyo": ("Tokyo", "JP"),
    "seoul": ("Seoul", "KR"),
    "sydney": ("Sydney", "AU"),
    "toronto": ("Toronto", "CA"),
    "cairo": ("Cairo", "EG"),
    "madrid": ("Madrid", "ES"),
    "los angeles": ("Los Angeles", "US"),
    "san francisco": ("San Francisco", "US"),
    "new delhi": ("New Delhi", "IN"),
    "united nations": ("United Nations", ""),
}

# Words that open ordinary sentences and are also tiny places somewhere: never a dateline
# place unless an agency or a region follows.
NOT_PLACES: Final[frozenset[str]] = frozenset(
    {
        "breaking",
        "breaking news",
        "update",
        "updated",
        "editor's note",
        "note",
        "live",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "comment",
        "police",
        "officials",
        "us officials",
        "the pentagon",
        "pentagon",
        "report",
        "sources",
        "read",
        "listen",
        "advertisement",
        "related",
        "summary",
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mobile",
        "reading",
        "of",
        "the",
        "a",
        "in",
        "on",
        "at",
        "by",
        "for",
        "and",
        "but",
        "why",
        "how",
        "what",
        "when",
        "where",
        "who",
        "this",
        "that",
        "here",
        "there",
    }
)

DASH: Final = r"(?:--|[-–—‒―]|:)"
_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_PART: Final = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"

# PLACE[, REGION][, REGION][, DATE][ (AGENCY)] SEP   — the workhorse.
DATELINE_RE: Final = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-Þa-z][\w.'’\-]*){0,3}?)"
    r"(?P<regions>(?:\s*,\s*(?![A-Z][a-z]+\s+\d)[A-ZÀ-Þ][\w.'’\-]*(?:\s+[A-ZÀ-Þ][\w.'’\-]*){0,3})"
    r"{0,2})"
    rf"(?:\s*,\s*(?P<date>{DATE_PART}))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    rf"\s*(?P<sep>{DASH})(?=\s)\s*"
)
# "MOSCOW, July 2. /TASS/." and "BEIJING, July 2 (Xinhua) --"
TASS_RE: Final = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,40}?)"
    rf"(?:\s*,\s*(?P<date>{DATE_PART}))?\.?\s*/(?P<agency>[A-Za-z\-]{{2,12}})/\.?\s*"
)
# "(Reuters) -", "PanARMENIAN.Net -"
AGENCY_ONLY_RE: Final = re.compile(
    rf"^(?:\((?P<paren>[^()\n]{{1,30}})\)|(?P<bare>[A-Za-z][\w.\-]{{1,30}}))\s*{DASH}(?=\s)\s*"
)
