"""Tables of `tasks.entities.acronym_names`: a name that begins with another body's acronym
("BNP Paribas", "ANC Youth League"). Data only."""

from __future__ import annotations

import re
from typing import Final

# An acronym (two to six capitals) and the space right before a span's start.
ACRONYM_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.&-])(?P<acronym>[A-Z]{2,6})[ \t]+\Z"
)
# How far back from the span's start to look for it (six capitals and a few spaces).
ACRONYM_REACH: Final[int] = 12
# The label of the span after it, and the type the alias table gives the acronym: a body's
# acronym ("BNP") before an organization's name; a country's ("US Treasury") is another rule's.
NAME_LABEL: Final[str] = "ORG"
ACRONYM_TYPE: Final[str] = "ORG"
