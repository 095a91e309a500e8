"""Tables of the divisions of sports conferences and leagues ("the Mid-American Conference West
Division"). Data only; the logic is `tasks.entities.divisions`.

Why: a division is a part of its conference that standings and title races name; the guideline
counts the conference or league, so "the Mid-American Conference West Division" is the
Mid-American Conference.
"""

from __future__ import annotations

import re
from typing import Final

DIRECTIONS: Final[tuple[str, ...]] = (
    "East", "West", "North", "South", "Central", "Atlantic", "Pacific", "Coastal",
    "Metropolitan", "Northeast", "Northwest", "Southeast", "Southwest",
)  # fmt: skip
_DIRECTION = "(?:" + "|".join(DIRECTIONS) + ")"
# A conference or league named with "Conference"/"League" and then a division: the group
# "league" is the organization. Not a league's short name and a compass word ("AFC West"): the
# real pages' labels count that as a name of its own.
DIVISION_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:[Tt]he[ \t]+)?(?P<league>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*)*?[ \t]+"
    rf"(?:Conference|League))[ \t]+{_DIRECTION}[ \t]+Division"
)
