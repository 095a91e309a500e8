"""The `newsledger` command line (DESIGN.md, "CLI").

Every command takes --warehouse (else NEWSLEDGER_WAREHOUSE, else ./data). Prefect is imported
only by the commands that run flows, so `sql`, `timeline` and `history` start fast.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from warehouse.layout import resolve_root
from warehouse.queries import Result, history, query, timeline


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


def _print_health(summary: dict[str, Any]) -> None:
    print(f"run {summary['run_id']} committed to {summary['warehouse']}")
    header = ("source", "discovered", "fetched", "unchanged", "new_versions", "deleted", "failed")
    rows = [
        (
            sid,
            h["discovered"],
            h["fetched"],
            h["unchanged"],
            h["new_versions"],
            h["deleted"],
            ", ".join(f"{k}={v}" for k, v in sorted(h["failed"].items())) or "-",
        )
        for sid, h in summary["sources"].items()
    ]
    render(Result(list(header), rows), "table")


def cmd_ingest(args: argparse.Namespace) -> int:
    from flows.ingest import nightly_ingest

    summary = nightly_ingest(
        sources=args.sources, warehouse=args.warehouse, batch_size=args.batch_size
    )
    _print_health(summary)
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    render(query(resolve_root(args.warehouse), args.query), args.format)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    render(timeline(resolve_root(args.warehouse), args.entity, args.by), args.format)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    render(history(resolve_root(args.warehouse), args.url), args.format)
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
    tl.set_defaults(func=cmd_timeline)

    hist = sub.add_parser("history", parents=[common, formats], help="every version of a URL")
    hist.add_argument("url")
    hist.set_defaults(func=cmd_history)

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
