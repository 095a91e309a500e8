"""Tables of landforms named by two places joined by a hyphen ("the Qinghai-Tibet Plateau", "the
Indo-Gangetic plain"). Data only; the logic is `tasks.entities.landforms`.

Why: geographers name a plateau, basin or range that spans two regions after both; the model
reads one end ("Qinghai") and drops the rest, splitting one place into two or losing it.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.names import HYPHEN_CLASS

# The landform words, in either case ("Plateau" or "plateau"), singular or plural. Not "region",
# "border" or "corridor": "the Kashmir-Ladakh region" and "the India-Pakistan border" name two
# places and what lies between (routes are `tasks.entities.routes`).
LANDFORM_WORDS: Final[tuple[str, ...]] = (
    "plateau", "plain", "plains", "basin", "highlands", "lowlands", "uplands", "mountains",
    "range", "steppe", "delta", "massif",
)  # fmt: skip
_END = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
# Two capitalised ends joined by a hyphen, then the landform word (capitalised or not).
HYPHENATED_LANDFORM_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w{HYPHEN_CLASS}])(?P<name>{_END}[{HYPHEN_CLASS}]{_END} (?:"
    + "|".join(w + "|" + w.capitalize() for w in LANDFORM_WORDS)
    + r"))\b"
)
