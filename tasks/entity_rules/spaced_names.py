"""How a table's names of several words become one pattern: each name's words joined by any run
of spaces or tabs (pages break and double the spaces inside a name), the longest names first
(so "Mass of the Resurrection" is tried before a shorter name it starts with). Shared by the
tables that match names word for word (`honours`, `liturgies`, the market indices'
`NO_ENTITY_PHRASE_RE`)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def spaced_alternation(names: Iterable[str]) -> str:
    """The names as one regex alternation (no group around it), longest first."""
    return "|".join(
        r"[ \t]+".join(map(re.escape, name.split()))
        for name in sorted(names, key=len, reverse=True)
    )
