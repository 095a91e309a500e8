"""Tables of the departments a person's role names ("Head of Fundamental Research at Kotak
Securities"). Data only; the logic is `tasks.entities.departments`."""

from __future__ import annotations

import re
from typing import Final

# A role that names the department it heads, ending right before the department's name: "Head
# of", "vice president of", "General Manager of the", "Professor of". Its own list, not the
# titles before a name (seeds/entity_titles.txt: "Head", "Dean", "Lead", "Editor" are not
# there, and most of its titles, "Mr", "Judge", "Minister", head no unit inside an employer)
# nor a company's roles (`lowercase_companies._ROLES`: "founder of" names the company itself).
ROLE_OF_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:[Hh]ead|[Dd]irector|[Cc]hief|[Vv]ice[ \t]+[Pp]resident|S?E?VP|[Mm]anager|"
    r"[Pp]rofessor|[Dd]ean|[Ll]ead|[Ee]ditor|[Oo]fficer|[Ss]pecialist)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?\Z"
)
# How far before a span such a role may start.
ROLE_OF_WINDOW: Final[int] = 40
# After the department: more of its capitalised words, then the employer it belongs to ("...
# Research at Kotak Securities", "... Solutions for Ascom").
EMPLOYER_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<rest>(?:[ \t]+[A-Z][\w&'’-]*)*)[ \t]*,?[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?[A-Z]"
)
# Last words of an establishment with a name of its own, which a role may head inside an
# employer and which stays an organization ("director of the Center for Environmental Politics
# at the University of Washington").
ESTABLISHMENT_HEADS: Final[frozenset[str]] = frozenset(
    {
        "center", "centre", "institute", "school", "college", "university", "laboratory", "lab",
        "laboratories", "foundation", "hospital", "museum", "library", "clinic", "academy",
        "observatory", "gallery",
    }
)  # fmt: skip
