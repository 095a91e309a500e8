"""What a run or a status check reports, as tables for people (stdout) with a hint for every
failure reason: the nightly's per-source health, a backfill's chunks, `newsledger status`, and
the rule that decides whether a night failed (`ingest --fail-on`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import IO, Any

from flows.cli_output import render_table
from flows.hints import failure_hint
from warehouse.status import WarehouseStatus


def source_failed(health: dict[str, Any]) -> bool:
    """A source failed this run when it recorded failures and got nothing: its listings gave
    no URL, or none of the URLs it had to fetch could be fetched."""
    if not health["failed"]:
        return False
    attempted = health["new_urls"] + health["rechecked"]
    obtained = health["fetched"] + health["not_modified"]
    return health["discovered"] == 0 or (attempted > 0 and obtained == 0)


def failed_night(sources: dict[str, dict[str, Any]], fail_on: str) -> str | None:
    """Why a run counts as failed under `--fail-on` (all|any|never), or None."""
    failed = [sid for sid, health in sources.items() if source_failed(health)]
    everyone = bool(sources) and len(failed) == len(sources)
    if (fail_on == "all" and everyone) or (fail_on == "any" and failed):
        which = "every source" if everyone else f"{len(failed)} of {len(sources)} sources"
        return f"{which} failed this run ({', '.join(failed)})"
    return None


def when(value: Any) -> str:
    """A moment for people: `2020-07-02 14:05 UTC` (a string from a summary is parsed)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return "-"
    return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def print_health(summary: dict[str, Any], out: IO[str]) -> None:
    """Per-source health at the end of a run, as a table; a source gone quiet is called out by
    name, and every failure reason comes with what to do about it."""
    out.write(f"run {summary['run_id']} committed to {summary['warehouse']}\n")
    header = (
        "source", "discovered", "new", "rechecked", "skipped", "fetched", "not_modified",
        "unchanged", "new_versions", "deleted", "failed", "stale",
    )  # fmt: skip
    rows = [
        (
            sid,
            h["discovered"],
            h["new_urls"],
            h["rechecked"],
            h["skipped_by_tier"],
            h["fetched"],
            h["not_modified"],
            h["unchanged"],
            h["new_versions"],
            h["deleted"],
            ", ".join(f"{k}={v}" for k, v in sorted(h["failed"].items())) or "-",
            "STALE" if h["stale"] else "",
        )
        for sid, h in summary["sources"].items()
    ]
    render_table(header, rows, out, count=False)
    for sid, h in summary["sources"].items():
        if h["stale"]:
            out.write(
                f"! {sid}: nothing new since {when(h['last_new_item_at'])} "
                f"(usually every {h['usual_gap_hours']} h)\n"
            )
    reasons = sorted({r for h in summary["sources"].values() for r in h["failed"]})
    for reason in reasons:
        out.write(f"  {reason}: {failure_hint(reason)}\n")


def size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def print_status(status: WarehouseStatus, out: IO[str]) -> None:
    rows = [
        (
            s.source_id,
            when(s.last_run_at),
            s.last_run_flow,
            when(s.last_new_article_at),
            s.articles,
            "-" if s.stale is None else "STALE" if s.stale else "ok",
            ", ".join(f"{k}={v}" for k, v in s.failures.items()) or "-",
        )
        for s in status.sources
    ]
    header = (
        "source", "last run", "by", "last new article", "articles", "stale",
        "failures (last run)",
    )  # fmt: skip
    render_table(header, rows, out, count=False)
    reasons = sorted({r for s in status.sources for r in s.failures})
    for reason in reasons:
        out.write(f"  {reason}: {failure_hint(reason)}\n")
    folders = ", ".join(f"{k} {size(v)}" for k, v in status.size_by_folder.items())
    compacted = when(status.last_compaction_at) if status.last_compaction_at else "never"
    out.write(
        f"warehouse {status.root}: {size(status.size_bytes)} in {status.files} files "
        f"({folders}); {status.runs} committed runs, last {when(status.last_commit_at)}; "
        f"last compaction: {compacted}\n"
    )


def print_backfill(result: dict[str, Any], out: IO[str]) -> None:
    """A backfill's chunks done in this run, with the hint for each failure reason."""
    rows = [
        (
            r["chunk"],
            r["fetched"],
            r["versions"],
            r["outside_window"],
            r["tombstones"],
            ", ".join(f"{k}={v}" for k, v in sorted(r["failures"].items())) or "-",
        )
        for r in result["done"]
    ]
    out.write(
        f"backfill into {result['warehouse']}: {result['chunks']} chunks, "
        f"{result['skipped']} already done before this run, {len(rows)} done now\n"
    )
    header = ("chunk", "pages", "versions", "outside_window", "tombstones", "failed")
    render_table(header, rows, out, count=False)
    reasons = sorted({k for r in result["done"] for k in r["failures"]})
    for reason in reasons:
        out.write(f"  {reason}: {failure_hint(reason)}\n")
