"""Names in the rows of a story's data tables ("| 2 | Brigham Athletic | 14 | 29 |"): read a cell
at a time and a column at a time.

Why: a league table, a leaderboard, a squad or results by candidate name many people, clubs and
places one a cell (`tasks.data_tables` keeps such tables in the body), and the model, reading a
row that is no sentence, runs neighbouring cells into one span ("Pos | Club"), takes the heading
row's labels for names ("PTS", "REB") and reads the names of one column as three kinds or not at
all. What a table's form says (`tasks.entity_rules.table_cells`):
- a column most of whose cells hold digits (ranks, scores: "T3") names no one, nor does a
  column that repeats a few values down its rows (positions, categories: "DL", "LB") where the
  model reads no column of names;
- a heading row (the row above the Markdown rule, or a first row without digits above rows with
  them, and its repeats: a table's foot) holds labels, no entities;
- no name runs across a cell's bar;
- a column holds names of one kind: when its heading says which (`rules.PERSON_HEADINGS`, …;
  a generic "Name" only beside a cell the model reads as a name), or when the model reads half
  of its name-shaped cells whole as names (of the kind it reads most: it reads a column of
  clubs as clubs, towns and people), every cell of the column shaped like a name is a name of
  that kind, whole ("Total" is none).
A column the model reads no name in (numbers, positions, notes) is left as it is.

In a text of a language whose prose the model does not read (`tasks.entities.batch`), the
model reads the tables' rows (`rows_only`: names and numbers, no sentence), and its readings only
name a column's kind, as above, and are dropped elsewhere (`named_column_spans`): a Portuguese
results table names its drivers as an English one does. Where a language writes its common
nouns with a capital (German: `rules.CAPITALISED_NOUN_LANGUAGES`), a capital says nothing of a
name and the model reads a schedule's "Einzel Großschanze" as a person, so there its readings
only confirm a column headed "Name" ("Name", "Nome": `rules.GENERIC_HEADINGS`).

Cost: one pass over the text's lines; each cell asks the span index (by bisection).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tasks.entities.mentions import Span, SpanIndex, line_bounds, replaced
from tasks.entity_rules import table_cells as rules

Cell = tuple[int, int]  # where a cell's text starts and ends in the article's text, stripped


@dataclass(frozen=True)
class Table:
    """One table of the text: its heading cells (none when it has no heading row), the bounds of
    its heading rows, its data rows' lines, and the data cells by column."""

    headings: list[Cell]
    heading_rows: list[Cell]
    rows: list[Cell]
    columns: list[list[Cell]]


def table_cell_spans(text: str, spans: Sequence[Span]) -> tuple[list[Span], frozenset[Cell]]:
    """The model's spans read by the tables' form (see the module docstring), and the cells
    read as names of a column's kind (their names stay, though written in no sentence)."""
    tables = list(_tables(text))
    if not tables:
        return list(spans), frozenset()
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    named: set[Cell] = set()
    for table in tables:
        for start, end in table.heading_rows:
            dropped.update(index.overlapping(start, end))
        for start, end in table.rows:
            dropped.update(
                i
                for i in index.overlapping(start, end)
                if rules.CELL_BAR in _located_text(text, index, i)
            )
        headings: list[Cell | None] = list(table.headings) or [None] * len(table.columns)
        for heading, column in zip(headings, table.columns, strict=True):
            if _numeric(text, column):
                dropped.update(i for a, b in column for i in index.overlapping(a, b))
                continue
            names, categories, kind = _read_column(text, index, spans, heading, column)
            if kind is None:
                if categories:
                    dropped.update(i for a, b in column for i in index.overlapping(a, b))
                continue
            for start, end in names:
                over = index.overlapping(start, end)
                if all(i in dropped or _within(index, i, start, end) for i in over):
                    dropped.update(over)
                    added.append((text[start:end], kind, start, end))
                    named.add((start, end))
    return replaced(spans, dropped, added), frozenset(named)


def rows_only(text: str) -> str:
    """The text with every line but its tables' rows (rules too) blanked to spaces: as long as
    the text, so what the model finds in it has the text's offsets."""
    return "\n".join(
        line
        if rules.ROW_RE.fullmatch(line.strip()) and not rules.RULE_RE.fullmatch(line.strip())
        else " " * len(line)
        for line in text.split("\n")
    )


def named_column_spans(text: str, spans: Sequence[Span], by_readings: bool) -> list[Span]:
    """The spans that lie in a cell of a column the tables' form names by them: one headed
    "Name" (`rules.GENERIC_HEADINGS`) and, `by_readings`, one the model reads half as names."""
    index = SpanIndex(text, spans)
    kept: set[int] = set()
    for table in _tables(text):
        headings: list[Cell | None] = list(table.headings) or [None] * len(table.columns)
        for heading, column in zip(headings, table.columns, strict=True):
            generic = heading is not None and (
                text[heading[0] : heading[1]].casefold() in rules.GENERIC_HEADINGS
            )
            if not (generic or by_readings) or _numeric(text, column):
                continue
            if _read_column(text, index, spans, heading if generic else None, column)[2] is None:
                continue
            for start, end in column:
                kept.update(
                    i for i in index.overlapping(start, end) if _within(index, i, start, end)
                )
    return [span for i, span in enumerate(spans) if i in kept]


def _tables(text: str) -> Iterator[Table]:
    """The text's tables: runs of row lines (rules between them skipped)."""
    block: list[Cell] = []
    rules_after: set[int] = set()
    for start, end in line_bounds(text):
        if rules.RULE_RE.fullmatch(text, start, end):
            rules_after.add(len(block) - 1)
        elif rules.ROW_RE.fullmatch(text, start, end):
            block.append((start, end))
        elif block:
            yield _table(text, block, rules_after)
            block, rules_after = [], set()
    if block:
        yield _table(text, block, rules_after)


def _table(text: str, lines: list[Cell], rules_after: set[int]) -> Table:
    """A table of its row lines: which is its heading row, and its columns."""
    first = text[lines[0][0] : lines[0][1]]
    has_digits = [any(ch.isdigit() for ch in text[s:e]) for s, e in lines]
    heading = 0 in rules_after or (not has_digits[0] and any(has_digits[1:]))
    headings = _cells(text, *lines[0]) if heading else []
    heading_rows = [line for line in lines if heading and text[line[0] : line[1]] == first]
    rows = [line for line in lines if not heading or text[line[0] : line[1]] != first]
    width = len(headings) or Counter(len(_cells(text, *row)) for row in rows).most_common(1)[0][0]
    columns: list[list[Cell]] = [[] for _ in range(width)]
    for row in rows:
        cells = _cells(text, *row)
        if len(cells) == width:
            for column, cell in zip(columns, cells, strict=True):
                column.append(cell)
    return Table(headings, heading_rows, rows, columns)


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the row text[start:end], between its bars, stripped of spaces."""
    cells = []
    bar = text.find(rules.CELL_BAR, start, end)
    while (next_bar := text.find(rules.CELL_BAR, bar + 1, end)) >= 0:
        left, right = bar + 1, next_bar
        while left < right and text[left] in " \t":
            left += 1
        while right > left and text[right - 1] in " \t":
            right -= 1
        cells.append((left, right))
        bar = next_bar
    return cells


def _read_column(
    text: str, index: SpanIndex, spans: Sequence[Span], heading: Cell | None, column: list[Cell]
) -> tuple[list[Cell], bool, str | None]:
    """A column's name cells, whether it is a column of categories, and the kind of name it
    holds (`_column_kind`; None when neither its heading nor the model's readings say)."""
    names = [cell for cell in column if _name_cell(text, cell)]
    categories = _categories(text, column)
    read = _readings(index, spans, names)
    return names, categories, _column_kind(text, heading, read, 0 if categories else len(names))


def _numeric(text: str, column: list[Cell]) -> bool:
    """Do most of the column's cells hold a number (ranks "T3", scores, counts)? Such a column
    names no one. A cell of running prose is no number though it holds one: a layout table
    flattened into bars keeps a whole paragraph in a cell, years and dates in it."""
    digits = sum(1 for a, b in column if _number_cell(text[a:b]))
    return digits > rules.NUMERIC_COLUMN_SHARE * len(column)


def _number_cell(cell: str) -> bool:
    """Is the cell a short one with a digit ("T3", "14", "2-1 a.e.t.", "Nov. 18, 2019")?"""
    return any(ch.isdigit() for ch in cell) and len(cell.split()) <= rules.NUMBER_CELL_MAX_WORDS


def _categories(text: str, column: list[Cell]) -> bool:
    """Does the column repeat a few values down its rows ("DL", "DL", "LB"; "Goalkeeper",
    "Defender")? A column of categories the model reads no names in names no one: a lone
    reading there ("LB" as an organization) is the model's guess at a code."""
    values = [text[a:b] for a, b in column]
    return len(values) >= rules.CATEGORY_MIN_ROWS and len(set(values)) <= (
        rules.CATEGORY_MAX_DISTINCT_SHARE * len(values)
    )


def _name_cell(text: str, cell: Cell) -> bool:
    """Is the cell shaped like a name (`rules.NAME_CELL_RE`, a capital first), and none of a
    table's fillers ("Total", `rules.NOT_NAME_CELLS`)?"""
    start, end = cell
    return (
        start < end
        and text[start].isupper()
        and rules.NAME_CELL_RE.fullmatch(text, start, end) is not None
        and text[start:end].casefold() not in rules.NOT_NAME_CELLS
    )


def _readings(index: SpanIndex, spans: Sequence[Span], names: list[Cell]) -> Counter[str]:
    """How many of the name cells the model read whole, by the kind of name."""
    read: Counter[str] = Counter()
    for start, end in names:
        for i in index.overlapping(start, end):
            kind = rules.KIND_OF_LABEL.get(spans[i][1])
            if kind and index.located[i] == (start, end):
                read[kind] += 1
    return read


def _column_kind(text: str, heading: Cell | None, read: Counter[str], names: int) -> str | None:
    """The kind of name a column of `names` name cells holds, or None (see the module
    docstring); a column of categories (`names` 0) only by its heading."""
    word = text[heading[0] : heading[1]].casefold() if heading else ""
    for kind, headings in (
        ("PERSON", rules.PERSON_HEADINGS),
        ("ORG", rules.ORG_HEADINGS),
        ("GPE", rules.PLACE_HEADINGS),
    ):
        if word in headings and (read or word not in rules.GENERIC_HEADINGS):
            return kind
    if not read:
        return None
    count = sum(read.values())
    if names and count >= rules.MIN_READ_CELLS and count >= rules.MIN_READ_SHARE * names:
        return read.most_common(1)[0][0]
    return None


def _located_text(text: str, index: SpanIndex, i: int) -> str:
    """The text a located span covers ("" when it was not found in the text)."""
    where = index.located[i]
    return text[where[0] : where[1]] if where else ""


def _within(index: SpanIndex, i: int, start: int, end: int) -> bool:
    """Does the span lie inside [start, end)?"""
    where = index.located[i]
    return where is not None and start <= where[0] and where[1] <= end
