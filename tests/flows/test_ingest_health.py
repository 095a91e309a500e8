"""Source health and progress as the user sees them: the CLI table, the stale flag, log lines."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from flows.cli_reports import print_health
from flows.ingest import _summary
from schemas.pages import Source
from schemas.tally import Tally
from tasks.health import health_record

NOW = datetime(2020, 7, 20, 2, 30, tzinfo=UTC)
SOURCE = Source("wire", "Wire", "http://wire.test/", None, None, "en", "UTC")


def test_a_source_quiet_for_longer_than_its_rhythm_is_flagged_and_printed() -> None:
    # published every ~6 hours, last new item found four days ago
    history = [(NOW - timedelta(days=4, hours=6 * i), NOW - timedelta(days=4)) for i in range(8)]
    counts = Tally(discovered=20, rechecked=20, not_modified=20)
    counts.failures["timeout"] = 2
    record = health_record(SOURCE, counts, history, NOW, "run-1")
    assert record.stale and record.usual_gap_hours == 6.0
    assert record.failed == 2 and record.failed_reasons == ["timeout=2"]
    out = io.StringIO()
    print_health(
        {"run_id": "run-1", "warehouse": "/wh", "sources": {"wire": _summary(record)}}, out
    )
    text = out.getvalue()
    assert "STALE" in text and "timeout=2" in text and "! wire: nothing new since" in text

    fresh = health_record(SOURCE, Tally(new_urls=3), history, NOW, "run-1")
    assert not fresh.stale and fresh.last_new_item_at == NOW
