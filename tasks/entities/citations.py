"""References to papers in the Vancouver style ("Whitlock H, Adebayo F, Crane S. Alarm fatigue.
Crit Care Med. 2026;54:1021-1034"): each author a person named by surname and initials, the
rest of the reference no entity; a cited author the article names in full is that person.

Why: research summaries and health news cite their sources this way, in brackets in the prose
and in a reference list, and the model reads the reference as prose: initials run into the
title ("Crane S. Alarm"), surnames typed companies, the journal's abbreviated title an
organization ("Crit Care Med"). The shape of the reference (`tasks.entity_rules.citations`)
says what each part is. The article's own researcher cited by surname and initials
("McAllister F" after "Dr Fiona McAllister") is the one person whose surname and first
initial those are.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Mention, Span
from tasks.entity_rules import citations as rules


def citation_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each reference's replaced by its authors, one PERSON span each
    ("Marlowe T"); spans outside references are left as they are."""
    references = [
        (found.start(), found.end(), found) for found in rules.REFERENCE_RE.finditer(text)
    ]
    if not references:
        return list(spans)
    kept = [
        span
        for span in spans
        if not any(start < span[3] and span[2] < end for start, end, _ in references)
    ]
    for _, _, found in references:
        for author in rules.AUTHOR_RE.finditer(text, found.start("authors"), found.end("authors")):
            kept.append((author.group(), "PERSON", author.start(), author.end()))
    return sorted(kept, key=lambda span: span[2])


def link_cited_authors(text: str, mentions: Sequence[Mention]) -> None:
    """Point a cited author ("McAllister F") at the one person of the article named in full
    whose surname is the author's and whose first name starts with the author's first
    initial."""
    people: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.target.split()
        if m.type == "PERSON" and len(words) > 1 and not _cited(text, m):
            people.setdefault(words[-1], []).append(m)
    for m in mentions:
        if m.type != "PERSON" or not _cited(text, m):
            continue
        surname, initials = m.target.rsplit(" ", 1)
        found = {
            p.target: p for p in people.get(surname, []) if p.target.split()[0][:1] == initials[:1]
        }
        if len(found) == 1:
            (person,) = found.values()
            m.target, m.entity = person.target, person.entity


def _cited(text: str, m: Mention) -> bool:
    """Is the mention written as a cited author: a surname, then initials in capitals?"""
    surface = m.surface(text)
    return rules.AUTHOR_RE.fullmatch(surface) is not None and " " in surface
