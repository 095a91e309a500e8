"""The degrees and professional letters written after a person's name ("Michael Shadlen, Ph.D.,
of Columbia", "Ana Reis, MD, PhD", "Omar Said, Esq."), for the no-entity phrases of
`tasks.entities.merge`. Data only.

Why: a degree is no person, organization or place, but the model reads its letters as a place
("Ph.D.", "M.D.") or a body ("D.Phil"); press releases and science news credit every expert so.
Written with its full stops a degree is one wherever it stands ("a Ph.D. in chemistry"); in
capitals without them only after a name and its comma, and never the letters a US state's code
also has ("Silver Spring, MD", "Boston, MA").
"""

from __future__ import annotations

import re
from typing import Final

# Degrees written with full stops: none of these is anything else.
DOTTED_DEGREES: Final[tuple[str, ...]] = (
    "Ph.D.", "M.D.", "J.D.", "D.Phil.", "D.D.S.", "D.M.D.", "D.V.M.", "R.N.", "M.B.A.", "M.P.H.",
    "LL.M.", "LL.B.", "Ed.D.", "Psy.D.", "Pharm.D.", "M.Sc.", "B.Sc.", "M.Phil.", "M.F.A.",
)  # fmt: skip
# Degrees and professional letters written without full stops, after a name and a comma (not
# "MD", "MA", "MS", "PA", "DC": states' codes).
UNDOTTED_POSTNOMINALS: Final[tuple[str, ...]] = (
    "PhD", "DPhil", "MPhil", "MBA", "MPH", "JD", "DDS", "DMD", "DVM", "RN", "PsyD", "EdD",
    "PharmD", "MSc", "BSc", "MSN", "BSN", "DNP", "LCSW", "FRCP", "FRCS", "FRS", "FRSE", "CPA",
    "CFA", "Esq",
)  # fmt: skip

POSTNOMINAL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in DOTTED_DEGREES) + r")"
    r"|(?<=,)[ \t]+(?:" + "|".join(UNDOTTED_POSTNOMINALS) + r")\.?(?![\w.-])"
)
