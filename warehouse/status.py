"""`newsledger status`: how each source and the warehouse are doing, read from the log only.

Why: after a night (or a week of nights) an editor wants one screen that says which sources
work, which went quiet, and what failed and why, without writing SQL. Everything here reads:
a path with no warehouse raises `WarehouseMissing`, never creates one.

Per source: its last run (the newest committed run that wrote anything for it), the last time
a new article was first seen, whether its newest health record calls it stale, and its
failures in that last run by reason. For the warehouse: its size on disk (or in the bucket) by
top-level folder, its runs, and its last commit and last compaction.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from upath import UPath

from schemas.errors import WarehouseMissing
from warehouse.layout import INIT_RUN_ID, commits_dir
from warehouse.queries import query
from warehouse.storage import as_path, read_all

COMPACTIONS = "compactions"

SOURCES_SQL = """
WITH touched AS (
    SELECT DISTINCT source_id, run_id FROM (
        SELECT source_id, run_id FROM source_health
        UNION ALL SELECT source_id, run_id FROM failures
        UNION ALL SELECT source_id, run_id FROM version_events
        UNION ALL SELECT source_id, run_id FROM observations
    )
), last_run AS (
    SELECT t.source_id, t.run_id, c.flow, c.committed_at
    FROM touched AS t JOIN committed_runs AS c USING (run_id)
    QUALIFY row_number() OVER (
        PARTITION BY t.source_id ORDER BY c.committed_at DESC, t.run_id DESC
    ) = 1
), health AS (
    SELECT source_id, stale, usual_gap_hours FROM source_health
    QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY observed_at DESC, run_id DESC) = 1
), first_seen AS (
    SELECT source_id, max(observed_at) AS last_new_article_at
    FROM article_versions WHERE version = 1 GROUP BY source_id
), live AS (
    SELECT source_id, count(*) AS articles FROM articles GROUP BY source_id
)
SELECT l.source_id, l.run_id, l.flow, l.committed_at, f.last_new_article_at,
       coalesce(a.articles, 0), h.stale, h.usual_gap_hours
FROM last_run AS l
LEFT JOIN health AS h USING (source_id)
LEFT JOIN first_seen AS f USING (source_id)
LEFT JOIN live AS a USING (source_id)
ORDER BY l.source_id
"""

FAILURES_SQL = """
WITH last_run AS (
    SELECT source_id, run_id FROM (
        SELECT source_id, run_id FROM source_health
        UNION ALL SELECT source_id, run_id FROM failures
        UNION ALL SELECT source_id, run_id FROM version_events
        UNION ALL SELECT source_id, run_id FROM observations
    ) JOIN committed_runs USING (run_id)
    QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY committed_at DESC, run_id DESC) = 1
)
SELECT f.source_id, f.reason, count(*) AS failures
FROM failures AS f JOIN last_run USING (source_id, run_id)
GROUP BY ALL
ORDER BY f.source_id, failures DESC, f.reason
"""


@dataclass(frozen=True)
class SourceStatus:
    source_id: str
    last_run_id: str
    last_run_flow: str
    last_run_at: datetime  # when that run committed
    last_new_article_at: datetime | None  # when a new article of this source was last seen
    articles: int  # live articles now
    stale: bool | None  # from the newest health record; None: no nightly run has judged it
    usual_gap_hours: float | None
    failures: dict[str, int] = field(default_factory=dict)  # in the last run, by reason


@dataclass(frozen=True)
class WarehouseStatus:
    root: str
    size_by_folder: dict[str, int]  # bytes per top-level folder (events, raw, commits, ...)
    files: int
    runs: int  # committed runs
    last_commit_at: datetime | None
    last_compaction_at: datetime | None
    sources: list[SourceStatus]

    @property
    def size_bytes(self) -> int:
        return sum(self.size_by_folder.values())


def require_warehouse(root: UPath) -> None:
    """Raise WarehouseMissing unless `root` holds a warehouse (its `_init` commit marker)."""
    if not (commits_dir(as_path(root)) / f"{INIT_RUN_ID}.json").exists():
        raise WarehouseMissing(f"no warehouse at {root}")


def _sizes(root: UPath) -> tuple[dict[str, int], int]:
    """Bytes per top-level folder, and the number of files, under `root`."""
    found = root.fs.find(root.path, detail=True)
    sizes: Counter[str] = Counter()
    prefix = root.path.rstrip("/") + "/"
    for name, info in found.items():
        relative = name[len(prefix) :] if name.startswith(prefix) else name
        folder = relative.split("/", 1)[0] if "/" in relative else "other"
        sizes[folder] += int(info.get("size") or 0)
    return dict(sorted(sizes.items())), len(found)


def _commit_times(root: UPath) -> list[datetime]:
    times = []
    for name, data in read_all(commits_dir(root), "*.json").items():
        if name == f"{INIT_RUN_ID}.json":
            continue
        try:
            times.append(datetime.fromisoformat(json.loads(data)["committed_at"]))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged marker is `newsledger check`'s business, not the status's
    return times


def _last_compaction(root: UPath) -> datetime | None:
    times = []
    for data in read_all(root / COMPACTIONS, "*.json").values():
        try:
            times.append(datetime.fromisoformat(json.loads(data)["at"]))
        except (ValueError, KeyError, TypeError):
            continue
    return max(times, default=None)


def warehouse_status(root: UPath) -> WarehouseStatus:
    """Everything `newsledger status` prints, read from the committed log."""
    root = as_path(root)
    require_warehouse(root)
    failures: dict[str, dict[str, int]] = {}
    for source_id, reason, count in query(root, FAILURES_SQL).rows:
        failures.setdefault(source_id, {})[reason] = int(count)
    sources = [
        SourceStatus(
            source_id=row[0],
            last_run_id=row[1],
            last_run_flow=row[2],
            last_run_at=row[3],
            last_new_article_at=row[4],
            articles=int(row[5]),
            stale=row[6],
            usual_gap_hours=row[7],
            failures=failures.get(row[0], {}),
        )
        for row in query(root, SOURCES_SQL).rows
    ]
    sizes, files = _sizes(root)
    commits = _commit_times(root)
    return WarehouseStatus(
        root=str(root),
        size_by_folder=sizes,
        files=files,
        runs=len(commits),
        last_commit_at=max(commits, default=None),
        last_compaction_at=_last_compaction(root),
        sources=sources,
    )
