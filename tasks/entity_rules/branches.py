"""Tables for an organization's branch named by the place after it ("Greenpeace Brazil",
"Lexus Philippines", "Common Cause New York"). Data only; the logic is
`tasks.entities.branches`."""

from __future__ import annotations

import re
from typing import Final

# The capitalised words after an organization's span that may hold the place: up to three
# ("New York", "United Arab Emirates"), each a capital and letters or dots ("U.K.").
PLACE_WORDS_RE: Final[re.Pattern[str]] = re.compile(r" ((?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2})")
# Words of a company's name that may stand between the organization the model found and the
# place, when the model left them out of its span ("Toyota Motor Philippines", "Honda Cars
# Philippines"). Folded.
NAME_WORDS_BEFORE_PLACE: Final[frozenset[str]] = frozenset(
    {"motor", "motors", "cars", "group", "international", "foundation", "bank", "airlines"}
)
# After the place, these say the place is no part of the name: a possessive ("Brazil's") or
# more of a capitalised run ("Apple China Mobile"), where the place may begin another name.
AFTER_PLACE_RE: Final[re.Pattern[str]] = re.compile(r"['’]s\b| [A-Z]")
# The lowercase word after the place, read against the titles: an office holder's title there
# makes the place the holder's beat, not a branch ("White House Russia adviser Fiona Hill",
# "the council's Ukraine expert"). A plural "s" is dropped before the check.
WORD_AFTER_PLACE_RE: Final[re.Pattern[str]] = re.compile(r" ([a-z]+)")
