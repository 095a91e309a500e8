"""Warehouse files on a local disk or in an object store (`s3://`), through one small API.

Every write is all-or-nothing, so a reader or a killed writer never leaves a half file in view:
- on a local disk: write a hidden temporary sibling, fsync it, rename it into place, then fsync
  the directory, so the rename itself survives a power loss (a commit marker written after it
  can then never name a file the disk forgot);
- in an object store: write a local temporary file first and upload it only once it is
  complete. A writer that raises midway uploads nothing (a buffered remote file would commit
  its partial contents when closed), and an interrupted upload leaves nothing visible (a PUT
  is atomic; a multipart upload is aborted, or never completed).

Listings never treat the warehouse root as a pattern: a directory is listed and its entries'
names are matched, so a root that contains `*` or `[` reads itself and nothing else.

Paths are `UPath`s (universal_pathlib over fsspec): a local path behaves as a `pathlib.Path`,
an `s3://` one reaches S3 through s3fs, which takes its endpoint, region and credentials from
the usual AWS settings (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, profiles, ...).
"""

from __future__ import annotations

import fnmatch
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem
from upath import UPath

Writer = Callable[[IO[bytes]], object]
Location = str | os.PathLike[str] | UPath
TEMPORARY_SUFFIX = ".tmp"


def as_path(location: Location) -> UPath:
    """A `UPath` for a local path, a `file://` or an `s3://` URL (kept as it is if it is one)."""
    return location if isinstance(location, UPath) else UPath(location)


def is_local(path: UPath) -> bool:
    return isinstance(as_path(path).fs, LocalFileSystem)


def sync_directory(directory: str | os.PathLike[str]) -> None:
    """fsync a directory: what makes a rename or a new entry in it durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_directories(directory: Path) -> None:
    """Create `directory` and its missing parents, each new entry made durable in its parent."""
    missing = []
    while not directory.exists():
        missing.append(directory)
        directory = directory.parent
    for created in reversed(missing):
        created.mkdir(exist_ok=True)  # another writer may create it at the same time
        sync_directory(created.parent)


def write_atomically(path: UPath, write: Writer) -> None:
    """Call `write(handle)` so that `path` appears whole or not at all."""
    path = as_path(path)
    if not is_local(path):
        spool = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, before the upload
            "wb", prefix="newsledger-", suffix=TEMPORARY_SUFFIX, delete=False
        )
        try:
            with spool:
                write(spool)
            path.fs.put_file(spool.name, path.path)
        finally:
            os.unlink(spool.name)
        return
    target = Path(path.path)
    make_directories(target.parent)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}{TEMPORARY_SUFFIX}")
    try:
        with open(tmp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        sync_directory(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomically(path: UPath, data: bytes) -> None:
    write_atomically(path, lambda handle: handle.write(data))


def write_table(path: UPath, table: pa.Table, **options: Any) -> None:
    write_atomically(path, lambda handle: pq.write_table(table, handle, **options))


def read_table(path: UPath, columns: list[str] | None = None) -> pa.Table:
    with as_path(path).open("rb") as handle:
        return pq.read_table(handle, columns=columns)


def _url(directory: UPath, name: str) -> str:
    """A listed entry as a full path (a URL in an object store)."""
    return name if is_local(directory) else f"{directory.protocol}://{name}"


def _entries(directory: UPath) -> list[dict[str, Any]]:
    try:
        found: list[dict[str, Any]] = directory.fs.ls(directory.path, detail=True)
    except FileNotFoundError:
        return []
    return found


def list_files(directory: UPath, pattern: str = "*") -> list[str]:
    """Full paths (URLs in an object store) of the files directly in `directory` whose name
    matches `pattern` (the directory itself is taken literally)."""
    directory = as_path(directory)
    return sorted(
        _url(directory, entry["name"])
        for entry in _entries(directory)
        if entry.get("type") == "file"
        and fnmatch.fnmatchcase(entry["name"].rstrip("/").rsplit("/", 1)[-1], pattern)
    )


def list_directories(directory: UPath, pattern: str = "*") -> list[UPath]:
    """The subdirectories of `directory` whose name matches `pattern`, sorted by name."""
    directory = as_path(directory)
    names = sorted(
        entry["name"].rstrip("/").rsplit("/", 1)[-1]
        for entry in _entries(directory)
        if entry.get("type") == "directory"
    )
    return [directory / name for name in names if fnmatch.fnmatchcase(name, pattern)]


def read_all(directory: UPath, pattern: str = "*") -> dict[str, bytes]:
    """The contents of every file directly in `directory` matching `pattern`, by file name
    (read in one batch: concurrent GETs in an object store)."""
    directory = as_path(directory)
    found = [
        name if is_local(directory) else name.split("://", 1)[1]
        for name in list_files(directory, pattern)
    ]
    # cat_ranges, not cat: cat would expand each path as a glob pattern.
    contents = directory.fs.cat_ranges(found, [None] * len(found), [None] * len(found))
    failed = [data for data in contents if isinstance(data, Exception)]
    if failed:
        raise failed[0]
    return {
        name.rsplit("/", 1)[-1]: bytes(data) for name, data in zip(found, contents, strict=True)
    }


@dataclass(frozen=True)
class StoredFile:
    """A file under the warehouse root: its path relative to the root, size and age."""

    path: str
    size: int
    modified: datetime


def _modified(info: dict[str, Any]) -> datetime:
    """When a file was last written, from an fsspec `info` (local: mtime; S3: LastModified)."""
    stamp = info.get("mtime", info.get("LastModified", info.get("last_modified")))
    if isinstance(stamp, datetime):
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if stamp is None:
        raise ValueError(f"no modification time for {info.get('name')}")
    return datetime.fromtimestamp(float(stamp), UTC)


def walk(root: UPath, under: str) -> list[StoredFile]:
    """Every file below `root/under` (recursively), with paths relative to `root`."""
    root = as_path(root)
    top = root / under
    try:
        found: dict[str, dict[str, Any]] = top.fs.find(top.path, detail=True)
    except FileNotFoundError:
        return []
    base = root.path.rstrip("/") + "/"
    return sorted(
        (
            StoredFile(name[len(base) :], int(info.get("size") or 0), _modified(info))
            for name, info in found.items()
            if info.get("type", "file") == "file" and name.startswith(base)
        ),
        key=lambda f: f.path,
    )


def upload(local: str, path: UPath) -> None:
    """Move a finished local file (a spooled WARC) to `path`, atomically."""
    path = as_path(path)
    if is_local(path):
        target = Path(path.path)
        make_directories(target.parent)
        os.replace(local, target)
        sync_directory(target.parent)
        return
    path.fs.put_file(local, path.path)
    os.unlink(local)


def read_range(path: UPath, offset: int, length: int) -> bytes:
    """`length` bytes at `offset`: one ranged GET in an object store, not a buffered read."""
    path = as_path(path)
    data: bytes = path.fs.cat_file(path.path, start=offset, end=offset + length)
    return data


def move(source: UPath, destination: UPath) -> None:
    """Move a file within the warehouse (rename on a disk; copy then delete in a store)."""
    source, destination = as_path(source), as_path(destination)
    if is_local(destination):
        target = Path(destination.path)
        make_directories(target.parent)
        os.replace(source.path, target)
        sync_directory(target.parent)
        return
    source.fs.cp_file(source.path, destination.path)  # not mv: it expands glob patterns
    source.fs.rm_file(source.path)


def remove(path: UPath) -> None:
    """Delete one file (gone already is fine: another collector may have been first)."""
    path = as_path(path)
    try:
        path.fs.rm_file(path.path)
    except FileNotFoundError:
        return
