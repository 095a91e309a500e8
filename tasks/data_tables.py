"""Does the page set its tables as data (part of the story) or as layout (the page's grid)?

Why: a sports story's standings and line-ups, a results table of an election, a price list of a
review, a recipe's nutrition table are the story's text, and the people, clubs and places in them
are the story's names. We used to call trafilatura with tables left out, because some pages are
built of tables: the whole page is a grid of nested tables whose cells hold the menu, the story
and the sidebars, and read with its tables it yields the grid's every cell (the dateline line
lost among the menu's). The two kinds tell themselves apart by the markup:
- a layout table holds another table or stands inside one (grids nest), or
- has a single row (a grid's band: a logo, or the story beside a sidebar; data has a row of
  headings and rows of values), or
- holds a cell of a story's length (`LAYOUT_CELL_MAX_CHARS`), a cell of paragraphs (two `<p>`s
  or more) or a cell with a heading (the story's headline): a data table's cell is a value, a
  name, a short note.
A page whose every table is a data table is read with its tables; a page with one layout table
is read without tables, as before (its data tables were the grid's cells too).
"""

from __future__ import annotations

from typing import Final

import lxml.html

LAYOUT_CELL_MAX_CHARS: Final = 400
LAYOUT_CELL_MAX_PARAGRAPHS: Final = 1
# Elements that only a page's grid puts in a table's cell.
LAYOUT_CELL_BLOCKS: Final = ("h1", "h2", "h3")


def reads_tables(tree: lxml.html.HtmlElement | None) -> bool:
    """Should the extractor read this page's tables: it has some, and none is a layout table."""
    if tree is None:
        return False
    tables = list(tree.iter("table"))
    return bool(tables) and not any(_is_layout(table) for table in tables)


def _is_layout(table: lxml.html.HtmlElement) -> bool:
    """A table of the page's grid, not of data (see the module's docstring)."""
    if next(table.iterancestors("table"), None) is not None:
        return True
    if next(table.iterdescendants("table"), None) is not None:
        return True
    if sum(1 for _ in table.iterdescendants("tr")) < 2:
        return True
    for cell in table.iterdescendants("td", "th"):
        if _text_chars(cell) > LAYOUT_CELL_MAX_CHARS:
            return True
        if sum(1 for _ in cell.iterdescendants("p")) > LAYOUT_CELL_MAX_PARAGRAPHS:
            return True
        if next(cell.iterdescendants(*LAYOUT_CELL_BLOCKS), None) is not None:
            return True
    return False


def _text_chars(cell: lxml.html.HtmlElement) -> int:
    """The cell's text length with runs of whitespace counted once (markup's indentation)."""
    return len(" ".join(cell.text_content().split()))
