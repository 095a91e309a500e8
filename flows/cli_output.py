"""What the CLI prints: query results as a table, CSV, JSON, NDJSON or Parquet, and the
one-line error and hint.

Why a module of its own: every command prints through it, so one rule holds everywhere. Text
from the web is hostile: a title can carry terminal escapes, bidi overrides that reorder what a
reader sees, zero-width characters or NULs. Table and CSV output (for people and spreadsheets)
drop them; JSON and NDJSON (for programs) stay exact. Values print as values, never as Python
reprs (`datetime.datetime(…)`, `['a', 'b']`).
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from uuid import UUID

import pyarrow as pa
from rich.cells import cell_len

from warehouse.queries import Result
from warehouse.storage import as_path, write_table

TABLE_CELL_CHARS = 60  # a table is for reading: long bodies are cut (csv/json keep them whole)
TEXT_FORMATS = ("table", "csv", "json", "ndjson")
FORMATS = (*TEXT_FORMATS, "parquet")
# Unicode categories that never print as themselves: controls (C0, C1, DEL), format characters
# (bidi embeddings/overrides/isolates, zero-width spaces and joiners, soft hyphen), surrogates,
# private use, unassigned, and the line/paragraph separators.
NON_PRINTING = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
WHITESPACE_CONTROLS = frozenset("\t\n\r\v\f\x85\u2028\u2029")  # a space: words stay apart


def printable(text: str) -> str:
    """`text` without non-printing characters; line breaks and tabs become spaces."""
    if text.isprintable():
        return text
    return "".join(
        " " if ch in WHITESPACE_CONTROLS else ch
        for ch in text
        if ch in WHITESPACE_CONTROLS or unicodedata.category(ch) not in NON_PRINTING
    )


def jsonable(value: Any) -> Any:
    """A value as JSON carries it: timestamps and days as ISO strings, bytes as hex."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def text_of(value: Any) -> str:
    """One value as text for a table or CSV cell (lists and structs as JSON)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, list | tuple | dict):
        return json.dumps(jsonable(value), ensure_ascii=False)
    if isinstance(value, str):
        return value
    plain = jsonable(value)
    return plain if isinstance(plain, str) else str(plain)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    out: IO[str],
    *,
    limit: int = TABLE_CELL_CHARS,
    count: bool = True,
) -> None:
    """An aligned text table (display width aware: CJK and emoji take two columns)."""
    header = [printable(str(c)) for c in columns]
    cells = [[_cut(printable(text_of(v)), limit) for v in row] for row in rows]
    widths = [
        max([cell_len(name), *(cell_len(row[i]) for row in cells)]) for i, name in enumerate(header)
    ]

    def line(values: Sequence[str]) -> str:
        padded = (v + " " * (w - cell_len(v)) for v, w in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip() + "\n"

    out.write(line(header))
    out.write(line(["-" * w for w in widths]))
    for row in cells:
        out.write(line(row))
    if count:
        out.write(f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n")


# Valid raw in JSON, but line breaks to many readers (str.splitlines, JavaScript): escaped, so
# one NDJSON record stays one line whatever reads it. The decoded values are unchanged.
JSON_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False).translate(JSON_LINE_BREAKS)


def render(result: Result, fmt: str, out: IO[str] | None = None) -> None:
    """Print a result: `table` (for reading), `csv`, `json` (one array of row objects) or
    `ndjson` (one object per line)."""
    out = out if out is not None else sys.stdout
    if fmt in ("json", "ndjson"):
        objects = [
            {c: jsonable(v) for c, v in zip(result.columns, row, strict=True)}
            for row in result.rows
        ]
        if fmt == "json":
            out.write(_json(objects) + "\n")
        else:
            out.writelines(_json(o) + "\n" for o in objects)
        return
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow([printable(c) for c in result.columns])
        writer.writerows([[printable(text_of(v)) for v in row] for row in result.rows])
        return
    render_table(result.columns, result.rows, out)


def arrow_table(result: Result) -> pa.Table:
    """A result as an Arrow table, types inferred from the values (all-NULL columns: null)."""
    columns = list(zip(*result.rows, strict=True)) or [()] * len(result.columns)
    return pa.Table.from_arrays([pa.array(list(c)) for c in columns], names=result.columns)


def write_result(result: Result, fmt: str, output: Path | None) -> None:
    """Print a result to stdout, or write it to `output` (Parquet: a file only)."""
    if fmt == "parquet":
        assert output is not None, "the command checks that parquet has --output"
        write_table(as_path(output.resolve()), arrow_table(result))
        return
    if output is None:
        render(result, fmt)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        render(result, fmt, handle)


def say(line: str) -> None:
    """A line for the person at the terminal (stderr: stdout stays data)."""
    sys.stderr.write(printable(line) + "\n")
    sys.stderr.flush()
