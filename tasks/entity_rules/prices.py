"""Tables for names written with the price of one thing sold ("Kindle Paperwhite for $99.99",
"Google Nest Audio, $99", "The Pixel 10 costs $799"): the shape of the name, the words between
it and the price, and what after the amount makes it no retail price. Data only; the logic is
`tasks.entities.prices`.

Why: deals posts, reviews, buyer's guides and launch news write a product's name right before
its price, and the model tags the name as an organization or a person. The labels' convention
is that products are no entities; a company is priced otherwise: its deals have a scale
("Twitter for $44 billion", "Brydge for $20m"), its shares are priced per share ("at $185.25 a
share"), and a service that is a company is priced by the month ("Chime costs $0 a month"),
which the labels keep as an organization.
"""

from __future__ import annotations

import re
from typing import Final

# The name: capitalised words, or words with a capital inside ("iPhone", "eero"), numbers and
# model codes ("65-inch", "QN90D", "v4", "x360"), a lowercase model word ("mini", "gen") after
# the first, up to six words; a parenthesis of a few characters may follow ("Amazon Echo (4th
# gen)"). A "+" after the name makes it a service named by its company ("Disney+ for $7.99"),
# no match.
_NAME = (
    r"(?P<name>(?:[A-Z]|[a-z]+[A-Z])[\w'’&-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’&-]*|[a-z]+[A-Z][\w'’&-]*|[a-z]{1,2}\d[\w-]*|mini|gen)){0,5})"
)
# What stands between the name and the amount: a comma, a colon or a dash, or up to two words
# of selling ("for", "at", "costs", "starts at", "is now just").
_BETWEEN = (
    r"(?:[ \t]+\([^()\n]{1,24}\))?"
    r"(?:[ \t]*[,:–—][ \t]*|[ \t]+[-–—][ \t]+|[ \t]+)"
    r"(?:(?:is|now|just|only|costs?|starts|starting|from|for|at|sells|retails|priced|was)"
    r"[ \t]+){0,3}"
)
# The amount: a currency sign and digits, perhaps with cents.
_AMOUNT = r"(?:US\$|C\$|A\$|[$£€])\d[\d,]*(?:\.\d{1,2})?"
# After the amount, what makes it no retail price: a scale ("$44 billion", "$20m"), a period
# or a share ("$9.99 a month", "$4.99/mo", "$185.25 a share"), a discount ("$50 off").
_NOT_RETAIL = (
    r"(?![\d,.]*[ \t]*(?:m|bn|b|k|mn|million|billion|trillion|mln|bln)\b)"
    r"(?![\d,.]*[ \t]*(?:a|an|per|each|every|/)[ \t]*"
    r"(?:month|mo|year|yr|annum|week|day|night|hour|share|head)\b)"
    r"(?![\d,.]*[ \t]*(?:monthly|annually|off)\b)"
)
PRICED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’&-])(?:(?:The|A|An|Our|Your|This|That|Its|Their)[ \t]+)?"
    + _NAME
    + _BETWEEN
    + _AMOUNT
    + _NOT_RETAIL
)

# A name right after a seller's or a market's word is where a thing is sold, or a company's
# shares ("at Dell for $799.99", "from Best Buy, $99", "shares of Rivian at $12.50"): the
# name is the seller or the issuer, not the thing priced.
SELLER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:at|from|via|through|by|on)|\b(?:shares|stock|stake)[ \t]+(?:of|in)):?[ \t]+\Z",
    re.IGNORECASE,
)
SELLER_WINDOW: Final[int] = 24
# A price's label ending the name ("Tested by: Jane Roe RRP: £23.99", "Price: $1,099"): the
# words before it are another field's, not the thing priced.
PRICE_LABELS: Final[frozenset[str]] = frozenset(
    {"rrp", "msrp", "srp", "price", "prices", "cost", "costs", "pricing", "deal", "sale"}
)
