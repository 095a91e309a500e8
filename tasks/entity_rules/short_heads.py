"""Tables for the short forms of an institution's last words ("Phoenix PD" for "Phoenix Police
Department") and of a street's kind ("Valencia St." for "Valencia Street"). Data only; the logic
is `tasks.entities.short_heads`."""

from __future__ import annotations

import re
from typing import Final

# Folded last word(s) of a short form -> the folded words they stand for. Local news names a
# police or fire department in full once and by its initials after ("Fort Worth PD").
SHORT_HEADS: Final[dict[str, str]] = {
    "pd": "police department",
    "fd": "fire department",
    "dept": "department",
}

# Folded abbreviations of a street's kind -> the word they stand for: an address writes "1298
# Valencia St." where the story wrote "Valencia Street".
STREET_SHORT_HEADS: Final[dict[str, str]] = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard",
    "dr": "drive", "ln": "lane", "pl": "place", "ct": "court", "hwy": "highway",
    "pkwy": "parkway", "sq": "square", "tce": "terrace",
}  # fmt: skip

# A police or fire service's initials written right after its town ("Fort Worth P.D.", "Airdrie
# RCMP", "Orillia OPP"): with the town, one organization, as "CBC Calgary" is one station; the
# town written alone stays the place. Only initials that stand for a service and nothing else.
SERVICE_INITIALS_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:PD|P\.D\.|FD|F\.D\.|RCMP|OPP)(?![\w'’-])"
)
SERVICE_INITIALS_END_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t](?:PD|P\.D\.|FD|F\.D\.|RCMP|OPP)\Z"
)
# The model's labels of the town before them (or of the whole, read as a person: "Airdrie RCMP").
SERVICE_TOWN_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
