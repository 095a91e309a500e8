"""Tables of the emergency services named by the area they serve ("South Yorkshire Police",
"Avon Fire and Rescue Service", "Tarrant County Crime Stoppers"). Data only; the logic is
`tasks.entities.whole_names`.

Why: British, Commonwealth and American forces and services are named by their county, city or
region and a head ("Police", "Fire and Rescue"), and the model reads the area as a place and
drops the head ("South Yorkshire" + nothing, "Rescue" alone, "Tarrant County Crime"): a place
that is not meant, and an organization lost or cut. The capitalised head says the area is part
of the name; "Fort Worth police said", in lowercase, stays the town.
"""

from __future__ import annotations

import re
from typing import Final

# The heads, longest first where one starts another ("Police Department" before "Police").
SERVICE_HEADS: Final[tuple[str, ...]] = (
    "Police Department", "Police Service", "Police Force", "Police", "Fire and Rescue Service",
    "Fire & Rescue Service", "Fire and Rescue", "Fire & Rescue", "Fire Department",
    "Fire Service", "Fire Brigade", "Ambulance Service", "Crime Stoppers", "Crimestoppers",
)  # fmt: skip
# Verbs of a police appeal that open a sentence before the service ("Call Tarrant County Crime
# Stoppers", "Contact Avon and Somerset Police"): no part of its area.
APPEAL_VERBS: Final[frozenset[str]] = frozenset(
    {"call", "contact", "phone", "ring", "text", "email", "tell", "alert"}
)
_AREA_WORD = r"[A-Z][\w’'-]*"
# An area of one to four capitalised words (two areas joined by "and": "Devon and Cornwall
# Police"), starting where a word starts, then a head; no capitalised word after it, which would
# make the head a title's or a longer name's ("Fort Worth Police Chief Neil Noakes", "the
# Metropolitan Police Federation", a Title Case headline's "Leeds Police Arrest Man").
AREA_SERVICE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?<![\w.’'&-])(?P<owner>" + _AREA_WORD + r"(?:[ \t]+(?:(?:and|&)[ \t]+)?"
    + _AREA_WORD + r"){0,3})[ \t]+(?P<head>"
    + "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in SERVICE_HEADS)
    + r")(?![\w’'-]|[ \t]+[A-Z])"
)  # fmt: skip
