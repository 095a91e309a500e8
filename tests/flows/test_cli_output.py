"""What the CLI prints, in-process: hostile text made harmless in tables and CSV but exact in
JSON, values never as Python reprs, progress as periodic lines, the quiet console, and when a
night counts as failed."""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from flows.cli import QuietConsole
from flows.cli_output import printable, render
from flows.cli_reports import failed_night, source_failed
from flows.progress import PLAIN_EVERY_SECONDS, PROGRESS_MARK, RunProgress
from warehouse.queries import Result

# bidi override + isolate, zero-width space and joiner, a terminal escape, BEL, NUL, a C1
# control, a line separator, a soft hyphen, a private-use character
HOSTILE = "Ev\u202eil\u2066 ti\u200btle\u200d\x1b[31mred\x07\x00\x85x\u2028y\xadz\ue000!"
SHOWN = "Evil title[31mred x yz!"


def _text(result: Result, fmt: str) -> str:
    out = io.StringIO()
    render(result, fmt, out)
    return out.getvalue()


def test_non_printing_characters_are_dropped_from_tables_and_csv_but_json_is_exact() -> None:
    assert printable(HOSTILE) == SHOWN
    assert printable("Zürich, القاهرة, 東京 🙂") == "Zürich, القاهرة, 東京 🙂"  # text stays
    result = Result(["title\u202e"], [(HOSTILE,)])
    assert _text(result, "table").splitlines() == ["title", "-" * len(SHOWN), SHOWN, "(1 row)"]
    assert _text(result, "csv").splitlines() == ["title", SHOWN]
    assert json.loads(_text(result, "json")) == [{"title\u202e": HOSTILE}]
    assert [json.loads(line) for line in _text(result, "ndjson").splitlines()] == [
        {"title\u202e": HOSTILE}
    ]


def test_values_print_as_values_never_as_python_reprs() -> None:
    moment = datetime(2020, 7, 2, 14, 5, tzinfo=UTC)
    row = (moment, date(2020, 7, 2), ["Pentagon", "DoD"], {"a": 1}, Decimal("1.5"), None, b"\x01")
    result = Result(["at", "day", "mentions", "struct", "share", "nothing", "raw"], [row])
    table = _text(result, "table")
    assert "datetime" not in table and "Decimal" not in table and "['" not in table
    values = ["2020-07-02 14:05:00+00:00", "2020-07-02", '["Pentagon", "DoD"]', '{"a": 1}', "1.5"]
    assert table.splitlines()[2].split() == [*" ".join(values).split(), "01"]
    assert _text(result, "csv").splitlines()[1] == (
        '2020-07-02 14:05:00+00:00,2020-07-02,"[""Pentagon"", ""DoD""]","{""a"": 1}",1.5,,01'
    )
    assert json.loads(_text(result, "json")) == [
        {"at": "2020-07-02T14:05:00+00:00", "day": "2020-07-02", "mentions": ["Pentagon", "DoD"],
         "struct": {"a": 1}, "share": 1.5, "nothing": None, "raw": "01"}
    ]  # fmt: skip


def test_tables_align_wide_characters_and_cut_long_cells() -> None:
    table = _text(Result(["name", "n"], [("東京", 1), ("x" * 100, 2)]), "table").splitlines()
    assert table[2] == "東京" + " " * 56 + "  1"
    assert table[3] == "x" * 59 + "…  2"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_plain_progress_is_a_line_per_stage_at_most_every_few_seconds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock, logger = Clock(), logging.getLogger("test-plain-progress")
    with caplog.at_level(logging.INFO, logger.name), RunProgress(logger, False, clock) as p:
        pages = p.stage("pages", 100)
        for _ in range(30):  # 30 items in 3 s: one line at the first item, then quiet
            clock.now += 0.1
            pages.advance()
        clock.now = PLAIN_EVERY_SECONDS + 1  # due again
        pages.advance(10)
        clock.now += 1
        pages.advance(60)  # done: said at once
        unknown = p.stage("captures")
        clock.now += 1
        unknown.advance(7)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "pages: 1/100 (1%), 10.0/s, about 10 s left",
        "pages: 40/100 (40%), 3.6/s, about 16 s left",
        "pages: 100/100 (100%), 8.3/s",
        "captures: 7, 7.0/s",
    ]
    assert all(getattr(r, PROGRESS_MARK) for r in caplog.records)


def test_a_terminal_gets_bars_with_counts() -> None:
    with RunProgress(logging.getLogger("x"), bars=True) as p:
        stage = p.stage("derive", 3)
        stage.advance(3)
        bars = p._bars
        assert bars is not None and bars.tasks[0].completed == 3 and bars.tasks[0].finished


def _record(level: int, message: str, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("prefect.flow_runs", level, __file__, 1, message, None, None)
    record.__dict__.update(extra)
    return record


def test_the_quiet_console_keeps_progress_and_warnings_only() -> None:
    quiet = QuietConsole()
    assert quiet.filter(_record(logging.INFO, "fetch: 3/10", **{PROGRESS_MARK: True}))
    assert quiet.filter(_record(logging.WARNING, "robots.txt unreachable"))
    assert not quiet.filter(_record(logging.INFO, "Beginning flow run"))
    assert not quiet.filter(_record(logging.ERROR, "Finished in state Failed('boom')"))
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        traced = _record(logging.ERROR, "Encountered exception", exc_info=sys.exc_info())
    assert not quiet.filter(traced)  # the CLI reports the error itself, once


def _health(**counts: object) -> dict[str, object]:
    base: dict[str, object] = {
        "discovered": 5, "new_urls": 5, "rechecked": 0, "fetched": 5, "not_modified": 0,
        "failed": {},
    }  # fmt: skip
    return {**base, **counts}


def test_a_source_failed_when_it_recorded_failures_and_got_nothing() -> None:
    assert not source_failed(_health())
    assert source_failed(_health(discovered=0, new_urls=0, fetched=0, failed={"timeout": 1}))
    assert source_failed(_health(fetched=0, failed={"target-refused": 5}))  # every fetch refused
    assert not source_failed(_health(fetched=4, failed={"target-refused": 1}))
    # the feed worked and nothing was due; only the sitemap failed: not a failed source
    assert not source_failed(_health(new_urls=0, fetched=0, failed={"malformed-feed": 1}))
    assert not source_failed(_health(fetched=0, not_modified=5, failed={"timeout": 1}))


def test_fail_on_all_any_never() -> None:
    bad = _health(discovered=0, new_urls=0, fetched=0, failed={"timeout": 1})
    one_bad = {"a": _health(), "b": bad}
    assert failed_night(one_bad, "all") is None
    assert failed_night(one_bad, "any") == "1 of 2 sources failed this run (b)"
    assert failed_night({"a": bad, "b": bad}, "all") == "every source failed this run (a, b)"
    assert failed_night({"a": bad, "b": bad}, "never") is None
    assert failed_night({}, "all") is None  # no sources at all is not a failed night
