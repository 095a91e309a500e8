"""Tables of `tasks.entities.credit_roles`: the roles a story's credit line names before "by"
("Reporting by ...; Writing by ...; Editing by ..."). Data only."""

from __future__ import annotations

import re
from typing import Final

# A role of a credit, written alone before "by" and a capitalised name: wire copy's closing
# line ("Additional reporting by", "Writing by", "Editing by", "Compiled by"), a feature's
# credits ("Graphics by", "Illustration by", "Photography by", "Translation by"). The role is
# no name; the model reads a capitalised gerund before a name ("Writing" + "Sarah Morland") as
# a person.
CREDIT_ROLE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:Additional|Further|Extra|Wire|Video|Data)?\s*"
    r"(?:Reporting|Writing|Editing|Compiled|Compiling|Graphics|Illustrations?|Photography"
    r"|Photos?|Research|Translation|Translated|Fact-checking|Production|Produced|Design"
    r"|Designed|Edited|Written|Reported|Interviews?|Words|Text|Video|Sub-editing)",
    re.IGNORECASE,
)
# What must follow the role: "by" and a capitalised name.
BY_NAME_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+by[ \t]+[A-Z]")
