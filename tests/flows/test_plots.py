"""`timeline --plot`: a PNG and a self-contained HTML chart from a real warehouse."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows.cli import main
from flows.plots import chart_data, display, render_html, write_plot
from tasks.entities import load_alias_table
from tests.records import mention, version
from warehouse.log import append_events, commit_run, write_alias_snapshot

HOSTILE = "Acme $x^2$ <b>&</b>\x07 " + "y" * 300


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight weeks of articles about the Pentagon, some with the Taliban and a hostile name."""
    root = tmp_path_factory.mktemp("wh")
    start = datetime(2020, 6, 1, 9, tzinfo=UTC)
    events: list[object] = []
    for i in range(20):
        when = start + timedelta(days=3 * i)
        v = version(f"a{i}", f"body {i}", when, "r1", published_at=when)
        events += [
            v,
            mention(v, "Q11209", "United States Department of Defense", ["Pentagon"] * (i % 3 + 1)),
        ]
        if i % 2:
            events.append(mention(v, "Q42418", "Taliban", ["Taliban"]))
        if i % 5 == 0:
            events.append(mention(v, "nl:org:hostile", HOSTILE, [HOSTILE]))
    commit_run(root, "r1", "test", append_events(root, "r1", "0", events))
    table = load_alias_table()
    write_alias_snapshot(root, table.version, ((eid, key) for key, eid in table.alias_rows()))
    return root


def test_chart_data_names_the_entity_and_its_company(warehouse: Path) -> None:
    chart = chart_data(warehouse, "DoD", "week")
    assert chart.heading == "United States Department of Defense (Q11209)"
    assert sum(chart.articles) == 20 and len(chart.starts) == 9
    assert "Taliban (10)" in chart.subtitle


def test_png_is_written(warehouse: Path, tmp_path: Path) -> None:
    path = write_plot(warehouse, "Pentagon", "week", tmp_path / "pentagon.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    empty = write_plot(warehouse, "nobody at all", "day", tmp_path / "empty.png")
    assert empty.read_bytes().startswith(b"\x89PNG")
    hostile = write_plot(warehouse, "nl:org:hostile", "month", tmp_path / "hostile.png")
    assert hostile.read_bytes().startswith(b"\x89PNG")


def test_html_is_self_contained_and_escaped(warehouse: Path, tmp_path: Path) -> None:
    assert main(["timeline", "Q11209", "--by", "week", "--warehouse", str(warehouse),
                 "--plot", str(tmp_path / "dod.html")]) == 0  # fmt: skip
    page = (tmp_path / "dod.html").read_text(encoding="utf-8")
    assert "<svg" in page and page.count("<rect") == 9 and "<polyline" in page
    assert not re.search(r"<script|src=|href=|https?://(?!www\.w3\.org/2000/svg)", page)
    assert "Articles (bars)" in page and "Mentions (line)" in page
    hostile = render_html(chart_data(warehouse, "nl:org:hostile", "week"))
    assert "<b>" not in hostile and "\x07" not in hostile and "&lt;b&gt;" in hostile


def test_unknown_extension_is_refused(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.html"):
        write_plot(warehouse, "Pentagon", "week", tmp_path / "chart.pdf")


def test_display_strips_control_characters_and_caps_length() -> None:
    assert display("a\x00b\nc") == "a b c"
    assert len(display("z" * 10_000)) == 80
