"""Towns written with their state ("Gladstone, NJ", "McAllen, Texas"), as a base ("a Sugar
Land-based provider") or in capitals in a dateline ("MONZA, Italy —", "LAHORE:"), where the
model may also run the place into the story's first words ("JOHANNESBURG - Eskom").

Why: US news places a small town by its state, and the small model reads the town as a product,
a person or an organization, or not at all, and the state abbreviation as an organization; a
place glued to "-based" it does not see at all. The form itself says they are places, so the
model's spans are corrected there before anything reads them; the state is found by the scanner
(`scanner.scan_party_states`). The patterns are data in `tasks.entity_rules`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Span, SpanIndex
from tasks.names import fold

# Words a town's name does not begin with: "the", "in" before it, or a word that names no one.
_NOT_TOWN_START = rules.TITLE_CASE_MINOR_WORDS | rules.NOT_NAME_WORDS


@functools.lru_cache(maxsize=4)
def _body_start(text: str) -> int:
    """Where the first blank line, the title's end, starts (-1 without one). Asked once per
    place mention, it is looked for once per text (a string keeps its hash, and the cache
    finds the same string by identity): a scan per mention of a text without a blank line
    was quadratic."""
    return text.find("\n\n")


def _dateline_place(text: str) -> list[re.Match[str]]:
    """The place of a dateline in capitals opening the body ("MONZA, Italy —"), if any."""
    body = _body_start(text)
    if body < 0:
        return []
    found = rules.DATELINE_PLACE_RE.match(text, body + 2)
    if found is None or not set(fold(found["city"]).split()).isdisjoint(rules.NOT_DATELINE_WORDS):
        return []
    return [found]


def opens_as_dateline(text: str, start: int, end: int) -> bool:
    """Does the mention open the body as its dateline's place ("CLEVELAND (AP) —", "Toronto
    —")? That is where the story was filed: a city, never its team."""
    body = _body_start(text)
    return (
        body >= 0 and start == body + 2 and rules.DATELINE_PLACE_END_RE.match(text, end) is not None
    )


def means_the_city(text: str, start: int, end: int) -> bool:
    """Is a team's place written as the city here: after a preposition of place ("in Cleveland",
    `rules.PLACE_PREPOSITION_BEFORE_RE`) or as the dateline's place ("CLEVELAND (AP) —")?"""
    window = max(0, start - rules.PLACE_PREPOSITION_WINDOW)
    return rules.PLACE_PREPOSITION_BEFORE_RE.search(
        text, window, start
    ) is not None or opens_as_dateline(text, start, end)


def _towns(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each town written before its state or "-based", or in a dateline,
    without leading minor words."""
    found_all = [
        *rules.CITY_STATE_RE.finditer(text),
        *rules.PLACE_BASED_RE.finditer(text),
        *_dateline_place(text),
    ]
    for found in sorted(found_all, key=lambda f: f.start()):
        start, end = found.span("city")
        while start < end:
            first = text[start:end].split(" ", 1)[0]
            if fold(first) not in _NOT_TOWN_START:
                break
            rest = text.find(" ", start, end)
            start = end if rest < 0 else rest + 1
        if start < end:
            yield start, end


def town_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each town before its state or "-based" made a place: a span of the
    town that the form overrules becomes GPE, a missing one is added; a span running from a
    dateline's place into the story is cut at the dateline's separator, and one running over a
    preposition into the town ("Oracle in Abilene") before the preposition; any other span
    crossing the town is left."""
    index = SpanIndex(text, spans)
    result = list(spans)
    datelines = {found.span("city") for found in _dateline_place(text)}
    cuts: dict[int, list[Span]] = {}
    for start, end in _towns(text):
        overlapping = index.overlapping(start, end)
        if not overlapping:
            result.append((text[start:end], "GPE", start, end))
            continue
        if len(overlapping) > 1:
            continue
        (i,) = overlapping
        span, where = spans[i], index.located[i]
        if where == (start, end) and span[1] in rules.CITY_OVERRULED_LABELS:
            result[i] = (span[0], "GPE", span[2], span[3])
        elif where is not None and (start, end) in datelines:
            cuts[i] = _cut_at_dateline(text, span, where, start, end)
        elif where is not None and where[1] == end and where[0] < start:
            cuts[i] = _cut_before_preposition(text, span, where, start, end)
    whole = [piece for i, span in enumerate(result) for piece in cuts.get(i, [span])]
    return sorted(whole, key=lambda s: (s[2], s[3]))


def _cut_before_preposition(
    text: str, span: Span, where: tuple[int, int], start: int, end: int
) -> list[Span]:
    """A span that runs over a preposition of place into the town ("Oracle in Abilene" of
    "Oracle in Abilene, Texas"): the name before the preposition with the model's label, and
    the town. Any other span ending with the town ("Bank of Abilene") is left."""
    before = rules.TOWN_PREPOSITION_BEFORE_RE.search(text, where[0], start)
    if before is None or before.start() <= where[0]:
        return [span]
    name = text[where[0] : before.start()]
    return [(name, span[1], where[0], before.start()), (text[start:end], "GPE", start, end)]


def _cut_at_dateline(
    text: str, span: Span, where: tuple[int, int], start: int, end: int
) -> list[Span]:
    """A span that runs from a dateline's place on into the story ("JOHANNESBURG - Eskom"):
    the place, and the story's words after the separator with the model's label. Any other
    span crossing the place is left as the model read it."""
    separator = rules.DATELINE_SEPARATOR_RE.match(text, end)
    if where[0] != start or separator is None or where[1] <= separator.end():
        return [span]
    rest = separator.end()
    return [(text[start:end], "GPE", start, end), (text[rest : where[1]], span[1], rest, where[1])]
