"""A place named in full once and by its last words after is one place: "the San Francisco Bay
Area" and "the Bay Area", "the Pearl River Delta" and "the River Delta" are one region.

Why: news drops the leading qualifier of a long place name once it has given it, as it does
an organization's (`tasks.entities.linking.link_short_org_names`); neither form is in the alias
table, so each became a place of its own and the region counted twice. A place the table does
not know, of two words or more (`tasks.entity_rules.short_places.MIN_SHORT_WORDS`: one word,
"Ireland" of "Northern Ireland", is another place), that ends exactly one longer place of the
article is that place. A place the table knows ("Los Angeles" beside "East Los Angeles") keeps
its own entity, and so does a town named after a venue's head word or a preposition ("Virginia
Beach" of "the Harbor Amphitheater at Virginia Beach": where the venue stands, not the venue).
"""

from __future__ import annotations

from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention
from tasks.entity_rules import short_places as rules


def link_short_place_names(mentions: list[Mention]) -> None:
    """Point an unknown place at the one longer place of the article whose name ends with it."""
    tails: dict[str, dict[str, Mention]] = {}  # trailing words -> entity -> a full mention
    for m in mentions:
        parts = m.target.split()
        if len(parts) <= rules.MIN_SHORT_WORDS or final_type(m) != "LOC":
            continue
        owner_id = m.entity.entity_id if m.entity else m.target
        for k in range(rules.MIN_SHORT_WORDS, len(parts)):
            if parts[-k - 1] in rules.TOWN_AFTER_WORDS:
                continue
            tails.setdefault(" ".join(parts[-k:]), {}).setdefault(owner_id, m)
    if not tails:
        return
    for m in mentions:
        if m.entity is not None or final_type(m) != "LOC":
            continue
        owners = tails.get(m.target, {})
        if len(owners) == 1:
            (owner,) = owners.values()
            m.target, m.entity, m.type = owner.target, owner.entity, "LOC"
