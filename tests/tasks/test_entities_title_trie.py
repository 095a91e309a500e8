"""The titles' pattern is a trie: it must match exactly what the plain longest-first alternation
of the same titles matches, only faster (`roles.title_alternation`)."""

from __future__ import annotations

import re

from tasks.entities import load_titles
from tasks.entities.roles import title_alternation
from tasks.names import HYPHEN_CLASS

_GAP = rf"[\s{HYPHEN_CLASS}]+"


def _plain_alternation(titles: tuple[str, ...]) -> str:
    """The reference: every title in turn, longest first."""
    parts = []
    for title in sorted(set(titles), key=lambda t: (-len(t), t)):
        pieces = [p for p in re.split(_GAP, title.strip()) if p]
        parts.append(_GAP.join(re.escape(p) for p in pieces))
    return "|".join(p for p in parts if p)


def _matches(alt: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{alt})(?!\w)", text, re.IGNORECASE)]


def test_titles_sharing_their_start_match_like_the_longest_first_alternation() -> None:
    """Titles that begin alike ("Secretary", "Secretary of State", "Secretary-General"; "Dr",
    "Dr."; "Gen.", "General", "General Manager") must give the longest one that fits, and the
    shorter one where the longer does not fit (a word character after it, another word)."""
    titles = (
        "Secretary",
        "Secretary of State",
        "Secretary-General",
        "Dr",
        "Dr.",
        "Gen.",
        "General",
        "General Manager",
        "Vice President",
        "Vice President-elect",
        "Tánaiste",
    )
    text = (
        "Secretary of State Ama Boateng met the Secretary General, the secretary-general's "
        "aide and a Secretary of Statecraft. Dr. Lin and Dr Mora joined Gen. Ruiz, General "
        "Managers and the general manager Ines Oyelaran. Vice-President-Elect Dana Hu, the "
        "vice  president Tom Reyes and TÁNAISTE Niamh Burke spoke; Drs Kaur did not."
    )
    expected = _matches(_plain_alternation(titles), text)
    assert _matches(title_alternation(titles), text) == expected
    assert [text[a:b] for a, b in expected] == [
        "Secretary of State",
        "Secretary General",
        "secretary-general",
        "Secretary",  # of "Statecraft": the longer title does not fit
        "Dr.",
        "Dr",
        "Gen.",
        "General",  # of "Managers"
        "general manager",
        "Vice-President-Elect",
        "vice  president",
        "TÁNAISTE",
    ]


def test_the_seed_titles_match_like_the_longest_first_alternation() -> None:
    """Every seed title, written as articles write it: capitals, hyphens for spaces, a plural
    that is no title, a name after it."""
    titles = load_titles()
    text = " ".join(
        f"{t.upper()} Ama Ruiz, the {t.lower()} of it, {t.replace(' ', '-')}s and {t}."
        for t in titles
    )
    assert _matches(title_alternation(titles), text) == _matches(_plain_alternation(titles), text)


def test_no_titles_match_nothing() -> None:
    assert _matches(title_alternation(()), "Secretary Ama Ruiz") == []
