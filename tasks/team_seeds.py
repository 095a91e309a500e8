"""The teams' seed lists, "Place|Nickname" a line (`seeds/sports_teams.txt`, North America's
leagues; `seeds/club_nicknames.txt`, clubs elsewhere), read by one parser.

Why one: the dateline reader (a place's own team right after it, `tasks.datelines.teams`) and the
entity linker (a team named by its place and its nickname, `tasks.entities.teams`) read the same
list; one parser keeps them reading it alike: text after "#" is a comment, blank lines and
entries with an empty part ("Place|") are skipped, both parts are stripped, and a line that is
not two parts around one "|" is an error of the seed file (raised when it is read)."""

from __future__ import annotations

from pathlib import Path
from typing import Final

SEEDS_DIR: Final = Path(__file__).resolve().parents[1] / "seeds"
SPORTS_TEAMS: Final = SEEDS_DIR / "sports_teams.txt"
CLUB_NICKNAMES: Final = SEEDS_DIR / "club_nicknames.txt"


def place_nickname_pairs(path: Path) -> list[tuple[str, str]]:
    """The (place, nickname) pairs of a seed list, in its order."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            place, nickname = (part.strip() for part in entry.split("|"))
            if place and nickname:
                pairs.append((place, nickname))
    return pairs
