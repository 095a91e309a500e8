"""The state honours that honours lists name beside people ("Officer of the Order of the British
Empire (OBE): Jennifer Lowther-Scott, 49, of Alnwick") and the decorations of veterans'
obituaries ("he earned a Bronze Star"), for the no-entity phrases of `tasks.entities.merge`.
Data only.

Why: an honour is no person, organization or place, but the model reads its letters ("OBE",
"MBE", "BEM") as organizations and its name ("Order of the British Empire") as a place or a
body; an honours list writes them once a grade, so an article about one named five entities
nobody labels.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules.spaced_names import spaced_alternation

# The honours' names, with the grades written before them ("Commander of the", "Dame Commander
# of the"); each is no entity, and no name inside one is.
HONOUR_NAMES: Final[tuple[str, ...]] = (
    "Order of the British Empire", "British Empire Medal", "Royal Victorian Order",
    "Order of the Bath", "Order of St Michael and St George", "Order of the Companions of Honour",
    "Order of Merit", "Distinguished Service Order", "Queen's Police Medal",
    "King's Police Medal", "Queen's Fire Service Medal", "King's Fire Service Medal",
    # the United States' military decorations, as obituaries of veterans name them
    "Medal of Honor", "Distinguished Service Cross", "Navy Cross", "Air Force Cross",
    "Silver Star", "Bronze Star", "Purple Heart", "Legion of Merit", "Distinguished Flying Cross",
    "Soldier's Medal", "Air Medal", "Combat Infantryman Badge",
)  # fmt: skip
HONOUR_GRADES: Final[tuple[str, ...]] = (
    "Knight Grand Cross", "Dame Grand Cross", "Knight Commander", "Dame Commander",
    "Commander", "Officer", "Member", "Companion", "Lieutenant",
)  # fmt: skip
# The honours' letters, in capitals as the lists write them; not those that are also a place's
# or a common abbreviation ("CH", "MC", "VC", "CB", "OM").
HONOUR_LETTERS: Final[tuple[str, ...]] = (
    "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "BEM", "KCMG", "GCMG", "CMG", "GCVO", "KCVO",
    "DCVO", "CVO", "LVO", "MVO", "KCB", "GCB", "DCB", "DSO", "QPM", "KPM", "QFSM", "KFSM",
)  # fmt: skip


_NAMES = spaced_alternation(HONOUR_NAMES)
_GRADES = spaced_alternation(HONOUR_GRADES)
# An honour's name, its grade before it or not, or its letters alone; with the article the
# model's span may hold ("a Purple Heart").
HONOUR_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w-])(?:(?:an?|the)[ \t]+)?(?:(?:(?:{_GRADES})[ \t]+of[ \t]+the[ \t]+)?(?:{_NAMES})"
    rf"|(?-i:{'|'.join(HONOUR_LETTERS)}))(?![\w-])",
    re.IGNORECASE,
)
