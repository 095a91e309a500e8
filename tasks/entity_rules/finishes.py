"""Patterns of the colours and finishes product copy names a device or a car in ("comes in
Obsidian, Porcelain and Rose Quartz", "in Midnight Blue"). Data only; the logic is
`tasks.entities.finishes`.

Why: reviews, deals posts and launch news write a product's colours in capitals, as makers
name them, and the model reads them as organizations, people or places ("Mint Green",
"Glacier White", "Hazel"). A colour is no entity.
"""

from __future__ import annotations

import re
from typing import Final

# The last word of a colour's name, folded ("Midnight Blue", "Space Gray"; "Rose Quartz" is
# none: only the list it stands in says it is a colour). Not "rose" or "sand", which people's
# and places' names end with as often.
COLOUR_WORDS: Final[frozenset[str]] = frozenset(
    {
        "black", "white", "gray", "grey", "silver", "gold", "blue", "red", "pink", "purple",
        "violet", "yellow", "orange", "beige", "bronze", "copper", "graphite", "charcoal",
        "titanium", "teal", "lavender", "ivory", "green",
    }
)  # fmt: skip
# Colour words that end places' names as often as colours' ("Bethnal Green", "Golders
# Green"): a colour only inside a list of colours.
PLACE_COLOUR_WORDS: Final[frozenset[str]] = frozenset({"green"})

# A verb of a product's finish, or a colours' noun, right before a list of capitalised names:
# "comes in Obsidian, Porcelain and Hazel", "available in Black or Sage Green", "three
# colours: Charcoal, Sand and Glacier White", "finishes such as Graphite". After "comes in"
# and a colours' noun a list of two names or more is of colours whatever its words; after
# "available in", "offered in", "sold in" it may be of markets ("available in Britain and
# France"), and one name after "comes in" may be a place, so there a colour word must end one
# of its names.
FINISH_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:(?P<strong>(?:comes?|came|coming|arrives?)[ \t]+in"
    r"|(?:[Cc]olou?r(?:s|ways?)?|[Ff]inishes|[Ss]hades|[Hh]ues)(?:[ \t]*:|[ \t]+(?:such[ \t]+as"
    r"|like|including|of|in)))"
    r"|(?P<weak>(?:available|offered|sold|ships?|shipping|launch(?:es|ed)?|priced)[ \t]+in))"
    r"[ \t]+(?:either[ \t]+|a[ \t]+choice[ \t]+of[ \t]+)?(?=[A-Z])"
)
# One name of a list and what joins it to the next ("Obsidian, ", "Sage Green or "), then the
# last name: up to three capitalised words each.
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
FINISH_LIST_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_NAME}(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))*{_NAME}"
)
NAME_RE: Final[re.Pattern[str]] = re.compile(_NAME)
# "in" right before a colour's name of two or three words ("in Midnight Blue", "The GT-Line
# in Pebble Gray"), or the finish's noun after it ("the Midnight Blue finish").
IN_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w-])in[ \t]+\Z")
FINISH_NOUN_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:finish|colou?r(?:way)?|paint(?:work|job)?|shade|option|model|version)s?\b"
)
