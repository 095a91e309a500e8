"""Single capitalised words that name nothing whatever their place in the sentence: an
interjection ("Argh! I know I need to do this") or a body's role in a state written alone
("the Opposition has done better"). Why and the words: `tasks.entity_rules.no_names`.

Known names (the alias table) are never asked about here.
"""

from __future__ import annotations

from tasks.entity_rules import no_names as rules


def names_nothing(key: str) -> bool:
    """Is the folded one-word mention `key` an interjection or a role's word?"""
    return key in rules.ROLE_BODY_WORDS or rules.INTERJECTION_RE.fullmatch(key) is not None
