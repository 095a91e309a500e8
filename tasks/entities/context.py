"""When the article contradicts the alias table: the same word, another entity.

Why: an alias names one entity, but some aliases are also a first name ("Chad", "Jordan"), a
river or forest ("Amazon"), or another country's institution ("Peru's Congress"). The table
cannot know which one a sentence means; the article around the mention can, by an owner
written beside it ("Peru's Congress") or by where its places lie (all in India: "Congress" is
the Congress party; the gazetteer of `tasks.datelines` says where a place is). Each check here
needs evidence from the article itself, so a mention the article says nothing more about keeps
the table's entity.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.aliases import AliasTable
from tasks.entities.linking import first_names_of_people
from tasks.entities.mentions import Mention
from tasks.names import fold

# Up to three capitalised words right before a mention, with a possessive ("Peru's Congress",
# "South Korea's National Assembly") or without ("the Peruvian Congress").
_OWNER_BEFORE_RE = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)(?:['’ʼ]s?)?\s+\Z")
# "... of Peru", "... of the Philippines" right after a mention.
_OWNER_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)")
_OWNER_WINDOW = 60


def people_not_places(mentions: Sequence[Mention]) -> None:
    """ "Chad Ashton scored. Chad struck again": the second "Chad" is the person, not the
    country, when the model reads it as a person and the article names a person so. Once one
    occurrence is the person, the occurrences the model did not read at all (found by the alias
    scan only) are too; those it read as a place stay the place.

    Not when the model reads the word as a place at least as often as a person ("AMMAN, Jordan
    — Jordan reopened the bridge ... Jordan Hale, a spokesperson"): in an article about the
    country, the odd person reading is the model's slip, not the namesake."""
    names = first_names_of_people(mentions)
    readings: dict[str, Counter[str | None]] = {}
    for m in mentions:
        if _table_says_otherwise(m) and m.key in names:
            readings.setdefault(m.key, Counter())[m.type] += 1
    shown = {key for key, seen in readings.items() if seen["PERSON"] > seen["LOC"]}
    for m in mentions:
        if _table_says_otherwise(m) and m.key in shown and m.type in ("PERSON", None):
            m.entity, m.type = None, "PERSON"


def people_not_companies(mentions: Sequence[Mention]) -> None:
    """ "Ontario Premier Doug Ford ... Ford said": a bare word the table knows as a company is
    the surname of the person the article names in full with it, when the article never writes
    the company's longer name ("Ford Motor Co." beside "Bill Ford" leaves "Ford" the company,
    as the article may mean either)."""
    surnames = {m.key.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.key}
    written_in_full = {m.entity.entity_id for m in mentions if m.entity and " " in m.key}
    for m in mentions:
        if m.entity is None or m.entity.type != "ORG" or " " in m.key:
            continue
        if m.key in surnames and m.entity.entity_id not in written_in_full:
            m.entity, m.type = None, "PERSON"


def namesakes_without_the(text: str, mentions: Sequence[Mention]) -> None:
    """ "Emirates will start flights": an alias the table means only with "the" before it
    ("the Emirates", the country; `rules.ARTICLE_BOUND_ALIASES`) names its namesake without.
    Once the article names the namesake so, "the" with the word before a lowercase noun is it
    too ("the Emirates fleet"); "across the Emirates." stays the country."""
    bound = [
        m
        for m in mentions
        if m.key in rules.ARTICLE_BOUND_ALIASES
        and m.entity is not None
        and " " not in m.surface(text).strip()
    ]
    bare = [m for m in bound if not rules.THE_BEFORE_RE.search(text, max(0, m.start - 8), m.start)]
    named = {m.key for m in bare}
    for m in bound:
        attributive = m.key in named and rules.LOWERCASE_WORD_AFTER_RE.match(text, m.end)
        if m in bare or attributive:
            m.entity, m.type, m.target = None, rules.ARTICLE_BOUND_ALIASES[m.key], m.key


def _table_says_otherwise(m: Mention) -> bool:
    return m.entity is not None and m.entity.type != "PERSON" and " " not in m.key


def places_not_namesakes(text: str, mentions: Sequence[Mention]) -> None:
    """ "the Amazon rainforest ... The Amazon is burning": once the article describes a place
    as "<X> rainforest" (river, basin ... in lowercase: a description, not part of a name), a
    bare X that the table knows as a company or a person is that place (the first such place
    written, when there are several)."""
    places: dict[str, Mention] = {}
    for m in mentions:
        words = m.key.split()
        described = len(words) > 1 and words[-1] in rules.GEOGRAPHIC_HEADS
        lowercase_head = m.surface(text).split()[-1][:1].islower()
        if m.type == "LOC" and m.entity is None and described and lowercase_head:
            places.setdefault(" ".join(words[:-1]), m)
    for m in mentions:
        place = places.get(m.key)
        if place is not None and m.entity is not None and m.entity.type != "LOC":
            m.entity, m.type, m.target = None, "LOC", place.target


def _owner(text: str, m: Mention) -> list[str]:
    """Folded names that may say whose institution the mention is: the one to three
    capitalised words before it, and what follows "of" after it."""
    owners = []
    before = _OWNER_BEFORE_RE.search(text, max(0, m.start - _OWNER_WINDOW), m.start)
    if before:
        written = before.group(1).split()
        owners += [fold(" ".join(written[-n:])) for n in range(1, len(written) + 1)]
    after = _OWNER_AFTER_RE.match(text, m.end)
    if after:
        written = after.group(1).split()
        owners += [fold(" ".join(written[:n])) for n in range(1, len(written) + 1)]
    return owners


@functools.lru_cache(maxsize=4)
def _country_ids(table: AliasTable) -> frozenset[str]:
    """The table's entities that are countries: one of their aliases is a country's name in
    ISO 3166 (pycountry), so "Virginia Democrats" stay the party the table means."""
    import pycountry  # deferred: only articles with a generic institution name need it

    names = {
        fold(getattr(c, attr))
        for c in pycountry.countries
        for attr in ("name", "official_name", "common_name")
        if getattr(c, attr, None)
    }
    return frozenset(c.entity_id for key, c in table.entries.items() if key in names)


def _other_country(owner: str, country: str, table: AliasTable) -> bool:
    """Does `owner` (folded) name a country other than `country` (an entity id)?"""
    if owner in rules.COUNTRY_WORDS.get(country, frozenset()):
        return False
    entity = table.get(owner)
    if entity is not None:
        return entity.entity_id != country and entity.entity_id in _country_ids(table)
    return owner in rules.DEMONYMS


def institutions_of_other_countries(
    text: str, mentions: Sequence[Mention], table: AliasTable
) -> None:
    """ "Peru's Congress" is not the US Congress, and "Congress" in an article that names the
    Congress party is that party: a generic alias of one country's institution keeps the
    table's entity only when nothing in the article points elsewhere. Within one article the
    bare word follows the owner written once ("Peru's Congress ... the Congress building")."""
    containing: dict[str, dict[str, Mention]] = {}  # a word -> entities with it in a long name
    for m in mentions:
        if m.entity is not None and " " in m.key:
            for word in m.key.split():
                containing.setdefault(word, {}).setdefault(m.entity.entity_id, m)
    owned: dict[str, str] = {}  # generic alias -> the other country's institution it names here
    for m in mentions:
        country = rules.COUNTRY_BOUND_ALIASES.get(m.key)
        if m.entity is None or country is None:
            continue
        owner = next((o for o in _owner(text, m) if _other_country(o, country, table)), None)
        if owner is not None:
            m.entity, m.target = None, f"{owner} {m.key}"
            owned.setdefault(m.key, m.target)
    for m in mentions:
        if m.entity is None or m.key not in rules.COUNTRY_BOUND_ALIASES:
            continue
        if m.key in owned:  # "Peru's Congress ... outside the Congress building"
            m.entity, m.target = None, owned[m.key]
            continue
        first = m.key.split(" ", 1)[0]
        others = {
            entity_id: other
            for entity_id, other in containing.get(first, {}).items()
            if entity_id != m.entity.entity_id and f" {m.key} " in f" {other.key} "
        }
        if len(others) == 1:  # "the Congress party ... Congress won 99 seats"
            (other,) = others.values()
            m.entity, m.target = other.entity, other.target
    _institutions_abroad(text, mentions, table)


def _place_country(surface: str) -> str | None:
    """The ISO code of the country a place's name lies in: a country, a region only one
    country has, or a city of the gazetteer."""
    places = gazetteer()
    region = places.region(surface)
    if region is not None:
        return region[0]
    city = places.city(surface)
    return city.country if city is not None else None


def _place_countries(text: str, mentions: Sequence[Mention]) -> Counter[str]:
    """How many of the article's place mentions lie in each country (ISO code)."""
    counts: Counter[str] = Counter()
    for m in mentions:
        kind = m.entity.type if m.entity is not None else m.type
        if kind == "LOC" and (country := _place_country(text[m.start : m.end])) is not None:
            counts[country] += 1
    return counts


def _abroad(counts: Counter[str], home: str) -> str | None:
    """The one country other than `home` (an ISO code) the article's places lie in, when it
    names `rules.ABROAD_MIN_PLACES` or more places there and none in `home`."""
    if counts[home]:
        return None
    abroad = [c for c, n in counts.items() if n >= rules.ABROAD_MIN_PLACES]
    return abroad[0] if len(abroad) == 1 else None


def _institutions_abroad(text: str, mentions: Sequence[Mention], table: AliasTable) -> None:
    """ "Congress took six seats" in an article set in India is no US Congress: a bare
    country-bound alias the article gives no owner keeps the table's entity unless all the
    places the article names lie in one other country. There it is that country's namesake
    when the table knows one (`rules.NAMESAKES_ABROAD`: India's Congress party), else an entity
    of its own."""
    bound = [
        m
        for m in mentions
        if m.key in rules.COUNTRY_BOUND_ALIASES
        and m.entity is not None
        and m.entity == table.get(m.key)
    ]
    if not bound:
        return
    keys = {k.key for k in mentions}
    counts = _place_countries(text, mentions)  # read once, whatever the number of mentions
    for m in bound:
        country = rules.COUNTRY_BOUND_ALIASES[m.key]
        if rules.COUNTRY_WORDS.get(country, frozenset()) & keys:
            continue  # "the US", "American" written: the table's own
        abroad = _abroad(counts, rules.COUNTRY_CODES[country])
        if abroad is None:
            continue
        namesake = rules.NAMESAKES_ABROAD.get((m.key, abroad))
        m.entity = table.get(namesake) if namesake else None
        m.target = namesake or f"{abroad.lower()} {m.key}"
