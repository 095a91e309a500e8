"""Tables of `tasks.entities.sellers`: the shops a shopping guide or a deals post lists as
selling the thing ("Available at Argos, John Lewis and Amazon", "sold by Wickes and Robert
Dyas", "buy it from Lakeland, Dunelm or Habitat")."""

from __future__ import annotations

import re
from typing import Final

# What introduces the sellers: "available at/from", "sold by/at", "stocked by/at", "on sale
# at", "buy it/one/them at/from", "order it from". Not "in": "available in Britain and France"
# lists places.
_CUE = (
    r"(?<![\w-])(?:[Aa]vailable|[Ss]old|[Ss]tocked|on[ \t]+sale"
    r"|(?:[Bb]uy|[Oo]rder)(?:[ \t]+(?:it|one|them))?)[ \t]+(?:at|from|by|via)[ \t]+"
)
# A seller's name: one to three capitalised words, "&" between two ("Marks & Spencer").
_SELLER = r"[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){0,2}"
# The sellers: up to six names, joined by commas, "and" or "or".
SELLERS_RE: Final[re.Pattern[str]] = re.compile(
    _CUE + rf"(?P<list>{_SELLER}(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+){_SELLER}){{0,5}})"
    r"(?![\w'’-])"
)
SELLER_RE: Final[re.Pattern[str]] = re.compile(_SELLER)
# The model's labels a seller's name may bear and be wrong: an organization run across the
# list, or no entity. A person stays one (a shop named after its founder, "John Lewis", as
# often as someone who sold a house), and so do a place and a building ("available at
# Heathrow"): no seller is made over them.
SELLER_LABELS: Final[frozenset[str]] = frozenset(
    {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"}
)
