"""A person written once with a middle name and again without it ("Abhay Singh Chautala" ...
"Abhay Chautala", "John M. Ford" ... "John Ford") is one person.

Why: the two forms become two people, and the surname or first name alone, matching both, is
then linked to neither. A two-word name is pointed at the one longer name of the article with
the same first and last words; two such longer names ("George H. W. Bush", "George W. Bush")
leave it as it is.
"""

from __future__ import annotations

from tasks import entity_rules as rules
from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention


def link_names_without_middle(mentions: list[Mention]) -> None:
    """Point each two-word person at the one longer person with its first and last words."""
    longer: dict[tuple[str, str], dict[str, Mention]] = {}
    for m in mentions:
        parts = m.target.split()
        if len(parts) >= 3 and parts[-1] not in rules.NAME_SUFFIXES and final_type(m) == "PERSON":
            longer.setdefault((parts[0], parts[-1]), {}).setdefault(m.target, m)
    if not longer:
        return
    for m in mentions:
        parts = m.target.split()
        if len(parts) != 2 or m.entity is not None or final_type(m) != "PERSON":
            continue
        match = longer.get((parts[0], parts[1]), {})
        if len(match) == 1:
            person = next(iter(match.values()))
            m.target, m.entity, m.type = person.target, person.entity, "PERSON"
