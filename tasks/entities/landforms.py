"""Landforms named by two places joined by a hyphen ("the Qinghai-Tibet Plateau", "the
Indo-Gangetic plain"): one place, whole.

Why: the model reads one end ("Qinghai") or both apart ("Qinghai", "Tibet") and drops the
landform, so one place becomes two that the article does not mean. The form says it is one
name: spans inside it give way to one place; a span reaching beyond it leaves it as read.
Tables: `tasks.entity_rules.landforms`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import landforms as rules


def landform_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each hyphenated landform made one place."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for found in rules.HYPHENATED_LANDFORM_RE.finditer(text):
        start, end = found.span("name")
        over = index.inside(start, end)
        if over is None:
            continue
        if any(spans[i][1] == "NORP" for i in over):
            continue  # "the Afro-Asian plains": adjectives of peoples
        dropped.update(over)
        added.append((found["name"], "LOC", start, end))
    return replaced(spans, dropped, added) if added else list(spans)
