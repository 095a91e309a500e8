"""A department named by the short form of its last words is the one the article names in
full: "Phoenix PD" is "the Phoenix Police Department", "Fort Worth FD" its fire department; and
a street written with its kind abbreviated is the street the article names in full ("Valencia
St." in an address is "Valencia Street").

Why: local news writes the full name once and the initials after, and the model reads both as
organizations, so one department came out as two entities. Only a short form whose full
reading is an organization the article names is linked. The table is data in
`tasks.entity_rules.short_heads`.

A service's initials written after its town ("Fort Worth P.D.", "Airdrie RCMP") are read with
the town as one organization, as a station named with its town is ("CBC Calgary"); the model
cuts them apart (a place and a stray "P.D.") or reads the whole as a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention, Span, SpanIndex, replaced
from tasks.entity_rules import EntityType
from tasks.entity_rules import short_heads as rules


def link_short_heads(mentions: list[Mention]) -> None:
    """Point each "<name> PD" at the organization "<name> Police Department" of the article,
    and each "<name> St." at the place "<name> Street"."""
    kinds: tuple[tuple[dict[str, str], EntityType], ...] = (
        (rules.SHORT_HEADS, "ORG"),
        (rules.STREET_SHORT_HEADS, "LOC"),
    )
    for table, kind in kinds:
        full = {m.target: m for m in mentions if final_type(m) == kind}
        for m in mentions:
            head, _, last = m.target.rpartition(" ")
            long_form = table.get(last)
            if not head or long_form is None or m.entity is not None:
                continue
            owner = full.get(f"{head} {long_form}")
            if owner is not None:
                m.target, m.entity, m.type = owner.target, owner.entity, kind


def service_initials_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each town before a service's initials ("Fort Worth" + "P.D.")
    carried over them, and each span that ends with them an organization."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, (surface, label, _, _) in enumerate(spans):
        where = index.located[i]
        if where is None or label not in rules.SERVICE_TOWN_LABELS or i in dropped:
            continue
        start, end = where
        if rules.SERVICE_INITIALS_END_RE.search(surface):
            if label != "ORG":
                dropped.add(i)
                added.append((surface, "ORG", start, end))
            continue
        initials = rules.SERVICE_INITIALS_AFTER_RE.match(text, end)
        if initials is None:
            continue
        inside = index.overlapping(end, initials.end())
        if any(j != i and not _ends_by(index.located[j], initials.end()) for j in inside):
            continue
        dropped.update({i, *inside})
        added.append((text[start : initials.end()], "ORG", start, initials.end()))
    return replaced(spans, dropped, added) if added else list(spans)


def _ends_by(where: tuple[int, int] | None, end: int) -> bool:
    return where is not None and where[1] <= end
