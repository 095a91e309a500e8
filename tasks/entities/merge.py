"""Merging NER mentions with alias-table hits: where they overlap, the longer known name wins.

Why: NER and the scanner see the same names differently ("al-Qaeda’s" against "al-Qaeda’s
branch in the Indian subcontinent", "the US Department of Defense to Congress" against two known
names). One mention per place in the text is what the later steps need.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from tasks import entity_rules as rules
from tasks.entities.acronyms import AcronymDefinition
from tasks.entities.beats import beat_phrases
from tasks.entities.competitions import competition_phrases
from tasks.entities.mentions import Intervals, Mention, Span, locate
from tasks.entities.offices import office_phrases
from tasks.entity_rules import citations, honours, liturgies
from tasks.names import words


def no_entity_phrases(text: str, definitions: Sequence[AcronymDefinition]) -> Intervals:
    """Where the text writes a name of several words that is no entity ("West Texas
    Intermediate", "Brent crude", "Schedule IV", an office it defines with an acronym, "the
    Chief District Officer (CDO)", among the text's `definitions`, a state honour, "Officer of
    the Order of the British Empire (OBE)", a rite, "Mass of Christian Burial", a figure's
    number, "Fig. 1", a competition's stage or title, "Group A", "Premier League Player of the
    Month"): no name inside it is one."""
    found = [
        *rules.NO_ENTITY_PHRASE_RE.finditer(text),
        *rules.CONTROLLED_SCHEDULE_RE.finditer(text),
        *honours.HONOUR_RE.finditer(text),  # "Officer of the Order of the British Empire (OBE)"
        *liturgies.LITURGY_RE.finditer(text),  # "Mass of Christian Burial"
        *citations.FIGURE_REFERENCE_RE.finditer(text),  # "(see Fig. 1 above)"
    ]
    return Intervals(
        [m.span() for m in found]
        + list(beat_phrases(text))
        + list(competition_phrases(text))
        + office_phrases(text, definitions)
    )


def outside(spans: Sequence[Span], text: str, phrases: Intervals) -> list[Span]:
    """The model's spans that lie outside every phrase of `phrases`."""
    return [s for s in spans if not ((loc := locate(text, s)) and phrases.contains(*loc))]


def _event_name(surface: str) -> bool:
    """Is the span a name of several words with an event's word ("Chicago Half Marathon")?"""
    keys = [w.key for w in words(surface)]
    return len(keys) > 1 and not rules.EVENT_NAME_WORDS.isdisjoint(keys)


def unshielded(
    hits: list[Mention], text: str, spans: Sequence[Span], phrases: Intervals
) -> list[Mention]:
    """Drop alias hits inside an EVENT/PRODUCT/WORK_OF_ART span ("Labour" in "Labour Day"), a
    span named as an event whatever its label ("Boston" in "the Boston Marathon", read as a
    building: `rules.EVENT_NAME_WORDS`), or inside one of `phrases`, the names that are no
    entity ("Texas" in "West Texas Intermediate"). A hit that is the whole span (an article
    before it aside) is the name the table knows, misread by the model ("Mashable" read as a
    product, "Wired" as a work)."""
    located = [
        loc
        for s in spans
        if (s[1] in rules.SHIELDING_LABELS or _event_name(s[0])) and (loc := locate(text, s))
    ]
    shields = Intervals(located)
    whole = dict(located)  # start -> end of each shield, also from after its "The"
    whole.update((a + 4, b) for a, b in located if text.startswith(("The ", "the "), a))
    return [
        h
        for h in hits
        if (whole.get(h.start) == h.end or not shields.contains(h.start, h.end))
        and not phrases.contains(h.start, h.end)
    ]


def _only_filler(text: str, outer: Mention, inner: Sequence[Mention]) -> bool:
    """Is everything in `outer` outside the `inner` hits a connecting word ("to", "the")?

    `inner` is sorted by start and its hits do not overlap (the scanner's), so one pass over
    the words with a pointer into `inner` decides it.
    """
    i = 0
    for w in words(text[outer.start : outer.end]):
        at = outer.start + w.start
        while i < len(inner) and inner[i].end <= at:
            i += 1
        covered = i < len(inner) and inner[i].start <= at
        if not covered and w.key not in rules.SPAN_FILLER_WORDS:
            return False
    return True


def _compound(text: str, inner: Sequence[Mention]) -> bool:
    """Do two of the hits (sorted, not overlapping) stand side by side with only a space
    between them? Then the span is one name built of known ones ("the Kenya Red Cross", "the
    North Carolina General Assembly"), not two names joined by a connecting word; a hyphen
    still joins two ("the US-China talks")."""
    return any(a.end < b.start and text[a.end : b.start].isspace() for a, b in pairwise(inner))


def merge(
    text: str,
    ner: list[Mention],
    hits: list[Mention],
    resolvable: Mapping[str, object],
) -> list[Mention]:
    """Combine NER mentions with alias hits; the longer known name wins where they overlap.

    An alias hit that covers or crosses a NER span replaces it ("al-Qaeda’s branch in the Indian
    subcontinent" over NER's "al-Qaeda’s"). A NER span holding alias hits keeps them only when the
    rest is filler ("the US Department of Defense to Congress") and no two of them stand side by
    side (`_compound`: "the Kenya Red Cross"); otherwise the NER span stands ("Bank of America" is
    not America, "Sirajuddin Haqqani" not the Haqqani network).

    n·log n: the hits near each NER mention are found by bisection (`Intervals`), so a long
    text with thousands of both costs no more per mention than a short one.
    """
    hits = sorted(hits, key=lambda h: (h.start, h.end))  # the order `Intervals` indexes
    index = Intervals([(h.start, h.end) for h in hits])
    kept_ner: list[Mention] = []
    dropped_hits: set[int] = set()
    for n in ner:
        overlapping = [
            (i, hits[i])
            for i in index.overlapping(n.start, n.end)
            if hits[i].start < n.end and n.start < hits[i].end
        ]
        inside = [(i, h) for i, h in overlapping if n.start <= h.start and h.end <= n.end]
        strictly_inside = [(i, h) for i, h in inside if (h.start, h.end) != (n.start, n.end)]
        if len(strictly_inside) < len(overlapping):
            _carry_over(n, [h for _, h in overlapping])
            continue  # a hit covers or crosses the span: the known name wins
        if not inside:
            kept_ner.append(n)
        elif (
            n.key not in resolvable
            and _only_filler(text, n, [h for _, h in inside])
            and not _compound(text, [h for _, h in inside])
        ):
            _carry_over(n, [h for _, h in inside])
        else:
            kept_ner.append(n)
            dropped_hits.update(i for i, _ in inside)
    kept_hits = [h for i, h in enumerate(hits) if i not in dropped_hits]
    return _dedupe(sorted(kept_ner + kept_hits, key=lambda m: (m.start, -m.end)))


def _carry_over(ner: Mention, hits: Sequence[Mention]) -> None:
    """Keep what NER knew (the type, a stripped title) on the hit that replaces its span."""
    for hit in hits:
        if hit.start <= ner.start and ner.end <= hit.end:
            hit.type = hit.type or ner.type
            hit.role = hit.role or ner.role
            hit.person_hint = hit.person_hint or ner.person_hint


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that overlap an earlier kept one (sorted by start, longest first)."""
    kept: list[Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept
