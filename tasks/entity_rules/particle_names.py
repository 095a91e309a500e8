"""Tables of surnames written after a particle ("Robert van den Heuvel", "Dafydd ap Gwilym",
"Sebastián Ortega y Gasset", "Jean-Claude Mukendi wa Kabongo"), for
`tasks.entities.particle_names`. Data only.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import SURNAME_PARTICLES

# The particles a surname is written after: those of `SURNAME_PARTICLES` and the Spanish "y"
# between two surnames.
PARTICLES: Final[frozenset[str]] = SURNAME_PARTICLES | {"y"}
# Particles that are also a conjunction in another language's name lists ("Pedro y Pablo"):
# a surname after them is taken in only when the model did not read it as a person of its own.
CONJUNCTIONS: Final[frozenset[str]] = frozenset({"y"})
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
# After a person's span: one or two particles, then the surname's capitalised word (letters,
# inner hyphens and apostrophes); after a span that ends with a particle itself ("Robert van"),
# none or one more.
SURNAME_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<particles>(?:[ \t]+{_PARTICLE}){{1,2}})[ \t]+"
    r"(?P<surname>[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)(?![\w'’-])"
)
SURNAME_AFTER_PARTICLE_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<particles>(?:[ \t]+{_PARTICLE})?)[ \t]+"
    r"(?P<surname>[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)(?![\w'’-])"
)
