"""A family act called by its family name in the plural ("the Doobies" of "The Doobie
Brothers", "the Allmans" of "The Allman Brothers Band", "the Everlys" of "The Everly
Brothers"): the act named in full in the same article.

Why: music and entertainment copy shortens a "Brothers" or "Sisters" act so, and the plural
folds to a key of its own, splitting one band in two. Only a name the article also writes in
full links, and only when exactly one such act fits.
"""

from __future__ import annotations

from typing import Final

from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention

# The words after a family name that make it an act ("Doobie Brothers", "Pointer Sisters").
FAMILY_ACT_WORDS: Final[frozenset[str]] = frozenset({"brothers", "sisters", "brothers band"})


def _family_name(key: str) -> str | None:
    """The family name of an act's folded name ("doobie" of "doobie brothers"), if it is one."""
    for word in FAMILY_ACT_WORDS:
        if key.endswith(" " + word):
            name = key[: -len(word) - 1]
            return name if name and " " not in name else None
    return None


def link_family_acts(mentions: list[Mention]) -> None:
    """Point each one-word plural of an act's family name at that act."""
    acts: dict[str, set[str]] = {}
    by_key: dict[str, Mention] = {}
    for m in mentions:
        name = _family_name(m.target)
        if name is not None and final_type(m) in ("ORG", None):
            key = m.entity.entity_id if m.entity else m.target
            acts.setdefault(name + "s", set()).add(key)
            by_key.setdefault(key, m)
    for m in mentions:
        if m.entity is not None or " " in m.target:
            continue
        match = acts.get(m.target, set())
        if len(match) == 1:
            act = by_key[next(iter(match))]
            m.target, m.entity, m.type = act.target, act.entity, "ORG"
