"""Names of three words cut after the second: the model's two-word person span carried on over
the unread capitalised word right after it, before a comma or a speech verb
(`rules.NAME_TAIL_RE`: "Maria Corina" + "Machado, who"). Not over a word the model read as
something else ("Tuesday" as a date) nor over a name the alias table knows ("London")."""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span
from tasks.entity_rules import name_tails as rules


def name_tail_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The spans (in text order), each two-word person's span carried on over the rest of its
    name where the next span starts after it."""
    result = []
    for i, span in enumerate(spans):
        surface, label, start, end = span
        tail = rules.NAME_TAIL_RE.match(text, end) if label == "PERSON" else None
        if (
            tail
            and len(surface.split()) == 2
            and text[start:end] == surface
            and (i + 1 == len(spans) or spans[i + 1][2] >= tail.end())
            and table.lookup(tail.group(1)) is None
        ):
            span = (text[start : tail.end()], label, start, tail.end())
        result.append(span)
    return result
