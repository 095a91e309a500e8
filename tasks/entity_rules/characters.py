"""Patterns of the cues that make a name a character's in film, television and stage copy.
Data only; the logic is `tasks.entities.characters`.

Reviews, recaps and casting news write a character with the actor who plays them: the actor in
brackets after the character ("Detective Ivy Roan (Mara Keel)", "Ruth's son Caleb (a nervy Tom
Vale)"), or a verb of playing between the two ("Keel plays Ivy Roan", "Roan is played by Mara
Keel"). The labels' convention is that fictional characters are no entities, while the actors
are people.
"""

from __future__ import annotations

import re
from typing import Final

# A name as these cues write it: one to three capitalised words ("Caleb", "Ivy Roan"), starting
# where a word starts (so a long run of letters is read once, not from each of its capitals).
_NAME = r"(?<![\w’'-])[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"

# A character, then the actor in brackets, maybe after a few lowercase words that describe the
# performance: "Ivy Roan (Mara Keel)", "Walt (a craggy, wonderful Tom Vale)". The actor is
# named by two words or more ("(Sharks)" or "(RM)" after a name is a club or a stage name), and
# is no name the article gives an organization or a place ("(Leicester City)", "(Getty
# Images)"): the model may miss an actor named only there.
CAST_BRACKET_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<character>{_NAME})[ \t]*\((?P<described>(?:[a-z][\w’'-]*,?[ \t]+){{0,5}})"
    rf"(?P<actor>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){{1,2}})\)"
)
# Words before a bracket's name, or opening it, that make it another name of the same person,
# a relative's or a former one, no actor: "James Rigney (better known as Robert Jordan)",
# "(born Ann Lee)", "(née Ann Lee)", "(his wife Ann Lee)", "(Formerly Verizon Amphitheatre)".
# Folded words ("née" is read as "nee").
NOT_CAST_WORDS: Final[frozenset[str]] = frozenset(
    {
        "as", "known", "born", "nee", "real", "name", "formerly", "aka", "also", "called",
        "now", "then", "his", "her", "their", "whose", "who", "wife", "husband", "son",
        "daughter", "brother", "sister", "father", "mother", "partner", "and", "or", "with",
        "of", "for", "to", "by", "from", "via", "see", "per", "photo", "credit", "previously",
    }
)  # fmt: skip
# How many times a character is named, in the cue included, before the cue makes it one: a
# review or a recap returns to its characters ("Ruth Aldane (Jane Roe) ... Ruth"), and an essay
# naming a film's scene once may name a real person played by an actor ("the Scottish hero
# William Wallace (Mel Gibson)"), a person still.
MIN_CHARACTER_NAMINGS: Final[int] = 2

# A character before a verb of being played: "Roan is played by", "Voss, played by",
# "Ivy Roan (played by".
PLAYED_BY_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<character>{_NAME})(?:[ \t]+(?:is|was|will[ \t]+be)|,|[ \t]*\()?[ \t]+"
    r"(?:played|portrayed|voiced)[ \t]+by\b"
)

# A cast list's line: the actor, "as", the character, perhaps a note after a comma ("Alys Morgan
# as Carys Lloyd", "Idris Vaughan as Gethin Price, Bethan's husband", "Derek Hale as the
# Reverend Tom Ellis").
CAST_LIST_LINE_RE: Final[re.Pattern[str]] = re.compile(
    rf"^[ \t]*(?P<actor>{_NAME})[ \t]+as[ \t]+(?:the[ \t]+)?(?P<character>{_NAME})"
    r"[ \t]*(?:,[^\n]*)?$",
    re.MULTILINE,
)
# A character after a verb only actors do: "portrays Ivy Roan", "voices Caleb".
PORTRAYS_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:portrays|portrayed|portraying|voices|voiced|voicing)[ \t]+(?P<character>{_NAME})"
)

# A character after the nouns of a part: "her role as Sydney Adamu", "Carell's character,
# Randall Bishop". The name is read whole (no shorter name before another capitalised word) and
# is no owner ("his role as Dana Holt's deputy" names an office under a person). "role of" and
# "part of" are left out: politics writes "the role of Congress", "part of Somerset Council".
ROLE_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:roles?[ \t]+as[ \t]+(?:the[ \t]+)?|character,?[ \t]+)(?P<character>{_NAME})"
    r"(?<![’']s)(?![\w’'-]|[ \t]+[A-Z])"
)

# A character after a verb of playing that sport also uses ("plays Nadal", "stars as Suarez
# scores"): read so only in an article that writes a cue above too, one about a cast.
PLAYS_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:plays|played|playing|stars[ \t]+as|starring[ \t]+as|cast[ \t]+as)[ \t]+"
    rf"(?P<character>{_NAME})"
)

# Last words of a bracket's name that make it a body's or a credit's, not an actor's, besides
# `tasks.entity_rules.ORG_SUFFIXES` and `GENERIC_NAME_HEADS`: "(Getty Images)", "(AP Photo)".
NOT_ACTOR_LAST_WORDS: Final[frozenset[str]] = frozenset(
    {"images", "image", "photo", "photos", "pictures", "studios", "records", "films", "fc"}
)
