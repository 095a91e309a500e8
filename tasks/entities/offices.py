"""Offices an article defines with an acronym: "the Municipal Chief Executive (MCE)", "Upazila
Nirbahi Officer (UNO)", "Deputy Superintendent of Police (DSP)".

Why: papers in South Asia and Africa spell out a local office with its acronym before the
holder's name, then write only the acronym ("the UNO told ..."). The model tags both as an
organization, and the acronym then becomes an entity of its own; an office is a role, not an
entity. A body named after an office ("Office of the Data Protection Commissioner (ODPC)",
"Health Service Executive (HSE)") is not one: its first word is no part of an office title, or
its last words are not an office's (`OFFICE_TITLE_ENDINGS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks import entity_rules as rules
from tasks.entities.acronyms import AcronymDefinition
from tasks.names import fold, words

# The last words of an office's title, folded ("... Chief Executive", "... Officer"), or the
# word before "of" and one more word ("Deputy Superintendent of Police", "Inspector General of
# Police"). Singular only: "Kenya Union of Clinical Officers" is a union.
OFFICE_TITLE_ENDINGS: Final[tuple[str, ...]] = (
    "chief executive",
    "officer",
    "commissioner",
    "magistrate",
    "superintendent",
    "collector",
    "administrator",
    "inspector",
    "inspector general",
    "registrar",
    "secretary",
    "minister",
    "director",
    "director general",
    "governor",
    "chairperson",
    "chairman",
)
# First words that make the phrase a body, not an office ("Office of the ... Commissioner").
BODY_FIRST_WORDS: Final[frozenset[str]] = frozenset(
    {"office", "department", "ministry", "bureau", "directorate", "secretariat", "board"}
)
_OF_TAIL_RE: Final[re.Pattern[str]] = re.compile(r"\A(?P<head>.+?) of (?:the )?\w+\Z")
# "the" written right before the long form, which the model's span often starts with.


def is_office_title(phrase: str) -> bool:
    """Is this long form the title of an office ("Sub-Divisional Magistrate")?"""
    key = fold(phrase)
    if not key or key.split()[0] in BODY_FIRST_WORDS:
        return False
    of_tail = _OF_TAIL_RE.match(key)
    head = of_tail.group("head") if of_tail else key
    return any(head == e or head.endswith(" " + e) for e in OFFICE_TITLE_ENDINGS)


def office_phrases(text: str, definitions: Sequence[AcronymDefinition]) -> list[tuple[int, int]]:
    """Where the text writes an office it defines with an acronym (among its `definitions`):
    the long form with its bracketed acronym, and every later use of the acronym as a word."""
    found: list[tuple[int, int]] = []
    acronyms = set()
    for d in definitions:
        if d.acronym_span[0] > d.long_span[1] and is_office_title(text[slice(*d.long_span)]):
            the = rules.THE_BEFORE_RE.search(text, max(0, d.long_span[0] - 8), d.long_span[0])
            found.append((the.start() if the else d.long_span[0], d.acronym_span[1] + 1))
            acronyms.add(d.acronym)
    if acronyms:
        for w in words(text):
            if text[w.start : w.end] in acronyms:
                found.append((w.start, w.end))
    return found
