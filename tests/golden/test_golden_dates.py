"""Golden pages written for each date and dateline style (tests/golden/dates/).

Two checks per page: what the code finds equals the reviewed "found" block (regenerate it on
purpose with `python -m tests.golden.regenerate` and review the diff), and it agrees with the
hand-written "stated" block — no updated date where the page states none, and every stated
moment to the minute with the page's UTC offset.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.golden.regenerate import derive, fixtures

CASES = fixtures()


def _agrees(found: dict[str, Any] | None, stated: str | None) -> bool:
    if stated is None or found is None:
        return stated is None and found is None
    value = datetime.fromisoformat(found["value"])
    if "T" not in stated:  # a stated day: that calendar day, precision 'day'
        return found["precision"] == "day" and value == datetime.combine(
            date.fromisoformat(stated), datetime.min.time(), UTC
        )
    moment = datetime.fromisoformat(stated)
    offset = moment.utcoffset() or timedelta(0)
    return value.replace(second=0) == moment.astimezone(UTC).replace(second=0) and found[
        "utc_offset_minutes"
    ] == int(offset.total_seconds() // 60)


@pytest.mark.parametrize(("name", "html_path", "json_path"), CASES, ids=[c[0] for c in CASES])
def test_golden_page(name: str, html_path: Any, json_path: Any) -> None:
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    found = derive(html_path.read_text(encoding="utf-8"), expected["page"])
    assert found == expected["found"], f"{name}: output changed; regenerate and review"
    stated = expected["stated"]
    assert _agrees(found["published"], stated["published"]), name
    assert _agrees(found["updated"], stated["updated"]), name
    if stated["dateline"] is None:
        assert found["dateline"] is None
    else:
        got = found["dateline"]
        assert got is not None
        assert (got["place"], got["country"], got["agency"]) == (
            stated["dateline"]["place"],
            stated["dateline"]["country"],
            stated["dateline"]["agency"],
        )


def test_every_style_has_a_page() -> None:
    names = {c[0] for c in CASES}
    assert len(names) >= 16
