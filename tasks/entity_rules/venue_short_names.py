"""Tables of `tasks.entities.venue_short_names`: the last words of grounds that sport and
travel writing names by their first word alone ("the Wankhede", "Fenway", "Yellowstone")."""

from __future__ import annotations

from typing import Final

# Lowercase. Not "centre"/"center" or "hall" (arts centres and halls are named in full), nor
# "garden", named by its last word ("the Garden").
GROUND_HEADS: Final[frozenset[str]] = frozenset(
    {"stadium", "arena", "ground", "oval", "park", "field", "speedway", "raceway", "velodrome"}
)
# A town of the gazetteer with this many people or more, written alone, is the town, never
# short for the ground named after it ("Wembley" beside "Wembley Stadium" stays apart).
TOWN_MIN_POPULATION: Final[int] = 1_000
