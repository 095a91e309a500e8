"""Places joined by "and": two places that share a plural kind after them ("Orange and
Riverside counties", "the Lviv and Volyn regions"), and one place whose own name holds the "and"
("Jammu and Kashmir", "Newfoundland and Labrador").

Why: the model reads "Orange and Riverside" as one organization, so two counties became one
unknown entity. Where the text writes two capitalised names joined by "and" before a plural
place word, the spans crossing them give way to one place span for each name. The other way
round, the model reads "Jammu" and "Kashmir" as two places, so the territory became two
entities: two place spans joined by "and" that the gazetteer knows whole, as a country or a
region, are one place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from tasks import entity_rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.mentions import Span
from tasks.entity_rules import coordinated_places as rules


def coordinated_place_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each pair of places sharing a plural kind made two places."""
    places: list[tuple[int, int]] = []
    for found in rules.COORDINATED_PLACES_RE.finditer(text):
        places += [found.span("a"), found.span("b")]
    if not places:
        return list(spans)
    ends = [end for _, end in places]  # in text order, none overlapping: matches never do
    kept = [s for s in spans if not _crosses(s[2], s[3], places, ends)]
    added = [(text[start:end], "GPE", start, end) for start, end in places]
    return sorted(kept + added, key=lambda s: (s[2], s[3]))


def _crosses(start: int, end: int, places: Sequence[tuple[int, int]], ends: Sequence[int]) -> bool:
    """Whether [start, end) overlaps a place: the first place ending after `start` is the only
    one that can begin before `end` without a later one doing so first."""
    i = bisect_right(ends, start)
    return i < len(places) and places[i][0] < end


def joined_place_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each pair of neighbours joined by "and" made one place span where
    the gazetteer knows the whole as a country or a region ("Jammu" + "Kashmir"); at least one
    of the two must be read as a place. "Dallas and Houston" stays two: no place is so named."""
    ordered = sorted(spans, key=lambda s: (s[2], s[3]))
    result: list[Span] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        b = ordered[i + 1] if i + 1 < len(ordered) else None
        if b is not None and _one_place(text, a, b):
            result.append((text[a[2] : b[3]], "GPE", a[2], b[3]))
            i += 2
            continue
        result.append(a)
        i += 1
    return result


def _one_place(text: str, a: Span, b: Span) -> bool:
    if not a[2] < a[3] <= b[2] or not rules.PLACE_JOIN_RE.fullmatch(text, a[3], b[2]):
        return False
    if not {a[1], b[1]} & entity_rules.PLACE_LABELS:
        return False
    return gazetteer().region(text[a[2] : b[3]]) is not None
