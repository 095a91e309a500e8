"""A name with a bracket between the given names and the surname ("a son, Tom (Alice) Harlan
of Dayton", "Rose (Keane) Doyle"): one person's span, the bracket inside it.

Why: obituaries and death notices write every survivor this way, a spouse's given name or a maiden
name in brackets, and the model stops at the bracket: it reads the given name alone as the person
("Tom", "Kathleen"), a fragment nobody is known by, and leaves the surname, the name the family
shares, to no one, or reads the maiden name as a person of its own. The form
(`tasks.entity_rules.bracketed_names`) is capitalised given names, a bracket of one or two
capitalised names, and a capitalised surname; it is a name when the model read a person inside it
or one span over all of it, and no party, team, people or known place within the bracket (that is
an affiliation: "Maya Ellis (Labour) Said"; the model reads many given names as places). Whose name
the bracket holds (a spouse's or the person's own maiden name) the form does not say, so the
bracket makes no person of its own.

Cost: one pass of a pattern over the text; each match asks the span index (by bisection).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.gazetteer_places import known_place
from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import PLACE_ALONE_MIN_POPULATION
from tasks.entity_rules import bracketed_names as rules


def _capitalised(words: str) -> bool:
    return all(w.lstrip('"“')[:1].isupper() for w in words.split())


def _affiliation(span: Span) -> bool:
    """Is the model's span within the bracket a party, a team, a people or a known place?"""
    surface, label, *_ = span
    if label in rules.AFFILIATION_LABELS:
        return True
    return label in rules.PLACE_LABELS and known_place(surface, PLACE_ALONE_MIN_POPULATION)


def bracketed_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name written with a bracket before its surname one
    person's span."""
    found = []
    for f in rules.BRACKETED_NAME_RE.finditer(text):
        if not (
            _capitalised(f["given"]) and _capitalised(f["inner"]) and _capitalised(f["surname"])
        ):
            continue
        start = f.start()
        for word in f["given"].split()[:-1]:  # "Son Tom (Alice) Harlan": Tom's
            if word not in rules.NOT_GIVEN_NAMES:
                break
            start = text.index(" ", start) + 1
        if text[start : f.end("given")] in rules.NOT_GIVEN_NAMES:
            continue
        found.append((start, f.end()))
    if not found:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end in found:
        over = index.inside(start, end)
        if not over:
            continue  # nothing read there, or a span reaching beyond the name
        opens, closes = text.index("(", start), text.index(")", start) + 1
        within = [
            spans[i]
            for i in over
            if opens <= (index.located[i] or (0, 0))[0]
            and (index.located[i] or (0, 0))[1] <= closes
        ]
        if any(_affiliation(span) for span in within):
            continue  # a party, team or place in the bracket ("Maya Ellis (Labour) Said")
        whole = [index.located[i] for i in over] == [(start, end)]
        if not whole and not any(spans[i][1] in rules.PERSON_LABELS for i in over):
            continue
        if whole and spans[over[0]][1] in rules.PERSON_LABELS:
            continue
        dropped.update(over)
        added.append((text[start:end], "PERSON", start, end))
    return replaced(spans, dropped, added)
