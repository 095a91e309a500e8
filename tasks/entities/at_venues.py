"""A name glued to the venue it plays at is two names: "the Kansas City Current at Providence
Park" is the team and the ground, "the Decemberists at the Crystal Ballroom" the band and the
hall.

Why: fixture and listing copy writes who plays and where in one breath ("host the Thorns at
Providence Park"), and the model reads one organization across "at", which names neither. A
span whose words after its last "at" are a capitalised name ending with a ground's or a hall's
word (`tasks.entity_rules.at_venues.VENUE_END_WORDS`) is cut there: the name before keeps the
model's label, the venue is a facility. A venue's own name with "at" and a town after it
("Veterans United Home Loans Amphitheater at Virginia Beach") ends with no venue word and
stays whole, as does a venue within a venue, whose name before "at" ends with a venue word
itself ("the Pavilion at Riverside Park"), and a span the model read as a facility or a
place: it took the whole for one venue ("Kolby Health at Tarvik Beach Theater").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules import at_venues as rules


def _ends_with_venue_word(name: str) -> bool:
    """Does the name end with a ground's or a hall's word, one word or two ("Concert Hall")?"""
    keys = name.casefold().split()
    return any(" ".join(keys[-k:]) in rules.VENUE_END_WORDS for k in (1, 2) if len(keys) >= k)


def _venue_cut(surface: str) -> tuple[int, int] | None:
    """Where the name before the last "at" ends and the venue after it starts; None unless the
    venue's every word is capitalised and ends with a venue word, and the name before is none."""
    found = list(rules.AT_RE.finditer(surface))
    if not found:
        return None
    at = found[-1]
    before, venue = surface[: at.start()], surface[at.end() :]
    if not all(word[0].isupper() or word[0].isdigit() for word in venue.split()):
        return None
    if not _ends_with_venue_word(venue) or _ends_with_venue_word(before):
        return None
    if not any(word[0].isupper() for word in before.split()):
        return None
    return at.start(), at.end()


def at_venue_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each "<name> at <venue>" cut into the name and the venue."""
    result: list[Span] = []
    for span in spans:
        surface, label, start, end = span
        cut = None
        if label in rules.GLUED_LABELS and text[start:end] == surface:
            cut = _venue_cut(surface)
        if cut is None:
            result.append(span)
            continue
        name_end, venue_start = cut
        result.append((surface[:name_end], label, start, start + name_end))
        result.append((surface[venue_start:], "FAC", start + venue_start, end))
    return result
