"""Patterns of a reference to a paper in the style medical and science writing uses (Vancouver):
"Ruskin KJ, Hueske-Kraus D. Alarm fatigue. Curr Opin Anaesthesiol. 2015;28:685-690", in a
reference list or in brackets in the prose ("(Marlowe T, Ishikawa R. J Clin Monit Comput.
2019;33:412-419)"), and a reference to a figure or a table ("see Fig. 1"). Data only; the logic
is `tasks.entities.citations` (figures: the no-entity phrases of `tasks.entities.merge`).

Why: the model reads such a reference as prose. It runs an author's initials into the title's
first word ("Crane S. Alarm"), types a surname a company ("Okafor-Lund") and reads the journal's
abbreviated title as an organization ("J Crit Care", "Crit Care Med"). The shape says what each
part is: the authors are people, each a surname and the initials of their given names, and the
journal's title and the paper's title are no entities.
"""

from __future__ import annotations

import re
from typing import Final

# An author: a surname of one or two capitalised words (inner hyphens and apostrophes), then the
# initials of the given names in capitals, without dots ("Okafor-Lund B", "Van Dyke JR").
_AUTHOR = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?[ ][A-Z]{1,3}(?![\w'’-])"
AUTHOR_RE: Final[re.Pattern[str]] = re.compile(_AUTHOR)
# The authors, perhaps "et al", a full stop; the paper's title if given; the journal's title of
# capitalised, abbreviated words and a full stop; the year, perhaps the month, and the ";" before
# the volume ("Crit Care Med. 2026;54", "Lancet. 2019 Mar 2;393"). Prose has no such run: a
# company with its legal form before a sentence ("Ostrava Metals AG. Its 2024 profit") is none.
# The authors are read from the first of a list only (no author starts after another's initials
# and a comma; a title may stand before the authors: "[1] Alarm fatigue, Ruskin KJ, ..."), and
# never given back one by one: a list's every author started a match that read the rest of the
# list again (work cubic in its length).
REFERENCE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’-])(?<![A-Z],[ ])(?P<authors>{_AUTHOR}(?:,[ ]{_AUTHOR})*+(?:,?[ ]et[ ]al)?)\."
    r"(?:[ ][^\n]{3,300}?[.?])??"
    r"[ ](?P<journal>[A-Z][\w&-]*(?:\.?[ ][A-Z][\w&-]*){0,6})\.[ ]"
    r"(?:19|20)\d\d(?:[ ][A-Z][a-z]{2}(?:[ ]\d{1,2})?)?;"
)
# A reference to one of the article's or the paper's figures and tables ("see Fig. 1 above",
# "Figs. 2 and 3", "Extended Data Fig. 4b", "Table 2"): the model reads "Fig" as a person. Only
# with its number: "Table Mountain" is a place.
FIGURE_REFERENCE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:(?:Extended[ \t]+Data|Supplementary)[ \t]+)?"
    r"(?:Figs?\.|Figures?|Tables?)[ \t]*\d{1,3}[a-z]?(?![\w-])"
)
