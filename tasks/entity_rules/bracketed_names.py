"""Tables of a name with a bracket between given names and surname, as obituaries and death
notices write survivors and the dead: a spouse's given name ("a son, Tom (Alice) Harlan of
Dayton") or a maiden name ("Rose (Keane) Doyle", 'Margaret "Peggy" (Doyle) Harlan'). Data
only; the logic is `tasks.entities.bracketed_names`.
"""

from __future__ import annotations

import re
from typing import Final

_WORD = r"[^\W\d_][\w'’-]*"
_NAME = rf"(?![a-zß-ÿ]){_WORD}"  # a word not starting in lowercase
# One to three given names (initials among them, a quoted nickname after), a bracket holding one
# or two names, then one surname. Every word is capitalised (the step checks letters beyond
# Latin-1); a name starts where a word starts, and each start reads a bounded number of words.
# Not "Dorothy (nee Wisniewski) Kowalczyk": later steps cut a person's span at its lowercase
# word, so that form is left as the model reads it.
BRACKETED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w.'’-])(?P<given>{_NAME}(?:[ \t](?:{_NAME}|[A-Z]\.)){{0,2}})"
    rf"(?:[ \t][\"“]{_NAME}[\"”])?"
    rf"[ \t]\((?P<inner>{_NAME}(?:[ \t]{_NAME})?)\)"
    rf"[ \t](?P<surname>{_NAME})(?![\w'’-])"
)
# Capitalised words that open such a name's run and are no given name: a survivors' list's
# kinship nouns where an item or a sentence starts with one ("Son Tom (Alice) Harlan"), and the
# articles and conjunctions of a sentence's start.
NOT_GIVEN_NAMES: Final[frozenset[str]] = frozenset(
    {
        "A",
        "An",
        "And",
        "The",
        "Son",
        "Sons",
        "Daughter",
        "Daughters",
        "Brother",
        "Brothers",
        "Sister",
        "Sisters",
        "Grandson",
        "Granddaughter",
        "Stepson",
        "Stepdaughter",
        "Wife",
        "Husband",
        "Mother",
        "Father",
        "Survivors",
        "Also",
    }
)
# The model's labels the name's pieces may carry and still be read as this form: it must have
# read a person inside it (the given name, most often), unless one span covers the whole name.
PERSON_LABELS: Final[frozenset[str]] = frozenset({"PERSON"})
# The model's labels of a span within the bracket that make it an affiliation, no name's part:
# a party, a team or a people ("Maya Ellis (Labour) Said"). A place there is one only when the
# gazetteer knows it (`PLACE_ALONE_MIN_POPULATION`): the model reads many given names as places
# ("Julia (Marcus) Okafor").
AFFILIATION_LABELS: Final[frozenset[str]] = frozenset({"ORG", "NORP"})
PLACE_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC"})
