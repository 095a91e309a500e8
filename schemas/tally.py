"""What a run did, counted: one source's night (nightly) or one chunk (backfill, replay).

One tally for every path, so health records, commit summaries and the console count the same
things the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from schemas.events import Failure


@dataclass
class Tally:
    """What one source's run (nightly) or one chunk (backfill, replay) did, for health records,
    commit summaries and the console."""

    discovered: int = 0
    new_urls: int = 0
    rechecked: int = 0
    skipped_by_tier: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    versions: int = 0
    outside_window: int = 0
    tombstones: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def fail(self, records: Iterable[Failure]) -> None:
        self.failures.update(r.reason for r in records)

    def summary(self) -> dict[str, Any]:
        """The counts, JSON-ready (for commit markers and run reports)."""
        return {
            "discovered": self.discovered,
            "new_urls": self.new_urls,
            "rechecked": self.rechecked,
            "skipped_by_tier": self.skipped_by_tier,
            "fetched": self.fetched,
            "not_modified": self.not_modified,
            "unchanged": self.unchanged,
            "versions": self.versions,
            "outside_window": self.outside_window,
            "tombstones": self.tombstones,
            "failures": dict(sorted(self.failures.items())),
        }
