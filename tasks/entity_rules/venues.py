"""Tables of venue names: how tour and event listings place a show, and the words a venue's
name ends with. Data only; the logic is `tasks.entities.venues`.

Why: concert venues are named after sponsors ("Jiffy Lube Live", "PPL Center", "Veterans
United Home Loans Amphitheater at Virginia Beach"), words the model reads as a company, a
person or nothing at all. Publishers list a tour as one line per date with the venue and its
town, and that layout, or the venue word a name ends with, says it is a place.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import DAY_OF_MONTH_PATTERN, MONTH_PATTERN

_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)"
# One line of a tour or event listing: a date opening the line ("June 24", "Aug. 8", "Sat,
# July 19", "19 July", "6/24", "June 24, 2020"), a dash, colon or bar, then the show's place,
# the rest of the line: "Jiffy Lube Live, Bristow, VA" or "Bristow, VA @ Jiffy Lube Live". The
# pattern ends where the place starts (something follows on the line); the place is the rest
# of the line without its trailing blanks, read once (a lazy place before "[ \t]*$" tried every
# end within a run of blanks: quadratic in the run).
LISTING_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"^[ \t]*" + _WEEKDAY + r"?(?:" + MONTH_PATTERN + r"[ \t]+" + DAY_OF_MONTH_PATTERN + r"|"
    + DAY_OF_MONTH_PATTERN + r"[ \t]+" + MONTH_PATTERN
    + r"|\d{1,2}/\d{1,2})(?:,?[ \t]+\d{4})?[ \t]*(?:--|[-–—:|])[ \t]*(?=[^\n])",
    re.MULTILINE,
)  # fmt: skip
# "Town, ST @ Venue": the venue follows the at sign, up to a note after it ("(sold out)",
# "w/ Special Guest", "with ..."). The note's blanks are matched from the first of a run only:
# from each blank of a long run, "[ \t]+" read on to the run's end.
LISTING_AT_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]@[ \t]*")
LISTING_NOTE_RE: Final[re.Pattern[str]] = re.compile(r"(?<![ \t])[ \t]+(?:\(|w/|with[ \t]|feat)")
# "Town, ST - Venue" or "Venue - Town, ST": a dash or a bar between the town and the venue;
# the venue is the part without the town's comma.
LISTING_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(r"[ \t](?:-{1,2}|[–—|])[ \t]")
# "Venue, Town, ST": the venue is the first of three or more comma-separated parts; two parts
# are a town and its state, no venue.
LISTING_MIN_PARTS: Final[int] = 3
# A venue's name is a name: a capital or a digit first, a few words at most.
LISTING_VENUE_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z0-9][^\n,@]*")
LISTING_VENUE_MAX_WORDS: Final[int] = 9

# Words a venue's name ends with ("Cynthia Woods Mitchell Pavilion", "Ameris Bank
# Amphitheatre", "DTE Energy Music Theatre"): a place whatever the model calls it. Not a bare
# "Center" or "Stage" ("Pew Research Center", "Main Stage"): those only in a listing.
VENUE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "amphitheatre", "amphitheater", "pavilion", "arena", "stadium", "theatre", "theater",
        "auditorium", "ballpark", "coliseum", "music center", "music centre", "arts center",
        "arts centre", "music park", "concert hall", "music hall", "bandshell",
    }
)  # fmt: skip
# The one or two capitalised words right after a name, read against `VENUE_HEADS`: a name the
# model or the table found there is a sponsor inside a venue's name ("Verizon Amphitheatre").
WORDS_AFTER_NAME_RE: Final[re.Pattern[str]] = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# Labels the model gives a venue's name that its head word overrules.
VENUE_OVERRULED_LABELS: Final[frozenset[str]] = frozenset(
    {"ORG", "PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"}
)
