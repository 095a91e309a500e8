"""Names the model cuts in pieces, made whole again: a judicial district ("the Southern District
of New York", read as "Southern District" and "New York"), a saint's institution ("St
James's University Hospital", read as "St James's" and "University Hospital") or one named for
Mary ("Queen of Martyrs Church", read as "Martyrs Church"), a diocese
("the Archdiocese of Detroit", read as "Archdiocese" and "Detroit"), a university's campus
("the University of Texas at Austin", read as "University of Texas" and "Austin"; "the
University of California, Berkeley"), a charity named by an illness ("the Alzheimer's
Society", read as "Society"; "Parkinson's UK", read as the country), a party's
Scottish or Welsh branch ("Scottish Labour", read as a nationality and the UK party), an office
named by its holder ("the Lake County Sheriff's Office", read as "Lake County Sheriff" and
"Office", or by its holder's title alone, "the New York State Attorney General", read as the
state), a port named by its place ("the Port of Prince Rupert", read as the person "Rupert"), a
road named by its number ("County Road 14", read as "County Road"), a numbered unit of a body
("VFW Post 2345", read as "VFW Post"), a government body named by
several portfolios ("the Department of Public Works and Highways", read as "Department of
Public Works"), an emergency service named by its area ("South Yorkshire Police", read as the
county; "South Yorkshire Fire and Rescue", read as "Rescue"; `tasks.entity_rules.area_services`),
any organization named by a list with a generic head ("the Advisory,
Conciliation and Arbitration Service", read as "Conciliation and Arbitration Service"), a
federal court with its circuit ("the U.S. Court of Appeals for the Federal Circuit"), a body
named in Filipino ("the Liga ng mga Barangay sa Pilipinas", read as "Liga", "Barangay" and
"Pilipinas"), a place or a body named in Spanish, Portuguese, Italian or French ("the Museo
del Prado", found nowhere; "Casa do Rio", read as "Casa" and "Rio";
`tasks.entity_rules.romance_names`), and a Korean name whose family name is an English word
("Son Heung-min", read as "Heung-min").

Why: each piece becomes an entity of its own (a direction, a state, a saint), and the whole
name, the one entity the article means, is lost. The form itself says where the name starts and
ends, so the model's spans inside it give way to one span before anything reads them. The
patterns are data in `tasks.entity_rules`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterator, Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules.area_services import APPEAL_VERBS, AREA_SERVICE_RE
from tasks.entity_rules.eponyms import ILLNESS_BODY_RE
from tasks.entity_rules.romance_names import ROMANCE_NAME_RE, ROMANCE_PLACE_HEADS
from tasks.names import fold

_WORD_RE = re.compile(r"\S+")
# How far back a capitalised word before a listed name is looked for: longer words than this are
# no titles' or names' words.
_RUN_LOOKBACK = 40
_LIST_SPLIT_RE = re.compile(r",|[ \t]+(?:and|&)[ \t]+")
# Leading words that are not the office's owner ("A Lake County Sheriff's Office canine").
_NOT_OWNER_START = rules.TITLE_CASE_MINOR_WORDS | rules.NOT_NAME_WORDS


def _whole_names(text: str) -> Iterator[tuple[int, int, Span]]:
    """(region start, region end, the name's span) of each whole name: the region may hold a
    "the" before the name, which the model's span may hold too."""
    for district in rules.COURT_DISTRICT_RE.finditer(text):
        start, end = district.span("name")
        yield district.start(), district.end(), (district["name"], "ORG", start, end)
    for saints in rules.SAINT_INSTITUTION_RE.finditer(text):
        label = rules.SAINT_INSTITUTION_HEADS[" ".join(saints["head"].lower().split())]
        start, end = saints.span("name")
        yield saints.start(), saints.end(), (saints["name"], label, start, end)
    for dedication in rules.DEDICATION_INSTITUTION_RE.finditer(text):  # "Our Lady of Mercy Parish"
        label = rules.DEDICATION_INSTITUTION_HEADS[" ".join(dedication["head"].lower().split())]
        start, end = dedication.span("name")
        yield dedication.start(), dedication.end(), (dedication["name"], label, start, end)
    for branch in rules.PARTY_BRANCH_RE.finditer(text):
        start, end = branch.span("name")
        yield branch.start(), branch.end(), (branch["name"], "ORG", start, end)
    for campus in rules.CAMPUS_RE.finditer(text):  # "the University of Texas at Austin"
        yield campus.start(), campus.end(), (campus["name"], "ORG", *campus.span("name"))
    for campus in rules.CAMPUS_COMMA_RE.finditer(text):  # "the University of California, Berkeley"
        if _state_and_town(campus["system"], campus["town"]):
            yield campus.start(), campus.end(), (campus["name"], "ORG", *campus.span("name"))
    for body in ILLNESS_BODY_RE.finditer(text):  # "the Alzheimer's Society", "Parkinson's UK"
        yield body.start(), body.end(), (body["name"], "ORG", *body.span("name"))
    for diocese in rules.DIOCESE_RE.finditer(text):
        start, end = diocese.span("name")
        yield diocese.start(), diocese.end(), (diocese["name"], "ORG", start, end)
    for port in rules.PORT_RE.finditer(text):
        start, end = port.span("name")
        if fold(port["name"]) not in rules.CITIES_NAMED_PORT_OF:
            yield port.start(), port.end(), (port["name"], "ORG", start, end)
    for body in rules.PORTFOLIO_BODY_RE.finditer(text):
        owner = list(_WORD_RE.finditer(body["owner"]))
        while owner and owner[0].group().lower() in _NOT_OWNER_START:
            owner.pop(0)
        start = body.start("owner") + owner[0].start() if owner else body.start("body")
        yield body.start(), body.end(), (text[start : body.end()], "ORG", start, body.end())
    for pattern in (rules.HOLDER_OFFICE_RE, rules.TITLED_OFFICE_RE):  # "... Attorney General"
        for office in pattern.finditer(text):
            owner = list(_WORD_RE.finditer(office["owner"]))
            while owner and owner[0].group().lower() in _NOT_OWNER_START:
                owner.pop(0)
            if all(w.group().lower() in rules.OFFICE_HOLDER_WORDS for w in owner):
                continue  # no owner left, or only a title's words: "the District Attorney's Office"
            start, end = office.start("owner") + owner[0].start(), office.end()
            yield office.start(), end, (text[start:end], "ORG", start, end)
    for service in AREA_SERVICE_RE.finditer(text):  # "South Yorkshire Police"
        owner = list(_WORD_RE.finditer(service["owner"]))
        while owner and owner[0].group().lower() in _NOT_OWNER_START | APPEAL_VERBS:
            owner.pop(0)
        if owner:
            start, end = service.start("owner") + owner[0].start(), service.end()
            yield service.start(), end, (text[start:end], "ORG", start, end)
    for listed in rules.LISTED_NAME_RE.finditer(text):
        if _inside_capitalised_run(text, listed.start()):
            continue  # "Mayor Pro Tem Dale Hutchins and Council Member": people and titles
        if not _lists_names(listed["before"] or listed["after"]):
            yield _without_lead(text, listed)
    for court in rules.COURT_FOR_RE.finditer(text):
        start, end = court.span("name")
        yield court.start(), end, (court["name"], "ORG", start, end)
    for place in rules.HYPHEN_PLACE_RE.finditer(text):  # "Stoke-on-Trent", "Newcastle upon Tyne"
        yield place.start(), place.end(), (place["name"], "GPE", *place.span("name"))
    for body in rules.FILIPINO_NAME_RE.finditer(text):  # "Liga ng mga Barangay sa Pilipinas"
        yield body.start(), body.end(), (body["name"], "ORG", *body.span("name"))
    for name in ROMANCE_NAME_RE.finditer(text):  # "the Museo del Prado", "Casa do Rio"
        label = "FAC" if name["head"] in ROMANCE_PLACE_HEADS else "ORG"
        yield name.start(), name.end(), (name["name"], label, *name.span("name"))


def _inside_capitalised_run(text: str, start: int) -> bool:
    """Does a capitalised word stand right before `start` (a list found from the middle of a run
    of capitalised words)? Reads at most `_RUN_LOOKBACK` characters back."""
    before = text[max(0, start - _RUN_LOOKBACK) : start]
    return rules.CAPITALISED_WORD_BEFORE_RE.search(before) is not None


def _without_lead(text: str, found: re.Match[str]) -> tuple[int, int, Span]:
    """The organization `found` names, without its leading minor words ("The", "In")."""
    words = list(_WORD_RE.finditer(found["name"]))
    while len(words) > 1 and words[0].group().lower() in _NOT_OWNER_START:
        words.pop(0)
    start = found.start("name") + words[0].start()
    return found.start(), found.end(), (text[start : found.end()], "ORG", start, found.end())


def _state_and_town(system: str, town: str) -> bool:
    """Is `system` a state or region and `town` a town, no region ("California", "Berkeley";
    not "Sydney", "Australia", nor "Georgia", "Georgia Tech")?"""
    places = gazetteer()
    return (
        places.region(system) is not None
        and places.region(town) is None
        and places.city(town) is not None
    )


def _lists_names(listed: str) -> bool:
    """Whether the list holds names of their own, not one name: an item is a country or a
    region ("..., China and Japan"), or one before the last ends with a head of its own ("Cork
    City Council and Fingal County Council")."""
    places = gazetteer()
    items = [i.strip() for i in _LIST_SPLIT_RE.split(listed) if i.strip()]
    if any(i.rsplit(None, 1)[-1] in rules.LISTED_NAME_HEADS for i in items[:-1]):
        return True
    return any(places.country(i) is not None or places.region(i) is not None for i in items)


def whole_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each whole name made one span: the spans inside it give way to
    it; a span crossing its edge leaves it as the model read it."""
    found = _outermost(list(_whole_names(text)))
    if not found:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end, span in found:
        inside = index.inside(start, end)
        if inside is None:
            continue
        dropped.update(inside)
        added.append(span)
    return replaced(spans, dropped, added)


def numbered_road_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each that ends with a capitalised road word ("County Road") carried
    on over the number after it ("County Road 14"): the number is the road's name, and the
    words alone name no road at all."""
    result = []
    for span in spans:
        surface, label, start, end = span
        last = surface.rsplit(None, 1)[-1] if surface.strip() else ""
        road = last[:1].isupper() and last.lower() in rules.NUMBERED_ROAD_WORDS
        number = rules.ROAD_NUMBER_AFTER_RE.match(text, end) if road else None
        if number and text[start:end] == surface:
            span = (text[start : number.end()], label, start, number.end())
        result.append(span)
    return result


def numbered_unit_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans carried on over the number of a body's unit ("VFW Post" + "2345"), or
    over the unit's word and number after an organization ("Teamsters" + "Local 743"): the
    number names the unit, the span without it names none or the whole body. The unit is an
    organization, whatever the model read ("Elks Lodge" as a person)."""
    result = []
    for span in spans:
        surface, label, start, end = span
        last = surface.rsplit(None, 1)[-1] if surface.strip() else ""
        unit = last[:1].isupper() and last.lower() in rules.NUMBERED_UNIT_WORDS
        number = rules.UNIT_NUMBER_AFTER_RE.match(text, end) if unit or label == "ORG" else None
        if number and number["unit"] is None and not unit:
            number = None  # "Acme 2025": an organization and a number, no unit
        if number and text[start:end] == surface:
            span = (text[start : number.end()], "ORG", start, number.end())
        result.append(span)
    return result


def family_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each person's span that is only a hyphenated given name ("Heung-min")
    carried back over the family name right before it ("Son Heung-min"): the model reads a
    family name that is also an English word as no name (`rules.EAST_ASIAN_FAMILY_NAMES`); and
    each person's span cut at the given name's hyphen ("Baek Nam" of "Baek Nam-soo") carried on
    over the rest (`rules.GIVEN_NAME_REST_RE`)."""
    result = []
    for span in spans:
        surface, label, start, end = span
        given = label == "PERSON" and rules.HYPHENATED_GIVEN_NAME_RE.fullmatch(surface)
        family = (
            rules.FAMILY_NAME_BEFORE_RE.search(text, max(0, start - 12), start) if given else None
        )
        if family and text[start:end] == surface:
            span = (text[family.start() : end], label, family.start(), end)
        cut = label == "PERSON" and rules.FAMILY_AND_SYLLABLE_RE.fullmatch(surface)
        rest = rules.GIVEN_NAME_REST_RE.match(text, end) if cut else None
        if rest and text[start:end] == surface:
            span = (text[start : rest.end()], label, start, rest.end())  # "Baek Nam" + "-soo"
        result.append(span)
    return result


@functools.lru_cache(maxsize=4)
def _title_words(titles: tuple[str, ...]) -> frozenset[str]:
    """Every folded word of the titles, and the words no owner starts with: the same for a run
    (the titles table), so built once, not per text."""
    return frozenset(w.casefold() for title in titles for w in title.split()) | _NOT_OWNER_START


def person_piece_spans(text: str, spans: Sequence[Span], titles: Sequence[str]) -> list[Span]:
    """The model's spans, two person spans with only an unknown capitalised word or two
    between them joined into one (`rules.PERSON_GAP_RE`): "Mame" + "Mandiaye" + "Niang". Not
    in the headline (the first line), nor over a title's word ("Senator Ana Ruiz President
    Tom Lee": `titles`)."""
    body = text.find("\n")
    title_words = _title_words(tuple(titles))
    result: list[Span] = []
    for span in spans:
        if result and _person_pieces(text, result[-1], span, body, title_words):
            first = result.pop()
            span = (text[first[2] : span[3]], "PERSON", first[2], span[3])
        result.append(span)
    return result


def _person_pieces(
    text: str, first: Span, second: Span, body: int, title_words: Container[str]
) -> bool:
    if first[1] != "PERSON" or second[1] != "PERSON" or body < 0 or first[2] < body:
        return False
    gap = text[first[3] : second[2]]
    if not rules.PERSON_GAP_RE.fullmatch(gap):
        return False
    if not gap.strip() and _has_acronym(first[0] + " " + second[0]):
        return False  # "John Milbank" + "RRP": a price's letters after a name, no name's piece
    return not any(w.casefold() in title_words for w in gap.split())


def _has_acronym(names: str) -> bool:
    """Does a word in capitals, of two letters or more, stand among these names?"""
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in names.split())


def country_body_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each organization named with its country after "of" carried on over
    it ("the Supreme Court" + "of Pakistan"), the country's own span dropped: a national body's
    name (`rules.BODY_HEADS`), not a body and a place."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    carried: dict[int, Span] = {}
    for i, (surface, label, start, end) in enumerate(spans):
        keys = fold(surface).split()
        if label != "ORG" or not keys or text[start:end] != surface:
            continue
        if keys[-1] not in rules.BODY_HEADS and "of" not in keys[1:]:
            continue
        if " ".join(keys) in rules.COUNTRY_BOUND_ALIASES:
            continue  # "the Congress of Peru": its owner is read later, for every "Congress"
        after = rules.COUNTRY_AFTER_OF_RE.match(text, end)
        if after is None or gazetteer().country(after["country"]) is None:
            continue  # not a country, or a country with more name after it ("Kenya Muslims")
        stop = after.end()
        inside = index.inside(end, stop)
        if inside is None:
            continue
        dropped.update(inside)
        carried[i] = (text[start:stop], label, start, stop)
    return [carried.get(i, span) for i, span in enumerate(spans) if i not in dropped]


def _outermost(found: list[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    """The whole names not inside another ("the Western District of New York" of "the U.S.
    Attorney's Office for the Western District of New York"); the same region found twice is
    kept twice. One sweep in order of start (the longer first): a name is inside another when
    a different region that starts no later reaches as far, so a hostile page of thousands of
    names ("Port of Port of ...") costs n·log n, not n²."""
    kept = []
    reach, widest = -1, (-1, -1)
    for name in sorted(found, key=lambda n: (n[0], -n[1])):
        if name[1] <= reach and widest != name[:2]:
            continue
        kept.append(name)
        if name[1] > reach:
            reach, widest = name[1], name[:2]
    return kept
