"""The calendar of sport and the trades written like names: competitions ("the Europa
League"), their stages and groupings ("Group A", "the Wild Card Round", "the West Region
final"), the titles they award ("Premier League Player of the Month"), events named with their
year ("CES 2026", and "CES" alone beside it) and named operations ("Operation Warp Speed").

Why: previews, results and trade-show copy write these with capitals and the model tags them
organizations, places or people; the label files count no event, programme or award. The
bodies that run them speak under their own names ("UEFA said", "the NCAA"), which no rule here
reads. Tables: `tasks.entity_rules.competitions`.
"""

from __future__ import annotations

from collections.abc import Iterator

from tasks.entity_rules import competitions as rules
from tasks.names import fold


def competition_phrases(text: str) -> Iterator[tuple[int, int]]:
    """Where the text writes a competition's stage by its letter or number ("Group A", "Round of
    16", "Week 12") or a title it awards ("Player of the Month" with its qualifiers)."""
    for pattern in (rules.STAGE_PHRASE_RE, rules.AWARD_TITLE_RE):
        for found in pattern.finditer(text):
            yield found.span()


def year_event_names(text: str) -> frozenset[str]:
    """Folded names the text writes with an event's year after them ("CES 2026")."""
    names = set()
    for found in rules.YEAR_EVENT_RE.finditer(text):
        before = text[max(0, found.start() - rules.COPYRIGHT_LOOKBEHIND) : found.start()].lower()
        if "©" not in before and "copyright" not in before:
            names.add(fold(found["name"]))
    return frozenset(name for name in names if name)


def names_a_competition(text: str, key: str, end: int) -> bool:
    """Is the mention (folded `key`, ending at `end`) a competition by its name ("Champions
    League"), a stage by its last word ("Wild Card Round"), a grouping before a word of the
    standings ("West Region" + " final") or an operation ("Operation Pyramid")?"""
    if key in rules.COMPETITION_NAMES:
        return True
    parts = key.split()
    if len(parts) < 2:
        return False
    return (
        parts[-1] in rules.STAGE_HEADS
        or parts[0] in rules.OPERATION_PREFIXES
        or (parts[-1] in rules.GROUPING_HEADS and rules.STAGE_AFTER_RE.match(text, end) is not None)
    )
