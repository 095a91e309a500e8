"""Tables of `tasks.entities.company_words`: the last words that make a name an organization's
("Fenwick Mobile", "Keller Rohrback LLP", "Quill Therapeutics")."""

from __future__ import annotations

from typing import Final

from tasks.entity_rules import ORG_SUFFIXES
from tasks.entity_rules.makers import MAKER_UNIT_WORDS

# Words of trades and bodies that close organizations' names and no person's or place's,
# lowercase. Not the heads a place ends with too ("Park", "Center", "City", "Street"), nor
# words that are also common surnames ("Banks", "Holmes"), nor "&", which joins two surnames
# as often as it joins partners of a firm.
TRADE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "mobile", "telecom", "telecoms", "telecommunications", "airlines", "motors", "foods",
        "bank", "bancorp", "capital", "partners", "technologies", "technology", "systems",
        "software", "networks", "media", "energy", "solutions", "pharmaceuticals",
        "therapeutics", "biosciences", "bioscience", "analytics", "securities", "brewing",
        "apparel", "realty", "properties", "investments", "advisors", "advisers", "associates",
        "pc", "pllc", "llp", "gmbh", "institute", "university", "foundation", "association",
        "agency", "commission", "committee", "council", "ministry", "department",
    }
)  # fmt: skip
# Every such closing word, the legal forms and the names of a maker's units included.
ORG_END_WORDS: Final[frozenset[str]] = (
    TRADE_WORDS | MAKER_UNIT_WORDS | (ORG_SUFFIXES - {"&", "co", "se", "sa"})
)
