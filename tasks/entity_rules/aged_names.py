"""Tables of the age apposition, the form in which lists of victims, of people charged, of
honours and of survivors name people: "Curtis Lamar Whitfield, 58, of Martinsville",
"Mehmet Yılmaz, 36, of Salford", "Dolores "Dee" Hargrove, 74, of Eden". Data only; the logic is
`tasks.entities.aged_names`.
"""

from __future__ import annotations

import re
from typing import Final

# An age after a name: a comma, an optional "aged", one to three digits, then what follows an
# age in such lists (a comma, a semicolon, a closing bracket, "of"/"from" a place). Not "June 5,
# 2024" (no comma before the number), nor a score ("Arsenal 2, Chelsea 1").
AGE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r",[ \t](?:aged[ \t])?\d{1,3}(?=[,;)]|[ \t]+(?:of|from)\b)"
)
# A word of the name before the age: a capitalised word (letters, inner hyphens and
# apostrophes: "Morales-Vega", "O'Brien", "Jae-won"), an initial ("O.", "J.T."), a nickname in
# quotes ("Dee" in straight or curly quotes) or a suffix ("Jr.", "III"). Not a possessive
# ("Chelsea's Reece James"), and no other word with a full stop: that is a sentence's end
# ("jailed at Sheffield Crown Court. Dean Whitworth, 38, of ..." names Dean Whitworth) or an
# abbreviated title ("Sgt.", "Coun."), which no name runs over.
NAME_WORD_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[^\W\d_]\.)+|(?:Jr|Sr)\.|[^\W\d_]+(?:['’-][^\W\d_]+)*|[\"“][^\W\d_]+[\"”]"
)
POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("'s", "’s", "'", "’")
# How many words (particles included) the name before an age may have, and at least how many.
NAME_WORDS: Final[tuple[int, int]] = (2, 6)
