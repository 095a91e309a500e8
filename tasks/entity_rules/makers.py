"""Tables for products named after their maker ("the Netgear Orbi 970", "an Amazon Echo",
"Disney Plus"): what says such a name is a thing sold, and what says it is a part of the
company. Data only; the logic is `tasks.entities.makers`.

Why: reviews, deals posts and launch news write a product's name with its maker's in front, and
the model tags the whole as an organization. The labels' convention is that products, services
and works are no entities, while the company named as maker or seller is. A company's own
units are written the same way ("Samsung Electronics", "Fox Sports", "Amazon Web Services",
"Microsoft Research"), so the word after the maker decides, and a product needs a cue of its
own: a model's number or word, or an article before it, which no company's name takes.
"""

from __future__ import annotations

import re
from typing import Final

# Words that make "<maker> <words>" a company, a unit, a channel or a subsidiary of the maker,
# not a thing it sells, wherever they stand after the maker: "Samsung Electronics", "Hyundai
# Motor", "Sony Pictures", "Fox Sports", "CBS News", "Disney Channel", "BBC Radio 4", "Google
# Cloud", "Microsoft Research", "Meta Reality Labs", "Intel Foundry", "LG Chem", "Samsung
# Biologics", "Ford Credit", "Amazon Web Services". The generic heads of organisations'
# names (`tasks.entity_rules.GENERIC_NAME_HEADS`: "Group", "Foundation", "Services", "News") and
# legal forms (`ORG_SUFFIXES`) count too, and so does a place the alias table knows (a national
# subsidiary: "Audi UK", "Toyota Motor Europe"). Doubtful cases, and the side taken: "Cloud" is a
# unit (Google Cloud reports results and has a chief executive); "Music", "TV", "Plus", "Prime",
# "Store" and "Home" are services or products (Apple Music, Apple TV, Disney Plus, Amazon Prime,
# the Google Store, Google Home), as are "Alexa" or "Gemini" after their maker; "Studios" and
# "Games" are studios, organizations.
MAKER_UNIT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "electronics", "motor", "studios", "studio", "pictures", "entertainment", "sports",
        "labs", "lab", "laboratories", "laboratory", "cloud", "channel", "channels", "radio",
        "records", "games", "interactive", "mobility", "financial", "finance", "credit",
        "insurance", "life", "chem", "chemical", "chemicals", "pharma", "pharmaceuticals",
        "biologics", "health", "heavy", "industries", "industrial", "semiconductor", "foundry",
        "web", "ventures", "robotics", "aerospace", "automotive", "logistics", "retail",
        "consulting", "global", "worldwide", "division", "unit", "subsidiary", "brands",
        "broadcasting", "television", "publishing", "books", "airways",
    }
)  # fmt: skip

# Words that name a product's model after its line ("AirPods Pro 2", "Galaxy S25 Ultra",
# "MacBook Air", "Apple TV Plus", "Pixel 10 Pro XL", "iPhone SE"): with the maker in front, the
# name is a thing sold.
MODEL_WORDS: Final[frozenset[str]] = frozenset(
    {"pro", "max", "plus", "mini", "ultra", "air", "lite", "xl", "se", "slim"}
)

# A model's code: letters and digits in one word ("S25", "M4", "X2", "i7", "H100", "EV9"), or
# a number of three digits or more ("Boeing 737", "Fiat 500"): one or two digits right after
# the maker name a station or a channel ("Fox 5", "Channel 4") and stay.
MODEL_CODE_RE: Final[re.Pattern[str]] = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9-]+")
MODEL_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"\d{3,}")

# A maker's name right before a model's code the model tagged apart ("Samsung S90D", "TCL's
# QM8"): one capitalised word, perhaps with a possessive, then one blank.
MAKER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?P<maker>[A-Z][\w&]*)(?:['’]s)?[ \t]\Z"
)

# What the model leaves out of a product's name right after it: up to three capitalised words,
# numbers or codes, each after a single blank ("Intel Core" + " i5", "Amazon Echo" + " Show 8");
# a lowercase word, a comma or a full stop ends it.
MODEL_RUN_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t](?:[A-Z0-9][\w+-]*|[a-z]+\d[\w-]*)(?=[\s.,;:!?)\"”’']|\Z)){0,3}"
)

# Before the name, what a product takes and a company does not: an article or a possessive
# determiner, perhaps one lowercase word between ("an Amazon Echo", "the original Nintendo
# Switch", "its Google Nest Hub").
PRODUCT_DETERMINER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[^\w-]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Mm]y)"
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?\Z"
)
PRODUCT_DETERMINER_WINDOW: Final[int] = 32
