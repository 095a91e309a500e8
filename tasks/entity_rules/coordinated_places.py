"""Tables of the plural place words after two names joined by "and" ("Orange and Riverside
counties", "the Kern and Tulare districts"): each name is a place of that kind; and of what
joins two names into one place's name ("Jammu and Kashmir"). Data only; the logic is
`tasks.entities.coordinated_places`.
"""

from __future__ import annotations

import re
from typing import Final

# The kinds written in the plural after the names they share (lowercase, as news copy writes
# them; "Counties" in capitals would be part of a body's name, "Orange and Riverside Counties
# Fire Authority"). No word that is also a common verb ("states").
PLURAL_PLACE_WORDS: Final[tuple[str, ...]] = (
    "counties",
    "provinces",
    "districts",
    "regions",
    "prefectures",
    "parishes",
    "boroughs",
    "townships",
    "municipalities",
    "oblasts",
    "cantons",
)
# Kinds that copy writes in capitals yet that no body's name continues: Nigeria's local
# government areas ("Gwale and Dala Local Government Areas", "Ikeja and Alimosho LGAs"), the
# unit of its council news, always written so.
CAPITALISED_PLURAL_PLACE_WORDS: Final[tuple[str, ...]] = ("Local Government Areas", "LGAs")
# Capitalised words that open a sentence or a phrase before a name, never a place's first word.
LEADING_WORDS: Final[tuple[str, ...]] = ("In", "The", "At", "For", "Both", "From", "Of", "On")
# A name starts a word: never after a hyphen or an apostrophe inside one ("A-B-C-..."), where
# every capital would start a match that reads to the word's end (quadratic on such a word).
_NAME = (
    r"(?<![\w'’-])(?!(?:" + "|".join(LEADING_WORDS) + r")\b)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
)
_KINDS = "|".join(
    (*PLURAL_PLACE_WORDS, *(w.replace(" ", r"[ \t]+") for w in CAPITALISED_PLURAL_PLACE_WORDS))
)
# One or two capitalised words, "and" (or "&"), one or two more, then one of the kinds.
COORDINATED_PLACES_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?P<a>{_NAME})[ \t]+(?:and|&)[ \t]+(?P<b>{_NAME})[ \t]+(?:{_KINDS})\b"
)
# What stands between the two parts of one place's name: "Jammu and Kashmir", "Antigua &
# Barbuda".
PLACE_JOIN_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:and|&)[ \t]+")
