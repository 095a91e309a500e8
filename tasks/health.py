"""Source health as pure arithmetic: a source's usual rhythm, and whether it has gone quiet.

A wire service publishes every few minutes, a weekly column once a week: "no new item for a
day" means trouble for one and nothing for the other. So a source is judged against its own
history: the median gap between its recent items' publication times. It is flagged stale when
nothing new has been found for longer than `factor` × that gap (and at least `floor`), which
catches a feed that silently froze, moved or started serving an error page as a 200.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import pairwise

from schemas.events import SourceHealth
from schemas.ids import event_id
from schemas.pages import Source
from schemas.tally import Tally

STALE_FACTOR = 3.0
STALE_FLOOR = timedelta(days=1)
MIN_HISTORY = 3  # fewer items than this: no rhythm to judge by


def usual_gap(item_times: Sequence[datetime]) -> timedelta | None:
    """The median gap between consecutive items (by publication time), or None if too few."""
    ordered = sorted(set(item_times))
    if len(ordered) < MIN_HISTORY:
        return None
    gaps = [later - earlier for earlier, later in pairwise(ordered)]
    return timedelta(seconds=statistics.median(g.total_seconds() for g in gaps))


def is_stale(
    last_new: datetime | None,
    gap: timedelta | None,
    now: datetime,
    factor: float = STALE_FACTOR,
    floor: timedelta = STALE_FLOOR,
) -> bool:
    """Quiet for longer than its rhythm allows; a source without history is never stale."""
    if last_new is None or gap is None:
        return False
    return now - last_new > max(gap * factor, floor)


def health_record(
    source: Source,
    tally: Tally,
    history: Sequence[tuple[datetime, datetime]],
    now: datetime,
    run_id: str,
) -> SourceHealth:
    """One source's run as a stored record: its tallies, its usual rhythm, whether it has gone
    quiet. `history` is (item time, first seen) of its recent new articles, newest first."""
    last_new = now if tally.new_urls else max((seen for _, seen in history), default=None)
    gap = usual_gap([item for item, _ in history])
    return SourceHealth(
        event_id=event_id(run_id, source.source_id),
        source_id=source.source_id,
        discovered=tally.discovered,
        new_urls=tally.new_urls,
        rechecked=tally.rechecked,
        skipped_by_tier=tally.skipped_by_tier,
        fetched=tally.fetched,
        not_modified=tally.not_modified,
        unchanged=tally.unchanged,
        new_versions=tally.versions,
        deleted=tally.tombstones,
        failed=sum(tally.failures.values()),
        failed_reasons=[f"{k}={v}" for k, v in sorted(tally.failures.items())],
        last_new_item_at=last_new,
        usual_gap_hours=round(gap.total_seconds() / 3600, 2) if gap is not None else None,
        stale=is_stale(last_new, gap, now),
        observed_at=now,
        run_id=run_id,
    )
