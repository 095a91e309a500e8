"""Spelling variants of a transliterated name: "Zelenskiy", "Zelenskyy" and "Zelensky", or
"Dmitriy" and "Dmitry", are one person's name; a name written with its words run together or
joined by another sign ("PlymouthLive", "Black + Decker") is the name written apart ("Plymouth
Live", "Black & Decker").

Why: wires and papers transliterate Cyrillic (and other) names by different systems, and one
article may quote two of them ("President Volodymyr Zelenskiy ... President Zelensky"). Folded
as written they are two people. A person's name is compared with the endings that only
transliteration tells apart written one way (`tasks.entity_rules.spellings`); the alias table is
asked for that form too, and people of one article whose names agree so are one. Brands and
publications are written both ways in one article, the way their logo runs the words together
or the way prose sets them apart; with spaces, "&", "+" and "and" dropped they agree
(`link_joined_spellings`).
"""

from __future__ import annotations

import re

from tasks.entities.aliases import AliasTable
from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention
from tasks.entity_rules import spellings as rules


def variant_key(key: str) -> str:
    """A folded name with each word's transliteration ending written one way."""
    return " ".join(
        rules.TRANSLITERATED_ENDING_RE.sub(rules.ENDING_WRITTEN_AS, w) for w in key.split()
    )


def _table_forms(key: str) -> list[str]:
    """The folded forms the alias table may know a name by: the one-way form, and the last
    word's other transliterations of its ending."""
    one_way = variant_key(key)
    *first, last = one_way.split()
    forms = [one_way]
    if last.endswith(rules.ENDING_WRITTEN_AS):
        stem = last[: -len(rules.ENDING_WRITTEN_AS)]
        forms += [" ".join([*first, stem + ending]) for ending in rules.OTHER_ENDINGS]
    return [f for f in forms if f != key]


def link_spelling_variants(mentions: list[Mention], table: AliasTable) -> None:
    """Point each person's mention whose name the table knows in another transliteration at
    that person; then each unknown person's mention at the first person of the article whose
    name agrees with it but for transliteration, and each surname written alone in another
    transliteration than the one person of that surname ("Zelenskiy" of "Volodymyr
    Zelensky") at that person."""
    for m in mentions:
        if m.entity is None and final_type(m) == "PERSON":
            for form in _table_forms(m.target):
                known = table.get(form)
                if known is not None and known.type == "PERSON":
                    m.entity = known
                    break
    first: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if final_type(m) != "PERSON" or " " not in m.target:
            continue
        earlier = first.setdefault(variant_key(m.target), m)
        if earlier is not m and m.entity is None:
            m.target, m.entity = earlier.target, earlier.entity
    by_surname: dict[str, set[str]] = {}
    for key in first:
        by_surname.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)
    for m in mentions:
        if m.entity is None and " " not in m.target and variant_key(m.target) != m.target:
            match = by_surname.get(variant_key(m.target), set())
            if len(match) == 1:
                person = first[next(iter(match))]
                m.target, m.entity, m.type = person.target, person.entity, "PERSON"


# What joins a folded name's words and may be written otherwise: spaces, "&", "+", "and".
_JOINERS_RE = re.compile(r"\s+|&|\+|\band\b")
MIN_JOINED_LETTERS = 6  # "A B" and "AB" are too short to tell a name from letters


def link_joined_spellings(mentions: list[Mention]) -> None:
    """Point each organization's or place's mention that the alias table does not know at the
    article's first name of that kind which agrees with it once spaces, "&", "+" and "and" are
    dropped ("PlymouthLive" after "Plymouth Live", "Black + Decker" after "Black & Decker")."""
    first: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if final_type(m) == "PERSON":
            continue
        joined = _JOINERS_RE.sub("", m.target)
        if len(joined) < MIN_JOINED_LETTERS:
            continue
        earlier = first.setdefault(joined, m)
        if m.entity is None and earlier.target != m.target:
            m.target, m.entity = earlier.target, earlier.entity
