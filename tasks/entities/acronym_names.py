"""A name that begins with a known body's acronym and goes on with words of its own is its own
name, not the acronym's body: "BNP Paribas" is a French bank, not Bangladesh's BNP, and "ANC
Youth League" is the league.

Why: the model reads the words after the acronym as the name ("Paribas") and leaves the acronym
out, and the alias scan then finds the acronym alone and resolves it to the body the table
knows. Where an organization's span starts right after an acronym that the table knows as an
organization, and the table does not know the whole ("BNP Paribas") as a name, the acronym is
the name's first word. The table's whole names are left to the alias scan ("EU Parliament").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import acronym_names as rules


def acronym_led_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with an organization's name cut after a known body's acronym ("BNP"
    + "Paribas") carried back over it."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, (_, label, _, _) in enumerate(spans):
        where = index.located[i]
        if where is None or label != rules.NAME_LABEL:
            continue
        start, end = where
        before = rules.ACRONYM_BEFORE_RE.search(text, max(0, start - rules.ACRONYM_REACH), start)
        if before is None:
            continue
        known = table.lookup(before["acronym"])
        if known is None or known.type != rules.ACRONYM_TYPE:
            continue
        whole = text[before.start("acronym") : end]
        if table.lookup(whole) is not None or index.overlapping(before.start("acronym"), start):
            continue
        dropped.add(i)
        added.append((whole, label, before.start("acronym"), end))
    return replaced(spans, dropped, added) if added else list(spans)
