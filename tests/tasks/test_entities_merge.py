"""Merging NER spans with alias hits: the longer known name wins, content words keep a span."""

from __future__ import annotations

import dataclasses
import random

import pytest

from tasks import entity_rules
from tasks.entities import (
    AliasTable,
    resolve_entities,
)
from tasks.entities.mentions import Mention
from tasks.entities.merge import merge
from tasks.names import fold, words
from tests.tasks.entity_helpers import TITLES, spans_of


def test_longest_alias_wins_over_the_shorter_one_inside(table: AliasTable) -> None:
    text = "The group works with al-Qaeda’s branch in the Indian subcontinent, not al-Qaeda."
    spans = spans_of(text, ("al-Qaeda’s", "ORG"), ("Indian", "NORP"), ("al-Qaeda", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("nl:org:aqis", ["al-Qaeda’s branch in the Indian subcontinent"]),
        ("Q34490", ["al-Qaeda"]),
    ]


def test_ner_span_made_of_known_names_and_filler_is_split(table: AliasTable) -> None:
    text = "A report by the US Department of Defense to Congress was released."
    spans = spans_of(text, ("the US Department of Defense to Congress", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.entity_id for e in found] == ["Q11209", "Q11268"]


def test_ner_span_with_content_words_is_kept_whole(table: AliasTable) -> None:
    text = "Bank of America and Sirajuddin Haqqani were named, and the Gulf of Mexico."
    spans = spans_of(
        text,
        ("Bank of America", "ORG"),
        ("Sirajuddin Haqqani", "PERSON"),
        ("the Gulf of Mexico", "LOC"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Bank of America", "Sirajuddin Haqqani", "Gulf of Mexico"]
    assert "Q30" not in {e.entity_id for e in found}


def _reference_merge(
    text: str, ner: list[Mention], hits: list[Mention], resolvable: dict[str, object]
) -> list[tuple[int, int, str]]:
    """The merge rule written the obvious way (every NER span against every hit): the oracle
    the n·log n `merge` must agree with."""
    kept_ner: list[Mention] = []
    dropped: set[int] = set()
    for n in ner:
        overlapping = [(i, h) for i, h in enumerate(hits) if h.start < n.end and n.start < h.end]
        inside = [(i, h) for i, h in overlapping if n.start <= h.start and h.end <= n.end]
        strict = [(i, h) for i, h in inside if (h.start, h.end) != (n.start, n.end)]
        if len(strict) < len(overlapping):
            continue
        rest = [
            w.key
            for w in words(text[n.start : n.end])
            if not any(h.start <= n.start + w.start < h.end for _, h in inside)
        ]
        filler = all(k in entity_rules.SPAN_FILLER_WORDS for k in rest)
        side_by_side = any(
            a.end < b.start and text[a.end : b.start].isspace()
            for _, a in inside
            for _, b in inside
        )
        if inside and n.key not in resolvable and filler and not side_by_side:
            continue
        kept_ner.append(n)
        if inside:
            dropped.update(i for i, _ in inside)
    kept = kept_ner + [h for i, h in enumerate(hits) if i not in dropped]
    out: list[Mention] = []
    for m in sorted(kept, key=lambda m: (m.start, -m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return [(m.start, m.end, m.source) for m in out]


@pytest.mark.parametrize("seed", range(40))
def test_merge_agrees_with_the_quadratic_rule(seed: int) -> None:
    """Random NER spans and alias hits over a text of known names and filler words."""
    rng = random.Random(seed)
    vocabulary = ["Acme", "Kabul", "the", "to", "Board", "of", "Water", "said", "and", "US"]
    text = " ".join(rng.choice(vocabulary) for _ in range(60))
    ws = words(text)
    hits, pos = [], 0
    while pos < len(ws):  # the scanner's hits: sorted, never overlapping
        size = rng.randint(1, 3)
        if rng.random() < 0.4 and pos + size <= len(ws):
            a, b = ws[pos].start, ws[pos + size - 1].end
            hits.append(Mention(a, b, fold(text[a:b]), None, "alias"))
        pos += size
    ner = []
    for _ in range(rng.randint(0, 15)):
        i = rng.randrange(len(ws))
        j = min(len(ws) - 1, i + rng.randint(0, 4))
        a, b = ws[i].start, ws[j].end
        ner.append(Mention(a, b, fold(text[a:b]), "ORG", "ner"))
    ner.sort(key=lambda m: m.start)
    resolvable: dict[str, object] = {h.key: True for h in hits[::2]}
    expected = _reference_merge(text, ner, hits, resolvable)
    found = merge(text, [dataclasses.replace(n) for n in ner], list(hits), resolvable)
    assert [(m.start, m.end, m.source) for m in found] == expected


def test_a_place_inside_an_events_name_is_no_mention_of_it(table: AliasTable) -> None:
    """ "the London Marathon" read as a building and "the Chicago Half Marathon" as a body are
    events: the known place inside each is no mention of it; London named on its own stays."""
    text = (
        "Coach Ada Lind trains runners for the London Marathon and the Chicago Half Marathon. "
        "She lives in London."
    )
    spans = spans_of(
        text,
        ("Ada Lind", "PERSON"),
        ("the London Marathon", "FAC"),
        ("the Chicago Half Marathon", "ORG"),
        ("London", "GPE"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert "Chicago" not in names
    assert {"Ada Lind", "London"} <= names
