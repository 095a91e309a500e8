"""Tables of `tasks.entities.placed_names`: a name and where it is, read by the model as one."""

from __future__ import annotations

import re
from typing import Final

_WORD = r"[A-Z][\w'’.-]*"
# A name, a preposition of place and a capitalised place after it, all inside one span ("the
# University of Nigeria Teaching Hospital in Enugu", "Jamal Okoro on Union Street"): the
# preposition is the split. Not "at": a sponsor's venue is named with it ("Northwell Health at
# Jones Beach Theater", "Coastal Credit Union Music Park at Walnut Creek").
PLACED_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t](?P<prep>in|on|near|of)[ \t]+(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})\Z"
)
# After "of", the town is a company's home only when the text writes its state or country
# right after the span ("RealPage of Richardson, Texas"), the way copy says where a firm is
# based; a body's name with "of" ends with its head before it ("the University of Richmond,
# Virginia", "Bank of Granite") and stays whole.
STATE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf",[ \t]+(?P<state>{_WORD}(?:[ \t]+{_WORD})?)(?![\w'’-])"
)
