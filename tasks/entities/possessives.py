"""Names whose head follows a possessive ("Westminster Magistrate's Court", "Boston Children's
Hospital"): one name, not a name cut at the possessive and a stray head word.

Why: the model ends such a name at the possessive, and the cleaner strips that, so the article
seems to name "Westminster Magistrate". A span of two words or more ending with a possessive,
right before an institution's head word (`tasks.entity_rules.possessives`), is carried on over the
head; a span of the head alone gives way. One word with a possessive ("Apple's Court fight")
is an owner, not part of a name, and is left.

A name built on a one-word possessive ("Sadler's Wells", "Lloyd's Register") the model reads as
two names of one kind, the owner and what it owns. Where the article writes the whole name
twice or more, the owner's word nowhere in the text but before that same possessive name, and
the alias table does not know it, nothing in the text stands for an owner: the two are one
name. An owner the text names on its own ("Acme said ... Acme's Widgetco") or the table knows
("Microsoft's LinkedIn"), an acronym ("FX's Legion") and a name written once ("Orvane's Kelby
chip unit") stay apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span, SpanIndex, replaced
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


def _owners_only_before(text: str) -> set[tuple[str, str]]:
    """The (owner, head's first word) pairs of the text's possessives written twice or more
    whose owner's word the text writes nowhere else: one pass of each pattern over the text."""
    written = Counter(rules.CAPITALISED_WORD_RE.findall(text))
    pairs = Counter(
        (found["owner"], found["head"]) for found in rules.POSSESSIVE_PAIR_RE.finditer(text)
    )
    return {
        pair
        for pair, count in pairs.items()
        if count >= rules.POSSESSIVE_NAME_MIN_WRITTEN and written[pair[0]] == count
    }


def possessive_name_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with a name built on a possessive ("Sadler's Wells") made one."""
    index = SpanIndex(text, spans)
    order = sorted((where[0], i) for i, where in enumerate(index.located) if where is not None)
    dropped: set[int] = set()
    added: list[Span] = []
    only_before: set[tuple[str, str]] | None = None
    for (start, i), (head_start, j) in pairwise(order):
        owner = rules.POSSESSIVE_OWNER_RE.fullmatch(text, start, head_start)
        labels = {spans[i][1], spans[j][1]}
        if owner is None or not labels <= rules.POSSESSIVE_JOINED_LABELS or i in dropped:
            continue
        where = index.located[j]
        assert where is not None
        if table.lookup(owner["owner"]) is not None:
            continue
        if only_before is None:
            only_before = _owners_only_before(text)
        if (owner["owner"], text[head_start : where[1]].split()[0]) in only_before:
            dropped.update((i, j))
            added.append((text[start : where[1]], spans[j][1], start, where[1]))
    return replaced(spans, dropped, added) if added else list(spans)
