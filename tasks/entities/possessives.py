"""Names whose head follows a possessive ("Westminster Magistrate's Court", "Boston Children's
Hospital"): one name, not a name cut at the possessive and a stray head word.

Why: the model ends such a name at the possessive, and the cleaner strips that, so the article
seems to name "Westminster Magistrate". A span of two words or more ending with a possessive,
right before an institution's head word (`tasks.entity_rules.possessives`), is carried on over the
head; a span of the head alone gives way. One word with a possessive ("Apple's Court fight")
is an owner, not part of a name, and is left.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex
from tasks.entity_rules import possessives as rules


def _ends_by(where: tuple[int, int] | None, end: int) -> bool:
    return where is not None and where[1] <= end


def possessive_head_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name cut at a possessive before its head made whole."""
    index = SpanIndex(text, spans)
    carried: dict[int, Span] = {}
    dropped: set[int] = set()
    for i, span in enumerate(spans):
        where = index.located[i]
        if where is None or span[1] not in rules.POSSESSIVE_NAME_LABELS:
            continue
        start, end = where
        if len(text[start:end].split()) < 2 or not rules.POSSESSIVE_END_RE.search(text, start, end):
            continue
        head = rules.POSSESSIVE_HEAD_RE.match(text, end)
        if head is None:
            continue
        inside = index.overlapping(end, head.end())  # span i ends at `end`: never among them
        if not all(_ends_by(index.located[j], head.end()) for j in inside):
            continue
        dropped.update(inside)
        carried[i] = (text[start : head.end()], span[1], start, head.end())
    return [carried.get(i, span) for i, span in enumerate(spans) if i not in dropped]
