"""A department named by the short form of its last words is the one the article names in
full: "Phoenix PD" is "the Phoenix Police Department", "Fort Worth FD" its fire department; and
a street written with its kind abbreviated is the street the article names in full ("Valencia
St." in an address is "Valencia Street").

Why: local news writes the full name once and the initials after, and the model reads both as
organizations, so one department came out as two entities. Only a short form whose full
reading is an organization the article names is linked. The table is data in
`tasks.entity_rules.short_heads`.
"""

from __future__ import annotations

from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention
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
