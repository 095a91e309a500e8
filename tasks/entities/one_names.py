"""Words that speak: a bare word the article makes the subject of a speech verb ("Prabowo
said") names a person, whatever type the model gave it; `linking.link_partial_names` lets such
a word name the one person whose full name it opens, though the model read it as a place."""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Mention
from tasks.entity_rules import one_names as rules


def speaking_words(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The one-word names (folded) written at least once right before a speech verb."""
    return frozenset(
        m.target
        for m in mentions
        if " " not in m.target and rules.SPEECH_VERB_AFTER_RE.match(text, m.end)
    )
