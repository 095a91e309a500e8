"""Tables of `tasks.entities.lowercase_companies`: a name written lowercase first ("voltaIQ",
"iFixit", "my6sense") that the text writes as a company."""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.described_names import ORG_KIND_NOUNS

# One word, lowercase letters first, then a capital or a digit inside ("voltaIQ", "my6sense",
# "iFixit"); never part of an address ("@voltaIQ", "voltaiq.com", "/iFixit").
_NAME = r"(?<![\w@./#-])(?P<name>[a-z]+[A-Z0-9][\w]*)(?![\w@/-]|\.[a-z])"
# What a company does and a product never does: it speaks, raises money, hires, employs ("voltaIQ
# said", "iFixit told The Verge", "my6sense has raised $2 million"), perhaps after a possessive's
# absence and one auxiliary word. A device "launched" or "sold", so those do not count.
_ACTS = (
    r"said|says|told|tells|announced|announces|declined|confirmed|raised|raises|employs"
    r"|hired|hires|acquired|acquires|spokesperson|spokeswoman|spokesman|founder|co-founder"
    r"|chief[ \t]+executive|CEO"
)
COMPANY_ACT_RE: Final[re.Pattern[str]] = re.compile(
    _NAME + rf"(?:['’]s)?[ \t]+(?:(?:has|have|had|also|later|previously)[ \t]+)?(?:{_ACTS})\b"
)
# The kind of organization in apposition after the name ("voltaIQ, a chip start-up founded by
# ...", "iFixit, the repair company") or right before it ("the start-up voltaIQ", "repair firm
# iFixit").
_KINDS = "|".join(ORG_KIND_NOUNS)
COMPANY_APPOSITION_RE: Final[re.Pattern[str]] = re.compile(
    _NAME + rf",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{_KINDS})(?![\w-])"
)
COMPANY_KIND_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-])(?:{_KINDS})[ \t]+" + _NAME
)
COMPANY_CUES: Final[tuple[re.Pattern[str], ...]] = (
    COMPANY_ACT_RE, COMPANY_APPOSITION_RE, COMPANY_KIND_BEFORE_RE,
)  # fmt: skip
