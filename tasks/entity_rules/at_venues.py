"""Tables of names glued to the venue they play at ("the Kansas City Current at Providence
Park"). Data only; the logic is `tasks.entities.at_venues`."""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.venue_short_names import GROUND_HEADS
from tasks.entity_rules.venues import VENUE_HEADS

# The model's labels of a span that may hold a team, a band or a person and, after "at", the
# ground or hall where they play. Not a facility's or a place's: the model read the whole as
# one venue ("Kolby Health at Tarvik Beach Theater", a sponsor's hall within a venue).
GLUED_LABELS: Final[frozenset[str]] = frozenset({"ORG", "PERSON", "NORP"})
# "at" between two capitalised names inside one span.
AT_RE: Final[re.Pattern[str]] = re.compile(r" at (?=[A-Z0-9])")
# The words a ground's or a hall's name ends with ("Providence Park", "Crystal Ballroom",
# "Arlene Schnitzer Concert Hall"); one or two words.
VENUE_END_WORDS: Final[frozenset[str]] = (
    GROUND_HEADS | VENUE_HEADS | frozenset({"ballroom", "bowl", "center", "centre", "garden",
                                            "gardens", "hall", "club", "course", "dome"})
)  # fmt: skip
