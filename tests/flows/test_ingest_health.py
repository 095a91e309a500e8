"""Source health and progress as the user sees them: the CLI table, the stale flag, log lines."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime, timedelta

import pytest

from flows.cli import _print_health
from flows.ingest import _summary
from flows.progress import RunProgress
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
    _print_health(
        {"run_id": "run-1", "warehouse": "/wh", "sources": {"wire": _summary(record)}}, out
    )
    text = out.getvalue()
    assert "STALE" in text and "timeout=2" in text and "! wire: nothing new since" in text

    fresh = health_record(SOURCE, Tally(new_urls=3), history, NOW, "run-1")
    assert not fresh.stale and fresh.last_new_item_at == NOW


def test_progress_without_a_terminal_is_plain_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test-progress")
    assert not RunProgress.wants_bars()  # pytest captures stderr: not a terminal
    with caplog.at_level(logging.INFO, "test-progress"), RunProgress(logger, bars=False) as p:
        fetch = p.stage("fetch")
        fetch.add_total(10)
        fetch.advance(4)
        fetch.advance(6)
    assert [r.getMessage() for r in caplog.records] == ["fetch: 4/10", "fetch: 10/10"]


def test_progress_on_a_terminal_draws_bars() -> None:
    with RunProgress(logging.getLogger("x"), bars=True) as p:
        stage = p.stage("derive", 3)
        stage.advance(3)
        bars = p._bars
        assert bars is not None and bars.tasks[0].completed == 3 and bars.tasks[0].finished
