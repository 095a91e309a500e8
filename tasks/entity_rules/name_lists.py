"""Tables of lists of names: how a line is cut into the items of a list, what a table row
("Nagpur North - Nitin Raut", "Keeper: Kim Tae-hyung, Oh Man-seok") looks like, and what an item
must look like to be taken for a person's name. Data only; the logic is
`tasks.entities.name_lists`.

Why: casts, credits, squads, boards, author lists and candidate lists name many people without
a sentence around them, and the small model misses or mistypes names there that it reads well
in prose. The other items of the same list are the evidence.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import GENERIC_NAME_HEADS, ORG_SUFFIXES

# What separates the items of a list: a comma, a semicolon or a colon (with an "and" after it or
# not), a lone "and" or "&", a dash with spaces around it ("Dharavi - Jyoti Gaikwad"; a hyphen
# inside a name has none). Blanks are read from the start of their run only (a long run is read
# once, not once per blank). A sentence's end (group "end"; not the full stop of an initial, "Susan
# V. Booth") ends a list: "... and Stephen Harrow. Kowalczyk and Harrow are ..." is two.
ITEM_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<end>(?<![\s.][A-Z])[.!?][\"”’)]?[ \t]+)"
    r"|(?<![ \t])[ \t]*[,;:][ \t]*(?:(?:and|&)[ \t]+)?|(?<![ \t])[ \t]+(?:and|&|[-–—])[ \t]+"
)

# What joins a role to a name in some credit lists ("Director_Oh Kyeong Taek, Writer_Kyeong Min
# Seon"): no name holds it, so the name starts after it.
ROLE_JOINER: Final[str] = "_"

# Quotes around an item make it a title (a work's: "Harbor Lights", 'Cold Harbour'), no name.
QUOTES: Final[str] = "\"'“”‘’«»"

# A table row: an optional bullet, a short key (up to 60 characters, no sentence punctuation),
# a dash with spaces or a colon, the value. Rows in a run are a table; its keys are one list,
# and the items of its values another ("Keeper: A, B" / "Clerk: C, D"; "Nagpur North - A").
TABLE_ROW_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:[-–•*·][ \t]+)?(?P<key>[^\s:.,;!?\"“”][^\n:.,;!?\"“”]{0,59}?)"
    r"(?P<sep>[ \t]+[-–—][ \t]+|:[ \t]+)(?P<value>\S[^\n]*)"
)
# A bulleted line that is no such row: the bullet, what it names first (up to a comma, a
# semicolon, a colon, a bracket or the line's end) as its key, the rest as its value ("- Eve
# Bolton, nonprofit director", "• Kelechi Obi (Enyimba)").
BULLET_ROW_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*[-–•*·][ \t]+(?P<key>[^,;:()\n]*[^,;:()\s])(?P<sep>[ \t]*(?:[,;:(][ \t]*|\Z))"
    r"(?P<value>[^\n]*)"
)
# Rows in a run for the lines to be a table.
MIN_TABLE_ROWS: Final[int] = 2

# An annotation after an item, dropped before its shape is read: a club, a party, a country, an
# age or a role in brackets ("Kelechi Obi (Enyimba)", "Kelechi Obi (GK)").
TRAILING_BRACKET_RE: Final[re.Pattern[str]] = re.compile(r"(?<![ \t])[ \t]*\([^()\n]*\)[ \t]*\Z")

# A word of a person's name: capitalised, letters with apostrophes, inner hyphens ("Man-seok",
# "O'Neil"), a Gaelic prefix ("McGregor", "MacLeod"), or an initial ("V."); the particles names
# hold between such words.
_NAME_WORD = r"(?:[A-Z]\.|(?:Mc|Mac|O['’])?[A-Z][a-z'’]*[a-z](?:-[A-Za-z][a-z'’]*)*)"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|bin|binti|al|el|ibn)"
# A person's name as a list writes it: two to four name words (particles between them).
PERSON_SHAPE_RE: Final[re.Pattern[str]] = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}}"
)

# A scorer in a box score or a scorecard ("Ortiz 24, Vance 14, Kimura 9"; "Lancashire 312
# (Hartley 84, Durrani 51; Reaney 4-61)"): a surname alone, then the points, runs, goals or a
# bowler's figures. Such a surname is a person's name only in a list most of whose
# items are written so ("Rage 2" in a list of games is a title); a name of two words and a number
# ("Dust Runner 2") stays no name.
SCORER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<name>(?:Mc|Mac|O['’])?[A-Z][a-z'’]*[a-z](?:-[A-Z][a-z'’]*[a-z])?)[ \t]+\d{1,3}"
    r"(?:\*|-\d{1,3})?"  # a batter not out ("Pope 84*"), a bowler's figures ("Reaney 4-61")
)

# A player's shirt number before the name in a team sheet ("15 Darragh Quill; 14 Ronan
# Tierney"): no part of the name.
SHIRT_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"\d{1,2}[ \t]+(?=[A-Z])")

# A substitute written in a bracket after the player they replaced, with their shirt number or
# not and the minute they came on ("Barrie Spence (14 Rory Tait 76)", "(Ewan Forsyth 60)").
# The bracket holds no affiliation (`tasks.entity_rules.affiliations`).
_SUBSTITUTE = (
    rf"(?:\d{{1,2}}[ \t]+)?(?P<name>{PERSON_SHAPE_RE.pattern})[ \t]+\d{{1,3}}(?:['’]|[ \t]*min)?"
)
SUBSTITUTE_NAME_RE: Final[re.Pattern[str]] = re.compile(_SUBSTITUTE)
SUBSTITUTE_RE: Final[re.Pattern[str]] = re.compile(rf"[ \t]*\((?P<inside>{_SUBSTITUTE})\)")

# A full stop closing a list's last item at its line's end ("Subs not used: Ned Farrow, Ivo
# Rasic.", "Dube 2.", "Conor Rafter (capt)."), after a lowercase letter, a digit or a bracket
# (an initial's, "Susan V.", is part of the name).
CLOSING_STOP_RE: Final[re.Pattern[str]] = re.compile(r"(?<=[a-z0-9)])\.\Z")

# Two names of people's shape the model runs into one span across a list's comma ("Duarte
# Pimentel, Sofia Mendes Carvalho"): two names. Not a surname before a comma ("Delgado, Ramon
# J."), nor a place with its state ("Kansas City, Missouri"): each part has two words or more.
JOINED_NAMES_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<first>{PERSON_SHAPE_RE.pattern}),[ \t]+(?P<second>{PERSON_SHAPE_RE.pattern})"
)

# A segment of one to four words, the first capitalised, that is neither a name nor spanned by the
# model ("Make-up_Kim Jong nn", "Final Battle 2"): an item of the list it stands in, of no kind,
# where a clause ("Kowalczyk and Harrow are based at Exeter") ends the list. A list of people
# has a person's name in at least half of its items: a list of games the model tags as people
# ("Metro Exodus, Mortal Kombat 11, NBA 2K20, Rage 2") has not.
FEW_WORDS_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z][^\s,;:]*(?:[ \t]+[^\s,;:]+){0,3}")

# Last words that make an item an organization or a place, whatever its siblings are
# ("Goodman Theatre", "Kano Pillars" stay what they are in a list of winners).
NOT_PERSON_HEADS: Final[frozenset[str]] = (
    GENERIC_NAME_HEADS
    | ORG_SUFFIXES
    | frozenset(
        {
            "theatre", "theater", "hall", "church", "cathedral", "museum", "library", "gallery",
            "united", "fc", "city", "town", "rovers", "rangers", "stars", "warriors", "pillars",
            "athletic", "wanderers", "records", "films", "pictures", "studios", "books", "press",
            "trust", "society", "institute", "council", "road", "lane", "island", "islands",
            "river", "lake", "mountain", "valley", "north", "south", "east", "west", "central",
            "rural", "urban",
        }
    )
)  # fmt: skip

# Evidence: a list is a list of people when at least this many of its items are people (as
# the model reads them there or elsewhere in the text, or as the alias table knows them) and
# more of them are people than anything else.
MIN_PEOPLE_IN_LIST: Final[int] = 2
