"""Single words that a capital does not make a name, for `tasks.entities.no_names`. Data only.

Why: the model reads a capitalised word it does not know by its shape, and these words come
capitalised where nothing is named: an interjection opening a quote or standing alone in a post
("Argh! I know I need to", "posted a single word, 'Ugh'"), and the words for a role that a
body plays in a state, capitalised by house style ("the Opposition has done better", "the
Administration's plan"). Neither is ever the name of a person, organization or place.
"""

from __future__ import annotations

import re
from typing import Final

# Interjections, with their letters drawn out as posts write them ("Arghhh", "Ugh", "Hmmm",
# "Yaaay"), folded. Not "oh" (Ohio's code), "ok" (Oklahoma's), "bravo" (a television channel) or
# "hello" (a magazine).
INTERJECTION_RE: Final[re.Pattern[str]] = re.compile(
    r"a+r+g+h+|u+g+h+|w+o+w+|o+o+p+s+|w+h+o+a+|y+i+k+e+s+|o+u+c+h+|h+m+|p+h+e+w+|y+a+y+|"
    r"m+e+h+|d+u+h+|a+h+a+|g+o+s+h+|j+e+e+z+|g+e+e+z+|o+o+f+|y+e+a+h+|y+e+p+|n+o+p+e+|n+a+h+|"
    r"w+e+l+p+|a+l+a+s+|h+o+o+r+a+y+|w+h+o+o+p+s+|e+e+k+|b+l+a+h+"
)
# A state's bodies named by the role they play, alone ("the Opposition", "the Administration",
# "the Judiciary"), folded: a description with house style's capital, as "the Government" is
# (`rules.GENERIC_NAME_HEADS`). A longer name holding one stays ("Opposition Alliance").
ROLE_BODY_WORDS: Final[frozenset[str]] = frozenset(
    {"opposition", "administration", "judiciary", "establishment"}
)
