"""Tables of names written surname first, as court dockets, police logs and rolls write them:
"Delgado, Ramon J., 46, of Lawrence", "Commonwealth v. Bishop, Terrence L.", "Nguyen, Thanh
Huong, 29, of Quincy". Data only; the logic is `tasks.entities.inverted_names`.
"""

from __future__ import annotations

import re
from typing import Final

_WORD = r"[^\W\d_][\w'’-]*"
# A surname, a comma, then one or two given names and an initial or two, ending where such
# lists end the name: the initial's full stop before a comma or semicolon, or an age in commas
# ("Ramon J.,", "Thanh Huong, 29,").
INVERTED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w.'’-])(?P<surname>{_WORD}),[ \t]"
    rf"(?P<given>{_WORD}(?:[ \t]{_WORD})?(?:[ \t][A-Z]\.){{0,2}})"
    r"(?=(?<=[A-Z]\.)[,;]|,[ \t]\d{1,3}[,;)])"
)
# The model's labels a surname before given names without an initial may carry and still be
# one: a person's or none. A place or an organization before the comma ("Ferrari, Lewis
# Hamilton, 40") is an item of its own.
SURNAME_LABELS: Final[frozenset[str]] = frozenset({"PERSON"})
