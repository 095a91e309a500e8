"""Tables of the furniture of company news and press releases around a company's name: the
wire's closing line "SOURCE Northwind Health, Inc.", the heading "About Northwind Health", a
stock exchange with the ticker after a colon, "(NASDAQ: NWHI)", and the verb of a release's
headline after the company ("Northwind Health Names ..."). Data only; the logic is
`tasks.entities.releases`.

Why: every release a newswire (PR Newswire, Business Wire, GlobeNewswire) carries ends with the
issuer after "SOURCE", and business news writes the listing after the company's name. The model
reads the line's word or the ticker as part of the name ("SOURCE Northwind Health, Inc.",
"NASDAQ: NWHI"), a name that matches neither the company nor the exchange. Releases and
company news write their headlines in title case, the company first and its news after a verb
("Nordvik Energy Announces Third Quarter Results", "Tarvik Mining Completes Acquisition of
..."); the model reads the capitalised verb and what follows as more of the company's name.
"""

from __future__ import annotations

import re
from typing import Final

# The closing line of a newswire release: "SOURCE" in capitals at the start of a line.
SOURCE_LINE_RE: Final[re.Pattern[str]] = re.compile(r"(?:^|(?<=\n))[ \t]*SOURCE[ \t]+")
# The heading of a release's paragraph on its issuer, "About" and the name alone on their line
# ("About Meridian Health Partners"): the word is the heading's, the name the company's. Not a
# line that is a sentence ("About 300 people came.") or a long one.
ABOUT_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=\n))[ \t]*About[ \t]+(?=[A-Z][^\n]{0,80}(?<![.!?:])(?:\n|\Z))"
)
# A ticker after an exchange and a colon: capitals, a class or market suffix ("BRK.B"). The
# blanks before the colon start where their run starts: a search then reads each run once, not
# once per blank.
TICKER_AFTER_COLON_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![ \t])[ \t]*:[ \t]*[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?\Z"
)

# The verbs of a release's headline, capitalised as title case writes them, that no company's
# or body's name holds as a word: announcing, hiring, buying, launching, winning ("Names",
# "Acquires", "Launches", "Named to"). Not the words that are also nouns of names ("Partners",
# "Reports" of Consumer Reports, "Awards", "Opens", "Files", "Releases").
HEADLINE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "Names", "Appoints", "Announces", "Acquires", "Launches", "Unveils", "Introduces",
        "Completes", "Expands", "Hires", "Promotes", "Welcomes", "Selects", "Joins", "Raises",
        "Secures", "Closes", "Signs", "Receives", "Wins", "Debuts", "Taps", "Adds", "Enters",
        "Agrees", "Celebrates", "Invests", "Deploys", "Achieves", "Surpasses", "Extends",
        "Renews", "Strengthens", "Elects", "Named", "Appointed", "Selected", "Recognized",
        "Recognised", "Ranked", "Honored", "Honoured",
    }
)  # fmt: skip
# A headline verb as a word of its own after a word of the name: it and what follows are no part
# of the name.
HEADLINE_VERB_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<=[\w.,&'’)])[ \t]+(?:" + "|".join(sorted(HEADLINE_VERBS)) + r")(?![\w'’-])"
)
