"""Fictional characters written with the actors who play them ("Ivy Roan (Mara Keel)", "Keel
plays Ivy Roan", "Roan is played by Mara Keel"): no entities; the actors stay people.

Why: film and television copy names its characters as it names people, and the model reads them
as people; the labels' convention is that a character is no entity. The cue is the cast's own
notation (`tasks.entity_rules.characters`): a character with its actor in brackets, a verb of
playing between the two, or a noun of a part before the character ("her role as Sydney Adamu",
"his character, Randall Bishop"). "plays" and "stars as" are read only in an article that also
writes a bracket or a "played by" cue: sport writes "Federer plays Nadal". A character's group goes
whole, its first name alone included ("Ruth" of "Ruth Aldane"), once one of its forms is cued;
a name that is also an actor's in the article stays. Only a name written twice or more goes:
reviews and recaps return to their characters, while an essay recalling a film's scene once may
name a real person played by an actor ("the Scottish hero William Wallace (Mel Gibson)"), a
person still; and a bracket giving another name of the same person or a relative ("James Rigney
(better known as Robert Jordan)", "(his wife Ann Lee)") names no actor.
"""

from __future__ import annotations

import re
from collections.abc import Set

from tasks import entity_rules
from tasks.entities.mentions import Mention
from tasks.entity_rules import characters as rules
from tasks.names import fold, fold_words


def _groups(mentions: list[Mention], unknown: Set[str]) -> tuple[dict[str, set[str]], set[str]]:
    """The folded forms of each group of the `unknown` ids (those the alias table does not
    know), by entity id, and the folded forms of the article's organizations and places."""
    groups: dict[str, set[str]] = {}
    others: set[str] = set()
    for m in mentions:
        if m.entity is None:
            continue
        if m.entity.entity_id in unknown:
            groups.setdefault(m.entity.entity_id, set()).add(m.key)
        if m.entity.type != "PERSON":
            others.add(m.key)
    return groups, others


def _actor(name: str, others: set[str]) -> bool:
    """Can a bracket's name be an actor's: no name the article gives a body or a place, and
    no last word of a body's or a credit's?"""
    key = fold(name)
    return key not in others and key.split()[-1] not in _NOT_ACTOR_WORDS


_NOT_ACTOR_WORDS = (
    entity_rules.ORG_SUFFIXES | entity_rules.GENERIC_NAME_HEADS | rules.NOT_ACTOR_LAST_WORDS
)


def _is_form(key: str, forms: set[str], name: str) -> bool:
    """Is `key`, or its end after a title ("nora quill" of "Detective Nora Quill"), one of a
    group's written forms; is the group a first name alone of such an end ("mair" of "Mair
    Hughes", read apart as a town); or is `key` the surname alone of the group's full name
    ("voss" of "Declan Voss", written by a cue where the model found no name)?"""
    parts = key.split()
    ends = {" ".join(parts[i:]) for i in range(len(parts))}
    first_names = {parts[i] for i in range(len(parts) - 1)}
    return (
        bool(ends & forms)
        or (len(forms) == 1 and bool(forms & first_names))
        or fold(name).split()[-1:] == parts[-1:] == [key]
    )


def _namings(text: str, mentions: list[Mention], entity_id: str, name: str) -> int:
    """How many times the text names a person: the places its written forms or its surname
    stand, one each however many forms overlap there ("Declan Voss" ... "Voss is played by":
    two)."""
    group = [m for m in mentions if m.entity is not None and m.entity.entity_id == entity_id]
    surfaces = {m.surface(text) for m in group} | {name.split()[-1]}
    found = sorted(
        (hit.start(), hit.end())
        for surface in surfaces
        for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    )
    count, end = 0, -1
    for start, stop in found:
        if start >= end:
            count, end = count + 1, stop
        else:
            end = max(end, stop)
    return count


def cast_cues(text: str, others: set[str]) -> tuple[set[str], set[str]]:
    """The folded names the article's cast cues make characters, and those its brackets make
    actors. `others` are the folded names of the article's bodies and places."""
    brackets = [
        m
        for m in rules.CAST_BRACKET_RE.finditer(text)
        if _actor(m["actor"], others)
        and not set(fold_words(m["described"] + m["actor"].split()[0])) & rules.NOT_CAST_WORDS
    ]
    listed = list(rules.CAST_LIST_LINE_RE.finditer(text))
    keys = {fold(m["character"]) for m in (*brackets, *listed)}
    keys |= {fold(m["character"]) for m in rules.PLAYED_BY_RE.finditer(text)}
    cast = bool(keys)
    keys |= {fold(m["character"]) for m in rules.PORTRAYS_RE.finditer(text)}
    keys |= {fold(m["character"]) for m in rules.ROLE_RE.finditer(text)}
    if cast:
        keys |= {fold(m["character"]) for m in rules.PLAYS_RE.finditer(text)}
    return keys, {fold(m["actor"]) for m in (*brackets, *listed)}


def without_characters(text: str, mentions: list[Mention], unknown: Set[str]) -> list[Mention]:
    """The mentions left once the groups the cast cues make characters are dropped, of the
    `unknown` ids only (a name the alias table knows is a real one), whatever type the model
    gave them (it reads "Bethan" as a town). Runs after the ids are given: a character's first
    name alone is in its group by then."""
    people, others = _groups(mentions, unknown)
    if not people:
        return mentions
    keys, actors = cast_cues(text, others)
    if not keys:
        return mentions
    names = {m.entity.entity_id: m.entity.name for m in mentions if m.entity is not None}
    kinds = {m.entity.entity_id: m.entity.type for m in mentions if m.entity is not None}
    # an actor the article names as a person: then a character the model read as a place or
    # a body goes too ("Bethan (Hannah Rees)", "Bethan" read as a town); else only people do,
    # and a venue's former name in brackets is no actor ("... Amphitheatre (Formerly ...)")
    cast = bool(actors & {k for i, forms in people.items() if kinds[i] == "PERSON" for k in forms})
    dropped = {
        entity_id
        for entity_id, forms in people.items()
        if (cast or kinds[entity_id] == "PERSON")
        and not forms & actors
        and any(_is_form(k, forms, names[entity_id]) for k in keys)
        and _namings(text, mentions, entity_id, names[entity_id]) >= rules.MIN_CHARACTER_NAMINGS
    }
    return [m for m in mentions if m.entity is None or m.entity.entity_id not in dropped]
