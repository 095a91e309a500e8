"""Tables of names whose head follows a possessive ("Westminster Magistrates' Court", "Boston
Children's Hospital"). Data only; the logic is `tasks.entities.possessives`.

Why: the small model ends an institution's name at the possessive ("Westminster Magistrate's"
+ "Court"), and the mention cleaner then strips the possessive, leaving a name nobody uses.
"""

from __future__ import annotations

import re
from typing import Final

# Labels of a span that may be the first part of such a name.
POSSESSIVE_NAME_LABELS: Final[frozenset[str]] = frozenset({"ORG", "FAC"})
# The span ends with a possessive ("Magistrate's", "Magistrates'", "Children’s").
POSSESSIVE_END_RE: Final[re.Pattern[str]] = re.compile(r"\w(?:['’]s|s['’])\Z")
# The head right after it: an institution's word, capitalised; not one that an "of" carries on
# ("Britain's Court of Appeal" is the country and its court).
POSSESSIVE_HEADS: Final[tuple[str, ...]] = (
    "Court", "Hospital", "College", "School", "Church", "Cathedral", "Clinic", "Home",
)  # fmt: skip
POSSESSIVE_HEAD_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:" + "|".join(POSSESSIVE_HEADS) + r")\b(?![ \t]+of\b)"
)

# A name built on a possessive ("Sadler's Wells", "Lloyd's Register"), which the model reads as
# two names of one label: the owner's word (one capitalised word, with or without its "'s" in
# the span) and what follows. Labels of both halves; the owner's part up to the head's start.
# Such names are built on a person's name, written with lowercase letters after the capital; an
# acronym owns what follows ("FX's Legion", a network's series).
POSSESSIVE_JOINED_LABELS: Final[frozenset[str]] = frozenset({"ORG", "FAC"})
POSSESSIVE_OWNER_RE: Final[re.Pattern[str]] = re.compile(r"(?P<owner>[A-Z][a-z][\w-]*)['’]s[ \t]+")
# How often the article writes such a name whole before it is read as one: once may be an
# owner and a part ("Orvane's Kelby chip unit"); a venue or a firm is named again.
POSSESSIVE_NAME_MIN_WRITTEN: Final[int] = 2
# A capitalised word anywhere, and a one-word possessive before a capitalised word: counted to
# tell an owner the text names on its own from a name's first part.
CAPITALISED_WORD_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w'’-])[A-Z][\w-]*")
POSSESSIVE_PAIR_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w-]*)['’]s[ \t]+(?P<head>[A-Z][\w-]*)"
)
