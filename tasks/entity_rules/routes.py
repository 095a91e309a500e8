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

# A road by its number, as road authorities and papers write it ("NH 44", "NH-48", "SH 17",
# "Interstate 70", "Route 66", "U.S. Route 1", "State Route 9", "Highway 401", "County Road
# 600S"), an interstate by its letter where the sentence puts traffic on it ("on I-95",
# "southbound I-5"; a bare "I-94" is also a visitor's record, "an I-130" a petition), and a
# motorway's letter and number before the road's word ("the M2 highway"; a bare "A4" is paper):
# the road's name, one place.
_ROAD_NUMBER = r"\d{1,4}[A-Z]?"
ROAD_NUMBER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:(?:NH|SH)[ \t-]?\d{1,3}[A-Z]?"
    r"|(?:Interstate|(?:U\.S\.|US|State|County)[ \t]+(?:Route|Highway)|Route|Highway"
    r"|County[ \t]+Road)[ \t]+" + _ROAD_NUMBER + r""
    r"|(?<=\bon[ \t])I-\d{1,3}|(?<=\balong[ \t])I-\d{1,3}|(?<=\bonto[ \t])I-\d{1,3}"
    r"|(?<=bound[ \t])I-\d{1,3}"
    r"|[MAN]\d{1,3}(?=[ \t]+(?:motorway|highway|expressway|road)\b)"
    r")(?![\w-])"
)
