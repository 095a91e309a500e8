"""Collect what runs that never committed left behind: their Parquet and WARC files, and the
temporary spool files (`*.tmp`) of writes that were cut short.

Why: a killed run is invisible (the views read only what commit markers name), but its files
stay, and the next run writes its own. Nothing here is ever read, so only the disk notices.

What is kept, always: every file a commit marker names, every file named after a run that
committed (`<run_id>-…`: every writer names its files so, and a run id is never reused by
another attempt; markers from before markers listed their WARC files list none), every file a
compaction wrote or replaced (retiring those is compaction's job), each dataset's
`_schema.parquet`, the alias-table snapshots, the timelines' rollups (their builder keeps two),
and the files of runs whose marker cannot be read or was quarantined (`newsledger check`
reports those). What is removed: any other file under `events/` or `raw/` (a killed run's, a
merge killed before its record), and any `*.tmp` file, once it is older than the grace period.
The grace period is what protects runs still in progress: their files are not committed yet,
but they are young.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from upath import UPath

from warehouse.layout import SCHEMA_FILE
from warehouse.ledger import Ledger, read_ledger
from warehouse.storage import TEMPORARY_SUFFIX, StoredFile, remove, walk

DEFAULT_GRACE = timedelta(days=1)
# Where runs write: their files there are collected when nobody committed them.
RUN_FOLDERS = ("events", "raw")
# Where only temporary spool files can be garbage (everything else there is a record).
RECORD_FOLDERS = ("commits", "compactions", "reference", "rollups", "fingerprints")
_GRACE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_grace(text: str) -> timedelta:
    """A grace period as written on the command line: `0`, `90s`, `30m`, `12h`, `1d`, `2w`."""
    found = _GRACE.match(text)
    if not found:
        raise ValueError(f"not a duration: {text!r} (examples: 0, 30m, 12h, 1d, 2w)")
    return timedelta(seconds=float(found.group(1)) * _UNITS[found.group(2)])


@dataclass(frozen=True)
class Collected:
    """What a collection removed, and what it left because it was too young."""

    removed: list[StoredFile]
    spared: list[StoredFile]

    @property
    def freed_bytes(self) -> int:
        return sum(f.size for f in self.removed)

    def summary(self) -> str:
        temporary = sum(1 for f in self.removed if f.path.endswith(TEMPORARY_SUFFIX))
        spared = (
            f"; {len(self.spared)} uncommitted files younger than the grace period kept"
            if self.spared
            else ""
        )
        return (
            f"freed {_size(self.freed_bytes)}: {len(self.removed) - temporary} files of runs "
            f"that never committed, {temporary} temporary files{spared}"
        )


def _size(count: int) -> str:
    amount = float(count)
    for unit in ("bytes", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    raise AssertionError("unreachable")


def _kept(ledger: Ledger) -> set[str]:
    """Every file a record names: committed, merged, replaced or quarantined."""
    named = {f for marker in ledger.markers for f in marker.files}
    named |= {f for marker in ledger.markers for f in marker.raw_files or ()}
    named |= {c.written for c in ledger.compactions}
    named |= {f for c in ledger.compactions for f in c.replaced}
    return named | ledger.quarantined_files()


def uncommitted(ledger: Ledger, files: Iterable[StoredFile]) -> list[StoredFile]:
    """The files no record names and no protected run owns (whatever their age)."""
    kept = _kept(ledger)
    prefixes = tuple(ledger.protected_prefixes())
    found = []
    for stored in files:
        name = stored.path.rsplit("/", 1)[-1]
        if stored.path.endswith(TEMPORARY_SUFFIX):
            found.append(stored)
        elif stored.path in kept or name == SCHEMA_FILE or name.startswith(prefixes):
            continue
        elif stored.path.split("/", 1)[0] in RUN_FOLDERS:
            found.append(stored)
    return found


def collect_garbage(root: UPath, grace: timedelta, now: datetime) -> Collected:
    """Remove the uncommitted files and temporary files older than `grace` (see the module
    docstring for what is always kept)."""
    ledger = read_ledger(root)
    files = [f for folder in (*RUN_FOLDERS, *RECORD_FOLDERS) for f in walk(root, folder)]
    removed, spared = [], []
    for stored in uncommitted(ledger, files):
        if now - stored.modified < grace:
            spared.append(stored)
            continue
        remove(root / stored.path)
        removed.append(stored)
    return Collected(removed, spared)
