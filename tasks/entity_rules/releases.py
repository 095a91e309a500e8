"""Tables of the furniture of company news and press releases around a company's name: the
wire's closing line "SOURCE Northwind Health, Inc." and a stock exchange with the ticker after
a colon, "(NASDAQ: NWHI)". Data only; the logic is `tasks.entities.releases`.

Why: every release a newswire (PR Newswire, Business Wire, GlobeNewswire) carries ends with the
issuer after "SOURCE", and business news writes the listing after the company's name. The model
reads the line's word or the ticker as part of the name ("SOURCE Northwind Health, Inc.",
"NASDAQ: NWHI"), a name that matches neither the company nor the exchange.
"""

from __future__ import annotations

import re
from typing import Final

# The closing line of a newswire release: "SOURCE" in capitals at the start of a line.
SOURCE_LINE_RE: Final[re.Pattern[str]] = re.compile(r"(?:^|(?<=\n))[ \t]*SOURCE[ \t]+")
# A ticker after an exchange and a colon: capitals, a class or market suffix ("BRK.B"). The
# blanks before the colon start where their run starts: a search then reads each run once, not
# once per blank.
TICKER_AFTER_COLON_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![ \t])[ \t]*:[ \t]*[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?\Z"
)
