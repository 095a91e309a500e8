"""Tables of names whose head follows a possessive ("Westminster Magistrates' Court", "Boston
Children's Hospital"). Data only; the logic is `tasks.entities.possessives`.

Why: the small model ends an institution's name at the possessive ("Westminster Magistrate's"
+ "Court"), and the mention cleaner then strips the possessive, leaving a name nobody uses.
"""

from __future__ import annotations

import re
from typing import Final

# Labels of a span that may be the first part of such a name.
POSSESSIVE_NAME_LABELS: Final[frozenset[str]] = frozenset({"ORG", "FAC"})
# The span ends with a possessive ("Magistrate's", "Magistrates'", "Children’s").
POSSESSIVE_END_RE: Final[re.Pattern[str]] = re.compile(r"\w(?:['’]s|s['’])\Z")
# The head right after it: an institution's word, capitalised; not one that an "of" carries on
# ("Britain's Court of Appeal" is the country and its court).
POSSESSIVE_HEADS: Final[tuple[str, ...]] = (
    "Court", "Hospital", "College", "School", "Church", "Cathedral", "Clinic", "Home",
)  # fmt: skip
POSSESSIVE_HEAD_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:" + "|".join(POSSESSIVE_HEADS) + r")\b(?![ \t]+of\b)"
)
