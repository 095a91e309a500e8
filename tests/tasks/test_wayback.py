"""The Wayback CDX answer: rows become snapshots one by one; a hostile row fails alone."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas.errors import MalformedFeed, NewsledgerError
from tasks.wayback import parse_cdx

HEADER = ["timestamp", "original", "mimetype", "statuscode", "digest"]


def _cdx(*rows: object) -> bytes:
    return json.dumps([HEADER, *rows]).encode()


def test_rows_become_snapshots_oldest_first() -> None:
    snapshots = parse_cdx(
        _cdx(
            ["20200703000000", "http://s.test/b", "text/html", "200", "X"],
            ["20200702101500", "http://s.test/a", "text/html", "200", "Y"],
        )
    )
    assert [s.original for s in snapshots] == ["http://s.test/a", "http://s.test/b"]
    assert snapshots[0].observed_at == datetime(2020, 7, 2, 10, 15, tzinfo=UTC)


def test_hostile_rows_are_rejected_one_by_one() -> None:
    rejected: list[tuple[str, NewsledgerError]] = []
    snapshots = parse_cdx(
        _cdx(
            ["20200702000000", "http://s.test/ok", "text/html", "200", "A"],
            ["20201302000000", "http://s.test/month-13", "text/html", "200", "B"],
            ["yesterday", "http://s.test/no-timestamp", "text/html", "200", "C"],
            ["20200702000000", "http://[::1", "text/html", "200", "D"],
            ["20200702000000", "javascript:alert(1)", "text/html", "200", "E"],
            ["20200702000000"],
            "not a row",
        ),
        rejected,
    )
    assert [s.original for s in snapshots] == ["http://s.test/ok"]
    assert [(where, e.reason) for where, e in rejected] == [
        ("http://s.test/month-13", "malformed-feed"),
        ("http://s.test/no-timestamp", "malformed-feed"),
        ("http://[::1", "invalid-url"),
        ("javascript:alert(1)", "unsupported-scheme"),
        ("['20200702000000']", "invalid-url"),
        ("not a row", "malformed-feed"),
    ]


@pytest.mark.parametrize("content", [b"not json", b"[" * 100_000, b'{"a": 1}', b'[["x", "y"]]'])
def test_an_answer_that_is_not_a_cdx_table_is_malformed(content: bytes) -> None:
    with pytest.raises(MalformedFeed):
        parse_cdx(content)
