"""What the warehouse's own records say it holds: commit markers, compactions, quarantine.

A file is part of the warehouse when a commit marker names it (or a compaction wrote it in
place of files that markers named), and it has not been quarantined. Nothing is ever found by
listing `events/`: a file nobody committed (a killed run's, a half-written one) is invisible
and harmless, and a committed file that went missing is an error, never a silent loss of rows.

One reading serves every consumer: the views (which files to read), `gc` (what may go),
`check` (what must be there and readable) and compaction (what it may merge).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from upath import UPath

from schemas.errors import WarehouseDamaged, WarehouseMissing
from warehouse.layout import (
    commits_dir,
    compactions_dir,
    fingerprints_dir,
    init_marker,
    quarantine_dir,
)
from warehouse.storage import read_all

CHECK_HINT = "run `newsledger check` (with --quarantine to set damaged files aside)"


@dataclass(frozen=True)
class Marker:
    """One committed run: when it committed and every file it wrote.

    `raw_files` is None for markers written before markers listed their WARC files; such a
    run's raw files are recognised by their name (`<run_id>-…`), as every writer names them.
    """

    run_id: str
    flow: str
    committed_at: datetime
    files: tuple[str, ...]
    raw_files: tuple[str, ...] | None
    path: str
    schemas: Mapping[str, str]  # file → its columns' fingerprint (warehouse.file_schemas)


@dataclass(frozen=True)
class CompactionRecord:
    """A verified merge: `written` holds exactly the rows of `replaced`."""

    compaction_id: str
    written: str
    replaced: tuple[str, ...]
    path: str
    schema: str | None  # the written file's columns' fingerprint (None: not recorded)


@dataclass(frozen=True)
class QuarantineEntry:
    """A damaged file set aside by `newsledger check --quarantine` (None: it was missing)."""

    file: str
    reason: str
    moved_to: str | None
    path: str


@dataclass(frozen=True)
class Damage:
    """One problem, as one line: the file (relative to the root) and what is wrong with it."""

    path: str
    problem: str

    def line(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class Ledger:
    markers: tuple[Marker, ...]
    compactions: tuple[CompactionRecord, ...]
    quarantined: tuple[QuarantineEntry, ...]
    damage: tuple[Damage, ...]  # records that could not be read
    # Column fingerprints recorded later for files whose marker has none (`fingerprints/`).
    noted: Mapping[str, str] = field(default_factory=dict)

    def quarantined_files(self) -> set[str]:
        return {entry.file for entry in self.quarantined}

    def live_files(self) -> list[str]:
        """The event files the views read: committed, or compaction outputs in their place,
        minus quarantined ones (paths relative to the root; `_schema.parquet` not included)."""
        live = {f for marker in self.markers for f in marker.files}
        live |= {c.written for c in self.compactions}
        live -= {f for c in self.compactions for f in c.replaced}
        live -= self.quarantined_files()
        return sorted(live)

    def fingerprints(self) -> dict[str, str]:
        """The recorded column fingerprint of every file a marker or compaction states one of."""
        known = dict(self.noted)
        known |= {name: fp for marker in self.markers for name, fp in marker.schemas.items()}
        known |= {c.written: c.schema for c in self.compactions if c.schema is not None}
        return known

    def committed_raw_files(self) -> set[str]:
        """WARC files that committed markers list (not quarantined)."""
        listed = {f for m in self.markers if m.raw_files for f in m.raw_files}
        return listed - self.quarantined_files()

    def protected_prefixes(self) -> set[str]:
        """File-name prefixes (`<run_id>-`) of runs that committed, or whose marker cannot be
        read (until someone looks at it) or was quarantined. Every writer names its files
        after its run, and a run id is never reused by another attempt, so files so named are
        never collected, listed or not (markers from before markers listed their WARC files
        list none)."""
        prefixes = {f"{m.run_id}-" for m in self.markers}
        names = [d.path for d in self.damage] + [q.file for q in self.quarantined]
        for name in names:
            if name.startswith("commits/") and name.endswith(".json"):
                prefixes.add(f"{name.removeprefix('commits/').removesuffix('.json')}-")
        return prefixes

    def require_readable(self) -> Ledger:
        """This ledger, or WarehouseDamaged naming every record that cannot be read."""
        if self.damage:
            lines = "; ".join(d.line() for d in self.damage)
            raise WarehouseDamaged(f"damaged warehouse records: {lines} ({CHECK_HINT})")
        return self


def has_warehouse(root: UPath) -> bool:
    return init_marker(root).exists()


def require_warehouse(root: UPath) -> None:
    """Raise WarehouseMissing unless `root` holds a warehouse (reads never create one)."""
    if not has_warehouse(root):
        raise WarehouseMissing(
            f"no warehouse at {root} (nothing has been ingested there; "
            "check --warehouse or NEWSLEDGER_WAREHOUSE)"
        )


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _object(path: str, data: bytes) -> dict[str, Any] | Damage:
    if not data.strip():
        return Damage(path, "empty")
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        return Damage(path, f"not valid JSON ({error})")
    if not isinstance(body, dict):
        return Damage(path, "not a JSON object")
    return body


def parse_marker(path: str, data: bytes) -> Marker | Damage:
    """A commit marker, or what is wrong with it."""
    body = _object(path, data)
    if isinstance(body, Damage):
        return body
    expected = path.rsplit("/", 1)[-1].removesuffix(".json")
    if body.get("run_id") != expected:
        return Damage(path, f"names run {body.get('run_id')!r}, not {expected!r}")
    try:
        committed_at = datetime.fromisoformat(str(body.get("committed_at")))
    except ValueError:
        return Damage(path, f"committed_at {body.get('committed_at')!r} is not a time")
    if committed_at.tzinfo is None:
        return Damage(path, "committed_at has no time zone")
    files = _strings(body.get("files", []))
    raw_files = _strings(body["raw_files"]) if "raw_files" in body else ()
    if files is None or raw_files is None:
        return Damage(path, "its file lists are not lists of paths")
    schemas = body.get("schemas", {})
    if not isinstance(schemas, dict):
        schemas = {}
    return Marker(
        run_id=expected,
        flow=str(body.get("flow", "")),
        committed_at=committed_at,
        files=files,
        raw_files=raw_files if "raw_files" in body else None,
        path=path,
        schemas={k: v for k, v in schemas.items() if isinstance(k, str) and isinstance(v, str)},
    )


def parse_compaction(path: str, data: bytes) -> CompactionRecord | Damage:
    body = _object(path, data)
    if isinstance(body, Damage):
        return body
    replaced = _strings(body.get("replaced"))
    if not isinstance(body.get("written"), str) or replaced is None:
        return Damage(path, "no written file or no list of replaced files")
    schema = body.get("schema")
    return CompactionRecord(
        str(body.get("compaction_id", "")),
        body["written"],
        replaced,
        path,
        schema if isinstance(schema, str) else None,
    )


def parse_quarantine(path: str, data: bytes) -> QuarantineEntry | Damage:
    body = _object(path, data)
    if isinstance(body, Damage):
        return body
    if not isinstance(body.get("file"), str):
        return Damage(path, "names no file")
    moved = body.get("moved_to")
    return QuarantineEntry(
        body["file"], str(body.get("reason", "")), moved if isinstance(moved, str) else None, path
    )


def _read(directory: UPath, prefix: str) -> dict[str, bytes]:
    return {f"{prefix}/{name}": data for name, data in read_all(directory, "*.json").items()}


def _split(parsed: Iterable[Any]) -> tuple[list[Any], list[Damage]]:
    good: list[Any] = []
    bad: list[Damage] = []
    for item in parsed:
        (bad if isinstance(item, Damage) else good).append(item)
    return good, bad


def _noted(records: Mapping[str, bytes]) -> dict[str, str]:
    """Fingerprints noted for older files; a record that cannot be read notes nothing (they
    only spare the views work, never change what they read)."""
    noted: dict[str, str] = {}
    for _, data in sorted(records.items()):
        try:
            files = json.loads(data).get("files", {})
        except (ValueError, UnicodeDecodeError, AttributeError):
            continue
        if isinstance(files, dict):
            noted |= {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)}
    return noted


def ledger_from(
    markers: Mapping[str, bytes],
    compactions: Mapping[str, bytes],
    quarantine: Mapping[str, bytes],
    fingerprints: Mapping[str, bytes] | None = None,
) -> Ledger:
    """The ledger of the given records (relative path → contents)."""
    quarantined, bad_q = _split(parse_quarantine(p, d) for p, d in sorted(quarantine.items()))
    set_aside = {entry.file for entry in quarantined}
    runs, bad_m = _split(
        parse_marker(p, d) for p, d in sorted(markers.items()) if p not in set_aside
    )
    merges, bad_c = _split(parse_compaction(p, d) for p, d in sorted(compactions.items()))
    return Ledger(
        tuple(runs),
        tuple(merges),
        tuple(quarantined),
        tuple(bad_m + bad_c + bad_q),
        _noted(fingerprints or {}),
    )


def read_ledger(root: UPath) -> Ledger:
    """Every commit marker, compaction record and quarantine entry under `root`, read in one
    batch per folder; records that cannot be read are listed in `damage`, not raised."""
    require_warehouse(root)
    return ledger_from(
        _read(commits_dir(root), "commits"),
        _read(compactions_dir(root), "compactions"),
        _read(quarantine_dir(root), "quarantine"),
        _read(fingerprints_dir(root), "fingerprints"),
    )
