"""Tables of places shortened to their last words ("the Bay Area" of "the San Francisco Bay
Area"). Data only; the logic is `tasks.entities.short_places`."""

from __future__ import annotations

from typing import Final

from tasks.entity_rules.venue_short_names import GROUND_HEADS
from tasks.entity_rules.venues import VENUE_HEADS

# The fewest words a shortened place keeps: one word alone ("Area", "Korea" of "South Korea",
# "Ireland" of "Northern Ireland") names another place or nothing.
MIN_SHORT_WORDS: Final[int] = 2
# The word before the shared ending that makes the ending another place: the town a venue
# stands in, after a preposition or right after the venue's head word ("the Harbor Amphitheater
# at Virginia Beach", "the Hollywood Casino Amphitheatre St. Louis"): the town is not the venue.
TOWN_AFTER_WORDS: Final[frozenset[str]] = frozenset(
    {"at", "in", "of", "on", "near", "by"} | GROUND_HEADS | VENUE_HEADS
)
