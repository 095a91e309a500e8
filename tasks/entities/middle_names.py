"""A person written once with a middle name and again without it ("Abhay Singh Chautala" ...
"Abhay Chautala", "John M. Ford" ... "John Ford") is one person; so is one written with
initials for given names the article also writes in full ("M. A. Wilde" ... "Margaret Ann
Wilde", "John M. Ford" ... "John Milo Ford").

Why: the two forms become two people, and the surname or first name alone, matching both, is
then linked to neither. A two-word name is pointed at the one longer name of the article with
the same first and last words; two such longer names ("George H. W. Bush", "George W. Bush")
leave it as it is. A name with initials is pointed at the one person with as many words, the
same surname and given names that the initials open.
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
    _link_initials(mentions)


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Are the words of `short` those of `full` with some given names cut to initials?"""
    pairs = list(zip(short[:-1], full[:-1], strict=True))
    return any(a != b for a, b in pairs) and all(
        a == b or (len(a) == 1 and b.startswith(a)) for a, b in pairs
    )


def _link_initials(mentions: list[Mention]) -> None:
    """Point "M. A. Wilde" at the one person "Margaret Ann Wilde" of the article."""
    people = {m.target: m for m in mentions if final_type(m) == "PERSON" and " " in m.target}
    for m in mentions:
        parts = m.target.split()
        if m.entity is not None or final_type(m) != "PERSON" or all(len(p) > 1 for p in parts[:-1]):
            continue
        match = [
            person
            for key, person in people.items()
            if len(full := key.split()) == len(parts)
            and full[-1] == parts[-1]
            and _initials_of(parts, full)
        ]
        if len(match) == 1:
            m.target, m.entity, m.type = match[0].target, match[0].entity, "PERSON"
