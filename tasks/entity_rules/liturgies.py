"""The names of services and rites that funeral notices and parish pages write in capitals
("A Mass of Christian Burial will be celebrated", "Funeral Mass", "the Divine Liturgy"), for
the no-entity phrases of `tasks.entities.merge`. Data only.

Why: a rite is no person, organization or place, but the model reads the capitalised words
after "Mass of" as a person ("Christian Burial") or a body, and every death notice writes one.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.spaced_names import spaced_alternation

LITURGY_NAMES: Final[tuple[str, ...]] = (
    "Mass of Christian Burial", "Mass of the Resurrection", "Mass of Resurrection",
    "Funeral Mass", "Memorial Mass", "Requiem Mass", "Divine Liturgy", "Funeral Liturgy",
    "Rite of Committal", "Liturgy of the Word",
)  # fmt: skip
# A rite's name, with the article the model's span may hold ("A Mass of Christian Burial").
LITURGY_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(?:" + spaced_alternation(LITURGY_NAMES) + r")(?![\w-])"
)
