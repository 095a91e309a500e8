"""Tables of `tasks.entities.photo_credits`: a photo's credit, its photographer and agency
joined by a slash ("AP Photo/Martin Mejia", "Ethan Miller/Getty Images"). Data only."""

from __future__ import annotations

import re
from typing import Final

# One side of a credit: one to four capitalised words (an agency in capitals, "REUTERS",
# "EPA-EFE"; "The Guardian"), single spaces between them.
_PART = r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&.-]*){0,3}"
# A credit: after a caption's label and colon ("Photo:", "Photograph:", "Image:", "Picture:",
# "Credit:"), an opening bracket, a line's start or a sentence's end (a caption's last words,
# "... on Tuesday. REUTERS/Jane Okoro"), two sides joined by a slash, closed by a bracket, a
# stop, a semicolon or the line's end. A slash in prose ("the Verizon/AT&T deal") has neither.
# A pool or handout photograph names its agency after "Pool via" ("Julien De Rosa/Pool via
# REUTERS"): the agency is the side after it.
CREDIT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:Photo(?:graph)?s?|Images?|Pictures?|Credit)[ \t]*:[ \t]*|\(|^|(?<=[.!?] ))"
    rf"(?P<first>{_PART})[ \t]?/[ \t]?(?:(?:Pool|Handout)[ \t]+via[ \t]+)?"
    rf"(?P<second>{_PART})(?=[ \t]*(?:[).;]|$))",
    re.MULTILINE,
)
# A side that is the agency: written in capitals ("AP Photo", "REUTERS"), headed by "The",
# or ending with a word agencies' names end with ("Getty Images", "Press Association",
# "Sipa Press"). A caption's "Photo" after the agency is no part of its name ("AP Photo" is
# the AP's).
AGENCY_PART_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z]{2,}(?:-[A-Z]{2,})?(?: Photos?)?|The [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*"
    r"|.+ (?:Images|Pictures|Photos?|Press|Association|Agency|News|Stock))"
)
AGENCY_PHOTO_TAIL_RE: Final[re.Pattern[str]] = re.compile(r" Photos?\Z")
# A side that is the photographer: two or three capitalised words, not all in capitals.
PHOTOGRAPHER_RE: Final[re.Pattern[str]] = re.compile(
    r"[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’.-]*)?(?: [A-Z][a-z][\w'’-]*)"
)
