"""Players listed one a line with their position ("- Nate Bauer, LB (knee), out") are people,
and the position's abbreviation is no entity.

Why: injury reports, depth charts, line-ups and signing lists are how sports pages name many
players, and the model, reading a line that is no sentence, misses names and calls "LB" an
organization or "QB" a place. The line's form says what it holds (`tasks.entity_rules.rosters`): the
name before the comma is a person, replacing any span inside it; spans on the position are
dropped. A span reaching beyond the name is left as the model read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import rosters as rules


def roster_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each roster line's name a person and its position no span."""
    lines = list(rules.ROSTER_LINE_RE.finditer(text))
    if not lines:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for line in lines:
        start, end = line.span("name")
        over = index.inside(start, end)
        if over is not None:
            dropped.update(over)
            added.append((line["name"], "PERSON", start, end))
        dropped.update(index.overlapping(*line.span("position")))
    return replaced(spans, dropped, added)
