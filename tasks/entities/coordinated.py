"""Towns listed with a place ("Goma, Bukavu and Uvira", "between Kochi and Kottayam"): places.

Why: the small model reads a town it has not seen as a product, a nationality, a person or nothing
at all, above all the towns of Asia and Africa, while the place listed beside it it knows. Names
joined in one list are of one kind, so a list that holds a place the model or the alias table knows
makes the towns the gazetteer (GeoNames, through `tasks.datelines`) knows among its names places
too, and so does a preposition that says a place follows ("in Cork and Limerick",
`rules.PLACE_IN_BEFORE_RE`) before a list of towns only; a span the model ran over two towns after
"between" ("between Kochi and Kottayam") is cut in two; elsewhere it may be one ("Brighton and
Hove"). A listed name that is a person's first name or surname elsewhere in the article ("Jackson"
of "Andrew Jackson") is left as the model read it, and a list without any place the model or the
table knows is left alone ("Marks and Spencer"). The list form is data in `tasks.entity_rules`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span, SpanIndex
from tasks.names import fold


def _items(text: str) -> Iterator[list[tuple[int, int]]]:
    """The names of each list in the text, as (start, end)."""
    for found in rules.NAME_LIST_RE.finditer(text):
        start, items = found.start(), []
        for separator in rules.NAME_LIST_SEPARATOR_RE.finditer(text, found.start(), found.end()):
            items.append((start, separator.start()))
            start = separator.end()
        items.append((start, found.end()))
        yield items


def _town(name: str) -> bool:
    """Is the name a town of the gazetteer (its own name, `rules.LISTED_TOWN_MIN_POPULATION`
    people or more) or a country?"""
    places = gazetteer()
    if places.country(name) is not None:
        return True
    found = places.city_match(name)
    return (
        found is not None and found[1] and found[0].population >= rules.LISTED_TOWN_MIN_POPULATION
    )


def _person_words(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """The words of the persons the model names with more than one word."""
    return frozenset(
        word
        for surface, label, *_ in spans
        if label == "PERSON" and " " in surface.strip()
        for word in fold(surface).split()
    )


def listed_town_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with the towns of a list that holds a known place made places: a span
    of exactly the town becomes GPE, a missing one is added, a place span over two towns
    joined by "and" is cut in two; any other span crossing a town is left."""
    spans = list(_cut_joined_towns(text, spans, table))
    index = SpanIndex(text, spans)
    result = list(spans)
    added: list[Span] = []
    people = _person_words(text, spans)
    for items in _items(text):
        kinds = [_place_by_model_or_table(text, index, spans, table, a, b) for a, b in items]
        after_in = rules.PLACE_IN_BEFORE_RE.search(text, max(0, items[0][0] - 12), items[0][0])
        if not any(kinds) and not (after_in and all(_town(text[a:b]) for a, b in items)):
            continue
        for (start, end), known in zip(items, kinds, strict=True):
            name = text[start:end]
            if known or fold(name) in people or not _town(name):
                continue
            overlapping = index.overlapping(start, end)
            if not overlapping:
                added.append((name, "GPE", start, end))
            elif len(overlapping) == 1 and index.located[overlapping[0]] == (start, end):
                i = overlapping[0]
                if spans[i][1] in rules.CITY_OVERRULED_LABELS:
                    result[i] = (name, "GPE", start, end)
    return sorted([*result, *added], key=lambda s: (s[2], s[3]))


def _place_by_model_or_table(
    text: str, index: SpanIndex, spans: Sequence[Span], table: AliasTable, start: int, end: int
) -> bool:
    """Is the listed name a place the model tags as one, or the alias table knows as one?"""
    entry = table.get(fold(text[start:end]))
    if entry is not None:
        return entry.type == "LOC"
    return any(
        index.located[i] == (start, end) and spans[i][1] in rules.PLACE_LABELS
        for i in index.overlapping(start, end)
    )


def _cut_joined_towns(text: str, spans: Sequence[Span], table: AliasTable) -> Iterator[Span]:
    """Each span; a place span over two towns joined by "and" or "or" after "between" ("between
    Kochi and Kottayam"), not itself a name the table or the gazetteer knows ("Trinidad and
    Tobago"), as two."""
    for span in spans:
        surface, label, start, _ = span
        parts = rules.NAME_LIST_SEPARATOR_RE.split(surface)
        if (
            label not in rules.PLACE_LABELS
            or not rules.BETWEEN_BEFORE_RE.search(text, max(0, start - 10), start)
            or len(parts) != 2
            or table.get(fold(surface)) is not None
            or _town(surface)
            or not all(_town(p) for p in parts)
        ):
            yield span
            continue
        second = start + surface.rindex(parts[1])
        yield parts[0], label, start, start + len(parts[0])
        yield parts[1], label, second, second + len(parts[1])
