"""Two given names joined by "and" before one family name are two people: "Otto and Minnie
Brandt" is Otto Brandt and Minnie Brandt, not one organization.

Why: local news names couples this way (a farm given away, a golden wedding, a death notice),
and the small model reads the run as one name, most often an organization. A span of that shape
(`tasks.entity_rules.couples`) is two people's names where the model reads it as a person, or
where it reads the first or the second given name with the family name as a person elsewhere in
the text ("Otto Brandt, who is 81"): that evidence keeps a body named "Health and Human Services"
whole. The first name is a span of its own (a name of one word, linked to its full name where
the text writes it), the second with the family name another, and each span of the text that
is just one of the two full names becomes a person's.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import couples as rules


def couple_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each couple's names ("Otto and Minnie Brandt") made two
    people's."""
    index = SpanIndex(text, spans)
    people = {s[0] for s in spans if s[1] == rules.PERSON_LABEL}
    dropped: set[int] = set()
    added: list[Span] = []
    names: set[str] = set()
    for i, (_, label, _, _) in enumerate(spans):
        where = index.located[i]
        couple = rules.COUPLE_RE.fullmatch(text, *where) if where else None
        if couple is None:
            continue
        full = {f"{couple['first']} {couple['family']}", f"{couple['second']} {couple['family']}"}
        if label != rules.PERSON_LABEL and not full & people:
            continue
        dropped.add(i)
        added.append((couple["first"], rules.PERSON_LABEL, *couple.span("first")))
        start, end = couple.start("second"), couple.end("family")
        added.append((text[start:end], rules.PERSON_LABEL, start, end))
        names |= full
    if not added:
        return list(spans)
    out = replaced(spans, dropped, added)
    return [(s, rules.PERSON_LABEL, a, b) if s in names else (s, lab, a, b) for s, lab, a, b in out]
