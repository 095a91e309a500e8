"""Illnesses named after the doctor who described them ("Huntington's disease", "Bell's palsy",
"Lewy body dementia", "people with Parkinson's"): the surname there names no person and no
organization. Only the mention so written is dropped; the article may name a real person of the
surname elsewhere. Why and the patterns: `tasks.entity_rules.eponyms`.
"""

from __future__ import annotations

from tasks.entity_rules import eponyms as rules


def names_an_illness(text: str, start: int, end: int) -> bool:
    """Is the mention at `start`:`end` the surname in an illness's name?"""
    if rules.ILLNESS_AFTER_NAME_RE.match(text, end):
        return True
    if not rules.OWNS_NOTHING_RE.match(text, end):
        return False
    before = text[max(0, start - rules.CUE_REACH) : start]
    return rules.HAS_ILLNESS_BEFORE_RE.search(before) is not None
