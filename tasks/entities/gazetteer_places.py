"""Places the GeoNames gazetteer knows, where the sentence says a place or the model's label
cannot be right: towns listed with a place ("Goma, Bukavu and Uvira", "between Kochi and
Kottayam"), a town after a preposition that says a place follows ("nurses in Jacobabad"), a
city or province the model calls a nationality or a product ("Mombasa", "Punjab").

Why: the small model reads a town it has not seen as a product, a nationality, a person or
nothing at all, above all the towns and provinces of Asia and Africa, while the place listed
beside it it knows. The gazetteer (`tasks.datelines`: GeoNames and ISO 3166) knows them, but
many of its names are also words ("Time", "Police", "Liberty") or surnames ("Jackson"), so it
is asked only where the text already says a place:
- names joined in one list are of one kind, so a list that holds a place the model or the
  alias table knows makes the towns among its names places (`rules.LISTED_TOWN_MIN_POPULATION`
  people or more), and so does "in"/"near" before a list of towns only ("in Cork and
  Limerick", `rules.PLACE_IN_BEFORE_RE`);
- "in"/"near" before one name the model did not see, or read as a nationality or a product,
  makes it a place when it is a country, a province or a big city
  (`rules.PLACE_ALONE_MIN_POPULATION`: "in Jacobabad", never "in Time"); so does it when the
  model read only a piece of the name, whatever its label ("in Johor Bahru" read as "Bahru", a
  person): the piece gives way;
- a nationality or product span that is a country, a province or a big city, and no demonym,
  is that place ("Mombasa" read as a nationality);
- a place span the model ran over two towns after "between" is cut in two (elsewhere it may be
  one place: "Brighton and Hove").
A name that is a word of a person's name elsewhere in the article ("Jackson" of "Andrew
Jackson") is left as the model read it, and a list without any place the model or the table
knows and no "in" before it is left alone ("Marks and Spencer"), and so is a name followed by a
street's kind ("Preston Road and Spring Creek Parkway": the street, a place, not the town of
Spring Creek). The forms are data in
`tasks.entity_rules`.
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


def known_place(name: str, min_population: int) -> bool:
    """Is the name a country, a province or state (any country's), or a town of the gazetteer
    by its own name with `min_population` people or more? A town the gazetteer names "<name>
    City" counts by its own name too: the Philippines' cities are "Bacolod City" there and
    "Bacolod" in the news."""
    places = gazetteer()
    key = fold(name)
    if places.country(name) is not None or key in places.us_states or key in places.subdivisions:
        return True
    found = places.city_match(name)
    if found is None or found[0].population < min_population:
        return False
    return found[1] or fold(found[0].name) == f"{key} city"


def _person_words(spans: Sequence[Span]) -> frozenset[str]:
    """The words of the persons the model names with more than one word."""
    return frozenset(
        word
        for surface, label, *_ in spans
        if label == "PERSON" and " " in surface.strip()
        for word in fold(surface).split()
    )


def gazetteer_place_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans with the gazetteer's places made places where the text says so (see
    the module docstring): a span of exactly the place becomes GPE when its label is one the
    form overrules, a missing one is added; spans that are only pieces of a place written alone
    after "in" give way to it; any other span crossing the place is left."""
    spans = list(_cut_joined_towns(text, spans, table))
    index = SpanIndex(text, spans)
    result = list(spans)
    added: list[Span] = []
    pieced: set[int] = set()
    people = _person_words(spans)

    def make_place(start: int, end: int, overruled: frozenset[str], pieces: bool = False) -> None:
        street = rules.STREET_TYPE_AFTER_RE.match(text, end)
        if street is not None:  # "Preston Road and Spring Creek Parkway": a street, not the town
            if not index.overlapping(start, street.end()):
                added.append((text[start : street.end()], "FAC", start, street.end()))
            return
        name = text[start:end]
        overlapping = index.overlapping(start, end)
        if not overlapping:
            added.append((name, "GPE", start, end))
        elif len(overlapping) == 1 and index.located[overlapping[0]] == (start, end):
            i = overlapping[0]
            if spans[i][1] in overruled:
                result[i] = (name, "GPE", start, end)
        elif pieces and _pieces_only(index, start, end):
            pieced.update(overlapping)  # "in Johor Bahru" read as "Bahru", a person
            added.append((name, "GPE", start, end))

    listed_min, alone_min = rules.LISTED_TOWN_MIN_POPULATION, rules.PLACE_ALONE_MIN_POPULATION
    for items in _items(text):
        kinds = [_place_by_model_or_table(text, index, spans, table, a, b) for a, b in items]
        names = [text[a:b] for a, b in items]
        towns = [fold(n) not in people and known_place(n, listed_min) for n in names]
        if any(kinds) or (_after_in(text, items[0][0]) and all(towns)):
            for (start, end), known, town in zip(items, kinds, towns, strict=True):
                if town and not known:
                    make_place(start, end, rules.CITY_OVERRULED_LABELS)
    for alone in rules.NAME_ALONE_RE.finditer(text):
        key = fold(alone.group())
        unknown = key not in people and table.get(key) is None
        if unknown and _after_in(text, alone.start()) and known_place(alone.group(), alone_min):
            make_place(*alone.span(), rules.NOT_PLACE_LABELS, pieces=True)
    for i, (surface, label, start, end) in enumerate(spans):
        key = fold(surface)
        misread = label in rules.NOT_PLACE_LABELS and key not in rules.DEMONYMS
        if misread and key not in people and known_place(surface, alone_min):
            result[i] = (surface, "GPE", start, end)
    kept = [span for i, span in enumerate(result) if i not in pieced]
    return sorted([*kept, *added], key=lambda s: (s[2], s[3]))


def _pieces_only(index: SpanIndex, start: int, end: int) -> bool:
    """Do the spans overlapping [start, end) all lie inside it, none the whole of it?"""
    inside = index.inside(start, end)
    return inside is not None and all(index.located[i] != (start, end) for i in inside)


def _after_in(text: str, start: int) -> bool:
    """Does a preposition that says a place follows come right before `start`?"""
    return rules.PLACE_IN_BEFORE_RE.search(text, max(0, start - 12), start) is not None


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
        minimum = rules.LISTED_TOWN_MIN_POPULATION
        if (
            label not in rules.PLACE_LABELS
            or not rules.BETWEEN_BEFORE_RE.search(text, max(0, start - 10), start)
            or len(parts) != 2
            or table.get(fold(surface)) is not None
            or known_place(surface, minimum)
            or not all(known_place(p, minimum) for p in parts)
        ):
            yield span
            continue
        second = start + surface.rindex(parts[1])
        yield parts[0], label, start, start + len(parts[0])
        yield parts[1], label, second, second + len(parts[1])
