"""Helpers shared by the entity tests: NER spans built by hand, results by name."""

from __future__ import annotations

from pathlib import Path

from schemas.claims import ResolvedEntity

SEED_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "seed_article.txt"
TITLES = ("Secretary of State", "US Secretary of State", "President", "Mr.", "spokesman", "Gen.")


def spans_of(text: str, *items: tuple[str, str]) -> list[tuple[str, str, int, int]]:
    """Build NER spans by finding each surface in order (like spaCy's doc.ents)."""
    spans, pos = [], 0
    for surface, label in items:
        start = text.index(surface, pos)
        spans.append((surface, label, start, start + len(surface)))
        pos = start + len(surface)
    return spans


def by_name(entities: list[ResolvedEntity]) -> dict[str, ResolvedEntity]:
    return {e.name: e for e in entities}
