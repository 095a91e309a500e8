"""Tables of the honorifics written before a person's whole name ("Shri Rajendra Patwardhan",
"Mian Javed Iqbal Cheema", "Alhaji Abdullahi Danbatta"), for `tasks.entities.honorific_names`.
Data only.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import MONTH_PATTERN, NAME_HEADS
from tasks.entity_rules.company_words import ORG_END_WORDS

# Honorifics of English-language papers in South Asia, Africa and Southeast Asia that stand
# before a person's given name and surname, never before a surname alone (unlike "Mr", "Dr" or
# "Mme": "Mr Awan"), folded (lowercase, no dot). A span of one of them and one name word is
# a name the model stopped reading early.
WHOLE_NAME_HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "shri", "smt", "shrimati", "mian", "alhaji", "alhaja", "alhaj", "comrade", "cde",
        "engr", "barr", "atty", "sheikh", "datuk", "dato", "datin", "tengku", "tun", "bapak",
        "pak", "maulana", "encik", "puan",
    }
)  # fmt: skip
# Honorifics stack ("Tengku Datuk Seri Amran"): a span of two of them, or of one and the second
# word of "Datuk Seri", holds no name yet.
NOT_A_FIRST_NAME: Final[frozenset[str]] = WHOLE_NAME_HONORIFICS | {"seri", "sri"}
# The words the name is carried on over: up to three, each capitalised and then lowercase
# (not an acronym: "Shri Rajendra BJP"), on the same line after single spaces, the last one not
# followed by another capitalised word (a name longer than that is no name read early); no day
# or month ("Shri Rajendra Tuesday").
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WORD = rf"(?!(?:{_DAY}|{MONTH_PATTERN})\b)[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
NAME_AFTER_RE: Final[re.Pattern[str]] = re.compile(rf"(?:[ ]{_WORD}){{1,3}}(?![\w'’-]|[ ][A-Z])")
# The other way round: one or two such words between an honorific and a person's span the
# model began late ("Shri" + " Amit " + "Kumar Tyagi"): the honorific, its dot, the words.
# One word, then two, tried in turn, so that the honorific is the word nearest the span.
NAME_BEFORE_RES: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(rf"(?<![\w'’-])(?P<honorific>[A-Z][a-z]+)\.?(?P<words>(?:[ ]{_WORD}){{{n}}})[ ]\Z")
    for n in (1, 2)
)
# Words that close a body's or a firm's name, never a person's ("Alhaji Musa" + " Danladi
# Foundation Trust"): words added to a name hold none of them.
BODY_WORDS: Final[frozenset[str]] = NAME_HEADS | ORG_END_WORDS | {"trust"}
# The most words a name so carried on holds, the model's and the words added.
MAX_NAME_WORDS: Final[int] = 5
# A line written in title case (a headline: "Shri Rajendra Opens New Bridge") has no name
# read early: its capitalised words are the headline's. Its share of capitalised words, and
# the marks that end a sentence, which a headline does not end with.
TITLE_CASE_SHARE: Final[float] = 0.6
SENTENCE_ENDS: Final[tuple[str, ...]] = (".", "!", "?", '"', "”", "’", "'")
