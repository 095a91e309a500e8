"""Where things live under a warehouse root (one place, so readers and writers agree).

```
<root>/events/<dataset>/date=YYYY-MM-DD/<run_id>-<batch>.parquet   append-only events
<root>/events/<dataset>/_schema.parquet                            zero rows: the schema
<root>/commits/<run_id>.json                                       a run becomes visible
<root>/raw/date=YYYY-MM-DD/<run_id>-<batch>.warc.gz                raw captures (WARC)
<root>/reference/entity_aliases-<version>.parquet                  alias table snapshots
```
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_ROOT = "data"
INIT_RUN_ID = "_init"


def resolve_root(root: str | os.PathLike[str] | None = None) -> Path:
    """The warehouse root: the argument, else NEWSLEDGER_WAREHOUSE, else ./data."""
    chosen = root if root is not None else os.environ.get("NEWSLEDGER_WAREHOUSE", DEFAULT_ROOT)
    return Path(chosen).expanduser().resolve()


def events_dir(root: Path, dataset: str) -> Path:
    return root / "events" / dataset


def commits_dir(root: Path) -> Path:
    return root / "commits"


def raw_dir(root: Path) -> Path:
    return root / "raw"


def reference_dir(root: Path) -> Path:
    return root / "reference"
