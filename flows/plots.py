"""`newsledger timeline ENTITY --plot FILE.png|.svg|.html`: an entity's timeline as a chart
a newsroom can publish.

Why: a column of counts hides the shape of a story. One metric by default (articles per
bucket: what readers understand), mentions on request (`--metric mentions`) or both on two
axes (`--metric both`); integer ticks (there is no half article); one bar per bucket with
every quiet bucket drawn as zero, labelled at bucket starts; a footer saying which warehouse
the numbers come from and as of when, so a published chart can be traced and dated.

PNG and SVG via matplotlib (no pyplot: no GUI backend, no global state); HTML as one
self-contained file with an inline SVG drawn here (no script, no CDN), hover titles on the
bars and the numbers in a table underneath. The data comes from `warehouse.queries`, the
only code that talks to DuckDB.
"""

from __future__ import annotations

import html
import math
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from upath import UPath

from warehouse.queries import co_mentions, entity_names, query, timeline

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SUFFIXES = (".png", ".svg", ".html", ".htm")
TOP_CO_MENTIONS = 5
MAX_LABEL_CHARS = 80
MAX_TICKS = 12
MAX_BUCKETS = 5000  # a decade of days; longer spans are cut rather than drawn unreadably
# Wrap widths of the PNG/SVG heading (15 pt bold) and subtitle (10 pt) on the 11-inch figure:
# a long name or list of co-mentioned entities wraps instead of running off both edges.
HEADING_CHARS = 70
SUBTITLE_CHARS = 110
BAR_COLOUR = "#4C78A8"
LINE_COLOUR = "#E45756"
FOOTER_COLOUR = "#666666"


@dataclass(frozen=True)
class TimelineChart:
    """Everything one chart shows: who, per which period, the counts, and where from."""

    heading: str
    subtitle: str
    bucket: str
    starts: list[date]
    articles: list[int]
    mentions: list[int]
    metric: str = "articles"
    footer: str = ""
    window: str = ""  # the --since/--until/--source narrowing, said in words ("" for none)

    @property
    def x_label(self) -> str:
        return f"{self.bucket.capitalize()} starting (UTC; publication date, else first seen)"

    @property
    def tick_labels(self) -> list[tuple[int, str]]:
        """(bucket index, label) for at most MAX_TICKS evenly spaced bucket starts."""
        every = max(1, math.ceil(len(self.starts) / MAX_TICKS))
        labels, year = [], None
        for i in range(0, len(self.starts), every):
            start = self.starts[i]
            labels.append((i, self.bucket_label(start, with_year=start.year != year)))
            year = start.year
        return labels

    def bucket_label(self, start: date, with_year: bool = True) -> str:
        """`Jul 2020` for a month, `6 Jul 2020` for the day or week starting then; the year
        only where it changes (`6 Jul`, `13 Jul`, ...)."""
        if self.bucket == "month":
            return f"{start:%b %Y}" if with_year else f"{start:%b}"
        return f"{start.day} {start:%b %Y}" if with_year else f"{start.day} {start:%b}"

    @property
    def empty_text(self) -> str:
        return "No articles mention this entity" + (f" ({self.window})" if self.window else "")


def display(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A name made safe to draw: no control characters, one line, at most `limit` characters."""
    clean = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def data_as_of(root: UPath) -> datetime | None:
    """When the newest committed run was committed: the 'data as of' of a chart."""
    rows = query(
        root, "SELECT max(committed_at) FROM committed_runs WHERE flow IS DISTINCT FROM 'init'"
    ).rows
    value = rows[0][0] if rows else None
    return value.astimezone(UTC) if isinstance(value, datetime) else None


def chart_data(
    root: UPath,
    entity: str,
    bucket: str,
    *,
    metric: str = "articles",
    since: date | None = None,
    until: date | None = None,
    source: str | None = None,
) -> TimelineChart:
    """Query the timeline, the canonical name(s), the top co-mentioned entities and the
    warehouse's 'as of' time."""
    names = entity_names(root, entity)
    if names:
        shown = ", ".join(f"{display(n.name)} ({display(n.entity_id)})" for n in names[:2])
        heading = shown + (f" and {len(names) - 2} more ids" if len(names) > 2 else "")
    else:
        heading = f"{display(entity)} (no entity known by this name)"
    rows = timeline(root, entity, bucket, since=since, until=until, source=source).rows
    counts = {r[0]: (int(r[1]), int(r[2])) for r in rows}
    partners: dict[str, tuple[str, int]] = {}
    for start, entity_id, name, articles in co_mentions(root, entity, bucket).rows:
        if start in counts:  # the same window as the bars
            _, seen = partners.get(entity_id, (name, 0))
            partners[entity_id] = (name, seen + int(articles))
    top = sorted(partners.values(), key=lambda p: (-p[1], p[0]))[:TOP_CO_MENTIONS]
    total_articles = sum(a for a, _ in counts.values())
    total_mentions = sum(m for _, m in counts.values())
    subtitle = f"{total_articles} article(s), {total_mentions} mention(s), by {bucket}"
    window = _window_text(since, until, source)
    if window:
        subtitle += f", {window}"
    if top:
        subtitle += "; most often with " + ", ".join(f"{display(n, 30)} ({c})" for n, c in top)
    starts = bucket_range(min(counts), max(counts), bucket) if counts else []
    as_of = data_as_of(root)
    footer = display(f"Data: newsledger warehouse {root}", 110) + (
        f" · data as of {as_of:%Y-%m-%d %H:%M} UTC" if as_of else " · no committed runs"
    )
    return TimelineChart(
        heading=heading,
        subtitle=subtitle,
        bucket=bucket,
        starts=starts,
        articles=[counts.get(s, (0, 0))[0] for s in starts],
        mentions=[counts.get(s, (0, 0))[1] for s in starts],
        metric=metric,
        footer=footer,
        window=window,
    )


def _window_text(since: date | None, until: date | None, source: str | None) -> str:
    parts = []
    if since or until:
        parts.append(f"{since or '…'} to {until or '…'}")
    if source:
        parts.append(f"source {display(source, 40)}")
    return ", ".join(parts)


def bucket_range(first: date, last: date, bucket: str) -> list[date]:
    """Every bucket from first to last: quiet periods show as zeros, not as a line across."""
    starts: list[date] = []
    current = first
    while current <= last and len(starts) < MAX_BUCKETS:
        starts.append(current)
        if bucket == "month":
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        else:
            current += timedelta(days=7 if bucket == "week" else 1)
    return starts


def write_plot(
    root: UPath,
    entity: str,
    bucket: str,
    path: Path,
    *,
    metric: str = "articles",
    since: date | None = None,
    until: date | None = None,
    source: str | None = None,
) -> Path:
    """Write the chart to `path`: .png or .svg (matplotlib), .html (inline SVG)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"--plot writes .png, .svg or .html, not {path.suffix or 'no extension'}")
    chart = chart_data(root, entity, bucket, metric=metric, since=since, until=until, source=source)
    if suffix in (".html", ".htm"):
        path.write_text(render_html(chart), encoding="utf-8")
    else:
        write_image(chart, path)
    return path


# --- PNG and SVG -------------------------------------------------------------------------------


def write_image(chart: TimelineChart, path: Path) -> None:
    """The chart as PNG or SVG (by `path`'s suffix; an SVG with stable ids and no creation
    date, so the same data gives the same file)."""
    from matplotlib import rc_context

    with rc_context({"svg.hashsalt": "newsledger"}):  # stable ids in the SVG
        figure(chart).savefig(
            path, metadata={"Date": None} if path.suffix.lower() == ".svg" else {}
        )


def figure(chart: TimelineChart) -> Figure:
    """The chart as a matplotlib figure; titles wrap, nothing is clipped."""
    from matplotlib.figure import Figure  # deferred: matplotlib costs ~0.5 s to import
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(11, 5.5), dpi=120, layout="constrained")
    ax = fig.add_subplot()
    fig.suptitle(
        textwrap.fill(chart.heading, HEADING_CHARS),
        fontsize=15,
        fontweight="bold",
        x=0.01,
        ha="left",
        parse_math=False,
    )
    ax.set_title(
        textwrap.fill(chart.subtitle, SUBTITLE_CHARS),
        fontsize=10,
        color="#444444",
        loc="left",
        parse_math=False,
    )
    fig.supxlabel(chart.footer, fontsize=8, color=FOOTER_COLOUR, x=0.01, ha="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    if not chart.starts:
        ax.text(
            0.5,
            0.5,
            chart.empty_text,
            ha="center",
            va="center",
            transform=ax.transAxes,
            fontsize=13,
            color=FOOTER_COLOUR,
        )
        ax.set_yticks([])
        ax.set_xticks([])
        return fig
    positions = list(range(len(chart.starts)))
    primary = chart.mentions if chart.metric == "mentions" else chart.articles
    label = "Mentions" if chart.metric == "mentions" else "Articles"
    bars = ax.bar(positions, primary, width=0.8, color=BAR_COLOUR, label=label)
    if len(chart.starts) <= 40 and chart.metric != "both":  # with a line, labels would collide
        ax.bar_label(bars, label_type="edge", fontsize=8, color="#333333", padding=2)
    ax.set_ylabel(f"{label} per {chart.bucket}", color=BAR_COLOUR)
    ax.set_ylim(0, max(max(primary) * 1.15, 1))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(-0.6, len(positions) - 0.4)
    ticks = chart.tick_labels
    ax.set_xticks([i for i, _ in ticks], [text for _, text in ticks])
    ax.set_xlabel(chart.x_label)
    if chart.metric == "both":
        line_ax = ax.twinx()
        line_ax.spines[["top"]].set_visible(False)
        (line,) = line_ax.plot(
            positions, chart.mentions, color=LINE_COLOUR, marker="o", linewidth=2, label="Mentions"
        )
        line_ax.set_ylabel(f"Mentions per {chart.bucket}", color=LINE_COLOUR)
        line_ax.set_ylim(0, max(max(chart.mentions) * 1.15, 1))
        line_ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        fig.legend(handles=[bars, line], loc="outside upper right", ncols=2, frameon=False)
    return fig


# --- HTML with inline SVG ------------------------------------------------------------------------

_W, _H = 960, 440
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 70, 30, 70


def integer_ticks(value: int, most: int = 5) -> list[int]:
    """Round, whole-number ticks from 0 to at least `value`, at most `most`+1 of them
    (1, 2, 5 × 10^k steps): an axis of counts never shows 0.5."""
    if value <= 0:
        return [0, 1]
    for magnitude in (10**k for k in range(0, 19)):
        for step in (1, 2, 5):
            size = step * magnitude
            if math.ceil(value / size) <= most:
                return [size * i for i in range(math.ceil(value / size) + 1)]
    raise ValueError(f"no ticks for {value}")  # unreachable for counts below 10^19


def _svg(chart: TimelineChart) -> str:
    plot_w, plot_h = _W - _LEFT - _RIGHT, _H - _TOP - _BOTTOM
    base = _TOP + plot_h
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" role="img" '
        f'aria-label="{html.escape(chart.heading)}" font-family="sans-serif" font-size="12">',
        f'<line x1="{_LEFT}" y1="{base}" x2="{_LEFT + plot_w}" y2="{base}" stroke="#333"/>',
    ]
    if not chart.starts:
        parts.append(
            f'<text x="{_W / 2}" y="{_H / 2}" text-anchor="middle" fill="#666" font-size="16">'
            f"{html.escape(chart.empty_text)}</text></svg>"
        )
        return "".join(parts)
    primary = chart.mentions if chart.metric == "mentions" else chart.articles
    label = "Mentions" if chart.metric == "mentions" else "Articles"
    bar_ticks = integer_ticks(max(primary))
    line_ticks = integer_ticks(max(chart.mentions))
    slot = plot_w / len(chart.starts)
    for tick in bar_ticks:  # gridlines and the bars' axis
        y = base - plot_h * tick / bar_ticks[-1]
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_LEFT + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" '
            f'fill="{BAR_COLOUR}">{tick}</text>'
        )
    if chart.metric == "both":
        for tick in line_ticks:
            y = base - plot_h * tick / line_ticks[-1]
            parts.append(
                f'<text x="{_LEFT + plot_w + 8}" y="{y + 4:.1f}" fill="{LINE_COLOUR}">{tick}</text>'
            )
    labelled = dict(chart.tick_labels)
    points = []
    for i, (start, articles, mentions) in enumerate(
        zip(chart.starts, chart.articles, chart.mentions, strict=True)
    ):
        x = _LEFT + slot * i
        h = plot_h * primary[i] / bar_ticks[-1]
        tip = f"{chart.bucket} of {start.isoformat()}: {articles} article(s), {mentions} mention(s)"
        parts.append(
            f'<rect x="{x + slot * 0.1:.1f}" y="{base - h:.1f}" width="{slot * 0.8:.1f}" '
            f'height="{h:.1f}" fill="{BAR_COLOUR}"><title>{html.escape(tip)}</title></rect>'
        )
        points.append((x + slot / 2, base - plot_h * mentions / line_ticks[-1]))
        if i in labelled:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{base + 18}" text-anchor="middle">'
                f"{html.escape(labelled[i])}</text>"
            )
    if chart.metric == "both":
        parts.append(
            f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in points)}" fill="none" '
            f'stroke="{LINE_COLOUR}" stroke-width="2.5"/>'
        )
        parts += [
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{LINE_COLOUR}"/>' for x, y in points
        ]
        parts.append(
            f'<text transform="translate({_W - 14} {_TOP + plot_h / 2}) rotate(90)" '
            f'text-anchor="middle" fill="{LINE_COLOUR}">Mentions (line)</text>'
        )
    axis_name = f"{label} (bars)" if chart.metric == "both" else f"{label} per {chart.bucket}"
    parts += [
        f'<text x="{_LEFT + plot_w / 2}" y="{_H - 20}" text-anchor="middle">'
        f"{html.escape(chart.x_label)}</text>",
        f'<text transform="translate(18 {_TOP + plot_h / 2}) rotate(-90)" text-anchor="middle" '
        f'fill="{BAR_COLOUR}">{axis_name}</text>',
        "</svg>",
    ]
    return "".join(parts)


def render_html(chart: TimelineChart) -> str:
    """One self-contained page: heading, the SVG chart, the footer and the numbers as a table."""
    rows = "".join(
        f"<tr><td>{s.isoformat()}</td><td>{a}</td><td>{m}</td></tr>"
        for s, a, m in zip(chart.starts, chart.articles, chart.mentions, strict=True)
    )
    title = html.escape(chart.heading)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} — newsledger timeline</title>"
        "<style>body{font-family:sans-serif;margin:2em;color:#222}"
        "h1{font-size:1.4em;margin-bottom:.2em}p{color:#555;margin-top:0}"
        "footer{color:#666;font-size:.8em;margin-top:.5em}"
        "table{border-collapse:collapse;margin-top:1em}"
        "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
        "svg{max-width:100%;height:auto}</style></head><body>"
        f"<h1>{title}</h1><p>{html.escape(chart.subtitle)}</p>{_svg(chart)}"
        f"<footer>{html.escape(chart.footer)}</footer>"
        f"<table><tr><th>{html.escape(chart.bucket)} starting</th><th>articles</th>"
        f"<th>mentions</th></tr>{rows}</table></body></html>\n"
    )
