"""An envoy's or a minister's holder the model runs into the place of the office ("special
envoy for Ukraine Kurt Volker", "ambassador to Chile Ana Ruiz"): the place, then a person.

Why: American copy writes the office, "for"/"to"/"of" its country, then the holder's name with
no comma; the model reads one organization, and both the country and the person are lost
(the surname alone then links to that organization). After a title and the preposition
(`titles`), a span that opens with a place the table knows and goes on with a full name of two
or three capitalised words is the place and the holder. A head word in the rest ("chairman of
the Dubai Logistics Association") makes it a body's name. `holders` does the same where a head
word ("Province", "Assembly") ends the place or body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span
from tasks.entities.roles import title_alternation
from tasks.names import fold

# How far before the preposition a title may end ("envoy for", "ambassador to").
TITLE_WINDOW = 40
# How many words a holder's name has after the place.
NAME_WORDS = (2, 3)


@functools.lru_cache(maxsize=8)
def _after_title_re(titles: tuple[str, ...]) -> re.Pattern[str]:
    alt = title_alternation(titles)
    return re.compile(rf"(?i:(?<!\w)(?:{alt}))\s+(?:for|to|of)\s+(?:the\s+)?\Z")


def name_starts(words: int) -> range:
    """The words of a span of `words` words where the holder's name may start: its last two or
    three, after at least one word of place (a long span is not read once per word)."""
    return range(max(1, words - NAME_WORDS[1]), max(1, words - NAME_WORDS[0] + 1))


def _cut(surface: str, table: AliasTable) -> int | None:
    """Where the holder's name starts in the span, if a known place opens it."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", surface)]
    for i in name_starts(len(words)):
        name = [w for _, w in words[i:]]
        place = table.get(fold(surface[: words[i][0]]))
        person = all(w[:1].isupper() and w.isalpha() for w in name)
        if (
            place
            and place.type == "LOC"
            and person
            and rules.NAME_HEADS.isdisjoint(map(fold, name))
        ):
            return words[i][0]
    return None


def place_holder_spans(
    text: str, spans: Sequence[Span], table: AliasTable, titles: Sequence[str]
) -> list[Span]:
    """The model's spans, each office's place run into its holder's name cut in two: the
    place, and the holder as a person."""
    after_title = _after_title_re(tuple(titles))
    result: list[Span] = []
    for surface, label, start, end in spans:
        cut = _cut(surface, table) if label != "PERSON" else None
        if cut is None or not after_title.search(text, max(0, start - TITLE_WINDOW), start):
            result.append((surface, label, start, end))
            continue
        place = surface[:cut].rstrip()
        result.append((place, "GPE", start, start + len(place)))
        result.append((surface[cut:], "PERSON", start + cut, end))
    return result
