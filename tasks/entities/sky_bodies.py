"""Planets and moons written alone in a text about space are places ("Saturn", "Enceladus").

Why: the guideline labels planets and moons as places, and the small model reads "Saturn" as a
product and "Enceladus" as a nationality (both dropped) or misses them. The names are data
(`tasks.entity_rules.sky_bodies`); since many are also a car, a singer's or an athlete's name
("Saturn", "Bruno Mars", "Venus Williams"), a name counts only in a text that writes a word of space
("moon", "orbit", "spacecraft", ...), and only written alone: a capitalised word beside it
("Europa Clipper", "Earth Day") makes it part of another name, which is left as the model read
it. A body found so replaces any span inside it and any span that is exactly it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import sky_bodies as rules

_BODY_RE = re.compile(r"(?<![-\w])(?:" + "|".join(sorted(rules.SKY_BODIES)) + r")(?![-\w])")
_WORD_BEFORE_RE = re.compile(r"([A-Z][\w.]*)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]+[A-Z0-9]")


def _bodies(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each body of the sky written alone."""
    for found in (*_BODY_RE.finditer(text), *rules.MOON_RE.finditer(text)):
        start, end = found.span()
        before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        if before is not None and before[1] not in rules.SENTENCE_WORDS:
            continue  # "Bruno Mars"
        if _WORD_AFTER_RE.match(text, end):
            continue  # "Europa Clipper", "Earth Day", "Mars 2020"
        yield start, end


def sky_body_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each planet or moon written alone made a place, in a text about
    space (see the module docstring); elsewhere the spans unchanged."""
    if rules.SPACE_CUE_RE.search(text) is None:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end in _bodies(text):
        over = index.inside(start, end)
        if over is None:
            continue  # a longer span holds it: "the Mars Reconnaissance Orbiter"
        dropped.update(over)
        added.append((text[start:end], "LOC", start, end))
    return replaced(spans, dropped, added) if added else list(spans)
