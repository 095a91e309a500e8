"""A phrase of two or three words the article also writes all in lowercase is a common noun
phrase, not a name, where it is capitalised ("Defensive Line" as a subheading beside "the
defensive line", "Gift Guide" beside "my gift guide").

Why: subheadings, run-in labels and series names capitalise common noun phrases, and the
model reads them as organizations or people. A name is written with its capitals each time,
so the same words written in lowercase in the same article say the capitals are style. Not a
phrase ending with a generic head of names ("supreme court", "state department",
`rules.GENERIC_NAME_HEADS`): "the Supreme Court" and "a state supreme court" may stand in one
article as a name and a description. Known names (the alias table) are never dropped here.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.names import Word


def lowercase_phrases(text: str, text_words: Sequence[Word]) -> frozenset[str]:
    """The folded two- and three-word runs the text writes in lowercase, one space apart."""
    found: set[str] = set()
    run: list[str] = []
    previous_end = -1
    for w in text_words:
        if not text[w.start].islower():
            run, previous_end = [], -1
            continue
        if previous_end < 0 or text[previous_end : w.start] != " ":
            run = []
        run = [*run[-2:], w.key]
        previous_end = w.end
        if len(run) >= 2:
            found.add(" ".join(run[-2:]))
        if len(run) == 3:
            found.add(" ".join(run))
    return frozenset(found)


def common_phrase(key: str, surface: str, phrases: frozenset[str]) -> bool:
    """Is the capitalised mention a phrase the text also writes in lowercase (see the module
    docstring)?"""
    parts = key.split()
    if not 2 <= len(parts) <= 3 or key not in phrases:
        return False
    if parts[-1] in rules.GENERIC_NAME_HEADS:
        return False
    return all(word[:1].isupper() for word in surface.split())
