"""`newsledger check`: does the warehouse hold what its records say, and can it be read?

Every commit marker, compaction record and quarantine entry must parse; every file they name
(and the timelines' rollup its manifest names) must exist and be readable: Parquet to its last
row (the footer, then every row group, and as many rows as the footer promises), WARC gzip
member by member to its end. Files nobody
committed that are older than the gc grace period are reported too (a killed run's, or a run
whose marker was lost). Each problem is one line.

With `quarantine`, each damaged or missing file (and each unreadable record) is set aside:
moved under `quarantine/` (same relative path) with an entry `quarantine/<id>.json` saying what
it was and why. The views then stop reading it, and say nothing more about it: rows in a
quarantined file are gone from the views until someone restores it (move it back and delete the
entry), which is why quarantine is a deliberate act and never automatic.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import pyarrow as pa
import pyarrow.parquet as pq
from upath import UPath

from schemas.events import SCHEMAS
from warehouse.gc import DEFAULT_GRACE, RUN_FOLDERS, uncommitted
from warehouse.layout import quarantine_dir, reference_dir, schema_file
from warehouse.ledger import Damage, Ledger, read_ledger
from warehouse.rollup import MANIFEST, read_manifest
from warehouse.storage import TEMPORARY_SUFFIX, list_files, move, walk, write_bytes_atomically

READ_CHUNK = 1 << 20
LEFTOVER = (
    "no commit marker names it (a killed run's, or its marker was lost): `newsledger gc` removes it"
)


@dataclass
class CheckReport:
    """`damage`: records and files that cannot be read (what quarantine sets aside);
    `leftovers`: old files nobody committed (what `gc` removes)."""

    damage: list[Damage] = field(default_factory=list)
    leftovers: list[Damage] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    checked: int = 0

    @property
    def problems(self) -> list[Damage]:
        return self.damage + self.leftovers

    @property
    def clean(self) -> bool:
        return not self.problems


def parquet_problem(path: UPath) -> str | None:
    """What keeps a Parquet file from being read to its end, or None."""
    try:
        with path.open("rb") as handle:
            reader = pq.ParquetFile(handle)
            promised = reader.metadata.num_rows
            rows = sum(batch.num_rows for batch in reader.iter_batches())
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError, pa.ArrowException) as error:  # what a damaged file raises
        return f"unreadable Parquet ({type(error).__name__}: {error})"
    if rows != promised:
        return f"unreadable Parquet (the footer promises {promised} rows, {rows} were read)"
    return None


def warc_problem(path: UPath) -> str | None:
    """What keeps a gzipped WARC file from being read member by member to its end, or None."""
    try:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as members:
            while members.read(READ_CHUNK):
                pass
    except FileNotFoundError:
        return "missing"
    except (OSError, EOFError, zlib.error) as error:
        return f"unreadable gzip ({type(error).__name__}: {error})"
    return None


def _files_to_read(root: UPath, ledger: Ledger, stored: Iterable[str]) -> dict[str, str]:
    """Every file the warehouse promises, relative path → which record promises it."""
    promised: dict[str, str] = {}
    for dataset in SCHEMAS:
        promised[str(schema_file(root, dataset).relative_to(root))] = "the layout"
    for name in list_files(reference_dir(root), "*.parquet"):
        promised[_relative(root, name)] = "the layout"
    rollup = read_manifest(root)
    if rollup is not None:
        promised[rollup["file"]] = f"rollups/{MANIFEST}"
    replaced = {f for c in ledger.compactions for f in c.replaced}
    set_aside = ledger.quarantined_files()
    for marker in ledger.markers:
        for name in marker.files:
            if name not in replaced:
                promised[name] = marker.path
        for name in marker.raw_files or ():
            promised[name] = marker.path
    for compaction in ledger.compactions:
        promised[compaction.written] = compaction.path
    # Markers from before raw files were listed: their runs' raw files go by name.
    owners = {f"{m.run_id}-": m.path for m in ledger.markers if m.raw_files is None}
    # (A marker that lists its raw files is taken at its word: an unlisted raw file of its run
    # is neither read here nor collected by gc.)
    for name in stored:
        if name.startswith("raw/") and not name.endswith(TEMPORARY_SUFFIX):
            file_name = name.rsplit("/", 1)[-1]
            owner = next((why for pre, why in owners.items() if file_name.startswith(pre)), None)
            if owner is not None:
                promised[name] = owner
    return {name: why for name, why in promised.items() if name not in set_aside}


def _relative(root: UPath, name: str) -> str:
    base = str(root).rstrip("/") + "/"
    return name.removeprefix(base)


def check_warehouse(root: UPath, now: datetime, quarantine: bool = False) -> CheckReport:
    """Verify every record and every file it names; optionally set damaged ones aside."""
    ledger = read_ledger(root)
    report = CheckReport(damage=list(ledger.damage))
    stored = [f for folder in RUN_FOLDERS for f in walk(root, folder)]
    promised = _files_to_read(root, ledger, (f.path for f in stored))
    for name, why in sorted(promised.items()):
        path = root / name
        problem = warc_problem(path) if name.endswith(".gz") else parquet_problem(path)
        report.checked += 1
        if problem is not None:
            report.damage.append(Damage(name, f"{problem} (named by {why})"))
    for orphan in uncommitted(ledger, stored):
        if now - orphan.modified >= DEFAULT_GRACE:
            report.leftovers.append(Damage(orphan.path, LEFTOVER))
    if quarantine:
        report.quarantined = [set_aside(root, damage, now) for damage in report.damage]
    return report


def set_aside(root: UPath, damage: Damage, now: datetime) -> str:
    """Move a damaged file under quarantine/ (if it is there) and record why; its path."""
    source = root / damage.path
    moved_to = None
    if source.exists():
        moved_to = str((quarantine_dir(root) / damage.path).relative_to(root))
        move(source, quarantine_dir(root) / damage.path)
    entry = {
        "file": damage.path,
        "reason": damage.problem,
        "moved_to": moved_to,
        "at": now.isoformat(),
    }
    entry_id = hashlib.sha256(damage.path.encode()).hexdigest()[:16]
    write_bytes_atomically(
        quarantine_dir(root) / f"{entry_id}.json", json.dumps(entry, indent=2).encode()
    )
    return damage.path
