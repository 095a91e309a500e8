"""Teams named by their place and by their nickname, each alone: "Cleveland rallied ... the
Browns' first win" is one team, the Cleveland Browns, though the article never writes it whole.

Why: sports pages name a team by its city or school as often as by its nickname, and the model
reads the first as a place and the second as people. Nothing in such an article joins them but
knowing the team, so the pairs are data (`seeds/sports_teams.txt`, "Place|Nickname"). A pair
counts only when the article writes both: the nickname alone ("the Browns") and the place alone,
not after a preposition of place ("in Cleveland" is the city). A nickname several teams share
("Tigers") names the one whose place the article writes, and none when it writes several.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Mention
from tasks.entities.towns import means_the_city
from tasks.names import fold
from tasks.team_seeds import SPORTS_TEAMS, place_nickname_pairs


@functools.lru_cache(maxsize=2)
def load_teams(path: Path = SPORTS_TEAMS) -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded nickname -> the (folded place, team's full name) pairs that use it."""
    teams: dict[str, list[tuple[str, str]]] = {}
    for place, nickname in place_nickname_pairs(path):
        teams.setdefault(fold(nickname), []).append((fold(place), f"{place} {nickname}"))
    return {nickname: tuple(pairs) for nickname, pairs in teams.items()}


def link_team_nicknames(text: str, mentions: Sequence[Mention], table: AliasTable) -> None:
    """Make a nickname written alone and its team's place written alone one organization, the
    team, and a team's full name ("Denver Nuggets") an organization whatever the model read."""
    teams = load_teams()
    keys = {m.key for m in mentions}
    chosen: dict[str, str] = {}  # nickname or place (folded) -> the team's full name
    places: dict[str, set[str]] = {}  # place -> the teams the article names by it
    for nickname in keys & teams.keys():
        written = [(place, full) for place, full in teams[nickname] if place in keys]
        if len(written) == 1:
            place, full = written[0]
            chosen[nickname] = full
            places.setdefault(place, set()).add(full)
    chosen.update({place: full for place, (full, *rest) in places.items() if not rest})
    full_names = _full_names()
    for m in mentions:
        team = chosen.get(m.key) or full_names.get(m.key)
        if team is None or (m.key in places and means_the_city(text, m.start, m.end)):
            continue
        m.target = fold(team)
        m.entity, m.type = table.get(m.target), "ORG"


@functools.lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Folded full name -> the team's full name, of every team of the seed file."""
    return {fold(full): full for pairs in load_teams().values() for _, full in pairs}
