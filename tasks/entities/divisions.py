"""A sports conference or league named with one of its divisions is the conference or league
("the Mid-American Conference West Division" is the Mid-American Conference). A division named
alone ("the East Division") and a league's short name with a compass word ("AFC West") are
left as the model read them: the real pages' labels name them as organizations of their own.

Why: the guideline labels the conference the phrase names; the model reads the whole phrase as
one organization, which then matches no name of the conference the story also writes ("MAC").
The forms are data (`tasks.entity_rules.divisions`): a span that is exactly such a phrase is cut to
the league's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules import divisions as rules


def division_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each conference-and-division cut to the conference."""
    result: list[Span] = []
    for span in spans:
        surface, _, start, end = span
        if text[start:end] != surface:
            result.append(span)
            continue
        found = rules.DIVISION_NAME_RE.fullmatch(surface)
        if found is not None:
            a, b = found.span("league")
            span = (surface[a:b], "ORG", start + a, start + b)
        result.append(span)
    return result
