"""A bare number the model glues to a person's name is no part of it: a count, an age or a score
written right after the name ("led by Ajit Pawar 53,", "Pawar 53"), or a score, a rank or a
shirt number written before it in a list ("-9 Matteo Ravelli (Italy)", "12 Tom Ashby").

Why: the small model runs a name into a bare number beside it, and the name with the number
matches nothing: the person is lost and a false one takes their place. No person's name ends
with a bare number, nor begins with one. Other names do ("Channel 4", "Formula 1", "Maroon 5",
a station "Corvant 5" beside its owner "Corvant", "3 Arts Entertainment"), and nothing in the
text tells those from a count glued on, so only a person's span loses its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entities.mentions import Span

_TRAILING_NUMBER_RE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?\Z")
# A signed or bare number opening the span: a golf score ("-9", "+2", "−3"), a rank, a shirt.
_LEADING_NUMBER_RE = re.compile(r"\A[-+−–]?\d+(?:[.,]\d+)?[ \t]+(?=[^\W\d_])")


def unglued_number_spans(spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each person's without a bare number the model ran the name into."""
    out: list[Span] = []
    for surface, label, start, end in spans:
        number = _TRAILING_NUMBER_RE.search(surface) if label == "PERSON" else None
        if number and number.start() > 0:
            surface, end = surface[: number.start()], start + number.start()
        lead = _LEADING_NUMBER_RE.match(surface) if label == "PERSON" else None
        if lead:
            surface, start = surface[lead.end() :], start + lead.end()
        out.append((surface, label, start, end))
    return out
