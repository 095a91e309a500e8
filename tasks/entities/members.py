"""Words for a group's members, not the group: a party's members in the plural ("Senate
Republicans", "the Tories") and a family by its name in the plural ("the Bidens", "the
Obamas"): no entity.

Why: the alias table knows "Republicans" as a name of the Republican Party and the model reads
"the Bidens" as a place or a person, but labelled news copy counts neither, as it counts no
nationality; the party's or the person's own name stays. A family's plural is dropped only
where the article names a person of that family, and never when it is itself the surname of
someone the article names ("Williams" beside "Serena Williams").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.aliases import AliasTable
from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention, Span
from tasks.entity_rules import members as rules
from tasks.names import fold


def _surnames(mentions: list[Mention]) -> set[str]:
    """The last words of the people the article names in full."""
    return {m.target.split()[-1] for m in mentions if final_type(m) == "PERSON" and " " in m.target}


def _family_plural(m: Mention, surnames: set[str]) -> bool:
    """A one-word plural whose stem is a named person's surname and which names no one."""
    if " " in m.target or m.target in surnames:
        return False
    return any(
        m.target.endswith(end) and m.target[: -len(end)] in surnames
        for end in rules.FAMILY_PLURAL_ENDINGS
    )


def without_members(mentions: list[Mention]) -> list[Mention]:
    """The mentions left once the plurals of parties' members and of families are dropped."""
    surnames = _surnames(mentions)
    return [
        m
        for m in mentions
        if m.key not in rules.MEMBERS_NO_ENTITY and not _family_plural(m, surnames)
    ]


def member_place_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with a place or a body the table knows cut from the members' plural
    after it ("Virginia Democrats" is Virginia, "Senate Republicans" the Senate), unless the
    whole span is a name the table knows ("Sweden Democrats")."""
    result = []
    for surface, label, start, end in spans:
        head, _, last = surface.rstrip().rpartition(" ")
        known = table.get(fold(head)) if head else None
        if fold(last) in rules.MEMBERS_NO_ENTITY and known and table.get(fold(surface)) is None:
            label = "GPE" if known.type == "LOC" else "ORG"
            surface, end = head, start + len(head)
        result.append((surface, label, start, end))
    return result
