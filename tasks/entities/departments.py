"""The department a person's role names ("Rusmik Oza, Head of Fundamental Research at Kotak
Securities", "vice president of Advanced Development Programs at Blue Origin"): no entity.

Why: a role names the unit it heads in Title Case, and the employer after "at" or "for"; the
model reads the unit as an organization, but it is the person's job, part of the role, and the
organization is the employer. A unit that is an establishment with a name of its own ("the
Center for Environmental Politics", "... Institute") stays, and so does a name the alias table
knows ("Director of the FBI at the time" is never asked). Tables in
`tasks.entity_rules.departments`.
"""

from __future__ import annotations

from tasks.entity_rules import departments as rules
from tasks.names import fold


def department_of_a_role(text: str, start: int, end: int) -> bool:
    """Is the span at `start`..`end` the department a role before it heads, with the employer
    after it?"""
    window = max(0, start - rules.ROLE_OF_WINDOW)
    if rules.ROLE_OF_BEFORE_RE.search(text, window, start) is None:
        return False
    after = rules.EMPLOYER_AFTER_RE.match(text, end)
    if after is None:
        return False
    unit = fold(text[start:end] + after["rest"]).split()
    return not rules.ESTABLISHMENT_HEADS.intersection(unit)
