"""A ground's first word(s) written alone name the ground the article names in full ("the
Wankhede" after "the Wankhede Stadium", "Fenway" after "Fenway Park", "Yellowstone" after
"Yellowstone National Park").

Why: match reports and travel stories name a ground once in full and then by its first word, and
the model reads that word as an organization or a person: one place became two entities.
Only a word that leads exactly one ground of the article, that no person of the article holds
and that is no town of the gazetteer (a town beside the stadium named after it stays the town).
The grounds' last words are data in `tasks.entity_rules.venue_short_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.gazetteer_places import known_place
from tasks.entities.linking import final_type, first_names_of_people
from tasks.entities.mentions import Mention
from tasks.entity_rules import venue_short_names as table


def link_ground_first_words(mentions: Sequence[Mention]) -> None:
    """Point an unknown mention at the one ground of the article whose name starts with it."""
    grounds: dict[str, set[str]] = {}  # leading words -> targets of grounds named with them
    for m in mentions:
        words = m.target.split()
        if len(words) < 2 or words[-1] not in table.GROUND_HEADS or final_type(m) != "LOC":
            continue
        for k in range(1, len(words)):
            grounds.setdefault(" ".join(words[:k]), set()).add(m.target)
    if not grounds:
        return
    people = first_names_of_people(mentions)
    by_target = {m.target: m for m in mentions}
    for m in mentions:
        owners = grounds.get(m.target)
        if m.entity is not None or owners is None or len(owners) != 1 or m.target in people:
            continue
        if known_place(m.target, table.TOWN_MIN_POPULATION):
            continue
        owner = by_target[next(iter(owners))]
        m.target, m.entity, m.type = owner.target, owner.entity, "LOC"
