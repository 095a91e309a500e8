"""Names in lists take the kind of their siblings: in "shared by Kim Tae-hyung, Oh Man-seok and
Lee Jae-won" Oh Man-seok is a person too, and in a table of "Constituency - Candidate" rows the
candidates are people and the constituencies places.

Why: casts and credits, squads, boards, author and candidate lists name many people without a
sentence around them, and the small model misses names there (or reads a whole row as one
name) that it reads well in prose. A list's items are of one kind: when at least two of them
are people (as the model reads them there or elsewhere in the text, or as the alias table knows
them) and more are people than anything else, every item shaped like a person's name
(`tasks.entity_rules.name_lists`) is a person; in a list of another kind the model's spans on
the items take that kind, and no item is added. A table row's key and value are never one name:
a span run across the row's dash or colon is cut in two first, and so is a span run across a
list's comma between two names of people's shape ("Duarte Pimentel, Sofia Mendes Carvalho").
Bulleted lines in a run are a table too: what each bullet names first ("- Eve Bolton, nonprofit
director") is its key. A box score names its scorers by surname and score ("Ortiz 24, Vance
14"; a scorecard's "Surrey 288 (Pellow 91, ...; Kettley 4-61)"): in a list most of whose items
are written so, such a surname is shaped like a person's name, and the surname of a person the
text names in full is a person's. A team sheet's shirt number before a name ("15 Darragh
Quill") is no part of it, and a line-up's substitute in a bracket after the player replaced
("Barrie Spence (14 Rory Tait 76)") is an item of the list. A list's last item is read without
its line's closing full stop ("Ivo Rasic.").

Cost: each line is read once, items are cut by one pass of a pattern, and each item asks the
span index (by bisection) and one dictionary: linear in the text but for a log factor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span, SpanIndex, line_bounds, replaced
from tasks.entities.roles import TitlePatterns
from tasks.entity_rules import LABEL_TO_TYPE, EntityType
from tasks.entity_rules import name_lists as rules
from tasks.names import fold


@dataclass(frozen=True)
class Item:
    """An item of a list: the name's offsets and those of the segment holding it (the name
    and a title or bracket beside it), whether the name has a person's shape, and whether
    other words stand before it (`lead`) or after it (`tail`) in the segment: such an item
    opens or closes a list in prose ("... shared by Kim Tae-hyung, ..."), and whether it is a
    surname written with a score (`scorer`, "Ortiz 24"), and whether a shirt number stands
    before the name (`numbered`, "2 Alistair Lomax"): a span of the model holding the number
    says nothing of the name's kind ("2 Alistair Lomax" read as an organization)."""

    start: int
    end: int
    seg_start: int
    seg_end: int
    shaped: bool
    lead: bool = False
    tail: bool = False
    scorer: bool = False
    numbered: bool = False


@dataclass(frozen=True)
class Row:
    """A table row: the key's offsets, the separator's, the value's."""

    key: tuple[int, int]
    sep: tuple[int, int]
    value: tuple[int, int]
    kind: str  # "dash", "colon" or "bullet": a table's rows are of one kind


def _rows(text: str) -> list[tuple[tuple[int, int], Row | None]]:
    """Each line with its table row (None for a line that is no row, or a row standing alone)."""
    found: list[tuple[tuple[int, int], Row | None]] = []
    for start, end in line_bounds(text):
        row = None
        match = rules.TABLE_ROW_RE.fullmatch(text, start, end)
        if match is not None:
            kind = "colon" if ":" in match["sep"] else "dash"
        else:
            match = rules.BULLET_ROW_RE.fullmatch(text, start, end)
            kind = "bullet"
        if match is not None:
            row = Row(match.span("key"), match.span("sep"), match.span("value"), kind)
        found.append(((start, end), row))
    result: list[tuple[tuple[int, int], Row | None]] = []
    i = 0
    while i < len(found):  # runs of rows of one separator; a run too short is no table
        j = i
        first = found[i][1]
        while j < len(found) and first is not None and (r := found[j][1]) and r.kind == first.kind:
            j += 1
        if j - i >= rules.MIN_TABLE_ROWS:
            result.extend(found[i:j])
            i = j
        else:
            result.append((found[i][0], None))
            i += 1
    return result


def _cut_rows(
    text: str, spans: Sequence[Span], rows: Sequence[Row]
) -> tuple[list[Span], set[tuple[int, int]]]:
    """The spans, each one run across a row's separator cut into its key and its value part,
    and where the parts are: their label, the model's for the whole row, tells nothing."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for row in rows:
        for i in index.overlapping(*row.sep):
            where = index.located[i]
            if where is None or where[0] < row.key[0] or row.value[1] < where[1]:
                continue
            dropped.add(i)
            label = spans[i][1]
            for a, b in ((where[0], row.sep[0]), (row.sep[1], where[1])):
                if a < b:
                    added.append((text[a:b], label, a, b))
    return replaced(spans, dropped, added), {(a, b) for _, _, a, b in added}


def _cut_joined(spans: Sequence[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """The spans, each one run across a list's comma between two names of people's shape
    ("Duarte Pimentel, Sofia Mendes Carvalho") cut in two, and where the parts are: their label,
    the model's for the pair, tells nothing."""
    dropped: set[int] = set()
    added: list[Span] = []
    for i, (surface, label, start, _) in enumerate(spans):
        joined = rules.JOINED_NAMES_RE.fullmatch(surface) if ", " in surface else None
        if joined is None:
            continue
        dropped.add(i)
        for part in ("first", "second"):
            a, b = joined.span(part)
            added.append((surface[a:b], label, start + a, start + b))
    if not dropped:
        return list(spans), set()
    return replaced(spans, dropped, added), {(a, b) for _, _, a, b in added}


def _items(
    text: str, start: int, end: int, index: SpanIndex, titles: TitlePatterns, prose: bool
) -> list[Item]:
    """The items of [start, end) cut at the list separators, in order, with a break (an item
    at -1) where a sentence ends or a segment is no item and more than a few words. In prose
    a sentence's first words are capitalised whatever they are ("Besides Lacerda, ..."):
    there only a span of the model makes an item."""
    items: list[Item] = []
    at, opening = start, prose
    for sep in rules.ITEM_SEPARATOR_RE.finditer(text, start, end):
        items.extend(_with_substitute(text, _item(text, at, sep.start(), index, titles, opening)))
        ended = sep.lastgroup == "end"
        if ended:
            items.append(_BREAK)
        at, opening = sep.end(), prose and ended
    items.extend(_with_substitute(text, _item(text, at, end, index, titles, opening)))
    return items


def _with_substitute(text: str, item: Item | None) -> list[Item]:
    """The item (a break for None), and after it the player who replaced it, where a line-up
    writes the substitute in a bracket after the name ("10 Barrie Spence (14 Rory Tait 76)"):
    an item of the list too, the number and the minute no part of the name."""
    if item is None:
        return [_BREAK]
    found = rules.SUBSTITUTE_RE.fullmatch(text, item.end, item.seg_end)
    if found is None:
        return [item]
    a, b = found.span("name")
    return [item, Item(a, b, found.start("inside"), found.end("inside"), True, numbered=True)]


def _item(
    text: str, s: int, e: int, index: SpanIndex, titles: TitlePatterns, opening: bool
) -> Item | None:
    """The item of the segment [s, e), or None: a name (a title before it and a bracket after
    it left out), else a span of the model at one of its edges, else a few words of no known
    shape ("Make-up_Kim Jong nn", "Final Battle 2"), which count as an item of the list but
    are never made a name."""
    segment = text[s:e]
    stripped = segment.strip()
    if not stripped or stripped[0] in rules.QUOTES or stripped[-1] in rules.QUOTES:
        return None
    s += segment.index(stripped)
    e = s + len(stripped)
    if rules.CLOSING_STOP_RE.match(text, e - 1, e):
        e -= 1
    bracket = rules.TRAILING_BRACKET_RE.search(text, s, e)
    ns, ne = s, bracket.start() if bracket is not None and bracket.start() > s else e
    number = rules.SHIRT_NUMBER_RE.match(text, ns, ne)  # "15 Darragh Quill"
    if number is not None:
        ns = number.end()
    numbered = number is not None
    title = titles.leading.match(text[ns:ne])  # the pattern is anchored at the string's start
    if title is not None:
        ns += title.end()
    joined = text.rfind(rules.ROLE_JOINER, ns, ne)  # "Director_Oh Kyeong Taek"
    if joined >= 0:
        ns = joined + 1
    opening = opening and ns == s  # a title or role before the name says where it starts
    scorer = _scorer(text, ns, ne, opening)
    if scorer is not None:  # "Ortiz 24": the surname, a name only among other scorers
        return scorer
    if not opening and rules.PERSON_SHAPE_RE.fullmatch(text, ns, ne):
        if fold(text[ns:ne]) in titles.keys:  # "Chief Executive Officer" names no one
            return None
        return Item(ns, ne, s, e, True, numbered=numbered)
    for i in index.overlapping(s, e):  # a name the model found at the segment's edge
        where = index.located[i]
        if where is None or where[0] < s or e < where[1]:
            continue
        if where[0] == s or where[1] == ne:
            shaped = rules.PERSON_SHAPE_RE.fullmatch(text, *where) is not None
            return Item(where[0], where[1], s, e, shaped, where[0] > ns, where[1] < ne)
    return Item(ns, ne, s, e, False) if rules.FEW_WORDS_RE.fullmatch(text, ns, ne) else None


def _scorer(text: str, s: int, e: int, opening: bool) -> Item | None:
    """The scorer item of [s, e) ("Ortiz 24"), or None; also where a bracket opens the
    scorers after a team's total ("Lancashire 312 (Hartley 84": the item opens a list) or closes
    them ("Oduya 3-70)": the item closes it). A sentence's first words are no scorer."""
    opened = text.rfind("(", s, e)
    if opened >= 0:
        found = rules.SCORER_RE.fullmatch(text, opened + 1, e)
        if found is None or text.find(")", opened, e) >= 0:
            return None
        return Item(opened + 1, found.end("name"), s, e, False, lead=opened > s, scorer=True)
    closed = e - 1 if e > s and text[e - 1] == ")" else e
    found = None if opening else rules.SCORER_RE.fullmatch(text, s, closed)
    if found is None:
        return None
    return Item(s, found.end("name"), s, e, False, tail=closed < e, scorer=True)


_BREAK = Item(-1, -1, -1, -1, False)


@dataclass(frozen=True)
class Reading:
    """What the lists are read against: the text, the spans and their index, the type each
    name has where the model spans it (most often), the alias table, the parts of cut spans,
    the last words of the names read as people's (a scorer's surname is one of them)."""

    text: str
    spans: Sequence[Span]
    index: SpanIndex
    known: dict[str, EntityType]
    table: AliasTable
    cut: set[tuple[int, int]]
    surnames: set[str]


def _evidence(r: Reading, item: Item) -> tuple[EntityType | None, int | None]:
    """What the item is (by the span on it, a span inside it that is a person, the same name
    elsewhere, the alias table, its last word spanned as a person elsewhere) and the index of
    the span covering it exactly, if any."""
    exact = None
    kind: EntityType | None = None
    for i in r.index.overlapping(item.start, item.end):
        where = r.index.located[i]
        type_ = LABEL_TO_TYPE.get(r.spans[i][1])
        if where is None or type_ is None or where[0] < item.seg_start or item.seg_end < where[1]:
            continue
        if where == (item.start, item.end):
            exact = i
        if where in r.cut or (item.numbered and where[0] < item.start):
            continue
        if where[0] <= item.start and item.end <= where[1]:
            kind = type_
        elif type_ == "PERSON" and kind is None:
            kind = "PERSON"
    if kind is None:
        key = fold(r.text[item.start : item.end])
        if item.scorer and key in r.surnames:
            return "PERSON", exact  # "Hartley 84", where the text names Ben Hartley
        kind = r.known.get(key)
        if kind is None:
            entity = r.table.get(key)
            kind = entity.type if entity is not None else None
        if kind is None and item.shaped and r.known.get(key.rsplit(" ", 1)[-1]) == "PERSON":
            kind = "PERSON"  # "Ryan Messer", where the text calls Messer a person
    return kind, exact


def name_list_spans(
    text: str, spans: Sequence[Span], table: AliasTable, titles: TitlePatterns
) -> list[Span]:
    """The model's spans with the names of each list made of its kind (see the module's doc)."""
    lines = _rows(text)
    rows = [row for _, row in lines if row is not None]
    cut: set[tuple[int, int]] = set()
    if rows:
        spans, cut = _cut_rows(text, spans, rows)
    spans, parted = _cut_joined(spans)
    cut |= parted
    index = SpanIndex(text, spans)
    counts: dict[str, Counter[EntityType]] = {}
    for surface, label, start, end in spans:
        if (type_ := LABEL_TO_TYPE.get(label)) is not None and (start, end) not in cut:
            counts.setdefault(fold(surface), Counter())[type_] += 1
    known = {key: c.most_common(1)[0][0] for key, c in counts.items()}
    surnames = {key.rsplit(" ", 1)[-1] for key, kind in known.items() if kind == "PERSON"}
    reading = Reading(text, spans, index, known, table, cut, surnames)
    dropped: set[int] = set()
    added: list[Span] = []
    for group, column in _groups(text, lines, index, titles):
        _settle(reading, group, column, dropped, added)
    return replaced(spans, dropped, added) if dropped or added else list(spans)


def _groups(
    text: str,
    lines: Sequence[tuple[tuple[int, int], Row | None]],
    index: SpanIndex,
    titles: TitlePatterns,
) -> Iterator[tuple[list[Item], bool]]:
    """The lists of the text, each with whether it is a table's column: a table's keys, the
    items of its values, and each run of items of a line that is no table row (an item with
    words before it opens a run, one with words after it closes it)."""
    keys: list[Item] = []
    values: list[Item] = []
    for (start, end), row in lines:
        if row is not None:
            key = _item(text, *row.key, index, titles, opening=False)
            if key is not None:
                keys.append(key)
            values.extend(v for v in _items(text, *row.value, index, titles, False) if v.end >= 0)
            continue
        if keys or values:
            yield keys, True
            yield values, True
            keys, values = [], []
        run: list[Item] = []
        for item in _items(text, start, end, index, titles, prose=True):
            if item is _BREAK or item.lead:
                yield run, False
                run = []
            if item is not _BREAK:
                run.append(item)
            if item.tail:
                yield run, False
                run = []
        yield run, False
    yield keys, True
    yield values, True


def _settle(
    r: Reading, group: Sequence[Item], column: bool, dropped: set[int], added: list[Span]
) -> None:
    """Give the list's names its kind, when its items say what it is. Only a table's column is
    sure to be a list of one kind of thing: elsewhere only people are found ("according to
    Counterpoint Research, as buyers in the United States and China" lists no places)."""
    if len(group) <= rules.MIN_PEOPLE_IN_LIST:
        return
    found = [_evidence(r, item) for item in group]
    kinds = Counter(kind for kind, _ in found if kind is not None)
    if not kinds:
        return
    kind, n = kinds.most_common(1)[0]
    if n < rules.MIN_PEOPLE_IN_LIST or n * 2 <= sum(kinds.values()):
        return
    scorers = 2 * sum(item.scorer for item in group) > len(group)  # a box score's line
    shaped = [item.shaped or (scorers and item.scorer) for item in group]
    if kind == "PERSON" and 2 * sum(shaped) < len(group):
        return  # most items are no person's name: a list of games the model calls people
    for item, (own, exact), person_shaped in zip(group, found, shaped, strict=True):
        if own == kind and exact is not None and r.spans[exact][1] in _LABELS[kind]:
            continue
        name = r.text[item.start : item.end]
        if kind != "PERSON":  # another kind: only the model's own spans are retyped
            if column and exact is not None and own != "PERSON":
                dropped.add(exact)
                added.append((name, _LABELS[kind][0], item.start, item.end))
            continue
        if not person_shaped or not _may_be_person(r, item, own, exact):
            continue
        over = r.index.inside(item.seg_start, item.seg_end)
        if over is None:
            continue
        dropped.update(i for i in over if _overlaps(r.index, i, item))
        added.append((name, "PERSON", item.start, item.end))


# The labels of each type; the first is the one a retyped span gets.
_LABELS: dict[EntityType, tuple[str, ...]] = {
    "PERSON": ("PERSON", "PER"),
    "ORG": ("ORG",),
    "LOC": ("GPE", "LOC", "FAC"),
}


def _overlaps(index: SpanIndex, i: int, item: Item) -> bool:
    where = index.located[i]
    return where is not None and where[0] < item.end and item.start < where[1]


def _may_be_person(r: Reading, item: Item, own: EntityType | None, exact: int | None) -> bool:
    """Not a name of another kind: no organization's or place's last word, not a name the
    alias table knows as another kind, not read as another kind elsewhere without a span here."""
    name = r.text[item.start : item.end]
    if fold(name.rsplit(None, 1)[-1]) in rules.NOT_PERSON_HEADS:
        return False
    entity = r.table.lookup(name)
    if entity is not None and entity.type != "PERSON":
        return False
    return own is None or own == "PERSON" or exact is not None
