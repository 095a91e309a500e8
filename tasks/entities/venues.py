"""Venues: concert halls, arenas and amphitheatres, named after sponsors or ending with a venue
word, are places ("Jiffy Lube Live", "PNC Music Pavilion").

Why: the small model cuts sponsor-named venues in pieces ("Veterans United Home" +
"Amphitheater"), reads them as the sponsor company or a person ("Mohegan Sun"), or misses them.
Two conventions say a venue is meant: a tour or event listing gives one date a line with the
venue and its town ("June 24 -- Jiffy Lube Live, Bristow, VA", "June 24 – Bristow, VA @ Jiffy
Lube Live", "May 9 - Atlanta, GA - State Farm Arena"), and a name ends with a venue word
("Ameris Bank Amphitheatre"). The model's spans are corrected there before anything reads them.
Tables: `tasks.entity_rules.venues`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks.entities.mentions import Span, SpanIndex
from tasks.entity_rules import venues as rules


def _venue_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The venue's name within text[start:end], trimmed of a note after it; None if it does
    not read as a name."""
    note = rules.LISTING_NOTE_RE.search(text, start, end)
    end = note.start() if note else end
    name = rules.LISTING_VENUE_RE.match(text, start, end)
    if name is None:
        return None
    stop = name.end()
    while stop > start and not (text[stop - 1].isalnum() or text[stop - 1] in ".)’'"):
        stop -= 1
    if stop <= start or len(text[start:stop].split()) > rules.LISTING_VENUE_MAX_WORDS:
        return None
    return start, stop


def _place_end(text: str, start: int) -> int:
    """Where a listing line's place ends: the end of its line less the trailing blanks, but
    one character at least (a line of blanks after the dash)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return max(start + 1, start + len(text[start:line_end].rstrip(" \t")))


def _venue_beside_town(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The venue of a listing's place written as a town and a venue with a dash or a bar
    between them ("Atlanta, GA - State Farm Arena", "State Farm Arena | Atlanta, GA"): the part
    without the town's comma; None unless exactly one part has one."""
    separators = list(rules.LISTING_SEPARATOR_RE.finditer(text, start, end))
    if len(separators) != 1:
        return None
    sep = separators[0]
    first, second = (start, sep.start()), (sep.end(), end)
    with_comma = [", " in text[a:b] for a, b in (first, second)]
    if with_comma == [True, False]:
        return _venue_at(text, *second)
    if with_comma == [False, True]:
        return _venue_at(text, *first)
    return None


def _listed_venues(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each venue of a tour or event listing line."""
    for line in rules.LISTING_LINE_RE.finditer(text):
        start, end = line.end(), _place_end(text, line.end())
        at = rules.LISTING_AT_RE.search(text, start, end)
        if at is not None:
            venue = _venue_at(text, at.end(), end)
        elif len(text[start:end].split(", ")) >= rules.LISTING_MIN_PARTS:
            venue = _venue_at(text, start, text.index(", ", start))
        else:
            venue = _venue_beside_town(text, start, end)
        if venue is not None:
            yield venue


def _is_venue_name(surface: str) -> bool:
    """Does the name end with a venue word ("PNC Music Pavilion"), written as a name?"""
    tokens = surface.split()
    return any(
        len(tokens) > size
        and all(w[:1].isupper() for w in tokens[-size:])
        and " ".join(tokens[-size:]).lower() in rules.VENUE_HEADS
        for size in (2, 1)
    )


def venue_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each listed venue made one place: the spans overlapping it give
    way to it; and each span whose name ends with a venue word made a place."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end in _listed_venues(text):
        dropped.update(index.overlapping(start, end))
        added.append((text[start:end], "FAC", start, end))
    kept = [
        (s[0], "FAC", s[2], s[3])
        if s[1] in rules.VENUE_OVERRULED_LABELS and _is_venue_name(s[0])
        else s
        for i, s in enumerate(spans)
        if i not in dropped
    ]
    return sorted([*kept, *added], key=lambda s: (s[2], s[3]))
