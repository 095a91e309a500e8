"""Reading one dateline: the conventions' patterns (`tasks.datelines.patterns`) matched at the
start of a paragraph, the evidence each needs, and its place resolved in the gazetteer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from schemas.claims import Dateline
from tasks.datelines import patterns as P
from tasks.datelines.gazetteer import GazetteerPlace, fold, gazetteer
from tasks.datelines.teams import names_own_team

MIN_POP_TITLECASE: Final = 50_000  # a title-case place with only a dash must be a real city
MIN_POP_PERIOD_ABROAD: Final = 100_000  # "Washington. Der …" in German; "STOCKHOLM." anywhere
MIN_POP_COLON: Final = 100_000  # "NEW DELHI:" is a city; "MORE:", "TIME:" are labels
MIN_POP_ALIAS_ALONE: Final = 1_000_000  # "Wien", "Roma": any alternate name of such a city
MIN_HOST_NAME_CHARS: Final = 5  # "IDN Times" spells idntimes.com; "AP" spells too much
MIN_POP_ALTERNATE: Final = 150_000  # "Lisboa": an alternate name that begins like the own one
ALIAS_SAME_START: Final = 3
MAX_PLACE_WORDS: Final = 5
# A heading after a would-be dateline (`no_story_after`): a line this short with no sentence's
# closing mark, or one whose words of four letters or more all begin with a capital.
MAX_HEADING_CHARS: Final = 60
HEADLINE_WORD_CHARS: Final = 4
HEADLINE_MIN_WORDS: Final = 3
HEADLINE_MAX_WORDS: Final = 12
# A dateline is a few words long, and the conventions' patterns are tried on a paragraph's
# opening only: a hostile paragraph of a megabyte costs what a short one does. An opening cut
# short ends in a mark no pattern takes for the end of the paragraph or for a space, so a
# "dateline alone on its line" is never read at the cut.
OPENING_CHARS: Final = 500
_CUT_MARK: Final = "\ufffd"


def host_hints(host: str) -> tuple[frozenset[str], ...]:
    """The host's country domain's country, if it has one."""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return (frozenset({P.TLD_COUNTRIES.get(tld, tld.upper())}),) if len(tld) == 2 else ()


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
        return host_hints(self.host)

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
    if _generic_credit(name):
        return None, False
    parts = [name, *P.AGENCY_PARTS.split(name)]
    cocredit = P.AGENCY_COCREDIT.split(name)
    if len(cocredit) > 1 and all(p.casefold() in P.AGENCY_BY_ALIAS for p in cocredit):
        parts.append(cocredit[0])  # "(ANSA-AFP)": the first agency credited
    for part in parts:
        known = P.AGENCY_BY_ALIAS.get(part.casefold())
        if known:
            return known, True
    # an outlet written like one: "(HawaiiNewsNow)", "(KABC)", "(apro)", "(Taiwan News)"
    if P.OUTLET_AGENCY.fullmatch(name) or P.OUTLET_WORDS.fullmatch(name):
        return name, False
    return None, False


def _generic_credit(raw: str | None) -> bool:
    """ "(Agencies)", "(وكالات)": the story credits wires in general, a credit but no agency."""
    return raw is not None and " ".join(raw.split()).strip(" .").casefold() in P.GENERIC_CREDITS


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caseless(text: str) -> bool:
    return bool(P.CASELESS.search(text))


def begins_lower(text: str) -> bool:
    """The text begins in lower case (a caseless script's letter does not: Georgian's are
    lower case to Unicode, yet every sentence begins so)."""
    return text[:1].islower() and not P.CASELESS.match(text)


def _begins_capital(text: str) -> bool:
    """The text begins as a sentence does: a capital, or a letter of a caseless script."""
    return text[:1].isupper() or bool(P.CASELESS.match(text))


def no_story_after(rest: str, *, bare: bool, place: str = "") -> bool:
    """What follows a would-be dateline on its line is no story's opening (`patterns`,
    "What follows a would-be dateline"): a heading, a fixture's other side, or the place's name
    called by the kind of thing it names here or by the nickname of one of its teams
    ("Chicago — The Bears …", `teams`) — the last two only after a `bare` place, a name in
    title case and nothing else: a dateline's own marks (capitals, a stated region, a date, a
    colon where papers write their cities so) say it is one whatever the story's first words
    ("LIVERPOOL — The club …", "Hamilton, Ont. — The club's …", "Kolkata: The club's …")."""
    line = rest.split("\n", 1)[0].strip()
    if not line or line.endswith(_CUT_MARK):
        return False
    if _heading(line) or _fixture(line):
        return True
    return bare and (bool(P.NAMED_KIND_OPENING.match(line)) or names_own_team(place, line))


def _heading(line: str) -> bool:
    words = P.WORDS.findall(line)
    long_words = [w for w in words if len(w) >= HEADLINE_WORD_CHARS]
    headline = len(long_words) >= HEADLINE_MIN_WORDS and len(words) <= HEADLINE_MAX_WORDS
    if headline and all(w[0].isupper() for w in long_words):
        return True
    return (
        len(line) <= MAX_HEADING_CHARS
        and not line.endswith(P.SENTENCE_ENDS)
        and not P.UNPUNCTUATED_SCRIPTS.search(line)
        and not (P.LEAD_WEEKDAYS.search(line) and not P.QUESTION_HEADING.match(line))
    )


def _fixture(line: str) -> bool:
    """The other side's name (and the score), then a colon: "Betis: …", "Lazio 1-1: …"."""
    side, colon, _ = P.FIXTURE_SCORE.sub("", line, count=1).partition(":")
    words = side.split()
    return bool(
        colon
        and 0 < len(words) <= P.FIXTURE_SIDE_WORDS
        and words[0][:1].isupper()
        and all(P.FIXTURE_SIDE_WORD.fullmatch(w) and not w.islower() for w in words)
    )


def _looks_like_place(raw: str) -> bool:
    """Capitalised words (particles aside), not too many, not a label."""
    words = raw.split()
    if not words or len(words) > MAX_PLACE_WORDS or fold(raw) in P.NOT_PLACES:
        return False
    if len(words) > 1 and words[0].casefold() in P.BYLINE_LEADS:
        return False  # "By Jane Smith, CNN": a byline
    if _caseless(raw):
        return True
    return all(w[:1].isupper() or w.casefold() in P.PLACE_PARTICLES or w[:1] == "(" for w in words)


def _normal_case(place: str) -> str:
    """A place as written, capitals softened ("ST. JOSEPH" → "St. Joseph"); the small words
    inside a name in lower case ("CORVARA IN BADIA" → "Corvara in Badia")."""
    if not _is_caps(place):
        return " ".join(place.split())

    def word(w: str, first: bool) -> str:
        if P.INITIALS.fullmatch(w):
            return w.upper()  # D.C.
        if not first and w.casefold() in P.LOWERCASE_NAME_WORDS:
            return w.lower()
        return w[:1].upper() + w[1:].lower()

    parts = [w.split("-") for w in place.split()]
    return " ".join(
        "-".join(word(p, i == j == 0) for j, p in enumerate(w)) for i, w in enumerate(parts)
    )


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


def _local_name(written: str, city: GazetteerPlace, ctx: Context) -> bool:
    """An alternate name of a city of `MIN_POP_ALTERNATE` in a country whose language the text
    is written in: the local name a paper at home writes ("DEN HAAG -" in Dutch for The Hague,
    "नई दिल्ली:" in Hindi). Not for English, whose papers write GeoNames' own names. A name in
    a script of its own may be written in any of the country's languages ("తిరుపతి:" in
    Telugu, "കൊച്ചി:" in Malayalam): no plain word of a Latin-script language is spelled so."""
    language = ctx.language()
    if not language or language == "en" or city.population < MIN_POP_ALTERNATE:
        return False
    if gazetteer().writes_at_home(city.country, language):
        return True
    return not P.LATIN_LETTER.search(written) and gazetteer().speaks(city.country, language)


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
        for other in P.SHARED_REGION_NAMES.get(fold(regions[0]), ()):
            match = g.city_match(raw, country=other)
            if match is not None:
                country = other
                break
    if match is None and regions:  # "BOGOTÁ, D.C.": a capital district, not Washington's
        elsewhere = g.city_match(raw)
        if elsewhere and elsewhere[1] and elsewhere[0].population >= MIN_POP_ALIAS_ALONE:
            district = fold(regions[0]) in P.CAPITAL_DISTRICT_MARKS
            match, regions_ok = elsewhere, district and g.is_capital(elsewhere[0])
    whole = None if regions else g.country(raw) or g.us_states.get(fold(raw))
    evidence = match is not None and (_evidence(raw, *match) or _local_name(raw, match[0], ctx))
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
    return tuple(r.strip() for r in P.COMMAS.split(raw or "") if r.strip())


def _place_text(raw: str) -> str:
    """The place as written, without a full stop that belongs to the separator ("MADRID.-")
    rather than to an abbreviation ("D.C.", "St.")."""
    raw = " ".join(raw.split())
    return raw[:-1] if raw.endswith(".") and not P.ABBREVIATION_END.search(raw) else raw


def _bracketed_region(raw: str) -> tuple[str, tuple[str, ...]]:
    """A place and the region written in parentheses after it ("Córdoba (Argentina)", as EFE
    names a namesake abroad); a parenthesis that is no region stays part of the name ("Halle
    (Saale)"), unless the name is in a caseless script and only the city before it is known."""
    m = P.PARENTHESISED_REGION.fullmatch(raw)
    if m is None:
        return raw, ()
    if gazetteer().region(m["region"]) is not None:
        return m["place"], (m["region"],)
    if _caseless(raw) and gazetteer().city(m["place"]) and not gazetteer().city(raw):
        # a state in a script whose subdivision names the gazetteer lacks ("गुरुग्राम
        # (हरियाणा)", as Hindi agencies write): the known city before it, the state unread
        return m["place"], ()
    return raw, ()


def _own_name(name: str) -> bool:
    """A place's own name in the gazetteer, a parenthesis and all ("Halle (Saale)")."""
    match = gazetteer().city_match(name)
    return match is not None and match[1]


def _workhorse(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[/PLACE][ (REGION)][, REGION][, OUTLET][, DATE][ (AGENCY)] SEP: accepted on
    evidence."""
    raw, stated = _bracketed_region(_place_text(m["place"]))
    credit = m["agency"] or m["quoted"]
    if m["agency"] and not _agency(credit)[1] and gazetteer().region(m["agency"]) is not None:
        stated, credit = (*stated, m["agency"].strip()), None  # "Córdoba (Argentina) -"
    elif m["agency"] and not m["date"] and _own_name(f"{raw} ({m['agency'].strip()})"):
        raw, credit = f"{raw} ({m['agency'].strip()})", None  # "Halle (Saale). Die …"
    elif (
        m["agency"]
        and not m["date"]
        and not (_agency(credit)[1] or _generic_credit(credit))
        and _bracketed_region(f"{raw} ({m['agency'].strip()})") == (raw, ())
    ):
        credit = None  # "पटना (बिहार) :": the city's state, unread, before the colon
    regions = stated + _regions(m["bracketed"]) + _regions(m["regions"])
    outlet = m["outlet"]
    site_named = len(regions) == 1 and outlet is None and ctx.names_host(regions[0])
    if site_named and gazetteer().region(regions[0]) is None:  # "Jakarta, CNN Indonesia --"
        outlet, regions = regions[0], ()
    agency, known_agency = _agency(credit)
    generic = _generic_credit(credit)
    ctx = ctx.for_agency(known_agency)
    sep = m["sep"].strip()
    sep = ":" if sep and sep in P.HINDI_COLONS + P.ETHIOPIC_COLONS + P.KHMER_COLONS else sep
    credited = agency is not None or generic
    if credit and not credited:
        return None  # "(all times local)" and other asides
    if not _looks_like_place(raw) and not known_agency:
        return None
    if not all(_looks_like_place(p) for p in m["places"].split("/")[1:]):
        return None
    caps = _is_caps(raw)
    after = m.string[m.end() :]
    if _glued_em_dash(m) and (not (caps or known_agency) or _is_caps(after.split(None, 1)[0])):
        return None  # "Merkel—Macron …", "LONDON—PARIS rail …": a pair of names, no dateline
    if not known_agency and not caps and begins_lower(after):
        return None  # "Москва — столица России", "Berlin – das ist": a sentence, not a dateline
    caption = sep == ":" and m["date"] and P.CAPTION_DATE.search(m.string[: m.start("date")])
    if caption and not credited:
        return None  # "KYIV, UKRAINE - MARCH 04: A woman walks …": a photo agency's caption
    place, regions_ok = resolve(raw, regions, ctx)
    home_colon = sep == ":" and place.country in P.COLON_DATELINE_COUNTRIES
    bare = not (caps or regions or m["date"] or home_colon)
    if not credited and outlet is None and no_story_after(after, bare=bare, place=raw):
        return None  # "Kyiv — One Year On", "Sevilla - Betis: …", "Liverpool — The club …"
    if known_agency or (marked and (place.known or regions_ok)):
        pass  # an agency, or a known place the page marks up as its dateline
    elif marked or (sep == "" and not (generic and place.evidence)):
        # marked: a known place or an agency; no punctuation: a known agency, or a desk's
        # credit after a well-known place ("اسلام آباد (ویب ڈیسک) وزیراعظم …")
        return None

    elif sep == "." and m["date"] and _dated_full_stop(place, regions_ok, caps, agency):
        pass  # "BAKU, Azerbaijan, March 5. The …", "Ulaanbaatar, March 5 (MONTSAME). The …"
    elif sep == ".":  # "Köln. Der …"; with a date in capitals, "PARIS, 5. März. Die …" (FAZ)
        if m["date"] and not (caps or _caseless(raw)):
            return None
        if regions or not _period_ok(place, m.string[m.end() :], ctx, caps=caps):
            return None
    elif not (
        (regions_ok and (caps or place.known or credited))
        or (not regions and (credited or outlet) and (caps or place.known))
        or (
            not regions
            and caps
            and place.evidence
            and (
                sep != ":"
                or place.population >= MIN_POP_COLON
                # any town of those countries; a country's name is a heading ("INDIA:")
                or (place.population > 0 and place.country in P.COLON_DATELINE_COUNTRIES)
            )
        )
        or (
            not regions
            and _caseless(raw)
            and place.known
            # "मुंबई:", "اسلام آباد:" as Hindi and Urdu papers open: a city, not a label
            and (sep != ":" or (place.evidence and place.population >= MIN_POP_COLON))
        )
        or (not regions and sep != ":" and place.evidence and _home_town(place, ctx, after))
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


def _glued_em_dash(m: re.Match[str]) -> bool:
    """The story follows the em dash that ends the dateline with no space ("ABUJA—The …")."""
    glued_to = m.string[m.end("sep") : m.end("sep") + 1]
    return m["sep"].endswith(P.GLUED_EM_DASH) and glued_to != "" and not glued_to.isspace()


def _home_town(place: Resolved, ctx: Context, after: str) -> bool:
    """A town below `MIN_POP_TITLECASE`, by its own name, in the page's own country (the one its
    host's country domain names, else one whose language the page is written in), with the
    story on its line. Local papers date their own towns so ("Weilheim – Der Kreistag …" on a
    German site, "Annapolis — The council …" in English, "Třebíč - Zastupitelé …" in Czech); a
    namesake abroad is a word (a French sports site's "Monaco – L'ASM …" names the club), and a
    small town alone on its line a heading's."""
    if place.population <= 0 or not after.split("\n", 1)[0].strip():
        return False
    return _in_own_country(place, ctx)


def _in_own_country(place: Resolved, ctx: Context) -> bool:
    """The place is in the page's most telling country hint: its host's country domain's
    country, else the countries of its language."""
    return place.country in next(iter(ctx.hints()), frozenset())


def _dated_full_stop(place: Resolved, regions_ok: bool, caps: bool, agency: str | None) -> bool:
    """A date, then a full stop, may end a dateline whose place is vouched for otherwise: a
    stated region in capitals ("BAKU, Azerbaijan, March 5.", as Azerbaijani and Central Asian
    wires write), or an agency's credit in parentheses after a known city ("Ulaanbaatar, March 5
    (MONTSAME)."; an agency's name, or a name in capitals: "(pictured)" is a caption's aside).
    A date alone before a full stop is a German paper's ("PARIS, 5. März.")."""
    agency_credit = agency is not None and (agency in P.AGENCIES or _is_caps(agency))
    return (caps and regions_ok) or (agency_credit and place.evidence)


def _slash(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[, REGION][, DATE] /AGENCY/ ("MOSCOW, July 2. /TASS/.", "AUSTIN, Texas, March 5,
    2024 /PRNewswire/ --"): a stated region must be one, as in the workhorse, and a place
    written in title case (not in capitals, not in a caseless script) with no date must be one
    the gazetteer knows."""
    agency, known = _agency(m["agency"])
    raw = _place_text(m["place"])
    if not _looks_like_place(raw) or not (known or (agency and _is_caps(agency))):
        return None
    if not known and resolve(agency or "", (), ctx)[0].evidence:
        return None  # "BRUSSELS/BERLIN/PARIS (Reuters)": a city between slashes, no agency
    regions = _regions(m["regions"])
    if regions and not all(gazetteer().region(r) for r in regions):
        return None
    if not (m["date"] or _is_caps(raw) or _caseless(raw) or resolve(raw, regions, ctx)[0].known):
        return None  # "Acme Corp /PRNewswire/ --": a company's name, no place
    ctx = ctx.for_agency(known)
    return _dateline(m.group(0).strip(), raw, regions, agency, _clean_date(m["date"]), ctx)


def _known_agency(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE[, DATE] — AGENCY. ("МОСКВА, 2 июл — РИА Новости.") and (AGENCY) - PLACE[, DATE] -
    ("(ANSA) - ROMA, 2 LUG -"): a known agency, or a credit to agencies in general after a
    well-known place ("मुंबई, एजेंसी।")."""
    agency, known = _agency(m["agency"])
    raw = _place_text(m["place"])
    if not _looks_like_place(raw):
        return None
    if m["sep"].startswith(".") and _abbreviated_region(m["agency"]):
        return None  # "HARRISBURG, Pa. (…) —": Pennsylvania, not PA Media
    if m.re in _BARE_CREDITS and _region_holding(raw, m["agency"], ctx):
        return None  # "PITTSBURGH, PA —", "BELÉM, PA —": the place's state, not PA Media
    if not known and not (_generic_credit(m["agency"]) and resolve(raw, (), ctx)[0].evidence):
        return None
    return _dateline(
        m.group(0).strip(), raw, (), agency, _clean_date(m["date"]), ctx.for_agency(known)
    )


# Conventions whose agency stands bare after the place, where a region's letters may stand.
_BARE_CREDITS: Final = (P.BARE_AGENCY_RE, P.CAPITALS_AGENCY_RE)


def _region_holding(raw: str, word: str, ctx: Context) -> bool:
    """A bare credit in capitals that is a region the place lies in (a US postal code, a
    Brazilian state's letters): the dateline states its region."""
    if not _is_caps(word) or gazetteer().region(word) is None:
        return False
    place, regions_ok = resolve(raw, (word,), ctx)
    return regions_ok and place.known


def _abbreviated_region(word: str) -> bool:
    """A bare credit that, with the full stop after it, is a region's abbreviation in lower
    case ("Pa.", "Ont."): the place's region, which an agency's name never is."""
    return not _is_caps(word) and gazetteer().region(word + ".") is not None


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


def _capitals_agency(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE, [DATE,] AGENCY with no mark before the story ("Bakı, 5 mart, AZƏRTAC …"): only a
    known agency written in capitals."""
    if not _is_caps(m["agency"]) or not _agency(m["agency"])[1]:
        return None
    return _known_agency(m, ctx, marked)


def _spaced_agency(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """PLACE - AGENCY story ("الطائف - واس افتتح …"): an agency by name, never a credit to
    agencies in general, which is the story's subject here ("القاهرة - وكالات الأنباء نقلت")."""
    if not _agency(m["agency"])[1]:
        return None
    return _known_agency(m, ctx, marked)


def _staff_first(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """STAFF, PLACE : ("जागरण संवाददाता, लखनऊ :"): the paper's own staff, a place it knows."""
    raw = _place_text(m["place"])
    if not _looks_like_place(raw) or not resolve(raw, (), ctx)[0].known:
        return None
    return _dateline(m.group(0).strip(), raw, (), None, None, ctx)


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
    known place the text ends with. A site's own story may name none ("中新网3月5日电")."""
    agency = None if m["agency"] in P.OWN_PAPER else _agency(m["agency"])[0]
    raw = m["place"] or ""
    for start in range(len(raw) - 1):
        if gazetteer().city(raw[start:]) is not None:
            raw = raw[start:]
            break
    return _dateline(m.group(0).strip(), raw or None, (), agency, m["date"], ctx)


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


def _japanese_square(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """［都市　日　ロイター］: an agency's bracket, its place and day."""
    agency, _ = _agency(m["agency"])
    raw = m["place"]
    if fold(raw) in P.NOT_PLACES:
        return None
    return _dateline(m.group(0).strip(), raw, (), agency, _clean_date(m["date"]), ctx)


def _korean(m: re.Match[str], ctx: Context, marked: bool) -> Dateline | None:
    """(도시=연합뉴스) 기자 =; a correspondent's (특파원) place is abroad, so the agency's home
    says nothing of its country."""
    agency, _ = _agency(m["agency"])
    abroad = m["title"] in P.ABROAD_TITLES
    return _dateline(m.group(0).strip(), m["place"].strip(), (), agency, None, ctx, abroad=abroad)


def _period_ok(place: Resolved, after: str, ctx: Context, *, caps: bool) -> bool:
    """ "Berlin. Die …" is German and Austrian (and Swahili) papers' convention: a known place
    at home (or a big city abroad), a text in such a language, a capital (or a quotation mark)
    after the full stop. A city written in capitals ("STOCKHOLM. Regeringen …", "СОФИЯ.
    Правителството …") is a dateline in any language, and so is a smaller town in capitals in
    the page's own country ("KIRUNA. Gruvbolaget …" on a Swedish site)."""
    if not place.evidence or not (_begins_capital(after) or after[:1] in P.OPENING_QUOTES):
        return False
    if caps and (place.population >= MIN_POP_PERIOD_ABROAD or _in_own_country(place, ctx)):
        return True
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
    (P.JAPANESE_SQUARE_RE, _japanese_square),
    (P.AGENCY_FIRST_RE, _known_agency),
    (P.OUTLET_FIRST_RE, _outlet_first),
    (P.STAFF_FIRST_RE, _staff_first),
    (P.SLASH_AGENCY_RE, _slash),
    (P.TWO_CALENDARS_RE, _known_agency),
    (P.SLASH_LEAD_AGENCY_RE, _known_agency),
    (P.DATE_ONLY_RE, _date_only),
    (P.AGENCY_ONLY_RE, _agency_only),
    (P.BARE_AGENCY_RE, _known_agency),
    (P.CAPITALS_AGENCY_RE, _capitals_agency),
    (P.GLUED_AGENCY_RE, _known_agency),
    (P.SPACED_AGENCY_RE, _spaced_agency),
    (P.DATELINE_RE, _workhorse),
)


def read_dateline(par: str, ctx: Context, *, marked: bool = False) -> tuple[Dateline, int] | None:
    """A dateline opening `par`, and where the text after it starts."""
    lead = P.STAFF_LEAD_RE.match(par)
    if lead is not None:  # "Our Correspondent LAHORE (APP) –": the dateline after the credit
        credited = read_dateline(par[lead.end() :], ctx, marked=marked)
        return (credited[0], lead.end() + credited[1]) if credited is not None else None
    opening = par if len(par) <= OPENING_CHARS else par[:OPENING_CHARS] + _CUT_MARK
    for pattern, reader in _READERS:
        m = pattern.match(opening)
        if m is None:
            continue
        found = reader(m, ctx, marked)
        if found is not None:
            return found, m.end()
    return None
