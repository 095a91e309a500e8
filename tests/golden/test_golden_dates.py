"""Golden pages written for each date and dateline style (tests/golden/dates/).

Three checks per page: the fixture records the `CODE_VERSION` of every stage it depends on as
the code has it now; what the code finds equals the reviewed "found" block (regenerate it on
purpose with `python -m tests.golden.regenerate` and review the diff: it refuses to rewrite an
output whose stage version was not bumped); and it agrees with the hand-written "stated"
block — no updated date where the page states none, and every stated moment to the minute
with the page's UTC offset.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tasks import dates
from tests.golden import regenerate
from tests.golden.regenerate import DATES, Section, code_versions, plan

CASES = DATES.fixtures()


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
def test_golden_page(name: str, html_path: Path, json_path: Path) -> None:
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    assert expected["code_versions"] == code_versions(DATES), (
        f"{name}: recorded with other stage versions; python -m tests.golden.regenerate"
    )
    found = DATES.derive(html_path.read_text(encoding="utf-8"), expected["page"])
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


# ---------------------------------------------------------------------------------------------
# Outputs and the stage's version change together


@pytest.fixture
def one_fixture(tmp_path: Path) -> Section:
    """A section of one real golden page, copied aside so that it can be tampered with."""
    _, html_path, json_path = CASES[0]
    shutil.copy(html_path, tmp_path / html_path.name)
    shutil.copy(json_path, tmp_path / json_path.name)
    return Section(tmp_path, DATES.derive, DATES.producers)


def _tamper(section: Section, field: str) -> Path:
    """Make the recorded output of `field` differ from what the code finds."""
    (_, _, json_path) = section.fixtures()[0]
    expected = json.loads(json_path.read_text(encoding="utf-8"))
    expected["found"][field] = None if expected["found"][field] else {"value": "x"}
    json_path.write_text(json.dumps(expected), encoding="utf-8")
    return json_path


def test_regenerate_refuses_a_changed_output_whose_stage_was_not_bumped(
    one_fixture: Section, monkeypatch: pytest.MonkeyPatch
) -> None:
    json_path = _tamper(one_fixture, "published")
    before = json_path.read_text(encoding="utf-8")
    _, refusals = plan(one_fixture)
    assert [r.split(":")[0] for r in refusals] == [json_path.name]
    assert "tasks.dates.CODE_VERSION" in refusals[0]
    monkeypatch.setattr(regenerate, "SECTIONS", {"tmp": one_fixture})
    assert regenerate.main(["tmp"]) == 1
    assert json_path.read_text(encoding="utf-8") == before  # nothing written


def test_regenerate_rewrites_a_changed_output_once_its_stage_is_bumped(
    one_fixture: Section, monkeypatch: pytest.MonkeyPatch
) -> None:
    json_path = _tamper(one_fixture, "published")
    monkeypatch.setattr(dates, "CODE_VERSION", f"{dates.CODE_VERSION}-next")
    monkeypatch.setattr(regenerate, "SECTIONS", {"tmp": one_fixture})
    assert regenerate.main(["tmp"]) == 0
    written = json.loads(json_path.read_text(encoding="utf-8"))
    assert written["code_versions"]["dates"] == f"{dates.CODE_VERSION}"
    html = one_fixture.fixtures()[0][1].read_text(encoding="utf-8")
    assert written["found"] == one_fixture.derive(html, written["page"])


def test_another_stages_bump_does_not_license_a_dates_change(
    one_fixture: Section, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tamper(one_fixture, "updated")
    from tasks import datelines

    monkeypatch.setattr(datelines, "CODE_VERSION", f"{datelines.CODE_VERSION}-next")
    _, refusals = plan(one_fixture)
    assert len(refusals) == 1 and "'updated' changed" in refusals[0]


def test_a_bump_alone_rewrites_the_recorded_versions(
    one_fixture: Section, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dates, "CODE_VERSION", f"{dates.CODE_VERSION}-next")
    rewrites, refusals = plan(one_fixture)
    assert not refusals
    assert [r.expected["code_versions"]["dates"] for r in rewrites] == [dates.CODE_VERSION]
