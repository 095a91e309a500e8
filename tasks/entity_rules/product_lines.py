"""Tables for a product's line written on its own ("the Pixel" beside "Pixel 10", "older
Pixels", "MacBooks" beside "MacBook Pro"): the shape of a line written before its model's
number or code, and what keeps a number after a name from being a model's. Data only; the logic
is `tasks.entities.product_lines`.

Why: reviews and launch news name a product with its model's number ("Pixel 10", "Galaxy S25",
"Switch 2") and then write the line alone, after an article ("Google is selling the Pixel at
cost") or in the plural ("older Pixels", "MacBooks"); the model tags those as organizations,
people or places. A company's name takes no article and no plural, so either, written beside
the same word with a model's number, makes the word a product's line.
"""

from __future__ import annotations

import re
from typing import Final

# One word, capitalised or with a capital inside ("Pixel", "iPhone"), right before a model's
# number of one to three digits, perhaps with a point ("Windows 10", "iOS 26.2"), or a code of
# letters and digits ("Galaxy S25", "Tensor G5"). Not a score ("Leeds 2-1", "Leeds 2, Derby
# 0", "Spurs 3 Chelsea 1"), an amount or a count ("Apple 5%", "Group 3 million").
NUMBERED_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.&-])(?P<line>(?:[A-Z]|[a-z]+[A-Z])[\w-]*)[ \t]+"
    r"(?:\d{1,3}(?:\.\d{1,2})?|[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3})"
    r"(?![\w%'’-]|[.,]\d|[ \t]*[-–][ \t]*\d|,?[ \t]+[A-Z][\w'’-]*[ \t]+\d"
    r"|[ \t]+(?:percent|per|million|billion|points?|goals?|runs?|wickets?)\b)"
)
# A date is no model's number ("May 5", "June 12th": "the May government" stays):
# `MONTH_DAY_RE` of the shared rules.
# Weekdays likewise ("Monday 3"), and the common nouns that number channels, roads, places,
# laws, stages and rounds ("Channel 4", "Route 66", "Terminal 5", "Chapter 11", "Game 7"):
# never a product's line, and the noun alone after an article is another name or none ("the
# Channel" beside "Channel 4" is the sea).
WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
NUMBERED_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "channel", "radio", "station", "route", "highway", "interstate", "road", "street",
        "avenue", "terminal", "gate", "platform", "pier", "area", "studio", "line", "district",
        "ward", "zone", "sector", "region", "chapter", "section", "article", "title",
        "proposition", "prop", "measure", "amendment", "resolution", "phase", "stage",
        "level", "grade", "class", "division", "league", "group", "pool", "room", "floor",
        "building", "block", "unit", "flight", "lane", "exit", "junction", "runway", "camp",
        "formula", "season", "episode", "volume", "part", "act", "week", "day", "game",
        "round", "match", "race", "lap", "test", "hole", "court", "field", "number", "no",
    }
)  # fmt: skip
# An article or a possessive determiner before the line, perhaps with one lowercase word
# between ("the Pixel", "your iPhone", "its new Pixel"): what a product's name takes and a
# company's does not.
LINE_DETERMINER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[^\w-]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Mm]y)"
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?\Z"
)
LINE_DETERMINER_WINDOW: Final[int] = 32
# A word written alone after an article, not before a model's number or code nor another
# capitalised word ("the Pixel at cost"; not "The Corvant Z9", where the word is the maker).
LINE_AFTER_ARTICLE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Mm]y)[ \t]+"
    r"(?:[a-z][a-z-]*[ \t]+)?(?P<line>(?:[A-Z]|[a-z]+[A-Z])[\w-]*)(?![\w-]|[ \t]+[A-Z0-9])"
)
# The plural endings of a line written for its units ("Pixels", "MacBook Pros"); "-es" words
# ("Switches") are left alone: "the Jones" is a family.
PLURAL_SUFFIX: Final[str] = "s"
