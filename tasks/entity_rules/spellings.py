"""Tables of transliteration: name endings that differ only by the system a publisher uses to
write a foreign name in Latin letters. Data only; the logic is `tasks.entities.spellings`.

"Zelenskiy" (Reuters), "Zelenskyy" (AP since 2022, Ukraine's own) and "Zelensky" (BBC, NYT);
"Dmitriy", "Dmitrij", "Dmitrii" and "Dmitry": the same Cyrillic "-ий"/"-ый" ending. Only after
three letters or more, so short given names ("Nii", "Ii") are not read as an ending.
"""

from __future__ import annotations

import re
from typing import Final

TRANSLITERATED_ENDING_RE: Final[re.Pattern[str]] = re.compile(r"(?<=[a-z]{3})(?:iy|yy|ij|ii)$")
# How the ending is written when names are compared, and the other ways the alias table may
# hold it.
ENDING_WRITTEN_AS: Final[str] = "y"
OTHER_ENDINGS: Final[tuple[str, ...]] = ("iy", "yy")
