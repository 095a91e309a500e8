"""Storage that survives crashes: no partial object in S3, durable renames on disk, and a
warehouse root that is a place, never a pattern."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
import s3fs
from upath import UPath

from tests.records import at, version
from tests.s3_server import ACCESS_KEY, BUCKET, SECRET_KEY, S3Server
from warehouse.layout import resolve_root
from warehouse.ledger import read_ledger
from warehouse.log import append_events, commit_run
from warehouse.queries import query
from warehouse.storage import list_files, write_atomically

REPO = Path(__file__).resolve().parents[2]
EIGHT_MB = b"x" * (8 << 20)  # over s3fs's 5 MB block: a buffered file starts a multipart upload


class WriterDied(Exception):
    pass


def _dies_midway(handle: IO[bytes]) -> None:
    handle.write(EIGHT_MB)
    handle.write(EIGHT_MB)
    raise WriterDied("the process writing this file failed halfway")


@pytest.fixture
def store(s3_server: S3Server) -> s3fs.S3FileSystem:
    return s3fs.S3FileSystem(
        key=ACCESS_KEY,
        secret=SECRET_KEY,
        endpoint_url=s3_server.endpoint,
        skip_instance_cache=True,
        use_listings_cache=False,
    )


def test_an_s3_write_that_raises_midway_uploads_nothing(
    s3_root: str, store: s3fs.S3FileSystem
) -> None:
    target = resolve_root(s3_root) / "events" / "captures" / "date=2020-07-02" / "r1-0.parquet"
    with pytest.raises(WriterDied):
        write_atomically(target, _dies_midway)
    assert not store.exists(target.path)
    uploads = store.call_s3("list_multipart_uploads", Bucket=BUCKET).get("Uploads", [])
    assert [u["Key"] for u in uploads if u["Key"].startswith(target.path.split("/", 1)[1])] == []
    # A complete write still lands, whole.
    write_atomically(target, lambda handle: handle.write(EIGHT_MB))
    assert store.cat(target.path) == EIGHT_MB


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Record renames and fsyncs (of files and directories) in the order they happen."""
    events: list[tuple[str, str]] = []
    real_replace, real_fsync, real_open = os.replace, os.fsync, os.open
    opened: dict[int, str] = {}

    def replace(source: Any, target: Any) -> None:
        real_replace(source, target)
        events.append(("rename", str(target)))

    def open_(path: Any, flags: int, *args: Any) -> int:
        fd = real_open(path, flags, *args)
        opened[fd] = str(path)
        return fd

    def fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(("fsync", opened.get(fd, "a file")))

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "open", open_)
    yield events


def test_a_commit_marker_follows_durable_renames_of_every_file(
    tmp_path: Path, synced: list[tuple[str, str]]
) -> None:
    """On a disk, each rename is made durable (its directory fsynced) before the marker is
    written: a power loss cannot keep a marker whose files the disk forgot."""
    files = append_events(tmp_path, "r1", "0", [version("a1", "body", at(2), "r1")])
    commit_run(tmp_path, "r1", "test", files)
    (parquet,) = files
    renamed = events_index(synced, ("rename", str(tmp_path / parquet)))
    directory_synced = events_index(synced, ("fsync", str((tmp_path / parquet).parent)))
    marker = events_index(synced, ("rename", str(tmp_path / "commits" / "r1.json")))
    assert renamed < directory_synced < marker
    assert synced[-1] == ("fsync", str(tmp_path / "commits"))


def events_index(events: list[tuple[str, str]], wanted: tuple[str, str]) -> int:
    assert wanted in events, f"{wanted} not in {events}"
    return events.index(wanted)


def _warehouse_with(root: Path, article: str) -> None:
    event = version(article, f"body of {article}", at(2), "r1")
    commit_run(root, "r1", "test", append_events(root, "r1", "0", [event]))


@pytest.mark.parametrize("name", ["wh*", "wh?", "w[h]"])
def test_a_root_with_glob_characters_reads_itself_only(tmp_path: Path, name: str) -> None:
    """`--warehouse 'wh*'` is the directory of that name, not every directory matching it."""
    mine, other = tmp_path / name, tmp_path / "wh1"
    _warehouse_with(mine, "mine")
    _warehouse_with(other, "other")
    shutil.copytree(other / "commits", tmp_path / "whX" / "commits")  # a stray sibling marker
    assert query(mine, "SELECT article_id FROM article_versions").rows == [("mine",)]
    assert [m.run_id for m in read_ledger(UPath(mine)).markers] == ["_init", "r1"]
    assert [Path(f).name for f in list_files(UPath(mine) / "commits")] == ["_init.json", "r1.json"]
    script = (
        f"SET VARIABLE newsledger_root = '{mine}';\n"
        f".read {REPO / 'warehouse' / 'views.sql'}\n"
        ".mode csv\n"
        "SELECT article_id FROM article_versions;\n"
    )
    out = subprocess.run(
        [str(REPO / ".venv" / "bin" / "duckdb")],
        input=script,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.split() == ["article_id", "mine"], out.stderr
