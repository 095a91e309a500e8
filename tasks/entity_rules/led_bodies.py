"""Tables of bodies named with the leader whose term they serve ("the Trump White House").
Data only; the logic is `tasks.entities.led_bodies`."""

from __future__ import annotations

import re
from typing import Final

# The model's labels of a span that may be such a body: an organization, or a building the
# body sits in ("the Trump White House" is often read as a facility), or a person, as the
# leader's name opens it ("the Obama White House").
BODY_LABELS: Final[frozenset[str]] = frozenset({"ORG", "FAC", "GPE", "PERSON"})
# A leader is named by one or two words ("Obama", "Barack Obama").
MAX_LEADER_WORDS: Final[int] = 2
# A word of the span, and the article written before the leader's name (part of neither name).
WORD_RE: Final[re.Pattern[str]] = re.compile(r"\S+")
ARTICLES: Final[frozenset[str]] = frozenset({"the", "The"})
