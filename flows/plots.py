"""`newsledger timeline ENTITY --plot FILE.png|FILE.html`: an entity's timeline as a chart.

Why: a column of counts hides the shape of a story; bars of articles per period with the
mentions as a line show it at a glance. PNG via matplotlib (no pyplot, so no GUI backend and no
global state); HTML as one self-contained file with an inline SVG drawn here (no script, no
CDN), with hover titles on the bars and the numbers in a table underneath. The data comes from
`warehouse.queries`, the only code that talks to DuckDB.
"""

from __future__ import annotations

import html
import math
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from upath import UPath

from warehouse.queries import co_mentions, entity_names, timeline

BUCKET_DAYS = {"day": 1, "week": 7, "month": 30}
TOP_CO_MENTIONS = 5
MAX_LABEL_CHARS = 80
BAR_COLOUR = "#4C78A8"
LINE_COLOUR = "#E45756"


@dataclass(frozen=True)
class TimelineChart:
    """Everything one chart shows: who, per which period, and the counts."""

    heading: str
    subtitle: str
    bucket: str
    starts: list[date]
    articles: list[int]
    mentions: list[int]

    @property
    def x_label(self) -> str:
        return f"{self.bucket.capitalize()} starting (UTC; publication date, else first seen)"


MAX_BUCKETS = 5000  # a decade of days; longer spans are cut rather than drawn unreadably


def display(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A name made safe to draw: no control characters, one line, at most `limit` characters."""
    clean = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def chart_data(root: UPath, entity: str, bucket: str) -> TimelineChart:
    """Query the timeline, the canonical name(s) and the top co-mentioned entities."""
    names = entity_names(root, entity)
    if names:
        shown = ", ".join(f"{display(n.name)} ({display(n.entity_id)})" for n in names[:2])
        heading = shown + (f" and {len(names) - 2} more ids" if len(names) > 2 else "")
    else:
        heading = f"{display(entity)} (no entity known by this name)"
    rows = timeline(root, entity, bucket).rows
    partners: dict[str, tuple[str, int]] = {}
    for _, entity_id, name, articles in co_mentions(root, entity, bucket).rows:
        _, seen = partners.get(entity_id, (name, 0))
        partners[entity_id] = (name, seen + int(articles))
    top = sorted(partners.values(), key=lambda p: (-p[1], p[0]))[:TOP_CO_MENTIONS]
    total_articles = sum(int(r[1]) for r in rows)
    total_mentions = sum(int(r[2]) for r in rows)
    subtitle = f"{total_articles} article(s), {total_mentions} mention(s), by {bucket}"
    if top:
        subtitle += "; most often with " + ", ".join(f"{display(n, 30)} ({c})" for n, c in top)
    counts = {r[0]: (int(r[1]), int(r[2])) for r in rows}
    starts = bucket_range(min(counts), max(counts), bucket) if counts else []
    return TimelineChart(
        heading=heading,
        subtitle=subtitle,
        bucket=bucket,
        starts=starts,
        articles=[counts.get(s, (0, 0))[0] for s in starts],
        mentions=[counts.get(s, (0, 0))[1] for s in starts],
    )


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


def write_plot(root: UPath, entity: str, bucket: str, path: Path) -> Path:
    """Write the chart to `path`: .png (matplotlib) or .html (inline SVG)."""
    chart = chart_data(root, entity, bucket)
    suffix = path.suffix.lower()
    if suffix == ".png":
        write_png(chart, path)
    elif suffix in (".html", ".htm"):
        path.write_text(render_html(chart), encoding="utf-8")
    else:
        raise ValueError(f"--plot writes .png or .html, not {path.suffix or 'no extension'}")
    return path


# --- PNG ---------------------------------------------------------------------------------------


def write_png(chart: TimelineChart, path: Path) -> None:
    from matplotlib import dates as mdates  # deferred: matplotlib costs ~0.5 s to import
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(11, 5.5), dpi=120, layout="constrained")
    ax = fig.add_subplot()
    fig.suptitle(chart.heading, fontsize=15, fontweight="bold", parse_math=False)
    ax.set_title(chart.subtitle, fontsize=10, color="#444444", parse_math=False)
    ax.set_xlabel(chart.x_label)
    ax.set_ylabel("Articles", color=BAR_COLOUR)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    if not chart.starts:
        ax.text(
            0.5,
            0.5,
            "No articles mention this entity",
            ha="center",
            va="center",
            transform=ax.transAxes,
            fontsize=13,
            color="#666666",
        )
        ax.set_yticks([])
        ax.set_xticks([])
        fig.savefig(path)
        return
    width = BUCKET_DAYS[chart.bucket] * 0.8
    starts = mdates.date2num(chart.starts)
    bars = ax.bar(
        starts, chart.articles, width=width, align="edge", color=BAR_COLOUR, label="Articles"
    )
    if len(chart.starts) <= 40:
        ax.bar_label(bars, label_type="center", fontsize=9, color="white", fontweight="bold")
    ax.set_ylim(0, max(chart.articles) * 1.15 + 0.5)
    line_ax = ax.twinx()
    centres = starts + width / 2
    (line,) = line_ax.plot(
        centres, chart.mentions, color=LINE_COLOUR, marker="o", linewidth=2, label="Mentions"
    )
    line_ax.set_ylabel("Mentions", color=LINE_COLOUR)
    line_ax.set_ylim(0, max(chart.mentions) * 1.15 + 0.5)
    line_ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    pad = BUCKET_DAYS[chart.bucket]
    ax.set_xlim(starts[0] - pad, starts[-1] + pad * 2)
    ax.xaxis_date()
    locator = mdates.AutoDateLocator(maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.legend(handles=[bars, line], loc="upper left", frameon=False)
    fig.savefig(path)


# --- HTML with inline SVG ------------------------------------------------------------------------

_W, _H = 960, 440
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 70, 30, 70


def _nice_max(value: int) -> int:
    """A round axis maximum at or above `value` (1, 2, 5, 10, 20, 50, ...)."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= value)


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
            "No articles mention this entity</text></svg>"
        )
        return "".join(parts)
    top_articles, top_mentions = _nice_max(max(chart.articles)), _nice_max(max(chart.mentions))
    slot = plot_w / len(chart.starts)
    for i in range(5):  # gridlines and both y axes' tick labels
        y = base - plot_h * i / 4
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_LEFT + plot_w}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" '
            f'fill="{BAR_COLOUR}">{top_articles * i / 4:g}</text>'
        )
        parts.append(
            f'<text x="{_LEFT + plot_w + 8}" y="{y + 4:.1f}" '
            f'fill="{LINE_COLOUR}">{top_mentions * i / 4:g}</text>'
        )
    every = max(1, math.ceil(len(chart.starts) / 12))
    points = []
    for i, (start, articles, mentions) in enumerate(
        zip(chart.starts, chart.articles, chart.mentions, strict=True)
    ):
        x = _LEFT + slot * i
        h = plot_h * articles / top_articles
        tip = f"{chart.bucket} of {start.isoformat()}: {articles} article(s), {mentions} mention(s)"
        parts.append(
            f'<rect x="{x + slot * 0.1:.1f}" y="{base - h:.1f}" width="{slot * 0.8:.1f}" '
            f'height="{h:.1f}" fill="{BAR_COLOUR}"><title>{html.escape(tip)}</title></rect>'
        )
        points.append(f"{x + slot / 2:.1f},{base - plot_h * mentions / top_mentions:.1f}")
        if i % every == 0:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{base + 18}" text-anchor="middle">'
                f"{start.isoformat()}</text>"
            )
    parts.append(
        f'<polyline points="{" ".join(points)}" fill="none" stroke="{LINE_COLOUR}" '
        'stroke-width="2.5"/>'
    )
    parts += [
        f'<circle cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="3.5" fill="{LINE_COLOUR}"/>'
        for p in points
    ]
    parts += [
        f'<text x="{_LEFT + plot_w / 2}" y="{_H - 20}" text-anchor="middle">'
        f"{html.escape(chart.x_label)}</text>",
        f'<text transform="translate(18 {_TOP + plot_h / 2}) rotate(-90)" text-anchor="middle" '
        f'fill="{BAR_COLOUR}">Articles (bars)</text>',
        f'<text transform="translate({_W - 14} {_TOP + plot_h / 2}) rotate(90)" '
        f'text-anchor="middle" fill="{LINE_COLOUR}">Mentions (line)</text>',
        "</svg>",
    ]
    return "".join(parts)


def render_html(chart: TimelineChart) -> str:
    """One self-contained page: heading, the SVG chart, and the numbers as a table."""
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
        "table{border-collapse:collapse;margin-top:1em}"
        "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
        "svg{max-width:100%;height:auto}</style></head><body>"
        f"<h1>{title}</h1><p>{html.escape(chart.subtitle)}</p>{_svg(chart)}"
        f"<table><tr><th>{html.escape(chart.bucket)} starting</th><th>articles</th>"
        f"<th>mentions</th></tr>{rows}</table></body></html>\n"
    )
