"""Tables of `tasks.entities.lowercase_companies`: a name written lowercase first ("voltaIQ",
"iFixit", "my6sense") that the text writes as a company."""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.described_names import ORG_KIND_NOUNS

# One word, lowercase letters first, then a capital or a digit inside ("voltaIQ", "my6sense",
# "iFixit"); never part of an address ("@voltaIQ", "voltaiq.com", "/iFixit").
_NAME = r"(?<![\w@./#-])(?P<name>[a-z]+[A-Z0-9][\w]*)(?![\w@/-]|\.[a-z])"
# What a company does and a product never does: it speaks, writes, raises money, hires, employs
# ("voltaIQ said", "iFixit told The Verge", "As iFixit points out in its teardown", "my6sense
# has raised $2 million"), perhaps after one auxiliary word. A device "launched", "sold" or
# "warns" its user, so those do not count.
_ACTS = (
    r"said|says|told|tells|announced|announces|declined|confirmed|raised|raises|employs"
    r"|hired|hires|acquired|acquires|points?[ \t]+out|pointed[ \t]+out|wrote|writes"
    r"|reported|estimates|estimated|argued|argues|admitted|denied|denies"
)
# Its people, as a company's people are named: its founder, chief executive or spokesperson,
# after its possessive ("my6sense's new Chief Strategy Officer", "voltaIQ's CEO") or before
# "of"/"at" and the name ("CEO and founder of my6sense"); a product has none.
_ROLES = (
    r"(?i:founder|co-founder|ceo|chief[ \t]+executive|chief[ \t]+[a-z]+[ \t]+officer"
    r"|president|chairman|chairwoman|chair|spokesperson|spokeswoman|spokesman)"
)
COMPANY_ACT_RE: Final[re.Pattern[str]] = re.compile(
    _NAME + rf"[ \t]+(?:(?:has|have|had|also|later|previously)[ \t]+)?(?:{_ACTS})\b"
)
COMPANY_ROLE_RE: Final[re.Pattern[str]] = re.compile(
    _NAME + rf"['’]s[ \t]+(?:(?:new|former|interim|own)[ \t]+)?{_ROLES}\b"
)
ROLE_OF_COMPANY_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-]){_ROLES}[ \t]+(?:of|at)[ \t]+" + _NAME
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
    COMPANY_ACT_RE, COMPANY_ROLE_RE, ROLE_OF_COMPANY_RE, COMPANY_APPOSITION_RE,
    COMPANY_KIND_BEFORE_RE,
)  # fmt: skip
