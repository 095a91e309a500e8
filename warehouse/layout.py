"""Where things live under a warehouse root (one place, so readers and writers agree).

```
<root>/events/<dataset>/date=YYYY-MM-DD/<run_id>-<batch>.parquet   append-only events
<root>/events/<dataset>/_schema.parquet                            zero rows: the schema
<root>/commits/<run_id>.json                                       a run becomes visible
<root>/raw/date=YYYY-MM-DD/<run_id>-<batch>.warc.gz                raw captures (WARC)
<root>/reference/entity_aliases-<version>.parquet                  alias table snapshots
<root>/compactions/<compaction_id>.json                             a merged file, what it replaced
<root>/retired/<compaction_id>/events/...                           files compaction replaced
<root>/quarantine/<entry_id>.json, quarantine/<original path>       damaged files moved aside
<root>/rollups/entity_days.json, rollups/entity_days-<id>.parquet  timelines' rollup
<root>/fingerprints/<id>.json                                       columns of older files
```
The root is a local path or an object-store URL (`s3://bucket/prefix`); see `warehouse.storage`.
The root is a place, never a pattern: nothing lists it by glob (a root may contain `*` or `[`).
"""

from __future__ import annotations

import os
from pathlib import Path

from upath import UPath

from warehouse.s3_settings import block_settings

DEFAULT_ROOT = "data"
INIT_RUN_ID = "_init"
SCHEMA_FILE = "_schema.parquet"


def resolve_root(root: str | os.PathLike[str] | None = None) -> UPath:
    """The warehouse root: the argument, else NEWSLEDGER_WAREHOUSE, else ./data.

    A URL with a scheme (`s3://bucket/prefix`) stays a URL; anything else is a local path,
    made absolute so worker processes with another working directory agree on it. Listings
    of an object store are never cached: other writers add files all the time.
    """
    chosen = root if root is not None else os.environ.get("NEWSLEDGER_WAREHOUSE", DEFAULT_ROOT)
    if isinstance(chosen, UPath):
        return chosen
    if "://" in str(chosen):
        return object_store_path(str(chosen))
    return UPath(Path(chosen).expanduser().resolve())


def object_store_path(url: str) -> UPath:
    """An object-store URL with its settings (`warehouse.s3_settings`); listings uncached."""
    options = block_settings()
    extra = options.storage_options() if options and url.startswith(("s3://", "s3a://")) else {}
    return UPath(url, use_listings_cache=False, **extra)


def events_dir(root: UPath, dataset: str) -> UPath:
    return root / "events" / dataset


def commits_dir(root: UPath) -> UPath:
    return root / "commits"


def raw_dir(root: UPath) -> UPath:
    return root / "raw"


def reference_dir(root: UPath) -> UPath:
    return root / "reference"


def compactions_dir(root: UPath) -> UPath:
    return root / "compactions"


def retired_dir(root: UPath) -> UPath:
    return root / "retired"


def quarantine_dir(root: UPath) -> UPath:
    return root / "quarantine"


def dataset_of(relative: str) -> str | None:
    """The dataset of an event file (`events/<dataset>/...`, relative to the root), else None."""
    parts = relative.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "events" else None


def rollups_dir(root: UPath) -> UPath:
    return root / "rollups"


def fingerprints_dir(root: UPath) -> UPath:
    return root / "fingerprints"


def init_marker(root: UPath) -> UPath:
    """The marker `init_warehouse` writes last: a root without it holds no warehouse."""
    return commits_dir(root) / f"{INIT_RUN_ID}.json"


def schema_file(root: UPath, dataset: str) -> UPath:
    return events_dir(root, dataset) / SCHEMA_FILE
