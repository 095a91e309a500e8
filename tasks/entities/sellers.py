"""The shops a shopping guide or a deals post lists as selling the thing are organizations,
each one of its own: "Available at Argos, John Lewis and Amazon", "sold by Wickes and Robert
Dyas", "buy it from Lakeland, Dunelm or Habitat".

Why: the small model misses one-word shops made of common words ("Argos", "Next") and runs a
list of shops into one span ("Lakeland, Dunelm or Habitat"); after "available at", "sold by" or
"buy it from", each listed name is a seller. A date is no seller ("available from Monday"), and
a name the model read as a person, a place or a building stays what it read: a shop named after
its founder ("John Lewis") is read as a person, but so is someone who sold a house, and the
person's later surname links to it either way. Patterns in
`tasks.entity_rules.sellers`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import sellers as rules
from tasks.entity_rules.described_names import DATE_NAME_RE


def seller_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each listed seller an organization of its own, where the model
    read no person, place or date there."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for found in rules.SELLERS_RE.finditer(text):
        start, end = found.span("list")
        inside = index.inside(start, end)
        if inside is None:
            continue
        kept = [index.located[i] for i in inside if spans[i][1] not in rules.SELLER_LABELS]
        sellers = [
            (seller.group(), "ORG", start + seller.start(), start + seller.end())
            for seller in rules.SELLER_RE.finditer(found["list"])
            if not DATE_NAME_RE.match(seller.group())
            and not any(
                where and where[0] < start + seller.end() and start + seller.start() < where[1]
                for where in kept
            )
        ]
        if sellers:
            dropped.update(i for i in inside if spans[i][1] in rules.SELLER_LABELS)
            added += sellers
    return replaced(spans, dropped, added) if added else list(spans)
