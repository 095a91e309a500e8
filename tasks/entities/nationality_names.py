"""A person written with their nationality before the name ("the Argentine Matias Corral"),
read by the model as one span: the person, without the nationality.

Why: sports and foreign copy introduces a player or a minister with the nationality as a
description ("the Brazilian Carlos Mendes"), and the small model sometimes runs the word into
the name, reading "Argentine Matias Corral" as one organization that the later "Corral" never
joins. A nationality is no part of a person's name, but other names hold one ("the Irish
Football Association", "the British Grand Prix"), so the word is cut only where the rest is two
or three capitalised words and the text also writes the rest's last word on its own and without
"the" ("Corral said", not "the Association said"), as news writes a person's surname after the
first mention; the rest is then a person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules import DEMONYMS, GENERIC_NAME_HEADS, ORG_SUFFIXES

_LEAD_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+(?=[A-Z])")
# A run of capitalised words (bounded), not after "the": a surname stands as a run of its own
# ("Corral said", "Corral's goal"), not inside another name ("the Rapid Support Forces") nor as
# the head of a description ("the Association said").
_RUN_RE = re.compile(r"(?<![\w'’-])(?<![Tt]he )[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,5}")
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
_REST_WORDS = range(2, 4)


def _words_alone(text: str) -> Counter[str]:
    """How often the text writes each capitalised word as a name of one word."""
    runs = (_POSSESSIVE_RE.sub("", run) for run in _RUN_RE.findall(text))
    return Counter(run for run in runs if " " not in run and "\t" not in run)


def nationality_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each nationality run into a person's name cut off (see the module
    docstring); other spans unchanged."""
    words: Counter[str] | None = None
    out: list[Span] = []
    for span in spans:
        surface, _, start, end = span
        lead = _LEAD_RE.match(surface)
        if lead is None or lead[1].lower() not in DEMONYMS:
            out.append(span)
            continue
        rest = surface[lead.end() :].split()
        if len(rest) not in _REST_WORDS or not all(w[0].isupper() for w in rest):
            out.append(span)
            continue
        if rest[-1].casefold() in GENERIC_NAME_HEADS | ORG_SUFFIXES:
            out.append(span)  # "European Medicines Agency": a body's head, no surname
            continue
        words = words if words is not None else _words_alone(text)
        if not words[rest[-1]]:
            out.append(span)  # the text never writes the last word alone: no surname
            continue
        out.append((surface[lead.end() :], "PERSON", start + lead.end(), end))
    return out
