"""A name the table knows whole with a comma in it ("Washington, D.C."), which the model reads
as two places: one span.

Why: the model tags "Washington" and "D.C." apart, and "D.C." alone resolves to no place, so
one city became the capital plus an unknown "D.C." entity. Two of the model's spans joined
by a comma and a space make one span exactly when the joined text is a name of the table and
the part after the comma names nothing of its own, in the table or as a state's abbreviation:
"N.Y." or "NY" of "New York, N.Y." is the state, which labelled copy counts beside the city,
as a town's state ("Gladstone, NJ").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span
from tasks.names import fold

# What the model's label becomes for each type of the table.
LABEL_OF_TYPE = {"LOC": "GPE", "ORG": "ORG", "PERSON": "PERSON"}


def comma_name_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with each pair that a comma joins into a name the table knows made
    one span of that name, where the second names nothing alone."""
    ordered = sorted(spans, key=lambda s: (s[2], s[3]))
    result: list[Span] = []
    i = 0
    while i < len(ordered):
        first = ordered[i]
        if i + 1 < len(ordered):
            second = ordered[i + 1]
            between = text[first[3] : second[2]]
            joined = between.strip() == "," and "\n" not in between
            known = joined and table.get(fold(text[first[2] : second[3]]))
            alone = second[0] in rules.STATE_ABBREVIATIONS or table.get(fold(second[0]))
            if joined and known and not alone:
                start, end = first[2], second[3]
                result.append((text[start:end], LABEL_OF_TYPE[known.type], start, end))
                i += 2
                continue
        result.append(first)
        i += 1
    return result
