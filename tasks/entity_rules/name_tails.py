"""Where a person's name the model cut short goes on (`entities.name_tails`)."""

from __future__ import annotations

import re
from typing import Final

# One capitalised word right after a two-word person's name, itself followed by a comma or a
# verb of speech ("Maria Corina" + "Machado, who", "Sri Mulyani" + "Indrawati told"): Spanish
# and Portuguese double names and Indonesian names run to three words, and the model often
# stops after the second. Only the comma and speech verbs close the name: a lowercase noun after
# the word ("Taylor Swift Eras tour") makes it a title's word, not a name's.
NAME_TAIL_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]([A-Z][a-z\u00df-\u00ff]+)"
    r"(?=,|[ \t]+(?:said|says|told|tells|added|adds|who|whose)\b)"
)
