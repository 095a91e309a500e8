"""A name written lowercase first ("voltaIQ", "iFixit", "my6sense") is a company where the text
writes it as one: it speaks or acts as a company does ("voltaIQ said", "As iFixit points
out", "my6sense has raised"), its people are named by their roles ("my6sense's new Chief
Strategy Officer", "founder of my6sense"), or the kind of organization stands beside it
("voltaIQ, a chip start-up", "the start-up voltaIQ").

Why: one word written lowercase first is mostly a product ("iPhone", "iOS"), and the candidate
filter drops it; but start-ups and web companies are named that way too, and a demanding reader
knows a product never says, tells, raises or hires, has no founder, nor is called a firm. Only
the word itself is freed from that filter; what it names comes from the model's spans. Patterns
in `tasks.entity_rules.lowercase_companies`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules import lowercase_companies as rules
from tasks.names import fold


def lowercase_companies(text: str) -> frozenset[str]:
    """Folded names written lowercase first that the text writes as companies."""
    return frozenset(
        fold(found["name"]) for cue in rules.COMPANY_CUES for found in cue.finditer(text)
    )


def lowercase_company_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name the text writes as a company ("voltaIQ said") an
    organization, wherever the model reads it (it often reads such a word as a person)."""
    companies = lowercase_companies(text)
    if not companies:
        return list(spans)
    return [
        (surface, "ORG", start, end)
        if surface[:1].islower() and fold(surface) in companies
        else (surface, label, start, end)
        for surface, label, start, end in spans
    ]
