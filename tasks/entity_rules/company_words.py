"""Tables of `tasks.entities.company_words`: the last words that make a name an organization's
("Fenwick Mobile", "Keller Rohrback LLP", "Quill Therapeutics")."""

from __future__ import annotations

import re
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
        "software", "networks", "media", "energy", "solutions",
        "therapeutics", "biosciences", "bioscience", "analytics", "securities", "brewing",
        "apparel", "realty", "properties", "investments", "advisors", "advisers", "associates",
        "pc", "pllc", "institute", "university", "foundation", "association",
        "agency", "commission", "committee", "council", "ministry", "department",
        # clubs' closing words ("Blackburn Rovers", "Dundee United", "Brighton & Hove Albion")
        "rovers", "wanderers", "united", "athletic", "albion", "hotspur",
    }
)  # fmt: skip
# Every such closing word, the legal forms and the names of a maker's units included.
ORG_END_WORDS: Final[frozenset[str]] = (
    TRADE_WORDS | MAKER_UNIT_WORDS | (ORG_SUFFIXES - {"&", "co", "se", "sa"})
)
# A firm's legal form the model leaves after the span ("Edelson" + " PC"): a professional
# corporation's or a partnership's. "PC" only after a span read as a person's: after a company
# it is a product ("a Dell PC").
LEGAL_FORM_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?P<form>PLLC|LLP|LLC|L\.L\.P\.|P\.C\.|(?P<pc>PC))(?![\w-])"
)
# A company's closing words the model leaves after a name it read as a person's ("Al Noor" +
# " Horizon Properties", "Tembo" + " Logistics Group"): one or two capitalised words, the last a
# firm's word, ending the run of capitals. Not the words of bodies and foundations, which are
# named after people ("the Mo Ibrahim Foundation": "Ibrahim" alone stays the man), nor clubs',
# which are named after places (a player's name before "United" makes no club).
FIRM_END_WORDS: Final[frozenset[str]] = ORG_END_WORDS - {
    "institute", "university", "foundation", "association", "agency", "commission",
    "committee", "council", "ministry", "department", "health", "life", "sports", "global",
    "worldwide", "division", "unit", "subsidiary",
    "rovers", "wanderers", "united", "athletic", "albion", "hotspur",
}  # fmt: skip
FIRM_WORDS_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?(?P<last>[A-Z][a-z]+)(?![\w'’-]|[ \t]+[A-Z])"
)
