"""Common words written in capitals for emphasis ("This IS a choice", "We are NOT asking").

Why apart: the alias scanner and the NER filter both meet them, and both must let them go
before anything trusts the capitals: "IS" is an alias of the Islamic State, and the model
tags a lone "GO" or "MUST" as an organization. The words and the context are data in
`tasks.entity_rules`.
"""

from __future__ import annotations

import re

from tasks import entity_rules as rules

_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[^\w\n]*\Z")
_WORD_AFTER_RE = re.compile(r"[^\w\n]*([^\W\d_]+)")


def emphasised(text: str, start: int, end: int, alias: bool) -> bool:
    """Is text[start:end] a common word in capitals, written for emphasis?

    It must stand in a sentence of lowercase words: a word next to it on its line is written
    in lowercase (capitals all around are a shouting headline, not emphasis). When the word is
    also a known name (`alias`), a verb's complement must follow it ("IS a choice").
    """
    surface = text[start:end]
    if len(surface) < 2 or not surface.isalpha() or not surface.isupper():
        return False
    if surface.lower() not in rules.EMPHASIS_WORDS:
        return False
    if alias:
        return rules.EMPHASIS_COMPLEMENT_RE.match(text, end) is not None
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER_RE.match(text, end, min(len(text), end + 40))
    return any(found is not None and found[1].islower() for found in (before, after))
