"""A place's own teams named by their nickname right after it: "Chicago — The Bears released …",
"Marseille – Les Phocéens ont …", "Napoli – Gli azzurri hanno …".

Why: a sports page opens with the club's place and a dash, then calls the club by its nickname;
the place is the club's name, not where the story was filed, and that is known only by knowing
the club. So the pairs are data: North America's leagues from `seeds/sports_teams.txt` (the
entity linker's list, "Place|Nickname", written "The Nickname" in a story), and clubs elsewhere
from `seeds/club_nicknames.txt`, article and all as their own country's papers write them. Only
the place's own teams count: "Miami — The Celtics beat the Heat" is filed from Miami."""

from __future__ import annotations

import functools
import re
from typing import Final

from tasks.datelines.gazetteer import fold
from tasks.team_seeds import CLUB_NICKNAMES, SPORTS_TEAMS, place_nickname_pairs

ENGLISH_ARTICLE: Final = "The "  # "Cleveland|Browns" is written "The Browns …" in a story
# A nickname's words as a line writes them: "Sang et Or", "Schwarz-Gelben", "L'OM", "Whites’".
WORD: Final = re.compile(r"[^\W_][\w\-]*(?:['’](?!s\b)[\w\-]+)?")


@functools.lru_cache(maxsize=1)
def nicknames_by_place() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded place -> the ways a story names one of its teams, as words ("The", "Bears")."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for place, nickname in place_nickname_pairs(SPORTS_TEAMS):
        table.setdefault(fold(place), set()).add(tuple((ENGLISH_ARTICLE + nickname).split()))
    for place, nickname in place_nickname_pairs(CLUB_NICKNAMES):
        table.setdefault(fold(place), set()).add(tuple(nickname.split()))
    return {place: tuple(names) for place, names in table.items()}


def names_own_team(place: str, line: str) -> bool:
    """`line` opens with a nickname of one of `place`'s teams, as whole words, a word the
    nickname capitalises capitalised: "Miami — The heat index …" and "Phoenix — The mercury
    …" are the weather, "The Heat" and "The Mercury" the teams."""
    names = nicknames_by_place().get(fold(place))
    if not names:
        return False
    words = WORD.findall(line[:80])
    return any(_opens_with(words, name) for name in names)


def _opens_with(words: list[str], name: tuple[str, ...]) -> bool:
    """The nickname's words open the line and end a name: a capitalised word after them makes a
    longer one ("Atlanta — The United States Attorney …", "Chicago — The Fire Department …")."""
    if len(words) < len(name):
        return False
    after = words[len(name)] if len(words) > len(name) else ""
    if after[:1].isupper() and not after.isupper():
        return False
    return all(
        fold(w) == fold(n) and (i == 0 or not n[:1].isupper() or w[:1].isupper())
        for i, (w, n) in enumerate(zip(words, name, strict=False))
    )
