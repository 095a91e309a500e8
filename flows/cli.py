"""The `newsledger` command line (DESIGN.md, "CLI").

Every command takes --warehouse (else NEWSLEDGER_WAREHOUSE, else ./data). Prefect is imported
only by the commands that run flows, so `sql`, `timeline` and `history` start fast.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from warehouse.layout import resolve_root
from warehouse.queries import Result, history, query, timeline

# Prefect's temporary server gets 20 s to start by default; on a busy two-core machine (or with
# several `newsledger` commands starting at once) that is not enough. Set before Prefect loads.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def render(result: Result, fmt: str, out: Any = sys.stdout) -> None:
    """Print a result as an aligned table, CSV, or one JSON array of row objects."""
    if fmt == "json":
        rows = [
            {c: _jsonable(v) for c, v in zip(result.columns, row, strict=True)}
            for row in result.rows
        ]
        json.dump(rows, out, ensure_ascii=False, default=str)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(result.columns)
        writer.writerows([[_jsonable(v) for v in row] for row in result.rows])
        return
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(result.columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) + "\n")
    out.write(f"({len(result.rows)} rows)\n")


def _cell(value: Any, limit: int = 60) -> str:
    text = "" if value is None else str(_jsonable(value))
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_health(summary: dict[str, Any], out: Any = sys.stdout) -> None:
    """Per-source health at the end of a run; a source gone quiet is called out by name."""
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
    render(Result(list(header), rows), "table", out)
    for sid, h in summary["sources"].items():
        if h["stale"]:
            out.write(
                f"! {sid}: nothing new since {h['last_new_item_at']} "
                f"(usually every {h['usual_gap_hours']} h)\n"
            )


def cmd_ingest(args: argparse.Namespace) -> int:
    from flows.ingest import nightly_ingest
    from flows.runners import RunnerSetting, run_flow

    summary = run_flow(
        nightly_ingest,
        RunnerSetting.from_env(),
        sources=args.sources,
        warehouse=args.warehouse,
        batch_size=args.batch_size,
    )
    _print_health(summary)
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    render(query(resolve_root(args.warehouse), args.query), args.format)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    root = resolve_root(args.warehouse)
    if args.plot:
        from pathlib import Path

        from flows.plots import write_plot  # deferred: matplotlib only when a chart is asked for

        print(f"wrote {write_plot(root, args.entity, args.by, Path(args.plot))}")
        return 0
    render(timeline(root, args.entity, args.by), args.format)
    return 0


def cmd_renormalize(args: argparse.Namespace) -> int:
    from flows.renormalize import renormalize
    from flows.runners import RunnerSetting, run_flow

    setting = RunnerSetting.from_env(
        args.task_runner, args.workers, args.dask_address, cpu_bound=True
    )
    summary = run_flow(renormalize, setting, warehouse=args.warehouse, batch_size=args.batch_size)
    print(
        f"run {summary['run_id']} committed to {summary['warehouse']}: "
        f"{summary['versions']} versions re-normalized with alias table "
        f"{summary['alias_version']} ({summary['mentions']} mention events)"
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    render(history(resolve_root(args.warehouse), args.url), args.format)
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    from flows.backfill import run_backfill
    from flows.runners import RunnerSetting

    if sum(map(bool, (args.warc, args.wayback, args.sitemap))) != 1:
        raise SystemExit("backfill: give exactly one of --warc PATHS, --sitemap URL, --wayback URL")
    result = run_backfill(
        runner=RunnerSetting.from_env(
            args.task_runner, args.workers, args.dask_address, cpu_bound=bool(args.warc)
        ),
        warc=args.warc,
        wayback=args.wayback,
        sitemap=args.sitemap,
        since=args.since,
        until=args.until,
        hosts=args.host,
        source_id=args.source_id,
        timezone=args.timezone,
        warehouse=args.warehouse,
        cdx_base=args.cdx_base,
    )
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
    print(f"{result['chunks']} chunks, {result['skipped']} already done before this run")
    render(
        Result(["chunk", "pages", "versions", "outside_window", "tombstones", "failed"], rows),
        "table",
    )
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from flows.replay import replay
    from flows.runners import RunnerSetting, run_flow

    setting = RunnerSetting.from_env(
        args.task_runner, args.workers, args.dask_address, cpu_bound=True
    )
    result = run_flow(replay, setting, since=args.since, warehouse=args.warehouse)
    print(
        f"replayed {result['captures']} captures from {result['files']} WARC files "
        f"({len(result['done'])} files this run)"
    )
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    from flows.compact import compact

    result = compact(warehouse=args.warehouse, grace_minutes=args.grace_minutes)
    print(
        f"compacted {result['compacted']} partitions ({result['rows']} rows), "
        f"retired {result['retired_files']} files"
    )
    return 0


def cmd_demo_site(args: argparse.Namespace) -> int:
    from flows.demo_site import serve_forever

    serve_forever(args.port, args.faults)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from flows.demo import run_demo

    return run_demo(args.warehouse, args.port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsledger", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--warehouse", help="warehouse root (default: $NEWSLEDGER_WAREHOUSE or ./data)"
    )
    runners = argparse.ArgumentParser(add_help=False)
    runners.add_argument(
        "--task-runner",
        choices=["threads", "processes", "dask"],
        help="where tasks run (default: $NEWSLEDGER_TASK_RUNNER, else by the kind of work)",
    )
    runners.add_argument(
        "--workers", type=int, help="worker processes/threads (default: $NEWSLEDGER_WORKERS or 1)"
    )
    runners.add_argument(
        "--dask-address",
        help="Dask scheduler, e.g. tcp://host:8786 (default: $NEWSLEDGER_DASK_ADDRESS; "
        "none: a LocalCluster of --workers processes)",
    )
    formats = argparse.ArgumentParser(add_help=False)
    formats.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", parents=[common], help="run the nightly ingest flow once")
    ingest.add_argument("--sources", help="sources CSV (default: seeds/sources.csv)")
    ingest.add_argument("--batch-size", type=int, default=25, help="articles per task")
    ingest.set_defaults(func=cmd_ingest)

    sql = sub.add_parser("sql", parents=[common, formats], help="run SQL with the views loaded")
    sql.add_argument("query")
    sql.set_defaults(func=cmd_sql)

    tl = sub.add_parser("timeline", parents=[common, formats], help="an entity's timeline")
    tl.add_argument("entity", help="entity id or any alias")
    tl.add_argument("--by", choices=["day", "week", "month"], default="day")
    tl.add_argument("--plot", metavar="FILE", help="write a chart instead: FILE.png or FILE.html")
    tl.set_defaults(func=cmd_timeline)

    renorm = sub.add_parser(
        "renormalize",
        parents=[common, runners],
        help="re-derive every stored version's entities with the current alias table",
    )
    renorm.add_argument("--batch-size", type=int, default=200, help="versions per task")
    renorm.set_defaults(func=cmd_renormalize)

    hist = sub.add_parser("history", parents=[common, formats], help="every version of a URL")
    hist.add_argument("url")
    hist.set_defaults(func=cmd_history)

    bf = sub.add_parser(
        "backfill", parents=[common, runners], help="backfill WARC, sitemaps, Wayback"
    )
    bf.add_argument("--warc", nargs="+", metavar="PATH_OR_GLOB", help="WARC/ARC files")
    bf.add_argument("--wayback", metavar="URL_OR_DOMAIN", help="snapshots via the CDX API")
    bf.add_argument("--sitemap", metavar="URL", help="a (dated) sitemap index or urlset")
    bf.add_argument("--since", help="first published day kept (YYYY-MM-DD)")
    bf.add_argument("--until", help="last published day kept (YYYY-MM-DD)")
    bf.add_argument("--host", action="append", help="keep only this host (repeatable)")
    bf.add_argument("--source-id", default="backfill", help="source_id of the records")
    bf.add_argument("--timezone", default="UTC", help="IANA zone for zone-less local times")
    bf.add_argument("--cdx-base", help="Wayback base URL (default: $NEWSLEDGER_WAYBACK_BASE)")
    bf.set_defaults(func=cmd_backfill)

    rp = sub.add_parser("replay", parents=[common, runners], help="re-derive stored raw captures")
    rp.add_argument("--since", help="only captures observed since this day (YYYY-MM-DD)")
    rp.set_defaults(func=cmd_replay)

    cp = sub.add_parser("compact", parents=[common], help="merge small Parquet files")
    cp.add_argument(
        "--grace-minutes",
        type=float,
        default=10.0,
        help="retire replaced files only after this long (running queries)",
    )
    cp.set_defaults(func=cmd_compact)

    site = sub.add_parser("demo-site", parents=[common], help="serve the bundled demo site")
    site.add_argument("--port", type=int, default=8765)
    site.add_argument(
        "--faults",
        action="store_true",
        help="also list a malformed page, a 500 and a slow page in the feed",
    )
    site.set_defaults(func=cmd_demo_site)

    demo = sub.add_parser("demo", parents=[common], help="the whole demo (what `make demo` runs)")
    demo.add_argument("--port", type=int, default=8765)
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
