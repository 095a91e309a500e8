"""Helpers shared by the entity tests: NER spans built by hand, results by name, long
generated articles and a count of the work resolving them takes."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

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


TASKS_DIR = str(Path(__file__).resolve().parents[2] / "tasks")
_FIRST = ("Amina", "Jonas", "Priya", "Mateo", "Keiko", "Omar", "Lena", "Tariq", "Sofia", "Ivan")
_LAST = ("Okafor", "Lindqvist", "Raman", "Herrera", "Tanaka", "Haddad", "Vogel", "Karimi")
_ORGS = ("Pentagon", "Taliban", "World Bank", "Kabul Water Board", "Acme Widgets Corporation")
_PLACES = ("Kabul", "Khost province", "United States", "Berlin", "Zurmat district")
_OWNERS = ("Peru’s ", "The US ", "The ")
_INITIALS = ("N", "K", "W", "S")


def generated_article(chars: int, seed: int = 7) -> tuple[str, list[tuple[str, str, int, int]]]:
    """A news-like text of about `chars` characters and the NER spans of its names.

    Every sentence has what makes resolution work: a title before a name, known and unknown
    organizations, places with descriptors, an acronym definition, short acronyms ("US", "IS"),
    a surname to link, Congress with and without an owner, an undeclared acronym and a company
    name before "rainforest". Spans are exact (offsets into the text), like spaCy's.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    spans: list[tuple[str, str, int, int]] = []
    pos = 0

    def add(piece: str, label: str | None = None) -> None:
        nonlocal pos
        if label:
            spans.append((piece, label, pos, pos + len(piece)))
        parts.append(piece)
        pos += len(piece)

    while pos < chars:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        add("Secretary of State ")
        add(f"{first} {last}", "PERSON")
        add(" met officials of the ")
        add(rng.choice(_ORGS), "ORG")
        add(" (AWC) in " if rng.random() < 0.1 else " in ")
        add(rng.choice(_PLACES), "GPE")
        add(". The US and IS fighters were discussed, ")
        add(last, "PERSON")
        add(" said. ")
        add(rng.choice(_OWNERS))
        add("Congress", "ORG")
        add(" and the ")
        add(f"{rng.choice(_INITIALS)}RB", "ORG")
        add(" met the Amazon rainforest envoy.")
        add("\n" if rng.random() < 0.3 else " ")
    return "".join(parts), spans


def traced_lines(run: Callable[[], object]) -> int:
    """How many lines of our `tasks/` code run while `run()` does: a count of work that,
    unlike a time, does not depend on what else the machine is doing."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(TASKS_DIR) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count
