"""A mention while resolving, and how its edges are cleaned in the text it came from.

Why apart: NER spans, alias-table hits and acronyms all become `Mention`s, and every later step
(merging, roles, linking, ids) reads and refines the same record. The surface cleaners decide
what part of the text a mention covers: no quotes or brackets, no trailing possessive, no
leading "the", no market code or clause word after the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Container, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate

from tasks import entity_rules as rules
from tasks.entities.aliases import Canonical
from tasks.entity_rules import EntityType
from tasks.names import APOSTROPHES, HYPHEN_CLASS, fold

Span = tuple[str, str, int, int]  # (surface text, spaCy label, start_char, end_char)

# How far from its stated offsets a span's text is looked for when they disagree.
LOCATE_SLACK = 200


@dataclass
class Mention:
    """One mention while resolving: offsets into the text, folded key, what we know of it."""

    start: int
    end: int
    key: str
    type: EntityType | None  # from NER; None for alias-table scan hits
    source: str  # "ner" | "alias" | "acronym"
    role: str | None = None
    person_hint: bool = False
    target: str = ""  # the key it resolves through (an acronym points at its long form)
    entity: Canonical | None = None

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


_EDGE_JUNK = ' \t\r\n"“”„‟«»()[]{}:;,'
# A name never opens with a hyphen or dash: "-Hippolyte Taine" and "—Jane Doe" sign a quotation.
_LEADING_DASHES = "-‐‑–—"


def _trailing_non_name(text: str, start: int, end: int) -> int:
    """Where the name ends once market codes, scores and lowercase clause words after it are
    cut ("London Metal Exchange CMAL3", "Orlando Pirates 2-1", "the Associated Press that");
    never before its first word."""
    while True:
        code = rules.TRAILING_MARKET_CODE_RE.search(text, start, end)
        if code is None:
            code = rules.TRAILING_SCORE_RE.search(text, start, end)
        if code is not None and code.start() > start and not _road_number(text, start, code):
            end = code.start()
            continue
        cut = text.rfind(" ", start, end)
        if cut > start and text[cut + 1 : end] in rules.TRAILING_NON_NAME_WORDS:
            end = cut
            continue
        return end


def _road_number(text: str, start: int, code: re.Match[str]) -> bool:
    """A road's number with a letter after a road's word ("County Road 600S", "Route 9W"), no
    market code: the name ends with it."""
    word = text[start : code.start()].rsplit(None, 1)[-1]
    return fold(word) in rules.NUMBERED_ROAD_WORDS and code.group().strip()[:1].isdigit()


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """Where the name ends when the span opens a bracket it does not close: the model runs a
    name into what a list or a line-up puts after it ("Sacha Feinberg-Mngomezulu (Stormers",
    "Lee (Bulls"); "Shiv Sena (UBT)" closes its own and is left whole."""
    opened = text.rfind("(", start, end)
    if opened <= start or text.find(")", opened, end) >= 0:
        return end
    return opened


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets and spaces from the edges and dashes from the start, a party letter
    before a state ("D-California"), a bracket the span opens and does not close with what
    follows it, an adjective's suffix glued after it ("Taylor Swift-themed"), a place's
    descriptor in lowercase ("the Kunene region"), a trailing possessive, a sentence adverb and
    its comma before the name ("Meanwhile, Scottish Fire and Rescue Service"), a leading "the"
    and a lowercase description word after it, market codes and clause words after the name,
    and the next sentence the model ran the name into ("the Praça do Comércio. Lunch")."""
    while start < end and (
        text[start] in _EDGE_JUNK or text[start] in APOSTROPHES or text[start] in _LEADING_DASHES
    ):
        start += 1
    party = rules.PARTY_STATE_RE.match(text, start, end)
    if party is not None and party.end() == end:
        start = party.start("state")  # "D-California": the state, not its senator's party
    sentence_end = rules.SENTENCE_BREAK_IN_NAME_RE.search(text, start, end)
    if sentence_end is not None and sentence_end.end() + 1 < end:
        end = sentence_end.end()
    end = _before_open_bracket(text, start, end)
    end = _trailing_non_name(text, start, end)
    while start < end and text[end - 1] in _EDGE_JUNK:
        end -= 1
    glued = rules.ADJECTIVE_SUFFIX_RE.search(text, start, end)
    if glued is not None and glued.start() > start:
        end = glued.start()  # "Taylor Swift-themed" names Taylor Swift
    descriptor = rules.TRAILING_PLACE_DESCRIPTOR_RE.search(text, start, end)
    if descriptor is not None and descriptor.start() > start:
        end = descriptor.start()  # "the Kunene region" names Kunene
    possessive = rules.SURFACE_POSSESSIVE_RE.search(text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while start < end and text[end - 1] in APOSTROPHES:
        end -= 1
    adverb = rules.LEADING_SENTENCE_ADVERB_RE.match(text, start, end)
    if adverb is not None:
        start = adverb.end()  # "Meanwhile, Scottish Fire and Rescue Service"
    article = rules.LEADING_ARTICLE_RE.match(text[start:end])
    if article and article.end() < end - start:
        start += article.end()
    lead = rules.LEADING_LOWERCASE_WORD_RE.match(text, start, end)
    if (
        lead
        and lead.group(1).islower()
        and text[lead.end()].isupper()
        and lead.group(1) not in rules.NAME_PARTICLES
    ):
        start = lead.end()  # "the state Department of ...": a description before the name
    return start, end


_GLUED_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’{HYPHEN_CLASS}])([A-Z][a-z]+)[{HYPHEN_CLASS}]\Z")


def glued_first_name_start(text: str, start: int) -> int:
    """Where a person's name starts when the model's span begins after a hyphen that joins two
    first names ("Kurt-Lee Arendse" read as "Lee Arendse"); a prefix of
    `rules.NAME_PREFIXES_NOT_NAMES` is no first name ("Ex-Chelsea", "Anti-Putin")."""
    if not text[start : start + 1].isupper():
        return start
    glued = _GLUED_WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if glued is None or glued.group(1).lower() in rules.NAME_PREFIXES_NOT_NAMES:
        return start
    return glued.start(1)


_GLUED_WORD_AFTER_RE = re.compile(rf"[A-Z][^\W\d_]*(?![\w'’{HYPHEN_CLASS}])")


def glued_surname_end(text: str, end: int) -> int:
    """Where a person's name ends when the model's span stops on the hyphen of a double-barrelled
    surname ("Maria Okonkwo-" of "Maria Okonkwo-Reyes", read so in a title-case headline): a
    name never ends on a hyphen glued to a capitalised word, so the word is taken in."""
    if end == 0 or text[end - 1] not in HYPHEN_CLASS:
        return end
    glued = _GLUED_WORD_AFTER_RE.match(text, end)
    return end if glued is None else glued.end()


def surname_after_particles_end(text: str, end: int, span_starts: Container[int]) -> int:
    """Where a person's name ends when the model's span stops before a particle and the
    surname after it ("Pieter-Steph" + " du Toit"): the surname is taken in unless another
    span of the model starts on it (the model read it as a name of its own)."""
    if end == 0 or not text[end - 1].isalpha():
        return end
    found = rules.SURNAME_AFTER_RE.match(text, end)
    if found is None:
        return end
    surname = text.rfind(" ", end, found.end()) + 1
    return end if surname in span_starts else found.end()


def cut_possessive_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Abdullah's council" -> "Abdullah": a possessive followed only by lowercase words."""
    found = rules.POSSESSIVE_PHRASE_RE.search(text, start, end)
    if found and found.start() > start and text[found.end() : end].islower():
        return start, found.start()
    return start, end


def cut_post_nominals(text: str, start: int, end: int) -> int:
    """Where a person's name ends once letters after it are cut ("Clare Dunmore KC", "Ana Ruiz
    MP OBE"): capitals of `rules.POST_NOMINALS`, never the name's first word."""
    while True:
        cut = text.rfind(" ", start, end)
        last = text[cut + 1 : end].strip(".,")
        if cut <= start or not last[:1].isupper() or last.lower() not in rules.POST_NOMINALS:
            return end
        end = cut


def locate(text: str, span: Span) -> tuple[int, int] | None:
    """Trust the span's offsets when they agree with its text, else find the text nearby.

    Nearby is within `LOCATE_SLACK` characters: spans come with their own offsets, and a search
    of the whole text for each stray span would make a long text quadratic.
    """
    surface, _, start, end = span
    if 0 <= start < end <= len(text) and text[start:end] == surface:
        return start, end
    if not surface:
        return None
    found = text.find(surface, max(0, start - LOCATE_SLACK), max(0, end) + LOCATE_SLACK)
    return (found, found + len(surface)) if found >= 0 else None


class Intervals:
    """Intervals sorted by start, with the running maximum of their ends: the intervals that
    may overlap or contain a given one are found by bisection, not by a scan of all of them."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        self.items = sorted(intervals)
        self.starts = [a for a, _ in self.items]
        self.max_ends = list(accumulate((b for _, b in self.items), max))

    def contains(self, start: int, end: int) -> bool:
        """Does one interval hold all of [start, end)?"""
        last = bisect_right(self.starts, start) - 1  # intervals starting at or before `start`
        return last >= 0 and self.max_ends[last] >= end

    def overlapping(self, start: int, end: int) -> range:
        """Indices (into `items`) that may overlap [start, end): check each with its offsets."""
        first = bisect_right(self.max_ends, start)  # before it, every interval ends by `start`
        return range(first, bisect_left(self.starts, end))


class SpanIndex:
    """The located spans of a text, for "which spans overlap [start, end)?" by bisection: the
    steps that correct spans around a pattern ask it once per match, so a long text with
    thousands of both costs n·log n, not n²."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self.located = [locate(text, s) for s in spans]
        self._order = sorted(
            (i for i, where in enumerate(self.located) if where is not None),
            key=lambda i: self.located[i] or (0, 0),
        )
        self._intervals = Intervals([self.located[i] or (0, 0) for i in self._order])

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices (into the spans given) of the spans overlapping [start, end), in text order."""
        found = []
        for k in self._intervals.overlapping(start, end):
            a, b = self._intervals.items[k]
            if a < end and start < b:
                found.append(self._order[k])
        return found

    def inside(self, start: int, end: int) -> list[int] | None:
        """The spans overlapping [start, end) when every one lies inside it: they give way to
        a name found there. None when one crosses its edge (it holds the name, or runs across
        it), and the spans stay as the model read them."""
        over = self.overlapping(start, end)
        for i in over:
            where = self.located[i]
            if where is None or where[0] < start or end < where[1]:
                return None
        return over


def line_bounds(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of the text, its line break excluded: a stored text is its
    headline, then a paragraph a line."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def replaced(spans: Sequence[Span], dropped: Collection[int], added: Sequence[Span]) -> list[Span]:
    """The spans but those at the indices `dropped`, with `added`, in text order."""
    kept = [span for i, span in enumerate(spans) if i not in dropped]
    return sorted([*kept, *added], key=lambda s: (s[2], s[3]))
