"""Two places that share a plural kind after them ("Orange and Riverside counties", "the
Lviv and Volyn regions"): two places, whatever span the model made of the pair.

Why: the model reads "Orange and Riverside" as one organization, so two counties became one
unknown entity. Where the text writes two capitalised names joined by "and" before a plural
place word, the spans crossing them give way to one place span for each name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

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
