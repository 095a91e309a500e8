"""Two places that share a plural kind after them ("Orange and Riverside counties", "the
Lviv and Volyn regions"): two places, whatever span the model made of the pair.

Why: the model reads "Orange and Riverside" as one organization, so two counties became one
unknown entity. Where the text writes two capitalised names joined by "and" before a plural
place word, the spans crossing them give way to one place span for each name.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import coordinated_place_rules as rules
from tasks.entities.mentions import Span


def coordinated_place_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each pair of places sharing a plural kind made two places."""
    places: list[tuple[int, int]] = []
    for found in rules.COORDINATED_PLACES_RE.finditer(text):
        places += [found.span("a"), found.span("b")]
    if not places:
        return list(spans)
    low, high = min(a for a, _ in places), max(b for _, b in places)
    kept = [
        s
        for s in spans
        if s[3] <= low
        or s[2] >= high
        or not any(s[2] < end and start < s[3] for start, end in places)
    ]
    added = [(text[start:end], "GPE", start, end) for start, end in places]
    return sorted(kept + added, key=lambda s: (s[2], s[3]))
