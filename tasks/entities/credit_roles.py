"""A credit line's role is no name: "Writing" of "Reporting by Will Dunham; Writing by Sarah
Morland; Editing by Tom Brown".

Why: wire copy ends with such a line, and features open or close with one ("Graphics by ...",
"Illustration by ..."). The people it credits are names; the small model also reads a
capitalised role word right before "by" and a name as a person of its own ("Writing"), an entity
no reader would count. A span that is only such a role (`tasks.entity_rules.credit_roles`),
followed by "by" and a capitalised word, names no one.
"""

from __future__ import annotations

from tasks.entity_rules import credit_roles as rules


def credit_role(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a credit's role written before "by" and a name?"""
    return (
        rules.CREDIT_ROLE_RE.fullmatch(text, start, end) is not None
        and rules.BY_NAME_RE.match(text, end) is not None
    )
