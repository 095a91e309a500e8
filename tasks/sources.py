"""sources.csv: the list of sites a night ingests, read and checked before anything runs.

Why a module of its own: a bad sources file used to fail deep inside the flow (a `KeyError`
after 25 s of start-up, an Excel BOM taken for part of the first column name, a duplicate id or
`Mars/Olympus` accepted silently). Here every row is checked at once and every problem is
reported with its line number, so one edit fixes the file; `newsledger sources check FILE`
runs the same checks alone, and the flows call `load_sources`, which refuses a file with any.

Columns (DESIGN.md): `source_id,name,homepage,feed_url,sitemap_url,language,timezone`, all
present in the header; `feed_url`, `sitemap_url` and `language` may be empty, an empty
`timezone` means UTC. Extra columns are allowed (and ignored).
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from schemas.errors import SourcesInvalid
from schemas.pages import Source

DEFAULT_SOURCES = Path(__file__).resolve().parents[1] / "seeds" / "sources.csv"
SOURCES_VARIABLE = "NEWSLEDGER_SOURCES"
REQUIRED_COLUMNS = (
    "source_id",
    "name",
    "homepage",
    "feed_url",
    "sitemap_url",
    "language",
    "timezone",
)
URL_COLUMNS = ("homepage", "feed_url", "sitemap_url")
OPTIONAL_COLUMNS = frozenset({"feed_url", "sitemap_url", "language", "timezone"})
# A source id names files in the warehouse (listing captures): letters, digits, '.', '_', '-'.
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# ISO 639 code, optionally with a region or script: en, eng, pt-BR, zh-Hant.
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
MAX_PROBLEMS = 200  # a file that is not a sources.csv at all should not print 10,000 lines


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file, where it is (1-based physical line)."""

    line: int
    message: str


def sources_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The sources file: the argument, else $NEWSLEDGER_SOURCES, else seeds/sources.csv."""
    chosen = path or os.environ.get(SOURCES_VARIABLE) or DEFAULT_SOURCES
    return Path(chosen).expanduser()


def _url_problem(column: str, value: str) -> str | None:
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as exc:
        return f"{column} {value!r} is not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{column} {value!r} must start with http:// or https://"
    if not host:
        return f"{column} {value!r} has no host name"
    if any(ch.isspace() for ch in value):
        return f"{column} {value!r} contains spaces (percent-encode them as %20)"
    return None


def _timezone_problem(value: str) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return (
            f"timezone {value!r} is not an IANA time zone name "
            "(e.g. Europe/Berlin, America/New_York, UTC)"
        )
    return None


def _row_problems(row: dict[Any, Any], width: int) -> list[str]:
    """Everything wrong with one data row, as messages (no line numbers)."""
    problems = []
    extra = row.get(None)
    if extra:
        problems.append(f"{width + len(extra)} fields, the header has {width}")
    missing = [k for k in REQUIRED_COLUMNS if row.get(k) is None]
    if missing:
        problems.append(f"fewer fields than the header (no {', '.join(missing)})")
        return problems
    values = {k: str(row[k]).strip() for k in REQUIRED_COLUMNS}
    for column in REQUIRED_COLUMNS:
        if column not in OPTIONAL_COLUMNS and not values[column]:
            problems.append(f"{column} is empty")
    source_id = values["source_id"]
    if source_id and not SOURCE_ID.fullmatch(source_id):
        problems.append(
            f"source_id {source_id!r} may hold only letters, digits, '.', '_' and '-' "
            "(at most 64, starting with a letter or digit)"
        )
    for column in URL_COLUMNS:
        if values[column]:
            found = _url_problem(column, values[column])
            if found:
                problems.append(found)
    if values["language"] and not LANGUAGE.fullmatch(values["language"]):
        problems.append(f"language {values['language']!r} is not a language code such as en")
    if values["timezone"]:
        found = _timezone_problem(values["timezone"])
        if found:
            problems.append(found)
    return problems


def check_sources(path: Path) -> tuple[list[Source], list[Problem]]:
    """Read a sources file; return its sources and every problem found (empty when fine).

    Read as `utf-8-sig`, so a file saved by Excel (with a byte-order mark) works.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return [], [Problem(0, "no such file")]
    except IsADirectoryError:
        return [], [Problem(0, "is a directory, not a CSV file")]
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        return [], [Problem(line, "not UTF-8 text (save the file as CSV UTF-8)")]
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    if not header:
        return [], [Problem(1, "the file is empty: it needs a header line")]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return [], [
            Problem(
                1,
                f"the header lacks {', '.join(missing)} (it needs {','.join(REQUIRED_COLUMNS)}; "
                f"it has {','.join(header)})",
            )
        ]
    sources: list[Source] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for row in reader:
        line = reader.line_num  # where the record ends: its line, unless a quoted field wraps
        found = _row_problems(row, len(header))
        source_id = str(row.get("source_id") or "").strip()
        if source_id in first_line:
            found.append(f"source_id {source_id!r} repeats line {first_line[source_id]}")
        elif source_id:
            first_line[source_id] = line
        problems += [Problem(line, message) for message in found]
        if not found:
            sources.append(
                Source(
                    source_id=source_id,
                    name=str(row["name"]).strip(),
                    homepage=str(row["homepage"]).strip(),
                    feed_url=str(row["feed_url"]).strip() or None,
                    sitemap_url=str(row["sitemap_url"]).strip() or None,
                    language=str(row["language"]).strip() or None,
                    timezone=str(row["timezone"]).strip() or "UTC",
                )
            )
    if not sources and not problems:
        problems.append(Problem(reader.line_num or 1, "no sources: the file has only a header"))
    return sources, problems[:MAX_PROBLEMS]


def describe(path: Path, problems: list[Problem]) -> list[str]:
    """Problems as `FILE:LINE: message` lines (the form editors and grep understand)."""
    return [f"{path}:{p.line}: {p.message}" if p.line else f"{path}: {p.message}" for p in problems]


def load_sources(path: Path) -> list[Source]:
    """The sources of a file with no problems; else SourcesInvalid listing all of them."""
    sources, problems = check_sources(path)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise SourcesInvalid(
            f"{count} in {path}",
            describe(path, problems),
            hint=f"fix them and run again; `newsledger sources check {path}` checks the file "
            "without running anything",
        )
    return sources
