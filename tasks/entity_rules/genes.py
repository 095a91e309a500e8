"""Tables of `tasks.entities.genes`: symbols of genes, proteins and scans written in capitals
("SERPINA9", "BRCA1", "IL-33", "CT") with the noun that says what they are."""

from __future__ import annotations

import re
from typing import Final

# A symbol: a capital, then capitals and digits, perhaps a hyphen and a number ("IL-33",
# "HLA-B27"); a few characters, as gene and protein symbols are.
_SYMBOL = r"(?P<symbol>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)"
# Nouns of what such a symbol names, lowercase: a gene, its product or a change in it, and the
# scans medicine names by letters. Not "variant" ("the UK variant" names a place), nor "test"
# ("an NHS test centre"), nor a noun going on to another ("a gene therapy", "protein shakes").
SYMBOL_NOUNS: Final[tuple[str, ...]] = (
    "genes?", "proteins?", "enzymes?", "receptors?", "mutations?", "alleles?", "antigens?",
    "scans?", "scanners?",
)  # fmt: skip
_NOUN = r"(?:" + "|".join(SYMBOL_NOUNS) + r")(?![\w-])(?![ \t]+(?:therap|edit|sequenc|test))"
SYMBOL_BEFORE_NOUN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’.-])" + _SYMBOL + r"[ \t]+" + _NOUN
)
# The noun first and a naming verb ("a gene called SERPINA9", "a protein known as IL-33").
NOUN_CALLED_SYMBOL_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])(?:gene|protein|enzyme|receptor|antigen)s?,?[ \t]+"
    r"(?:called|named|dubbed|known[ \t]+as)[ \t]+" + _SYMBOL + r"(?![\w-])"
)
