"""A number the model glues to the end of a name is no part of it: a count, an age, a score or a
figure written right after the name ("led by Ajit Pawar 53,", "Mumbai 260 for six").

Why: the small model runs a name into a bare number after it, and the name with the number
matches nothing: the entity is lost and a false one takes its place. No person's name ends with a
bare number, so a person's span loses it always. Other names do end with one ("Channel 4",
"Formula 1", "Maroon 5", "Route 66"), so there the number goes only when the article also writes
the name alone, as it does a team, a party or a town it counts for: then the number is the
count, not the name's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.entities.mentions import Span

_TRAILING_NUMBER_RE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?\Z")
# Names other than people's looked up in the whole text, at most this many a text: each costs a
# pass over it, and a hostile page of numbered items must not cost a pass per item.
MAX_NAMES_LOOKED_UP = 64


def _written_alone(text: str, name: str) -> bool:
    """Does the text write `name` somewhere without a number right after it?"""
    word = re.escape(name)
    anywhere = len(re.findall(rf"(?<!\w){word}(?!\w)", text))
    numbered = len(re.findall(rf"(?<!\w){word}[ \t]+\d", text))
    return anywhere > numbered


def unglued_number_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each without a bare number the model ran the name into."""
    out: list[Span] = []
    alone: dict[str, bool] = {}
    for surface, label, start, end in spans:
        number = _TRAILING_NUMBER_RE.search(surface)
        if number and number.start() > 0 and text[start:end] == surface:
            name = surface[: number.start()]
            if name not in alone and len(alone) < MAX_NAMES_LOOKED_UP and label != "PERSON":
                alone[name] = _written_alone(text, name)
            if label == "PERSON" or alone.get(name, False):
                surface, end = name, start + len(name)
        out.append((surface, label, start, end))
    return out
