"""Tables for the short forms of an institution's last words ("Phoenix PD" for "Phoenix Police
Department"). Data only; the logic is `tasks.entities.short_heads`."""

from __future__ import annotations

from typing import Final

# Folded last word(s) of a short form -> the folded words they stand for. Local news names a
# police or fire department in full once and by its initials after ("Fort Worth PD").
SHORT_HEADS: Final[dict[str, str]] = {
    "pd": "police department",
    "fd": "fire department",
    "dept": "department",
}
