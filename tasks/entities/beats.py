"""The vocabulary of news beats that is written like names and names no entity: case names and
parts of laws in court copy, tickers in market tables, a match's honours and matches named by
their ground in sport, laws the model cut at a lowercase word, beats' common nouns written as
acronyms, and Roman numerals in capitals.

Why apart: these are conventions of the beats (the label file counts no law, event, work or
code), not of names; each is a pattern in `tasks.entity_rules.beats`, applied here either as a
phrase no name inside is an entity (`beat_phrases`, which `merge.no_entity_phrases` adds) or as
a test of one mention.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from tasks.entities.mentions import Intervals, Span
from tasks.entity_rules import beats as beat


def beat_phrases(text: str) -> Iterator[tuple[int, int]]:
    """Where the text writes a part of a law or a bill ("Section 230", "Title IX", "HB 3"), a
    match's honour ("Player of the Match"), a match named by its ground ("the Gabba Test"), a
    ticker before its move ("(NVDA) -3.1%") or a warning's level ("Status Orange")."""
    for pattern in (
        beat.LAW_PART_RE,
        beat.AWARD_PHRASE_RE,
        beat.MATCH_NAME_RE,
        beat.TICKER_BEFORE_MOVE_RE,
        beat.WARNING_LEVEL_RE,
    ):
        for found in pattern.finditer(text):
            yield found.span()


def beat_phrase(surface: str) -> bool:
    """Is the whole span one of the beats' phrases ("Player of the Match", "Title IX"), cut
    out of a longer span of the model's ("Sheehan named Player of the Match")?"""
    return any(
        pattern.fullmatch(surface) is not None
        for pattern in (beat.AWARD_PHRASE_RE, beat.LAW_PART_RE, beat.WARNING_LEVEL_RE)
    )


def counsel_name(surface: str) -> bool:
    """Does the span end with a post-nominal only a person's name has ("Saul Holt KC")?"""
    last = surface.rsplit(None, 1)[-1] if " " in surface.strip() else ""
    return last.lower() in beat.COUNSEL_POST_NOMINALS


def case_name(surface: str) -> bool:
    """Is the span a law case named by its parties ("Doe v. Snap Inc.")?"""
    return beat.CASE_NAME_RE.fullmatch(surface) is not None


def cut_law_name(text: str, end: int) -> bool:
    """Is the mention ending at `end` a law's name the model cut at a lowercase word ("Minor
    Protection" + " in Social Media Act")?"""
    return beat.LAW_TAIL_AFTER_RE.match(text, end) is not None


def law_or_fund_key(key: str) -> bool:
    """A folded name of several words ending in a law's head word ("bharatiya nyaya sanhita",
    "dowry prohibition act") or holding a fund's word ("spdr s p 500 etf trust"): no entity,
    and neither is an acronym the text defines for it."""
    name, _, head = key.rpartition(" ")
    law = head in beat.LAW_HEAD_KEYS
    return bool(name) and (law or not beat.FUND_WORDS.isdisjoint(key.split()))


def beat_common_noun(key: str) -> bool:
    """A beat's common noun written as an acronym or with a capital ("FIR", "ODI", "Bitcoin"),
    a code's or a law's name ("Indian Penal Code") or a fund's ("Vanguard Total Stock Market
    ETF"); folded key."""
    return key in beat.BEAT_COMMON_NOUNS or law_or_fund_key(key)


def local_storm_names(text: str) -> frozenset[str]:
    """Folded local names of storms ("Tino" of "Typhoon Kalmaegi, known locally as Tino")."""
    return frozenset(found["name"].lower() for found in beat.LOCAL_STORM_NAME_RE.finditer(text))


def opening_preposition_end(text: str, start: int, end: int) -> int:
    """Where a span's name starts after a preposition or conjunction opening its sentence
    ("Across Europe" -> "Europe", "As Mashable reports" -> "Mashable"); `start` when it has none,
    nothing follows it, or the word is a club's prefix in capitals ("AS Roma")."""
    first, space, rest = text[start:end].partition(" ")
    prefix = first.isupper() and len(first) <= beat.MAX_CLUB_PREFIX_LETTERS
    if space and rest[:1].isupper() and first.lower() in beat.OPENING_PREPOSITIONS and not prefix:
        return start + len(first) + 1
    return start


def numeral_not_acronym(surface: str, acronyms: Collection[str] | None) -> bool:
    """A Roman numeral of two letters or more in capitals ("their XI") that is not one of
    `acronyms`, the forms in capitals the alias table knows for the name ("DC")."""
    return (
        len(surface) >= 2
        and beat.ROMAN_NUMERAL_RE.fullmatch(surface) is not None
        and surface not in (acronyms or ())
    )


def fixture_v_end(text: str, start: int, end: int) -> int:
    """Where a club's name ends before a fixture's "v" the span holds ("Manchester City v")."""
    found = beat.FIXTURE_V_END_RE.search(text, start, end)
    return found.start() if found is not None and found.start() > start else end


def surname_particles_start(text: str, start: int) -> int:
    """Where a person's span starts when particles of the surname stand right before it ("Van
    den" + "Berg"); `start` when none do."""
    found = beat.SURNAME_PARTICLES_BEFORE_RE.search(text, max(0, start - 24), start)
    return found.start() if found is not None else start


def court_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, and an organization's span for each court named by its place and rank
    ("the Karnataka High Court") where no span of the model's touches it."""
    taken = Intervals([(start, end) for _, _, start, end in spans])  # by bisection, not a scan
    added = []
    for found in beat.COURT_NAME_RE.finditer(text):
        start, end = found.span("name")
        near = (taken.items[k] for k in taken.overlapping(start, end))
        if not any(a < end and start < b for a, b in near):
            added.append((found["name"], "ORG", start, end))
    return sorted([*spans, *added], key=lambda s: (s[2], s[3])) if added else list(spans)


def trial_name(text: str, start: int, surface: str) -> bool:
    """Is the mention a clinical trial's name ("SURMOUNT-5", "the trial called EVOKE")?"""
    return beat.TRIAL_CODE_RE.fullmatch(surface) is not None or (
        beat.TRIAL_CUE_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )
