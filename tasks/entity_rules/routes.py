"""Tables of routes named by the places they link ("the Beni-Jomsom road", "the Abu Dhabi-Dubai
highway"). Data only; the logic is `tasks.entities.routes`.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.names import HYPHEN_CLASS

# What a pair of places names when a lowercase word of these follows it, after at most two
# lowercase qualifiers ("industrial", "economic", "main").
ROUTE_WORDS: Final[tuple[str, ...]] = (
    "road", "roads", "highway", "expressway", "motorway", "freeway", "corridor", "railway",
    "railroad", "rail line", "rail link", "train", "pipeline", "route", "bypass", "flight",
    "flights", "ferry", "bus service", "transmission line", "canal",
)  # fmt: skip
# An end is one to three capitalised words of at most `END_WORD_MAX_CHARS` characters each:
# a match may start after every full stop or apostrophe inside a word ("U.S."), and with no
# bound each such start read the rest of the word (a quadratic scan of a long dotted token).
END_WORD_MAX_CHARS = 40
_END_WORD = rf"[A-Z][\w'’.]{{0,{END_WORD_MAX_CHARS - 1}}}"
_END = rf"{_END_WORD}(?: {_END_WORD}){{0,2}}"
ROUTE_ENDS_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w{HYPHEN_CLASS}])(?P<a>{_END})[{HYPHEN_CLASS}](?P<b>{_END})"
    rf"(?: [a-z]+){{0,2}}? (?:{'|'.join(ROUTE_WORDS)})\b"
)
