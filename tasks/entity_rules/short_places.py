"""Tables of places shortened to their last words ("the Bay Area" of "the San Francisco Bay
Area"). Data only; the logic is `tasks.entities.short_places`."""

from __future__ import annotations

from typing import Final

# The fewest words a shortened place keeps: one word alone ("Area", "Korea" of "South Korea",
# "Ireland" of "Northern Ireland") names another place or nothing.
MIN_SHORT_WORDS: Final[int] = 2
