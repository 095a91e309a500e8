"""Days that mean one thing everywhere: `published_day`/`updated_day` are the calendar day the
page states, whatever the DuckDB session's time zone, and timelines bucket by them.

A day-only date is stored as 00:00 UTC with precision 'day'; cast to DATE in a session west of
UTC it falls on the day before. A time with a stated offset belongs to the local date there.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from tests.records import at, mention, version
from warehouse.log import append_events, commit_run
from warehouse.queries import connect

DAY_ONLY = version("day-only", "a", at(5), "r1")  # published 2020-07-02, precision 'day'
EAST = dataclasses.replace(  # 01:00 on July 2 at UTC+5: July 1, 20:00 UTC
    version("east", "b", at(5), "r1"),
    published_at=datetime(2020, 7, 1, 20, tzinfo=UTC),
    published_precision="second",
    published_utc_offset_minutes=300,
    updated_at=datetime(2020, 7, 3, 22, tzinfo=UTC),  # 03:00 on July 4 there
    updated_precision="second",
    updated_utc_offset_minutes=300,
)
WEST = dataclasses.replace(  # 20:00 on July 1 at UTC-7: July 2, 03:00 UTC
    version("west", "c", at(5), "r1"),
    published_at=datetime(2020, 7, 2, 3, tzinfo=UTC),
    published_precision="second",
    published_utc_offset_minutes=-420,
)
UNDATED = dataclasses.replace(
    version("undated", "d", at(5, 23), "r1"), published_at=None, published_precision=None
)
EXPECTED = {
    "day-only": (date(2020, 7, 2), None),
    "east": (date(2020, 7, 2), date(2020, 7, 4)),
    "west": (date(2020, 7, 1), None),
    "undated": (None, None),
}


def _warehouse(root: Path) -> None:
    versions = [DAY_ONLY, EAST, WEST, UNDATED]
    mentions = [mention(v, "Q1", "One", ["One"]) for v in versions]
    commit_run(root, "r1", "test", append_events(root, "r1", "0", [*versions, *mentions]))


def test_a_stated_day_keeps_its_day_in_any_session_time_zone(tmp_path: Path) -> None:
    _warehouse(tmp_path)
    con = connect(tmp_path)
    try:
        assert con.execute("SELECT current_setting('TimeZone')").fetchone() == ("UTC",)
        con.execute("SET TimeZone = 'America/Los_Angeles'")
        days = con.execute("SELECT article_id, published_day, updated_day FROM articles").fetchall()
        assert {row[0]: row[1:] for row in days} == EXPECTED
        # The trap the columns avoid: the stored instant cast to a date in this session.
        naive = con.execute("SELECT published_at::DATE FROM articles WHERE article_id = 'day-only'")
        assert naive.fetchone() == (date(2020, 7, 1),)
        timeline = con.execute("SELECT * FROM entity_timeline('Q1', 'day')").fetchall()
        assert [(str(day), n) for day, n, _ in timeline] == [
            ("2020-07-01", 1),  # west
            ("2020-07-02", 2),  # day-only, east
            ("2020-07-05", 1),  # undated: the day it was observed, in UTC
        ]
        mentioned = con.execute("SELECT DISTINCT published_day FROM entity_mentions ORDER BY 1")
        assert [row[0] for row in mentioned.fetchall()] == [
            date(2020, 7, 1),
            date(2020, 7, 2),
            None,
        ]
    finally:
        con.close()
