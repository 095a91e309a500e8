"""A town's residents named after it ("Delhiites", "Londoners", "New Yorkers", "Viennese"):
a group of people, no entity.

Why: the labels count no nationality or group of people, and the small model tags a residents'
name it has not seen as a person or an organization. The name is the town's with an ending
(`rules.RESIDENT_ENDINGS`), so the gazetteer that knows the town knows them; a fixed list could
not hold every town's. Only a country, a state or a big town counts
(`rules.RESIDENT_TOWN_MIN_POPULATION`: "the Sanders" are no town's people), and never a team's
nickname ("the Islanders", `tasks.entities.teams`).
"""

from __future__ import annotations

import functools

from tasks.entities.gazetteer_places import known_place
from tasks.entities.teams import load_teams
from tasks.entity_rules import demonyms as rules


@functools.lru_cache(maxsize=4096)
def residents_of_a_place(key: str) -> bool:
    """Is the folded mention a town's, a state's or a country's residents' name?"""
    if key in load_teams():
        return False
    for ending in rules.RESIDENT_ENDINGS:
        stem = key.removesuffix(ending)
        if stem == key or len(stem) < 3:
            continue
        for letter in rules.RESIDENT_REPLACED_LETTERS:
            if known_place(stem + letter, rules.RESIDENT_TOWN_MIN_POPULATION):
                return True
    return False
