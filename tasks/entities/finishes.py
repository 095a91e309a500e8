"""The colours and finishes product copy names a device or a car in ("comes in Obsidian,
Porcelain and Rose Quartz", "in Midnight Blue", "the Glacier White finish"): no entities.

Why: reviews, deals posts and launch news write colours in capitals, as makers name them, and
the model reads them as organizations, people or places; a colour is no entity. The cues are
how the copy writes them (tables in `tasks.entity_rules.finishes`): a list of two names or more
right after "comes in" or a colours' noun; after "available in" and the like, or for a single
name, a list one of whose names ends with a colour word (markets are listed there too); a name
of two or three words ending with a colour word after "in" or before a finish's noun. Only
names the alias table does not know (the caller checks), and a colour's name read as a person
is left to a list's cue ("in Jack White").
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Sequence

from tasks.entity_rules import finishes as rules
from tasks.names import fold


def colour_lists(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's lists of colours stand, sorted: the names a finish's cue opens, when
    they are two or more after a strong cue ("comes in Obsidian and Hazel") or a colour word
    ends one of them ("available in Black or Sage", "comes in Charcoal"). One name after
    "comes in" may be a place ("The vote comes in Tarvik after ..."). Found once per text: the
    cue is rare, a mention's window searched for it each time costs more."""
    lists = []
    for cue in rules.FINISH_CUE_RE.finditer(text):
        listed = rules.FINISH_LIST_RE.match(text, cue.end())
        if listed is None:
            continue
        names = [fold(n.group()).split() for n in rules.NAME_RE.finditer(listed.group())]
        coloured = any(name and name[-1] in rules.COLOUR_WORDS for name in names)
        if coloured or (cue["strong"] is not None and len(names) > 1):
            lists.append((cue.end(), listed.end()))
    return tuple(lists)


def names_a_finish(
    text: str, start: int, end: int, key: str, person: bool, lists: Sequence[tuple[int, int]]
) -> bool:
    """Is the name at text[start:end] (folded `key`; `person` if the model reads a person)
    a product's colour? `lists` are the text's lists of colours (`colour_lists`)."""
    last = bisect_right(lists, (start, sys.maxsize)) - 1
    listed = last >= 0 and lists[last][0] <= start and end <= lists[last][1]
    return listed or (not person and _colour_name(key) and _finish_place(text, start, end))


def _colour_name(key: str) -> bool:
    """A name of two or three words ending with a colour word that ends no place's name."""
    parts = key.split()
    return 1 < len(parts) <= 3 and (
        parts[-1] in rules.COLOUR_WORDS and parts[-1] not in rules.PLACE_COLOUR_WORDS
    )


def _finish_place(text: str, start: int, end: int) -> bool:
    """Written after "in" or before a finish's noun ("in Midnight Blue", "the Mint Green
    model")?"""
    return (
        rules.IN_BEFORE_RE.search(text, max(0, start - 8), start) is not None
        or rules.FINISH_NOUN_AFTER_RE.match(text, end) is not None
    )
