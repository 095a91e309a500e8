"""A bare number the model glues to the end of a person's name is no part of it: a count, an age
or a score written right after the name ("led by Ajit Pawar 53,", "Pawar 53").

Why: the small model runs a name into a bare number after it, and the name with the number
matches nothing: the person is lost and a false one takes their place. No person's name ends
with a bare number. Other names do ("Channel 4", "Formula 1", "Maroon 5", a station "Corvant 5"
beside its owner "Corvant"), and nothing in the text tells those from a count glued on, so only
a person's span loses its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entities.mentions import Span

_TRAILING_NUMBER_RE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?\Z")


def unglued_number_spans(spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each person's without a bare number the model ran the name into."""
    out: list[Span] = []
    for surface, label, start, end in spans:
        number = _TRAILING_NUMBER_RE.search(surface) if label == "PERSON" else None
        if number and number.start() > 0:
            surface, end = surface[: number.start()], start + number.start()
        out.append((surface, label, start, end))
    return out
