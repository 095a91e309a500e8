"""Places joined by a hyphen before a route ("the Beni-Jomsom road", "the Bhopal-Indore
industrial corridor", "the Abu Dhabi-Dubai highway"): two places, the route's ends; and a road
named by its number ("NH 44", "on I-95"): one place.

Why: papers name a road, railway or corridor by the towns it links. The model reads the pair
as one name (a person "Kira-Matugga", an organization "Bhopal-Indore") or skips it, so both
towns are lost. The form says what they are: the model's spans over the pair are replaced by
one place for each end. A route named with a capital ("Kira-Matugga Road") is a name of its
own and is left to the model. A road's number is its name (the labels' convention, as for
streets), which the model cuts ("NH") or skips ("I-95").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Span, SpanIndex
from tasks.entity_rules.routes import ROAD_NUMBER_RE, ROUTE_ENDS_RE
from tasks.names import fold

# Words a route's first end does not begin with ("the", "in", "On the ...").
_NOT_END_START = rules.TITLE_CASE_MINOR_WORDS | rules.NOT_NAME_WORDS


def _ends(text: str) -> list[tuple[int, int, int, int]]:
    """(a_start, a_end, b_start, b_end) of each pair of places before a route word."""
    found = []
    for m in ROUTE_ENDS_RE.finditer(text):
        a_start, a_end = m.span("a")
        while a_start < a_end and fold(text[a_start:a_end].split(" ", 1)[0]) in _NOT_END_START:
            rest = text.find(" ", a_start, a_end)
            a_start = a_end if rest < 0 else rest + 1
        ends = (fold(text[a_start:a_end]), fold(m.group("b")))
        if a_start < a_end and not any(e in rules.DEMONYMS for e in ends):
            found.append((a_start, a_end, *m.span("b")))
    return found


def route_end_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each pair of a route's ends made two places: spans lying over the
    pair (and nothing outside it) are replaced; a span reaching beyond it, or one the model
    reads as peoples (NORP), leaves the pair as the model read it."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for a_start, a_end, b_start, b_end in _ends(text):
        over = index.overlapping(a_start, b_end)
        the = rules.THE_BEFORE_RE.search(text, max(0, a_start - 4), a_start)
        first = the.start() if the else a_start  # "the Bhopal-Indore" as the model reads it
        inside = all(
            (where := index.located[i]) is not None and first <= where[0] and where[1] <= b_end
            for i in over
        )
        if not inside or any(spans[i][1] == "NORP" for i in over):
            continue  # "the Afro-Asian route": adjectives of peoples, read so by the model
        dropped.update(over)
        added += [(text[a_start:a_end], "GPE", a_start, a_end)]
        added += [(text[b_start:b_end], "GPE", b_start, b_end)]
    if not added:
        return list(spans)
    kept = [s for i, s in enumerate(spans) if i not in dropped]
    return sorted(kept + added, key=lambda s: (s[2], s[3]))


def road_number_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each road written by its number (`ROAD_NUMBER_RE`: "NH 44",
    "Interstate 70", "on I-95") made one place: spans lying inside the road's name ("NH" of "NH
    44") are replaced by it, and a road the model skipped is added; a span reaching beyond it
    ("the Route 66 Diner") leaves it as the model read it."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for road in ROAD_NUMBER_RE.finditer(text):
        start, end = road.span()
        over = index.overlapping(start, end)
        if any(
            (where := index.located[i]) is None or where[0] < start or end < where[1] for i in over
        ):
            continue
        dropped.update(over)
        added.append((road.group(), "FAC", start, end))
    if not added:
        return list(spans)
    kept = [s for i, s in enumerate(spans) if i not in dropped]
    return sorted(kept + added, key=lambda s: (s[2], s[3]))
