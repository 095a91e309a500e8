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
