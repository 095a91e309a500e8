"""Which NER spans become candidate mentions: typed, trimmed, and only those that can be names.

Why apart: the model's spans are noisy (nationalities tagged GPE, "lorry crash" tagged PERSON,
"State" out of "Secretary of State" tagged ORG, "He" or "Two" tagged PERSON, "Wildfire" at the
start of a headline tagged PERSON, two names run together); what may count as an entity is a
decision of its own, made here before any merging or linking. Each convention is data in
`tasks.entity_rules`; this module applies them.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass

from tasks import entity_rules as rules
from tasks.entities.acronyms import common_noun_acronyms
from tasks.entities.aliases import AliasTable
from tasks.entities.beats import (
    beat_common_noun,
    beat_phrase,
    case_name,
    counsel_name,
    cut_law_name,
    fixture_v_end,
    local_storm_names,
    numeral_not_acronym,
    opening_preposition_end,
    surname_particles_start,
    trial_name,
)
from tasks.entities.competitions import names_a_competition, year_event_names
from tasks.entities.credit_roles import credit_role
from tasks.entities.departments import department_of_a_role
from tasks.entities.described_names import described_organizations
from tasks.entities.emphasis import emphasised
from tasks.entities.eponyms import names_an_illness
from tasks.entities.finishes import colour_lists, names_a_finish
from tasks.entities.franchises import (
    franchise_character,
    franchise_title,
    franchise_works,
    instalment_alone,
)
from tasks.entities.genes import symbol_names
from tasks.entities.interface_labels import interface_label
from tasks.entities.lowercase_companies import lowercase_companies
from tasks.entities.lowercase_phrases import common_phrase, lowercase_phrases
from tasks.entities.mentions import (
    Mention,
    Span,
    cut_possessive_phrase,
    cut_post_nominals,
    glued_first_name_start,
    glued_surname_end,
    locate,
    surname_after_particles_end,
    trim,
)
from tasks.entities.named_kinds import kind_named_names, names_a_thing, opening_noun_after
from tasks.entities.no_names import names_nothing
from tasks.entities.product_lines import (
    NUMBERED_NONE,
    NumberedLines,
    line_written_alone,
    numbered_lines,
)
from tasks.entities.products import (
    edition_lines,
    jargon_acronym,
    named_as_product,
    no_one_named,
    subheadings,
)
from tasks.entities.residents import residents_of_a_place
from tasks.entities.roles import TitlePatterns, strip_leading_title
from tasks.entities.works import (
    apposed_work_spans,
    cued_product_names,
    cued_work_titles,
    headline_work_titles,
    names_a_craft,
    quoted_only_titles,
)
from tasks.entity_rules import EntityType
from tasks.entity_rules import market_products as market
from tasks.entity_rules import sentences as line_rules
from tasks.entity_rules import venues as venue_rules
from tasks.entity_rules.platform_products import CODE_ERROR_NAME_RE, CODE_FILE_NAME_RE
from tasks.entity_rules.routes import ROAD_NUMBER_RE
from tasks.names import HYPHENS, Word, fold, words

# Where a span may be two names: after a possessive or at a slash ("Jordan's Chicago Bulls",
# "REUTERS/Lindsey Wasson"), split when the part before is a known name.
_JOINT_RE = re.compile(r"['’ʼ]s?\s+|\s*/\s*")
# What joins the names of a folded list ("gen x'ers and millennials").
_LIST_JOINT_RE = re.compile(r" (?:and|or) | ?, ?")
# Before a word, what makes its capital letter say nothing: the start of a line or sentence,
# an opening quote or bracket after it; an opening quote after a space (a quotation opens a
# sentence of its own: "the slogan ‘Meth. We are on it.’").
_SENTENCE_START_RE = re.compile(r"(?:\A|[\n.!?:;—–]|\s-|\s[\"“‘«])[\s\"“‘'(\[«]*\Z")
_DISEASE_RE = re.compile(rf"\s+(?:{'|'.join(sorted(rules.DISEASE_HEADS))})\b")
_GEOGRAPHIC_RE = re.compile(rf"\s+(?:{'|'.join(sorted(rules.GEOGRAPHIC_HEADS))})\b")
# The hyphens that glue a lowercase connector inside a name ("Saint-Jean-sur-Richelieu").
_HYPHEN_SET = frozenset(HYPHENS)
# A preposition right after a word, and no name after it ("Verdict aside,", "Advocacy by the
# groups"; not "Ruiz on Tuesday", nor a person's verb, "Ruiz threw").
_PREPOSITION_AFTER_RE = re.compile(
    rf"[ \t]+(?:{'|'.join(rules.NOUN_PREPOSITIONS)})(?:[ \t]+[a-z]|[,.;:])"
)


@dataclass(frozen=True)
class TextFacts:
    """What the filters need to know about the whole text, computed once per text."""

    lowercase_words: frozenset[str]  # folded words the text also writes in lowercase
    title_case_end: int  # the first line ends here, if it is Title Case (else 0)
    storm_names: frozenset[str]  # folded names of storms ("milton" of "Hurricane Milton") and
    # of wildfires ("ridge fire" of "the Ridge Fire")
    shouting: tuple[tuple[int, int], ...] = ()  # capitals lines and lead-ins, sorted
    # a Title Case first line and the body lines repeating it; the folded words written with a
    # capital elsewhere (both empty when the first line is not Title Case)
    headlines: tuple[tuple[int, int], ...] = ()
    body_capitalised: frozenset[str] = frozenset()
    subheadings: tuple[tuple[int, int], ...] = ()  # Title Case lines of the body, sorted; the
    # folded words written with a capital outside them and the headlines are `body_capitalised`
    common_acronyms: frozenset[str] = frozenset()  # defined for lowercase words ("HP")
    product_lines: frozenset[str] = frozenset()  # "macbook" of "MacBook Pro", folded
    numbered_lines: NumberedLines = NUMBERED_NONE  # "pixel" of "Pixel 10", folded
    work_titles: tuple[tuple[int, int], ...] = ()  # quoted titles of works, inside the marks,
    # and titles in apposition to their kind
    cued_works: frozenset[str] = frozenset()  # "quiet harbour" of "the series Quiet Harbour",
    # and "mounjaro" of "the diabetes drug Mounjaro"
    legislature: bool = False  # the text names one (`rules.LEGISLATURE_TEXT_RE`)
    once_words: frozenset[str] = frozenset()  # folded words the text writes only once
    lowercase_phrases: frozenset[str] = frozenset()  # folded word runs written in lowercase
    franchise_works: frozenset[str] = frozenset()  # "black ops" of "Call of Duty: Black Ops
    # 6", "gylt" of "Final Fantasy XV, Gylt, Mortal Kombat 11"
    lowercase_companies: frozenset[str] = frozenset()  # "voltaiq" of "voltaIQ said"
    symbols: frozenset[str] = frozenset()  # "brca1" of "the BRCA1 gene", "ct" of "CT scans"
    colour_lists: tuple[tuple[int, int], ...] = ()  # "Obsidian and Hazel" of "comes in ...",
    # sorted

    @classmethod
    def of(cls, text: str, text_words: Sequence[Word]) -> TextFacts:
        """The facts of `text`, whose folded words (`tasks.names.words`) are `text_words`."""
        lowercase = frozenset(w.key for w in text_words if text[w.start].islower())
        first_line = text.split("\n", 1)[0]
        line_words = [
            w
            for w in words(first_line)
            if w.key not in rules.TITLE_CASE_MINOR_WORDS and not first_line[w.start].isdigit()
        ]
        capitalised = sum(first_line[w.start].isupper() for w in line_words)
        title_case = len(line_words) >= 3 and capitalised >= 0.8 * len(line_words)
        storms = frozenset(fold(m["name"]) for m in rules.STORM_WORDS_RE.finditer(text))
        storms |= local_storm_names(text)
        if rules.WILDFIRE_TEXT_RE.search(text):
            storms |= {fold(m["name"]) for m in rules.WILDFIRE_NAME_RE.finditer(text)}
        shouting = tuple(_shouting_regions(text))
        title_end = len(first_line) if title_case else 0
        headlines = _headline_lines(text, title_end)
        subheads = tuple(r for r in subheadings(text) if r not in headlines)
        capitals = _body_capitals(text, tuple(sorted(headlines + subheads)), shouting)
        common = common_noun_acronyms(text)
        products = _product_lines(text) | edition_lines(text)
        works = (*_work_titles(text), *apposed_work_spans(text))
        cued = cued_work_titles(text) | headline_work_titles(text, works) | cued_product_names(text)
        cued |= quoted_only_titles(text)  # "lost best picture to "Anora""
        cued |= kind_named_names(text, lowercase)  # "the container ship Pacific Meridian"
        cued |= year_event_names(text)  # "CES 2026"
        return cls(
            lowercase,
            title_end,
            storms,
            shouting,
            headlines,
            capitals,
            subheads,
            common,
            products,
            numbered_lines(text),
            works,
            cued,
            rules.LEGISLATURE_TEXT_RE.search(text) is not None,
            frozenset(k for k, n in Counter(w.key for w in text_words).items() if n == 1),
            lowercase_phrases(text, text_words),
            franchise_works(text),
            lowercase_companies(text),
            symbol_names(text),
            colour_lists(text),
        )


def _work_titles(text: str) -> Iterator[tuple[int, int]]:
    """Where quoted titles of works stand (`rules.QUOTED_TITLE_RE`): every word capitalised but
    the minor ones, a few words."""
    for found in rules.QUOTED_TITLE_RE.finditer(text):
        group = next(g for g in rules.QUOTED_TITLE_GROUPS if found[g] is not None)
        title = found[group].split()
        major = [
            w for w in title if w.strip(".,:;!?'’").lower() not in rules.WORK_TITLE_MINOR_WORDS
        ]
        if 2 <= len(title) <= rules.MAX_WORK_TITLE_WORDS and all(w[:1].isupper() for w in major):
            yield found.span(group)


def _word_of_a_work(text: str, m: Mention, titles: Sequence[tuple[int, int]]) -> bool:
    """Is the mention part of a quoted title, short of all of it, and written nowhere else?"""
    inside = [(a, b) for a, b in titles if a <= m.start and m.end <= b]
    if not inside or any(text[a:b].strip(" .,!?") == m.surface(text) for a, b in inside):
        return False
    surface = m.surface(text)
    at = text.find(surface)
    while at >= 0:
        if not any(a <= at < b for a, b in titles):
            return False  # written outside a title too
        at = text.find(surface, at + 1)
    return True


def _product_lines(text: str) -> frozenset[str]:
    """Folded names written before a product's model word, and their last words ("Apple
    MacBook Pro": "apple macbook", "macbook"; never the first word alone, the maker). A name the
    text also calls a company ("company Stridewell" beside "the Stridewell Pro app") is the
    maker that named its product after itself, no line."""
    lines: set[str] = set()
    for found in rules.PRODUCT_LINE_RE.finditer(text):
        parts = fold(found["line"]).split()
        lines.update(" ".join(parts[i:]) for i in range(len(parts)))
    return frozenset(lines) - described_organizations(text) if lines else frozenset()


def _product(key: str, facts: TextFacts) -> bool:
    """A product's name, its line or a body style: "MacBook Pro", "MacBook", "the Coupe"; a
    craft named with its noun ("the Hubble Space Telescope")."""
    parts = key.split()
    if len(parts) > 1 and (
        parts[-1] in rules.PRODUCT_MODEL_WORDS or parts[-1] in rules.CRAFT_NAME_HEADS
    ):
        return True
    if named_as_product(key):
        return True  # "Switch Lite", "the Founder's Edition", "Magic Keyboard"
    return key in facts.product_lines or (len(parts) == 1 and key in rules.PRODUCT_BODY_STYLES)


def _headline_lines(text: str, title_end: int) -> tuple[tuple[int, int], ...]:
    """The Title Case headline ending at `title_end`, and the body lines that repeat it."""
    if not title_end:
        return ()
    headline, found, pos = text[:title_end].strip(), [(0, title_end)], title_end
    for line in text[title_end:].split("\n"):
        if line.strip() == headline:
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(found)


def _body_capitals(
    text: str, headlines: Sequence[tuple[int, int]], shouting: Sequence[tuple[int, int]]
) -> frozenset[str]:
    """Folded words written with a capital outside the headline, its repeats and the body's
    subheadings (`headlines`: all of them, sorted; none when there are none: then nothing
    asks). Nor do lines and lead-ins in capitals count (`shouting`, sorted): "MAKING SPICED
    HONEY PEAR JAM" capitalises every word, names or not."""
    if not headlines:
        return frozenset()
    return frozenset(
        w.key
        for w in words(text)
        if text[w.start].isupper()
        and not _inside(w.start, headlines)
        and not _inside(w.start, shouting)
    )


def _shouting_regions(text: str) -> Iterator[tuple[int, int]]:
    """Lines written all in capitals, and paragraph lead-ins in capitals ("CHEER ON Juniors"),
    of `rules.SHOUTING_MIN_WORDS` words or more, or of one before a determiner ("SPEND a
    day"). A lead-in is capital words separated by single spaces and followed by a space and a
    word: "NEW YORK (Reuters)" or "TARIN KOWT," is a dateline, not a lead-in."""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not any(c.isupper() for c in line):
            continue
        if not any(c.islower() for c in line):
            if len(line.split()) >= rules.SHOUTING_MIN_WORDS:
                yield start, start + len(line)
            continue
        lead = _LEAD_IN_RE.match(line)
        if lead is not None and len(lead["run"].split()) >= rules.SHOUTING_MIN_WORDS:
            yield start, start + lead.end("run")
        elif (verb := _LEAD_IN_VERB_RE.match(line)) is not None:
            yield start, start + verb.end("run")


_LEAD_IN_RE = re.compile(r"\s*(?P<run>[A-Z][A-Z'’]*(?: [A-Z][A-Z'’]*)+)(?= [^\W\d_])")
_LEAD_IN_VERB_RE = re.compile(
    rf"\s*(?P<run>[A-Z]{{3,}})(?= (?:{'|'.join(rules.LEAD_IN_DETERMINERS)}) [a-z])"
)


def _inside(start: int, regions: Sequence[tuple[int, int]]) -> bool:
    """Does a span starting at `start` start inside one of the sorted, disjoint `regions`?"""
    last = bisect_right(regions, (start, sys.maxsize)) - 1
    return last >= 0 and regions[last][0] <= start < regions[last][1]


def _inside_title(start: int, end: int, titles: Sequence[tuple[int, int]]) -> bool:
    """Is the span a word inside a longer title ("State" in "Secretary of State")?

    `titles` are sorted and do not overlap (regex matches), so only the last title starting at
    or before the span can hold it: a bisection, not a scan.
    """
    last = bisect_right(titles, (start, sys.maxsize)) - 1
    if last < 0:
        return False
    ts, te = titles[last]
    return ts <= start and end <= te and (ts, te) != (start, end)


def _capital_says_nothing(text: str, start: int, facts: TextFacts) -> bool:
    """Is the capital at `start` owed to its place (a sentence start, a Title Case headline)?"""
    if start < facts.title_case_end:
        return True
    return _SENTENCE_START_RE.search(text, max(0, start - 8), start) is not None


def _headline_phrase(key: str, facts: TextFacts) -> bool:
    """Is a span of a Title Case headline a phrase of common words: one of its words is written
    in lowercase in the article, and another is never written with a capital outside the
    headline? ("Keyboard Expected" beside "the keyboard"; "Portree" alone in the headline and
    "Supreme Court" with no body say nothing either way and stay.)"""
    parts = set(key.split())
    return bool(parts & facts.lowercase_words) and not parts <= facts.body_capitalised


def _no_name_words(text: str, start: int, end: int) -> bool:
    """Only pronouns, numbers and quantity words ("He", "Two", "Dozens", "3,000")?"""
    for w in words(text[start:end]):
        written = text[start + w.start : start + w.end]
        acronym = len(written) > 1 and written.isupper()
        if not (written.isdigit() or (written.lower() in rules.NOT_NAME_WORDS and not acronym)):
            return False
    return True


@dataclass(frozen=True)
class _Piece:
    """A name inside a NER span: its offsets, whether it carries the span's type (the known
    name before a possessive does not), and the name that owns it ("Vietnam" for "Communist
    Party" in "Vietnam's Communist Party")."""

    start: int
    end: int
    typed: bool = True
    owner: str = ""


def _pieces(
    text: str, start: int, end: int, known: Container[str], split: bool
) -> Iterator[_Piece]:
    """The names a span holds.

    A span is cut at a lowercase word no name uses ("Adré from N'Djamena"), at one that few
    names use when a side is known ("the Pentagon to Congress") or it is at the edge
    ("Thibaut Courtois to"), and after a known name followed by a possessive or a slash
    ("Jordan's Chicago Bulls" -> Jordan, Chicago Bulls; "REUTERS/Lindsey Wasson"), and at the
    "of" after a company's legal form before a known name ("Vodacom Group of South Africa"),
    at a lowercase word closing the span after an acronym ("The IRGC navy") or
    the "and" of two streets ("Sixth Street and Railyards Boulevard") or of two bodies ("the
    National Conference and Congress"); never at a word glued to
    the one before by a dot, a domain's ending ("Crypto.com Arena").
    In a span whose label no possessive name has (`split`: a person's or a place's) the
    possessive always joins two names: "Punjab's Bhatinda", whether the table knows "Punjab"
    or not.
    """
    if fold(text[start:end]) in known:
        yield _Piece(start, end)
        return
    found = words(text[start:end])
    cut = start
    for i, w in enumerate(found):
        at, after = start + w.start, start + w.end
        if not text[at].islower() or (at > start and text[at - 1] == "."):
            continue  # a capital, or a domain's ending ("Crypto.com Arena"): no joint
        edge = i in (0, len(found) - 1)
        beside_known = fold(text[cut:at]) in known or fold(text[after:end]) in known
        breaking = (
            w.key in rules.NAME_BREAKING_WORDS
            or (w.key in rules.NAME_BREAKING_BESIDE_KNOWN and (edge or beside_known))
            or (not edge and _joins_no_name(text, at, after, w.key))
            or _legal_name_of_known(text, found, i, after, end, known)
            or _between_streets(text[start:end], found, i)
            or _between_bodies(text, start, found, i, known)
            or _after_closing_acronym(text, start, found, i)
        )
        if breaking:
            yield from _joints(text, cut, at, known, split)
            cut = after
    yield from _joints(text, cut, end, known, split)


def _after_closing_acronym(text: str, start: int, found: Sequence[Word], i: int) -> bool:
    """Is word `i` a lowercase word closing the span right after an acronym ("The IRGC navy",
    "the SDF command")? An acronym is a body's whole name; a common noun after it names one of
    its branches or people, no name of its own. Not a particle ("de")."""
    if i == 0 or i != len(found) - 1 or found[i].key in rules.NAME_PARTICLES:
        return False
    before = text[start + found[i - 1].start : start + found[i - 1].end]
    return len(before) > 1 and before.isalpha() and before.isupper()


def _legal_name_of_known(
    text: str, found: Sequence[Word], i: int, after: int, end: int, known: Container[str]
) -> bool:
    """Is word `i` the "of" between a company's legal name and a known name after it
    ("Vodacom Group of South Africa")? A legal form ends a company's name, so what follows
    "of" is where it is from; not a name that starts with the form ("Group of Seven")."""
    return (
        found[i].key == "of"
        and 1 < i < len(found) - 1
        and found[i - 1].key in rules.ORG_SUFFIXES
        and fold(text[after:end]) in known
    )


def _between_streets(span: str, found: Sequence[Word], i: int) -> bool:
    """Is word `i` (of `found`, the words of `span`) the "and" of a crossing ("Sixth Street
    and Railyards Boulevard")? A street's name ends with its type (`rules.STREET_TYPES`), so
    "and" after one, before a capital, joins two streets."""
    return (
        found[i].key in ("and", "&")
        and 1 < i < len(found) - 1
        and found[i - 1].key in rules.STREET_TYPES
        and span[found[i + 1].start].isupper()
    )


def _between_bodies(
    text: str, start: int, found: Sequence[Word], i: int, known: Container[str]
) -> bool:
    """Is word `i` (of `found`, the words of the span at `start`) the "and" between two bodies
    ("the National Conference and Congress")? One side is a known name and the other ends with
    a body's head word (`rules.NAME_HEADS`): one name holds no
    other whole. Not when a known name runs over the "and" ("Trinidad and Tobago Football
    Association")."""
    if found[i].key not in ("and", "&") or not 0 < i < len(found) - 1:
        return False
    keys = [w.key for w in found]
    left, right = fold(text[start : start + found[i].start]), " ".join(keys[i + 1 :])
    heads = rules.NAME_HEADS
    bodies = (left in known and keys[-1] in heads) or (right in known and keys[i - 1] in heads)
    over = (fold(text[start : start + w.end]) for w in found[i + 1 : -1])
    return bodies and not any(key in known for key in over)


def _listed_names(
    text: str, start: int, end: int, label: str, known: Container[str]
) -> list[tuple[int, int]]:
    """A span of names listed with commas ("Sevenoaks, Kent"), cut at the commas
    (`rules.LIST_COMMA_RE`); else the span whole."""
    commas = list(rules.LIST_COMMA_RE.finditer(text, start, end))
    if not commas or fold(text[start:end]) in known:
        return [(start, end)]
    bounds = [start, *(i for c in commas for i in c.span()), end]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    keys = [fold(text[a:b]) for a, b in parts]
    if any(k in rules.ORG_SUFFIXES or k in rules.NAME_SUFFIXES for k in keys[1:]):
        return [(start, end)]
    if label in rules.PLACE_LABELS or all(" " not in k for k in keys):
        return parts
    return [(start, end)]


def _joins_no_name(text: str, at: int, after: int, key: str) -> bool:
    """A wholly lowercase word inside a span that no name is written with ("hit", "told"); one
    glued by hyphens on both sides is the name's own ("sur" of "Saint-Jean-sur-Richelieu")."""
    word = text[at:after]
    return (
        word.isalpha()
        and word.islower()
        and key not in rules.NAME_INNER_WORDS
        and key not in rules.NAME_PARTICLES
        and not (at > 0 and after < len(text) and {text[at - 1], text[after]} <= _HYPHEN_SET)
    )


def _joints(
    text: str, start: int, end: int, known: Container[str], split: bool
) -> Iterator[_Piece]:
    owner = ""
    for joint in _JOINT_RE.finditer(text, start, end):
        rest = joint.end()
        before = text[start : joint.start()]
        before_known = fold(before) in known
        possessive = "/" not in joint.group()
        if possessive and rules.SAINT_NAME_END_RE.search(before):
            continue  # "St. Peter's Square", "St Mary's Hospital": the saint's is the name's
        body_owner = possessive and _body_owner(before)  # "Stanford University's Center"
        joins_two = before_known or (split and possessive) or body_owner
        if joins_two and rest < end and text[rest].isupper():
            yield _Piece(start, joint.start(), typed=not before_known)
            # a body owns a unit, no country a party ("Vietnam's Communist Party")
            start, owner = rest, "" if body_owner else before
    yield _Piece(start, end, owner=owner)


def _body_owner(before: str) -> bool:
    """Is the name before a possessive a body's whole name, two words or more ending with a
    name's head ("Stanford University", "the World Bank", "New York City")? Then what it owns
    after the possessive is a name of its own ("Stanford University's Center on Poverty"); a
    possessive inside one name follows no head ("Boston Children's Hospital", "Lloyd's")."""
    parts = before.split()
    return len(parts) > 1 and fold(parts[-1]) in rules.NAME_HEADS


def _listed(key: str) -> list[str]:
    """The folded names a list joins ("gen x'ers and millennials": two), or the key alone."""
    return [k for k in _LIST_JOINT_RE.split(key) if k]


def may_be_entity(
    text: str,
    m: Mention,
    known: bool,
    facts: TextFacts,
    title_keys: Collection[str],
    title_regions: Sequence[tuple[int, int]],
) -> bool:
    """Can this mention name a person, organization or place at all?"""
    surface = m.surface(text)
    if m.key in rules.DEMONYMS or m.key in rules.NOT_ENTITIES or not m.key:
        return False
    if _road_number(text, m):
        return True  # "on I-95", "NH 44": a pronoun and a number, or a trial's shape
    if all(k in rules.DEMONYMS or residents_of_a_place(k) for k in _listed(m.key)):
        return False  # "Delhiites", "Londoners": a town's people; "Gen-X'ers and Millennials"
    if beat_common_noun(m.key):
        return False  # "an FIR was registered", "the first ODI"
    if not any(c.isupper() for c in surface) and m.key not in facts.lowercase_companies:
        return False  # English names are capitalised; "lorry crash" tagged PERSON is noise
    if _no_name_words(text, m.start, m.end):
        return False
    if _in_web_link(text, m.start, m.end):
        return False  # "pic.twitter.com/4p7SXk7JPW" closing an embedded post
    if not known and _tagged(text, m.start, surface):
        return False  # "@POTUS's comments", "the #MeToo era": a handle or a hashtag
    if CODE_FILE_NAME_RE.search(surface) or CODE_ERROR_NAME_RE.match(surface):
        return False  # "Backbone.js", "Region.jsm", "TypeError": a library's, a file's, an error's
    if emphasised(text, m.start, m.end, known):
        return False  # "This IS a choice", "told to go, GO"
    if names_no_entity_here(text, m) or _ticker(text, m.start, m.end):
        return False  # "the KOSPI", "Treasury yields", "Labour Minister ...", "(005930.KS)"
    if rules.MONTH_NAME_RE.fullmatch(surface) and rules.MONTH_DAY_RE.match(text, m.start):
        return False  # "Mar 20, 2005": a date
    if rules.MONEY_AMOUNT_RE.fullmatch(surface) or _law(text, m, surface):
        return False  # "N1,712.40", "S$1.52"; "the Proceeds of Crime Act"
    if beat_phrase(surface) or case_name(surface) or trial_name(text, m.start, surface):
        return False  # "Doe v. Snap Inc." (its parties, tagged apart, stay); "SURMOUNT-5"
    if cut_law_name(text, m.end) and not _inside(m.start, facts.headlines):
        return False  # "Minor Protection" + " in Social Media Act", "Uttar Pradesh Gangsters" + ...
    if known:
        return True
    if department_of_a_role(text, m.start, m.end):
        return False  # "Head of Fundamental Research at Kotak Securities"
    if names_nothing(m.key):
        return False  # "Argh! I know ...", "the Opposition has done better"
    if credit_role(text, m.start, m.end):
        return False  # "Writing" of "Writing by Sarah Morland; Editing by Tom Brown"
    if interface_label(text, m.start, m.end):
        return False  # "Tap Playback", "turn on Use Less Cellular Data", "Settings > Motion"
    if names_a_finish(text, m.start, m.end, m.key, m.type == "PERSON", facts.colour_lists):
        return False  # "comes in Obsidian and Rose Quartz", "in Midnight Blue"
    if franchise_title(text, m.start, m.end) or instalment_alone(m.key, facts.franchise_works):
        return False  # "Tomb Raider", "Final Fantasy XV", "Assassin" of "Assassin's Creed"
    if franchise_character(m.key):
        return False  # "James T. Kirk", "Lara Croft"
    if common_phrase(m.key, surface, facts.lowercase_phrases):
        return False  # "Defensive Line" where the article writes "the defensive line"
    if jargon_acronym(m.key, surface):
        return False  # "an IPS panel with RGB lighting", "the CPM of a campaign"
    if no_one_named(m.key, surface):
        return False  # "the Harlow Fiction Prize", "Trump's July 25 call", "Medicare"
    if m.key in facts.common_acronyms:
        return False  # "hypersensitivity pneumonitis, or HP"
    if m.key in facts.symbols:
        return False  # "a gene called SERPINA9", "IL-33 protein", "CT scans"
    if _DISEASE_RE.match(text, m.end):
        return False  # "Bird flu", "Lassa fever"
    if _event_or_programme(m.key):
        return False  # "Pennsylvania National Horse Show", "Energy Development Plan"
    if _word_of_a_work(text, m, facts.work_titles):
        return False  # "Streets" of “Takin’ It to the Streets”
    if m.key in facts.cued_works or names_a_craft(text, m.key, m.end):
        return False  # "the ballad Glass Houses", "the drug Mounjaro", "the Europa Clipper mission"
    if names_a_thing(text, m.key, surface, m.start, m.end):
        return False  # "Focus Mode", "HMS Belfast", "the Planning and Infrastructure Bill"
    if names_a_competition(text, m.key, m.end):
        return False  # "the Europa League", "the Wild Card Round", "the West Region final"
    if _product(m.key, facts):
        return False  # "MacBook Pro", and "MacBook" beside it; "the Coupe"
    if line_written_alone(
        text, m.start, m.key, facts.numbered_lines, lambda key: _product(key, facts)
    ):
        return False  # "the Pixel" beside "Pixel 10"; "Pixels"; "MacBooks" beside "MacBook Pro"
    if _unit_after_number(text, m.start, surface):
        return False  # "8.69 GW", "300 MW", "two TD passes"
    if rules.FISCAL_PERIOD_RE.fullmatch(surface):
        return False  # "Q3 sales"
    if _inside_title(m.start, m.end, title_regions) or _title_alone(m.key, title_keys):
        return False  # "State" of "Secretary of State", a bare "President", "District Magistrates"
    if m.key in facts.storm_names or rules.STORM_WORDS_RE.fullmatch(surface):
        return False  # "Hurricane Milton", and "Milton" after it; "the Ridge Fire"
    if _inside(m.start, facts.shouting):
        return False  # "SCORES QUARANTINED", "CHEER ON Juniors": capitals of the style
    if _inside(m.start, facts.headlines) and _headline_phrase(m.key, facts):
        return False  # "Scissor Keyboard Expected in ...": "the keyboard", never "Expected"
    if _inside(m.start, facts.subheadings) and _headline_phrase(m.key, facts):
        return False  # a subheading "The Monthly Fee Is Steep": "the fee", never "Monthly"
    single = " " not in m.key
    if single and _how_to_verb(text, m.start):
        return False  # "What to Order", "Where to Watch": the heading's verb
    if single and surface[:1].islower() and m.key not in facts.lowercase_companies:
        return False  # "iPhone", a product; "voltaIQ said" stays, a company
    if single and _generic_word(text, m, facts):
        return False  # "the Government", "the Court": no name at all
    if single and _lone_opening_word(text, m, facts):
        return False  # "Verdict aside, ...", "Advocacy by the groups ..."
    return not (
        single and m.key in facts.lowercase_words and _capital_says_nothing(text, m.start, facts)
    )  # "Wildfire destroys ..." when the article also writes "a wildfire"


def _title_alone(key: str, title_keys: Collection[str]) -> bool:
    """Is the mention only a title, or the plural of one ("all District Magistrates shall ...")?
    Holders named by their office name no one."""
    return key in title_keys or (key.endswith("s") and key[:-1] in title_keys)


def _how_to_verb(text: str, start: int) -> bool:
    """Is the word at `start` the verb of a how-to heading ("What to Order", "Where to Watch",
    `line_rules.HOW_TO_HEADING_BEFORE_RE`)? Searched in the text itself, so that only its real
    start or a line's counts as the heading's."""
    window = max(0, start - line_rules.HOW_TO_LOOKBEHIND)
    return line_rules.HOW_TO_HEADING_BEFORE_RE.search(text, window, start) is not None


def _lone_opening_word(text: str, m: Mention, facts: TextFacts) -> bool:
    """A word the model calls a person that opens a sentence, followed by a preposition or by
    what follows a common noun (`named_kinds.opening_noun_after`), and is written nowhere else
    in the article ("Verdict aside, ...", "Advocacy by the groups ...", "Rice and pulses ...",
    "Attendance was 9,412"): a common noun with its sentence's capital. A person is named in
    full somewhere before the story uses one word for them, and is followed by a verb; a word
    no other mention backs is no one."""
    if m.type != "PERSON" or m.person_hint or m.key not in facts.once_words:
        return False
    after = _PREPOSITION_AFTER_RE.match(text, m.end) or opening_noun_after(text, m.end)
    return bool(after) and _capital_says_nothing(text, m.start, facts)


def _generic_word(text: str, m: Mention, facts: TextFacts) -> bool:
    """A generic head alone ("the Government", "Ministry"), unless it is a legislature's or an
    armed service's word with a capital its place in the sentence does not explain ("sent to
    the Senate", `rules.INSTITUTION_WORDS`; "the House" too where the article names a
    legislature, `rules.CHAMBER_WORD`)."""
    if m.key not in rules.GENERIC_NAME_HEADS:
        return False
    chamber = m.key == rules.CHAMBER_WORD and facts.legislature
    institution = m.key in rules.INSTITUTION_WORDS or chamber
    return not institution or _capital_says_nothing(text, m.start, facts)


def _road_number(text: str, m: Mention) -> bool:
    """Is the mention a road written by its number ("NH 44", "on I-95")?"""
    road = ROAD_NUMBER_RE.match(text, m.start)
    return road is not None and road.end() == m.end


def _only_a_place(text: str, m: Mention) -> bool:
    """Is the mention a person's home after the age ("55, of Addison"), a planet or moon after
    its common noun ("the planet Mercury") or a street after a house number ("1909 Jolinda
    Drive")?"""
    window = max(0, m.start - 16)
    if rules.RESIDENCE_BEFORE_RE.search(text, window, m.start):
        return True
    if rules.CELESTIAL_BEFORE_RE.search(text, window, m.start):
        return True
    street = m.key.rsplit(" ", 1)[-1] in rules.STREET_TYPES and " " in m.key
    return street and rules.HOUSE_NUMBER_BEFORE_RE.search(text, window, m.start) is not None


def _market_index(text: str, m: Mention) -> bool:
    """A market index: a name only indices have ("KOSPI"), one followed by "index" ("the
    Merval stock index"), or one of the numbered indices' names with its number ("FTSE 100",
    "CAC 40" where the model's span ends before the number) or a verb of the market's day
    ("the Nasdaq rose")."""
    if m.key in rules.MARKET_INDEX_NAMES or rules.INDEX_AFTER_RE.match(text, m.end):
        return True
    name, _, number = m.key.rpartition(" ")
    if name and number.isdigit():
        return name in rules.NUMBERED_INDEX_NAMES
    return m.key in rules.NUMBERED_INDEX_NAMES and (
        rules.INDEX_NUMBER_AFTER_RE.match(text, m.end) is not None
        or market.INDEX_MOVE_AFTER_RE.match(text, m.end) is not None
    )


def names_no_entity_here(text: str, m: Mention) -> bool:
    """A name that the words around it make no entity, whether the model or the alias table
    found it: a market index or benchmark ("the KOSPI", "West Texas Intermediate (WTI)"), a
    government's debt ("US Treasury yields"), a ministry's portfolio ("Labour Minister"), a
    sponsor's name inside a venue's ("Formerly Verizon Amphitheatre"), an illness's describer
    ("Bell's palsy", "people with Parkinson's")."""
    return (
        _market_index(text, m)
        or names_an_illness(text, m.start, m.end)
        or _government_debt(text, m)
        or _portfolio(text, m)
        or _venue_sponsor(text, m)
    )


def _venue_sponsor(text: str, m: Mention) -> bool:
    """A name followed by a venue's head word is the sponsor in the venue's name ("Verizon
    Amphitheatre", "Ameris Bank Music Center"), no company of its own there."""
    after = venue_rules.WORDS_AFTER_NAME_RE.match(text, m.end)
    if after is None:
        return False
    following = after[1].lower().split()
    return any(" ".join(following[:n]) in venue_rules.VENUE_HEADS for n in (1, 2))


def _portfolio(text: str, m: Mention) -> bool:
    """A ministry's portfolio before its holder's title ("Labour Minister Steven MacKinnon")."""
    return set(m.key.split()) <= rules.PORTFOLIO_WORDS and (
        rules.PORTFOLIO_TITLE_AFTER_RE.match(text, m.end) is not None
    )


def _government_debt(text: str, m: Mention) -> bool:
    """A government's securities named by the issuer ("US Treasury yields", "Bund futures")."""
    return (
        m.key in rules.GOVERNMENT_DEBT_NAMES
        and rules.SECURITY_AFTER_RE.match(text, m.end) is not None
    )


def _ticker(text: str, start: int, end: int) -> bool:
    """An exchange's code in parentheses ("(005930.KS)", "(VOD.L)"), or a code after an
    exchange's name and a colon ("(NYSE: HVF)")."""
    after_exchange = rules.TICKER_AFTER_EXCHANGE_RE.search(text, max(0, start - 20), start)
    if after_exchange is not None and rules.EXCHANGE_TICKER_RE.fullmatch(text, start, end):
        return True
    return (
        rules.TICKER_RE.fullmatch(text, start, end) is not None
        and text[max(0, start - 3) : start].rstrip().endswith("(")
        and text[end : end + 3].lstrip().startswith(")")
    )


def _law(text: str, m: Mention, surface: str) -> bool:
    """A law's or a bill's name: several words ending with "Act" or "Bill" (and its year), words
    the model cut right before the word that ends them ("the Proceeds of Crime" + " Act"), or
    that word alone after them or after an article ("Security" + " Bill", "the Bill")."""
    return (
        rules.LAW_NAME_RE.search(surface) is not None
        or rules.LAW_WORD_AFTER_RE.match(text, m.end) is not None
        or (
            rules.LAW_WORD_RE.fullmatch(surface) is not None
            and rules.LAW_WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None
        )
    )


def _in_web_link(text: str, start: int, end: int) -> bool:
    """Is the span part of a link: the whitespace-delimited word around it is one?"""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text)
    )
    return rules.WEB_LINK_RE.search(text, left, right) is not None


def _tagged(text: str, start: int, surface: str) -> bool:
    """Is the name a social network's handle or hashtag ("@POTUS", "#MeToo"): its sign written
    on it? A handle names an account and a hashtag a campaign, as posts tag them; the body or
    the person behind one is an entity where the article names it (the alias table knows
    "#Ukraine" as Ukraine)."""
    return surface[:1] in ("@", "#") or (start > 0 and text[start - 1] in ("@", "#"))


def _event_or_programme(key: str) -> bool:
    """A name of several words that names an event or a programme, not who runs it (an office
    named for its programme, "Office of ... Policy", runs it)."""
    parts = key.split()
    return len(parts) > 1 and (
        not rules.EVENT_NAME_WORDS.isdisjoint(parts)
        or (parts[-1] in rules.PROGRAMME_HEADS and rules.PROGRAMME_OWNER_WORDS.isdisjoint(parts))
    )


def _unit_after_number(text: str, start: int, surface: str) -> bool:
    """A short word written right after a number: a unit of measure ("4.2 GW") or a counted
    common noun ("two TD passes"); or a temperature's scale ("107 degrees Fahrenheit")."""
    if fold(surface) in rules.TEMPERATURE_SCALES:
        window = max(0, start - rules.UNIT_WINDOW)
        return rules.SCALE_AFTER_RE.search(text, window, start) is not None
    return (
        len(surface) <= rules.UNIT_MAX_LEN
        and surface.isalpha()
        and rules.UNIT_AFTER_NUMBER_RE.search(text, max(0, start - rules.UNIT_WINDOW), start)
        is not None
    )


def geographic(text: str, m: Mention, table: AliasTable) -> Mention:
    """A name that is not a place, followed by a geographic common noun, is that place: "Amazon"
    in "the Amazon rainforest" is the place "Amazon rainforest", not the company of the table;
    before a descriptor in lowercase it is the place by its name ("the Kunene region" is Kunene).
    (A place's own name is left alone: "the Mekong river" is the Mekong.)"""
    entity = table.get(m.key)
    if (entity.type if entity is not None else m.type) in ("LOC", None):
        return m
    head = _GEOGRAPHIC_RE.match(text, m.end)
    if head is None:
        return m
    if text[head.start() : head.end()].strip() in rules.PLACE_DESCRIPTORS:
        return Mention(m.start, m.end, m.key, "LOC", m.source)  # "the Kunene region": Kunene
    return Mention(m.start, head.end(), fold(text[m.start : head.end()]), "LOC", m.source)


def ner_mentions(
    text: str,
    spans: Sequence[Span],
    table: AliasTable,
    local: Mapping[str, str],
    titles: TitlePatterns,
    text_words: Sequence[Word],
) -> list[Mention]:
    """Map NER spans to typed, trimmed mentions of what can be a name (`text_words`: the text's
    folded words, computed once for every step that reads them)."""
    title_regions = [m.span() for m in titles.any.finditer(text)]
    facts = TextFacts.of(text, text_words)
    known_keys = _Known(table, local)
    locations = [locate(text, span) for span in spans]
    span_starts = {located[0] for located in locations if located}
    found = []
    for span, located in zip(spans, locations, strict=True):
        type_ = rules.LABEL_TO_TYPE.get(span[1]) or _party_of_members(span)
        if type_ is None or located is None:
            continue
        start, end = cut_possessive_phrase(text, *trim(text, *located))
        if _SENTENCE_START_RE.search(text, max(0, start - 8), start):
            start = opening_preposition_end(text, start, end)  # "Across Europe, ..."
        start = _party_qualifier_start(text, start, end)
        end = fixture_v_end(text, start, end)  # "Manchester City v" of a fixture list
        if type_ == "ORG" and counsel_name(text[start:end]):
            type_ = "PERSON"  # "Saul Holt KC"
        if type_ == "PERSON":
            start = surname_particles_start(text, glued_first_name_start(text, start))
            end = surname_after_particles_end(text, glued_surname_end(text, end), span_starts)
            end = cut_post_nominals(text, start, end)
        elif _name_before_seat_letters(text, start, end):
            type_, end = "PERSON", cut_post_nominals(text, start, end)
        listed = _listed_names(text, start, end, span[1], known_keys)
        for piece in (
            p
            for a, b in listed
            for p in _pieces(text, a, b, known_keys, span[1] in rules.POSSESSIVE_SPLIT_LABELS)
        ):
            a, b = trim(text, piece.start, piece.end)
            mention = _mention(text, a, b, type_ if piece.typed else None, table, titles)
            if mention is None:
                continue
            if numeral_not_acronym(text[a:b], table.exact_forms.get(mention.key)):
                continue  # "their XI" is no "Xi"
            known = mention.key in known_keys
            if not may_be_entity(text, mention, known, facts, titles.keys, title_regions):
                continue
            if mention.type is not None and _only_a_place(text, mention):
                mention.type = "LOC"
            if piece.owner and not known and rules.GENERIC_NAME_HEADS & set(mention.key.split()):
                mention.key = fold(f"{piece.owner} {mention.key}")  # Vietnam's Communist Party
            found.append(mention if mention.key in local else geographic(text, mention, table))
    _cut_common_first_words(text, found, facts, known_keys)
    return found


_WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+)[ \t]\Z")


def _name_before_seat_letters(text: str, start: int, end: int) -> bool:
    """ "Conor Sheehan TD" read as an organization: two or three capitalised words, then the
    letters of a seat in a legislature (`rules.SEAT_POST_NOMINALS`), name a member."""
    name, _, last = text[start:end].rpartition(" ")
    parts = name.split()
    return (
        last.isupper()
        and fold(last) in rules.SEAT_POST_NOMINALS
        and 2 <= len(parts) <= 3
        and all(p[:1].isupper() for p in parts)
    )


def _party_qualifier_start(text: str, start: int, end: int) -> int:
    """Where a party's name starts when the span holds only the members' plural and a qualifier
    stands right before it ("the Liberal Democrats": "Democrats" -> "Liberal Democrats")."""
    if fold(text[start:end]) not in rules.PARTY_MEMBER_PLURALS:
        return start
    before = _WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    if before is None or fold(before.group(1)) not in rules.PARTY_NAME_QUALIFIERS:
        return start
    return before.start(1)


def _party_of_members(span: Span) -> EntityType | None:
    """ "the Liberal Democrats" tagged NORP: a party named by its members, an organization."""
    last = span[0].rsplit(None, 1)[-1] if span[0].strip() else ""
    if span[1] == "NORP" and last[:1].isupper() and fold(last) in rules.PARTY_MEMBER_PLURALS:
        return "ORG"
    return None


def _cut_common_first_words(
    text: str, found: Sequence[Mention], facts: TextFacts, known: Container[str]
) -> None:
    """ "House Hitler was born in ..." -> Hitler: a person's span that opens a sentence with a
    word the article also writes in lowercase ("the house") or a verb that opens sentences
    before a name ("Defending Makin, ..."), when the rest of the span is a name the article uses
    on its own. Only people, but for a verb's form in -ing, whatever the span's kind
    (`rules.OPENING_PARTICIPLE_RE`: "Following Assange's arrest"), when the rest ends a name the
    article uses ("Julian Assange"): "North Tarvik" keeps its "North". A word that describes the
    bearer (`rules.DESCRIPTIVE_OPENERS`: "Rival Kroger fell") goes from any span that opens a
    sentence with it; a word of rank (`rules.RANKING_OPENERS`: "Key Security Council members
    met") from a body's or a place's span, when the rest is a name the table knows or the
    article uses on its own ("Major League Baseball" is neither, and stays)."""
    keys = {m.key for m in found}
    # how many names of the article end with each run of words (the span's own is one of them)
    ends = Counter(
        end for key in keys for end in {key.split(" ", i)[-1] for i in range(key.count(" ") + 1)}
    )
    for m in found:
        first, _, rest = m.key.partition(" ")
        if not rest or m.key in known:
            continue
        if first in rules.DESCRIPTIVE_OPENERS and _capital_says_nothing(text, m.start, facts):
            m.start += words(text[m.start : m.end])[1].start
            m.key = rest
            continue
        if (
            first in rules.RANKING_OPENERS
            and m.type != "PERSON"
            and (rest in known or rest in keys)
            and _capital_says_nothing(text, m.start, facts)
        ):
            m.start += words(text[m.start : m.end])[1].start
            m.key = rest
            continue
        participle = rules.OPENING_PARTICIPLE_RE.fullmatch(first) is not None
        if not (rest in keys or (participle and ends[rest] > 1)):
            continue
        if m.type != "PERSON" and not participle:
            continue
        common = first in facts.lowercase_words or first in rules.SENTENCE_OPENING_VERBS
        if (common or participle) and _capital_says_nothing(text, m.start, facts):
            m.start += words(text[m.start : m.end])[1].start
            m.key = rest


def _mention(
    text: str,
    start: int,
    end: int,
    type_: EntityType | None,
    table: AliasTable,
    titles: TitlePatterns,
) -> Mention | None:
    if start >= end:
        return None
    if type_ is None:  # the known name before a possessive: the table gives its type
        return Mention(start, end, fold(text[start:end]), None, "ner")
    return strip_leading_title(text, start, end, type_, table, titles)


@dataclass(frozen=True)
class _Known(Container[str]):
    """Keys of the alias table and of the article's own acronyms."""

    table: AliasTable
    local: Mapping[str, str]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self.local or self.table.get(key) is not None)
