"""`timeline --plot`: PNG, SVG and self-contained HTML charts from a real warehouse, drawn the
way a newsroom would publish them (one metric by default, whole-number ticks, bucket starts as
labels, nothing clipped, a footer that traces and dates the numbers)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from flows.cli import main
from flows.plots import (
    chart_data,
    display,
    figure,
    integer_ticks,
    render_html,
    write_plot,
)
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


def test_chart_data_names_the_entity_its_company_and_where_the_numbers_come_from(
    warehouse: Path,
) -> None:
    chart = chart_data(warehouse, "DoD", "week")
    assert chart.heading == "United States Department of Defense (Q11209)"
    assert sum(chart.articles) == 20 and len(chart.starts) == 9
    assert "Taliban (10)" in chart.subtitle
    assert chart.footer.startswith(f"Data: newsledger warehouse {warehouse} · data as of ")
    assert chart.footer.endswith(" UTC")
    # labels sit at bucket starts (Mondays), the year only where it changes
    assert chart.tick_labels[:3] == [(0, "1 Jun 2020"), (1, "8 Jun"), (2, "15 Jun")]
    assert all(start.weekday() == 0 for start in chart.starts)


def test_a_window_and_a_source_narrow_the_chart(warehouse: Path) -> None:
    june = chart_data(
        warehouse, "Pentagon", "day", since=date(2020, 6, 10), until=date(2020, 6, 30)
    )
    assert june.starts[0] >= date(2020, 6, 10) and june.starts[-1] <= date(2020, 6, 30)
    assert sum(june.articles) == 7 and "2020-06-10 to 2020-06-30" in june.subtitle
    nothing = chart_data(warehouse, "Pentagon", "week", source="elsewhere")
    assert nothing.starts == [] and nothing.empty_text.endswith("(source elsewhere)")


@pytest.fixture(scope="module")
def daily_buckets(warehouse: Path) -> dict[str, int]:
    """How many days each drawn entity's chart has (metric by default): read once, not once per
    metric drawn (each chart_data is seconds of DuckDB queries on a busy machine)."""
    return {
        entity: len(chart_data(warehouse, entity, "day").starts)
        for entity in ("Pentagon", "nl:org:hostile")
    }


@pytest.mark.parametrize("metric", ["articles", "mentions", "both"])
def test_nothing_is_clipped_and_ticks_are_whole_numbers(
    warehouse: Path, daily_buckets: dict[str, int], metric: str
) -> None:
    for entity in daily_buckets:
        fig = figure(chart_data(warehouse, entity, "day", metric=metric))
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        drawn = fig.get_tightbbox(canvas.get_renderer())  # every drawn artist, in inches
        page = fig.bbox_inches
        assert page.x0 - 0.01 <= drawn.x0 and drawn.x1 <= page.x1 + 0.01, (entity, drawn)
        assert page.y0 - 0.01 <= drawn.y0 and drawn.y1 <= page.y1 + 0.01, (entity, drawn)
        for ax in fig.axes:
            ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
            assert ticks and all(float(t).is_integer() for t in ticks), ticks
        bars = [p for p in fig.axes[0].patches]
        assert len(bars) == daily_buckets[entity]
        assert len(fig.axes) == (2 if metric == "both" else 1)


def test_png_and_svg_are_written(warehouse: Path, tmp_path: Path) -> None:
    png = write_plot(warehouse, "Pentagon", "week", tmp_path / "pentagon.png")
    assert png.read_bytes().startswith(b"\x89PNG") and len(png.read_bytes()) > 20_000
    svg = write_plot(warehouse, "Pentagon", "week", tmp_path / "pentagon.svg", metric="both")
    text = svg.read_text()
    assert text.startswith("<?xml") and "<svg" in text and "<dc:date>" not in text
    assert write_plot(warehouse, "Pentagon", "week", tmp_path / "again.svg", metric="both") and (
        (tmp_path / "again.svg").read_text() == text
    ), "the same data draws the same SVG"
    empty = write_plot(warehouse, "nobody at all", "day", tmp_path / "empty.png")
    assert empty.read_bytes().startswith(b"\x89PNG")


def test_html_is_self_contained_escaped_and_shows_one_metric_by_default(
    warehouse: Path, tmp_path: Path
) -> None:
    assert main(["timeline", "Q11209", "--by", "week", "--warehouse", str(warehouse),
                 "--plot", str(tmp_path / "dod.html")]) == 0  # fmt: skip
    page = (tmp_path / "dod.html").read_text(encoding="utf-8")
    assert "<svg" in page and page.count("<rect") == 9 and "<polyline" not in page
    assert not re.search(r"<script|src=|href=|https?://(?!www\.w3\.org/2000/svg)", page)
    assert "Articles per week" in page and "data as of" in page
    ticks = re.findall(r'text-anchor="end" fill="#4C78A8">([^<]+)</text>', page)
    assert ticks == ["0", "1", "2", "3"]
    both = render_html(chart_data(warehouse, "Q11209", "week", metric="both"))
    assert "<polyline" in both and "Articles (bars)" in both and "Mentions (line)" in both
    hostile = render_html(chart_data(warehouse, "nl:org:hostile", "week"))
    assert "<b>" not in hostile and "\x07" not in hostile and "&lt;b&gt;" in hostile


def test_integer_ticks() -> None:
    assert integer_ticks(0) == [0, 1]
    assert integer_ticks(1) == [0, 1]
    assert integer_ticks(3) == [0, 1, 2, 3]
    assert integer_ticks(7) == [0, 2, 4, 6, 8]
    assert integer_ticks(37) == [0, 10, 20, 30, 40]
    assert integer_ticks(1234) == [0, 500, 1000, 1500]


def test_unknown_extension_is_refused(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.html"):
        write_plot(warehouse, "Pentagon", "week", tmp_path / "chart.pdf")


def test_display_strips_control_characters_and_caps_length() -> None:
    assert display("a\x00b\nc") == "a b c"
    assert len(display("z" * 10_000)) == 80
