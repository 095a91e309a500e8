"""Tables of sport's and the trade's calendar that is written like names and names no entity:
competitions by their names ("the Champions League", "the Super Bowl"), their stages and
groupings ("Group A", "the Round of 16", "Week 12", "the West Region final"), the titles they
award ("Premier League Player of the Month", "International Designer of the Year", "Most
Valuable Player") and events named with their year ("CES 2026", "Euro 2028"), and operations
named with their prefix ("Operation Warp Speed"). Data only; the logic is
`tasks.entities.competitions`.

Why: the model tags these ORG, GPE or PERSON, and the label files count no event, programme
or award; the bodies that run them ("UEFA", "the NCAA", "the Big 12 Conference") are named
otherwise and stay.
"""

from __future__ import annotations

import re
from typing import Final

# Competitions that a body runs, named alone ("drew Roma in the Europa League"): the
# competition, never the body ("the Premier League", "the NFL" speak as bodies and are not
# here). Folded.
COMPETITION_NAMES: Final[frozenset[str]] = frozenset(
    {
        "champions league", "women champions league", "europa league", "conference league",
        "europa conference league", "nations league", "copa libertadores", "super bowl",
        "world series", "march madness", "final four",
    }
)  # fmt: skip

# A stage or a grouping of a competition by its letter or number ("Group A", "Pool C", "the
# Round of 16", "Round 2", "Week 12", "Matchday 5"): no entity, nor any name inside. A letter
# only as a word of its own ("Group Alpha" is a name).
# One look-behind before the alternatives, not one in each: the same spans, read about three
# times faster (`re` tries each alternative's look-behind at every position).
STAGE_PHRASE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:(?:Group|Pool)[ \t]+[A-L](?![\w'’&-])"
    r"|Round[ \t]+of[ \t]+(?:\d{1,3}|Sixteen|Thirty-Two)(?![\w-])"
    r"|(?:Round|Week|Matchday|Gameweek|Stage)[ \t]+\d{1,2}(?![\w-]))"
)

# Last words of a competition's stage ("the Wild Card Round", "the Champions League Final",
# "the Grand Final"): only last, of a name of two words or more ("Final Four" is in
# `COMPETITION_NAMES`).
STAGE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "round", "final", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
        "playoff", "playoffs",
    }
)  # fmt: skip

# A bracket's or a league's grouping by its last word ("the West Region", "the Atlantic
# Division") before a lowercase word of the standings or a stage ("the West Region final",
# "the Atlantic Division title", "Central Division leaders"): the grouping, no place. Only so
# followed: "the Kurdistan Region", "the Northern Region" of a country are places.
GROUPING_HEADS: Final[frozenset[str]] = frozenset({"region", "division", "bracket"})
STAGE_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:final|finals|semifinal|semifinals|semi-final|semi-finals|quarterfinal|"
    r"quarterfinals|quarter-final|quarter-finals|title|titles|crown|champion|champions|"
    r"championship|standings|race|leader|leaders|winner|winners|runner-up|opener|playoff|"
    r"playoffs|rival|rivals|matchup|top seed|No\. ?\d+ seed)(?![\w-])"
)

# A title a competition, a league or a trade awards for a period ("Premier League Player of
# the Month", "National Player of the Year", "International Designer of the Year", "Author of
# the Year", "Most Valuable Player"): the honour, no one, with up to three capitalised words
# that qualify it. `tasks.entity_rules.beats.AWARD_PHRASE_RE` holds the bare ones of a match.
_AWARD_ROLES = (
    r"Player|Rookie|Coach|Manager|Designer|Author|Artist|Athlete|Driver|Footballer|"
    r"Sportsman|Sportswoman|Personality|Newcomer|Entertainer|Businessman|Businesswoman|"
    r"Teacher|Employer|Writer|Journalist|Architect|Chef|Restaurant|Album|Song|Book|Team|"
    r"Goalkeeper|Defender|Midfielder|Forward|Pitcher|Reliever"
)
AWARD_TITLE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:" + _AWARD_ROLES + r")[ \t]+of[ \t]+the"
    r"[ \t]+(?:Year|Month|Season|Week|Decade|Series|Tournament)(?![\w-])"
    r"|Most[ \t]+Valuable[ \t]+(?:Player|Performer)(?![\w-]))"
)

# An event written with its year after its name ("CES 2026", "Euro 2028", "Expo 2030"), where
# the sentence goes on (a comma, a stop, "opens", "in"), as events are written; the name is the
# event's, and so is its bare mention elsewhere ("every booth at CES"). A name the table knows
# stays ("Paris 2024" leaves Paris a city); a company's year of accounts is written with its
# possessive or a noun after it ("Acme's 2025 results", "the Acme 2025 report").
YEAR_EVENT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})[ \t]+(?:19|20)\d\d"
    r"(?=[,.;:!?)”\"]|[ \t]+(?:in|at|on|and|which|opens|open|will|is|was|kicks|begins|starts|"
    r"runs|takes|gets|ends|closes)\b)"
)

# The first word of a named operation, military, police or government ("Operation Warp
# Speed", "Operation Pyramid"): an operation, no body or place, of a name of two words or more.
OPERATION_PREFIXES: Final[frozenset[str]] = frozenset({"operation"})
# How far before an event's name a copyright line's mark is looked for ("© Halifax Courier
# 2025."): a publisher's line, no event.
COPYRIGHT_LOOKBEHIND: Final[int] = 12
