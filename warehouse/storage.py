"""Warehouse files on a local disk or in an object store (`s3://`), through one small API.

Every write is all-or-nothing, so a reader or a killed writer never leaves a half file in view:
- on a local disk: write a hidden temporary sibling, fsync it, rename it into place;
- in an object store: write the object in place. A PUT is atomic there (an object appears
  whole or not at all, and an interrupted multipart upload leaves nothing visible), and there
  is no rename to lean on (a "move" is a copy and a delete).

Paths are `UPath`s (universal_pathlib over fsspec): a local path behaves as a `pathlib.Path`,
an `s3://` one reaches S3 through s3fs, which takes its endpoint, region and credentials from
the usual AWS settings (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, profiles, ...).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem
from upath import UPath

Writer = Callable[[IO[bytes]], object]
Location = str | os.PathLike[str] | UPath


def as_path(location: Location) -> UPath:
    """A `UPath` for a local path, a `file://` or an `s3://` URL (kept as it is if it is one)."""
    return location if isinstance(location, UPath) else UPath(location)


def is_local(path: UPath) -> bool:
    return isinstance(as_path(path).fs, LocalFileSystem)


def write_atomically(path: UPath, write: Writer) -> None:
    """Call `write(handle)` so that `path` appears whole or not at all."""
    path = as_path(path)
    if not is_local(path):
        with path.open("wb") as handle:
            write(handle)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp.path, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp.path, path.path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomically(path: UPath, data: bytes) -> None:
    write_atomically(path, lambda handle: handle.write(data))


def write_table(path: UPath, table: pa.Table, **options: Any) -> None:
    write_atomically(path, lambda handle: pq.write_table(table, handle, **options))


def read_table(path: UPath, columns: list[str] | None = None) -> pa.Table:
    with as_path(path).open("rb") as handle:
        return pq.read_table(handle, columns=columns)


def list_files(directory: UPath, pattern: str) -> list[str]:
    """Full paths (URLs in an object store) of the files in `directory` matching `pattern`."""
    directory = as_path(directory)
    found = directory.fs.glob(f"{directory.path}/{pattern}")
    if is_local(directory):
        return sorted(found)
    return sorted(f"{directory.protocol}://{name}" for name in found)


def read_all(directory: UPath, pattern: str) -> dict[str, bytes]:
    """The contents of every file in `directory` matching `pattern`, by file name."""
    directory = as_path(directory)
    found = directory.fs.glob(f"{directory.path}/{pattern}")
    contents: dict[str, bytes] = directory.fs.cat(found) if found else {}
    return {name.rsplit("/", 1)[-1]: data for name, data in contents.items()}


def upload(local: str, path: UPath) -> None:
    """Move a finished local file (a spooled WARC) to `path`, atomically."""
    path = as_path(path)
    if is_local(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(local, path.path)
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
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source.path, destination.path)
        return
    source.fs.mv(source.path, destination.path)
