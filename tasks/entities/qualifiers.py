"""A body's name without the place that opens it ("nsw state emergency service" -> "state
emergency service"): what its own acronym spells at home ("SES"), since the place goes without
saying there (`tasks.entities.linking.link_undeclared_acronyms`)."""

from __future__ import annotations

import functools

from tasks.datelines.gazetteer import gazetteer


@functools.lru_cache(maxsize=4096)
def without_place_qualifier(key: str) -> str:
    """The folded name without its first word when that word is a country or a region and two
    words or more remain; else the name unchanged."""
    first, _, rest = key.partition(" ")
    if " " not in rest:
        return key
    places = gazetteer()
    if places.country(first) is None and places.region(first) is None:
        return key
    return rest
