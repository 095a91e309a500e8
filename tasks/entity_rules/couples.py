"""Tables of `tasks.entities.couples`: two given names joined by "and" before one family name
("Otto and Minnie Brandt"). Data only."""

from __future__ import annotations

import re
from typing import Final

# The whole span: two one-word given names, "and" (or "&"), and one family name; each word
# capitalised and not all capitals ("BP and ANZ Bank" is no couple).
COUPLE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<first>[A-Z][a-z][\w'’-]*)[ \t]+(?:and|&)[ \t]+"
    r"(?P<second>[A-Z][a-z][\w'’-]*)[ \t]+(?P<family>[A-Z][a-z][\w'’-]*)"
)
# The label that tells the text writes one of them as a person ("Otto Brandt, who is 81").
PERSON_LABEL: Final[str] = "PERSON"
