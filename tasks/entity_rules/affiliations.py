"""Tables of the "Name (Affiliation)" form, in which squads, speaker lists, panels and boards
name each person with their club, employer or institution in brackets ("Danny Ward (Leicester
City), Adam Davies (Sheffield United)", "Mei-Ling Chua (National University of Singapore)").
Data only; the logic is `tasks.entities.affiliations`.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.name_lists import NOT_PERSON_HEADS
from tasks.entity_rules.rosters import POSITIONS

# Lowercase words an organization's name holds between its capitalised words ("University of
# Tokyo", "Centre for Ageing", "Instituto Superior de Agronomia", "Banco do Brasil").
_CONNECTORS = (
    r"(?:of|for|and|the|on|in|at|de|da|do|dos|di|del|des|du|la|le|für|und|bin|ibn|al|van|von"
    r"|der|den|&|\+)"
)
# A word of a name: capitalised or a number ("Mistral AI", "Radio 4", "McKinsey & Co.").
_WORD = r"[A-Z0-9][\w.'’&+-]*"
# What a bracket after a person's name holds when it names their affiliation: one to eight
# words, the first and the last capitalised, the lowercase ones connectors.
AFFILIATION_RE: Final[re.Pattern[str]] = re.compile(
    rf"{_WORD}(?:[ \t]+(?:{_CONNECTORS}[ \t]+)*{_WORD}){{0,7}}"
)
# A bracket right after a name's last letter (or the full stop of "Jr."), closed, followed by
# what ends an item of a list: a comma, a semicolon, a full stop, a colon, the line's end, or
# "and"/"or" before the next item, or a count before one (a candidate's votes: "Hannah Pearce
# (LD) 2,104;"). Not a bracket inside a name ("Maureen (Doherty) Walsh").
BRACKET_AFTER_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<=[^\W\d_.]|\.)[ \t]\((?P<name>[^()\n]{1,80})\)"
    r"(?=[ \t]*(?:\d[\d,.]*%?[ \t]*)?(?:[,;.:]|$|(?:and|or)\b))",
    re.MULTILINE,
)
# Brackets after a name that hold no affiliation: a party and state ("D-Calif.", "R"), a
# photo's position ("L", "Left", "pictured" is lowercase anyway) or a player's position ("GK").
NOT_AFFILIATIONS: Final[frozenset[str]] = frozenset(POSITIONS) | frozenset(
    {
        "L", "R", "C", "D", "I", "Left", "Right", "Centre", "Center", "Front", "Back", "Top",
        "Above", "Below", "Inset", "File", "Photo", "Pictured",
        # a candidate standing for no party ("Sam Okonjo (Ind)") names no body
        "Ind", "Ind.", "Independent", "Non-partisan", "Nonpartisan",
    }
)  # fmt: skip
PARTY_CODE_RE: Final[re.Pattern[str]] = re.compile(r"[DRI]-[A-Z][\w.]*")
# Brackets after people in one line for the line to be a list of people and affiliations: one
# bracket alone after a name in prose may be anything (a nickname, a maiden name, a place).
MIN_PAIRS: Final[int] = 2
# The model's labels kept on an affiliation read exactly: an organization, a place (a city
# for a club, "Danny Ward (Sunderland)"), a person (a spouse in a survivors' list: "Ann Roe
# (Luis)"). Any other label ("Hibernian" as a nationality) becomes an organization's.
KEPT_LABELS: Final[frozenset[str]] = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})
# Last words no person's name ends with: a bracket the model reads as a person with one
# ("Blackburn Rovers", "Dundee United", "Hull City") is the organization of its list's form.
ORG_HEADS: Final[frozenset[str]] = NOT_PERSON_HEADS
# What stands right before a person's name the model left unread in a list of people and
# their affiliations: the line's start (a bullet), a list's separator or a credit's "by"
# ("- Salt and Iron by Tunde Bakare (Jonathan Cape)").
UNREAD_HOLDER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^[ \t]*(?:[-–•*·][ \t]+)?|[,;:][ \t]*|(?<![^\s])by[ \t]+)"
    r"(?P<name>[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*){1,2})"
    r"[ \t]\([^()\n]{1,80}\)\Z",
    re.MULTILINE,
)
# How far before a bracket an unread name is looked for (characters).
UNREAD_HOLDER_REACH: Final[int] = 80
# A blank line: lists of people one a line run between two of them.
BLANK_LINE_RE: Final[re.Pattern[str]] = re.compile(r"\n[ \t]*\n")
# A short form of a party or a club in a list's brackets ("Maya Ellis (Lab)", "(Con)"): a
# capital and one to three lowercase letters, a full stop or not: the opening letters of the
# first word of the organization the article names in full ("Labour", "Conservative").
SHORT_FORM_RE: Final[re.Pattern[str]] = re.compile(r"[A-Z][a-z]{1,3}\.?")
# A person's name before the bracket: this many words, each a name's word (letters with inner
# hyphens and apostrophes, "Fernández-Ibarra", "O'Keefe", or an initial, "T.", "J.T.") or a
# particle of `tasks.entity_rules.NAME_PARTICLES`.
PERSON_WORDS: Final[tuple[int, int]] = (2, 5)
NAME_WORD_RE: Final[re.Pattern[str]] = re.compile(r"(?:[^\W\d_]\.)+|[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The model's labels of a name's span after which a bracket holding a country, a province or a
# big city is the name's place ("Orbitra Space (Accra)", read as a person or an organization).
PLACED_LABELS: Final[frozenset[str]] = frozenset({"ORG", "FAC", "PERSON"})
