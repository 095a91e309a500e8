"""Names written with the price of one thing sold ("Kindle Paperwhite for $99.99", "Google
Nest Audio, $99", "The Pixel 10 costs $799"): products, no entities, wherever the article
writes them again.

Why apart: deals posts, reviews and buyer's guides price dozens of products, and the model tags
their names as organizations or people. A retail price is evidence in the text itself that a
name is a thing sold; a company is priced otherwise (a scale, a share, a month: see
`tasks.entity_rules.prices`), and a name right after "at" or "from" is the seller. Names the
alias table knows are never dropped for this (`tasks.entities.makers` checks).
"""

from __future__ import annotations

from tasks.entities.mentions import Intervals
from tasks.entity_rules import GEOGRAPHIC_HEADS
from tasks.entity_rules import prices as rules
from tasks.entity_rules.venues import VENUE_HEADS
from tasks.names import fold


def priced_names(text: str) -> tuple[frozenset[str], Intervals]:
    """Folded names written right before a retail price, and each name's tails ("Google Nest
    Audio, $99": "google nest audio", "nest audio", "audio"), never a name's first word alone,
    the maker; and where those names stand. A name after a seller's word, ending with a
    place's or a venue's noun (a listing: "Royal Albert Hall, £25") or with a price's label
    ("Jane Roe RRP: £23.99"), is none."""
    names: set[str] = set()
    where: list[tuple[int, int]] = []
    for found in rules.PRICED_NAME_RE.finditer(text):
        before = text[max(0, found.start() - rules.SELLER_WINDOW) : found.start()]
        if rules.SELLER_BEFORE_RE.search(before):
            continue  # "at Dell for $799.99"
        parts = fold(found["name"]).split()
        if not parts or parts[-1] in GEOGRAPHIC_HEADS or parts[-1] in VENUE_HEADS:
            continue
        if parts[-1] in rules.PRICE_LABELS:
            continue  # "Jane Roe RRP: £23.99"
        names.update(" ".join(parts[i:]) for i in range(len(parts)))
        where.append(found.span("name"))
    return frozenset(names), Intervals(where)
