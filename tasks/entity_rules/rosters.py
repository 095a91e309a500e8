"""Tables of roster lines, the lists in which sports pages name players with their positions
("- Jacquez Stuart, RB (ankle), questionable", "• Mia Long, G, Senior"). Data only; the logic
is `tasks.entities.rosters`.

Why: injury reports, depth charts, signings and line-ups list one player a line, the name then
a comma and the position's abbreviation. The model, reading a line without a sentence, misses
many of the names and reads the abbreviations as organizations or places ("LB", "QB").
"""

from __future__ import annotations

import re
from typing import Final

# Positions as the lists abbreviate them: American football, basketball, baseball, hockey,
# football (soccer). Uppercase only, as the lists write them.
POSITIONS: Final[tuple[str, ...]] = (
    "QB", "RB", "FB", "WR", "TE", "OL", "OT", "OG", "C", "DL", "DE", "DT", "EDGE", "LB",
    "ILB", "OLB", "MLB", "CB", "S", "SS", "FS", "DB", "K", "P", "LS", "KR", "PR", "ATH",
    "PG", "SG", "SF", "PF", "G", "F", "SP", "RP", "RHP", "LHP", "1B", "2B", "3B", "LF", "CF",
    "RF", "OF", "DH", "LW", "RW", "D", "GK", "DF", "MF", "FW",
)  # fmt: skip
_POSITION = "(?:" + "|".join(sorted(POSITIONS, key=len, reverse=True)) + ")"
# A name word: capitalised, with apostrophes, hyphens or a full stop ("O'Neal", "Smith-Njigba",
# "St.", "Jr."); the particles of names between them.
_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|da|van|von|der|la|le|del|dos))*?[ \t]+{_WORD}"
# A roster line: an optional bullet, the player's name (two or more words), a comma and the
# position (or two, "G/F"), then the end of the line, a comma or a bracket; not a name after
# the position ("Jacksonville Jaguars, OT Cam Robinson" names a team and its player), nor a
# hyphen or full stop ("Joe Biden, D-Del.", "Ann Roe, P.E.").
ROSTER_LINE_RE: Final[re.Pattern[str]] = re.compile(
    rf"^[ \t]*(?:[-–•*·][ \t]*)?(?P<name>{_NAME}),[ \t]*"
    rf"(?P<position>{_POSITION}(?:/{_POSITION})?)(?=[ \t]*(?:$|[,(]))",
    re.MULTILINE,
)
