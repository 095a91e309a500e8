"""Compaction beside other compactions: a file another one moved first is not an error."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.records import at, version
from warehouse.compact import compact_partition, partitions, retire
from warehouse.ledger import read_ledger
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import query


def test_retiring_files_another_compaction_moved_first(tmp_path: Path) -> None:
    init_warehouse(tmp_path)
    for run in ("r1", "r2", "r3"):
        event = version(f"a-{run}", f"body {run}", at(2), run)
        commit_run(tmp_path, run, "test", append_events(tmp_path, run, "0", [event]))
    (dataset, partition), *_ = [p for p in partitions(tmp_path) if p[0] == "article_versions"]
    compaction = compact_partition(tmp_path, dataset, partition, read_ledger(tmp_path).live_files())
    assert compaction is not None and len(compaction.replaced) == 3
    # A compaction on another machine retired one of the same files already.
    elsewhere = tmp_path / "retired" / "other" / compaction.replaced[0]
    elsewhere.parent.mkdir(parents=True)
    shutil.move(tmp_path / compaction.replaced[0], elsewhere)

    moved = retire(tmp_path, timedelta(0), datetime.now(UTC) + timedelta(seconds=1))
    assert moved == compaction.replaced[1:]
    assert [p.name for p in partition.glob("*.parquet")] == [Path(compaction.written).name]
    assert query(tmp_path, "SELECT count(*) FROM article_versions").rows == [(3,)]
