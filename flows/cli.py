"""The `newsledger` command line.

Every input is checked before any flow starts (sources.csv, days, globs, chart suffixes, SQL,
entity names): a mistake is one line on stderr with a hint and a non-zero exit, never a
traceback after Prefect's start-up. Reads (`sql`, `timeline`, `history`, `status`) never create
a warehouse. Prefect is imported only by the commands that run flows, after telemetry is
switched off and its console quietened (`--verbose` shows its INFO lines again).

Exit status: 0 done; 1 a user error (bad input, a refused query, an unknown name) or a failed
run; 2 a usage error or no warehouse at the given path; 3 the nightly run committed but its
sources failed (see `ingest --fail-on`); 130 interrupted.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn

from flows.cli_output import FORMATS, render, render_table, say, write_result
from flows.cli_reports import failed_night, print_backfill, print_health, print_status
from flows.hints import FAILURE_HINTS
from flows.progress import PROGRESS_MARK
from schemas.errors import InvalidInput, NewsledgerError, SourcesInvalid, WarehouseMissing
from tasks.sources import check_sources, describe, load_sources, sources_path
from warehouse.layout import resolve_root
from warehouse.queries import Result, entity_names, history, run_sql, similar_entities, timeline
from warehouse.status import require_warehouse, warehouse_status

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_SOURCES_FAILED = 3
EXIT_INTERRUPTED = 130
# Set before Prefect is imported. Telemetry off: offline runs used to log "Failed to send
# telemetry"; a CLI run has no business phoning home.
TELEMETRY_OFF = {"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
# Prefect's temporary server gets 20 s to start by default; on a busy two-core machine (or with
# several `newsledger` commands starting at once) that is not enough.
PREFECT_DEFAULTS = {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PLOT_SUFFIXES = (".png", ".svg", ".html", ".htm")
WAREHOUSE_HINT = (
    "check --warehouse or NEWSLEDGER_WAREHOUSE; `newsledger ingest` or `newsledger backfill` "
    "creates a warehouse, reads never do"
)


# --- the console ------------------------------------------------------------------------------


class QuietConsole(logging.Filter):
    """What Prefect's console handler still shows without --verbose: our progress lines and
    warnings, not Prefect's INFO chatter nor the tracebacks of a failed run (the CLI reports
    the error itself, once, in one line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, PROGRESS_MARK, False):
            return True
        if record.levelno < logging.WARNING or record.exc_info:
            return False
        return not record.getMessage().startswith("Finished in state")


def prepare_environment() -> None:
    """Before anything can import Prefect: telemetry off, a patient temporary server."""
    os.environ.update(TELEMETRY_OFF)
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def prepare_prefect(verbose: bool) -> None:
    """Load Prefect for a command that runs flows, its console quiet unless `verbose`."""
    if verbose:
        return
    from prefect.logging.configuration import ensure_logging_setup
    from prefect.logging.handlers import PrefectConsoleHandler

    ensure_logging_setup()  # Prefect's own handlers first; the filter then narrows its console

    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.addFilter(QuietConsole())


# --- checks of user input (argparse types and early checks) -----------------------------------


def day(value: str) -> date:
    """A day given as YYYY-MM-DD."""
    try:
        if not DAY.fullmatch(value):
            raise ValueError("expected YYYY-MM-DD")
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a day ({exc}); hint: write days as YYYY-MM-DD, e.g. 2020-07-02"
        ) from None


def plot_file(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise argparse.ArgumentTypeError(
            f"{value!r}: a chart is written as .png, .svg or .html "
            f"(not {path.suffix or 'a name without a suffix'}); hint: e.g. --plot chart.png"
        )
    return _writable(path)


def grace(value: str) -> timedelta:
    """A grace period: 0, 90s, 30m, 12h, 1d, 2w."""
    from warehouse.gc import parse_grace

    try:
        return parse_grace(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}; hint: e.g. --grace 12h") from None


def output_file(value: str) -> Path:
    return _writable(Path(value).expanduser())


def _writable(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(
            f"{str(path)!r}: the folder {str(folder)!r} does not exist"
        )
    return path


def _window(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise InvalidInput(
            f"--since {since} is after --until {until}", hint="the window is since..until"
        )


def _read_root(args: argparse.Namespace) -> Any:
    """The warehouse a command reads: it must exist (reads, and the commands that only rework
    what is stored, never create one)."""
    root = resolve_root(args.warehouse)
    require_warehouse(root)
    return root


# --- commands ---------------------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    path = sources_path(args.sources)
    load_sources(path)  # every problem of the file, before Prefect starts
    prepare_prefect(args.verbose)
    from flows.ingest import nightly_ingest
    from flows.runners import RunnerSetting, run_flow

    summary = run_flow(
        nightly_ingest,
        RunnerSetting.from_env(),
        sources=str(path),
        warehouse=args.warehouse,
        batch_size=args.batch_size,
    )
    print_health(summary, sys.stdout)
    verdict = failed_night(summary["sources"], args.fail_on)
    if verdict:
        say(
            f"newsledger ingest: {verdict}; hint: the failures and their hints are above; "
            "`newsledger status` shows them again"
        )
        return EXIT_SOURCES_FAILED
    return 0


def _query_text(args: argparse.Namespace) -> str:
    given = [q for q in (args.query, args.file) if q is not None]
    if len(given) != 1:
        raise InvalidInput(
            "give the query once: as an argument, with --file FILE, or `-` to read stdin",
            hint='e.g. newsledger sql "SELECT count(*) FROM articles"',
        )
    if args.file is not None:
        try:
            text = Path(args.file).expanduser().read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InvalidInput(f"--file {args.file}: {exc.strerror or exc}") from None
    elif args.query == "-":
        text = sys.stdin.read()
    else:
        text = args.query
    if not text.strip():
        raise InvalidInput("the query is empty", hint='e.g. newsledger sql "SHOW ALL TABLES"')
    return text


def _check_output(args: argparse.Namespace) -> None:
    if args.format == "parquet" and args.output is None:
        raise InvalidInput(
            "--format parquet writes a file: give --output FILE.parquet",
            hint="or use --format csv|json|ndjson to print",
        )


def cmd_sql(args: argparse.Namespace) -> int:
    _check_output(args)
    text = _query_text(args)
    result = run_sql(_read_root(args), text)
    write_result(result, args.format, args.output)
    return 0


LIST_NAMES = (
    'newsledger sql "SELECT DISTINCT entity_name FROM entity_mentions '
    "WHERE entity_name ILIKE '%…%'\""
)


def _unknown_entity(root: Any, entity: str) -> InvalidInput:
    close = similar_entities(root, entity)
    hint = f"list names: {LIST_NAMES}"
    if close:
        hint = f"close names: {', '.join(repr(n) for n in close)}; or {hint}"
    return InvalidInput(f"no article mentions an entity known as {entity!r}", hint=hint)


def cmd_timeline(args: argparse.Namespace) -> int:
    _check_output(args)
    _window(args.since, args.until)
    root = _read_root(args)
    names = entity_names(root, args.entity)
    if not names:
        raise _unknown_entity(root, args.entity)
    window = {"since": args.since, "until": args.until, "source": args.source}
    say(
        "timeline of "
        + ", ".join(f"{n.name} ({n.entity_id}, {n.type})" for n in names)
        + f", by {args.by}"
    )
    if args.plot:
        from flows.plots import write_plot  # deferred: matplotlib only when a chart is asked for

        written = write_plot(root, args.entity, args.by, args.plot, metric=args.metric, **window)
        say(f"wrote {written}")
        return 0
    write_result(timeline(root, args.entity, args.by, **window), args.format, args.output)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    _check_output(args)
    root = _read_root(args)
    from tasks.urls import canonical_url  # the spelling ingestion stores

    canonical = canonical_url(args.url)
    result = history(root, canonical)
    if not result.rows and canonical != args.url:
        result = history(root, args.url)
    if not result.rows:
        raise InvalidInput(
            f"no stored article has the URL {args.url!r}"
            + (f" (nor {canonical!r})" if canonical != args.url else ""),
            hint="find it with newsledger sql \"SELECT url FROM articles WHERE url LIKE '%…%'\"",
        )
    write_result(result, args.format, args.output)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    status = warehouse_status(resolve_root(args.warehouse))
    if args.format == "json":
        columns = [
            "source_id", "last_run_id", "last_run_flow", "last_run_at", "last_new_article_at",
            "articles", "stale", "usual_gap_hours", "failures",
        ]  # fmt: skip
        rows = [tuple(getattr(s, c) for c in columns) for s in status.sources]
        render(Result(columns, rows), "json")
        return 0
    print_status(status, sys.stdout)
    return 0


def cmd_sources_check(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    sources, problems = check_sources(path)
    if problems:
        for line in describe(path, problems):
            say(line)
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        hint = "fix each line named above" if any(p.line for p in problems) else "check the path"
        say(f"newsledger sources check: {count} in {path}; hint: {hint}")
        return EXIT_USER_ERROR
    print(f"{path}: {len(sources)} source{'s' if len(sources) != 1 else ''}, no problems")
    return 0


def cmd_renormalize(args: argparse.Namespace) -> int:
    _read_root(args)  # re-deriving or compacting nothing means a mistyped --warehouse
    prepare_prefect(args.verbose)
    from flows.renormalize import renormalize
    from flows.runners import RunnerSetting, run_flow

    setting = RunnerSetting.from_env(
        args.task_runner, args.workers, args.dask_address, cpu_bound=True
    )
    summary = run_flow(renormalize, setting, warehouse=args.warehouse, batch_size=args.batch_size)
    print(f"run {summary['run_id']} committed to {summary['warehouse']}")
    render_table(
        ("versions re-normalized", "mention events", "alias table"),
        [(summary["versions"], summary["mentions"], summary["alias_version"])],
        sys.stdout,
        count=False,
    )
    return 0


def _check_backfill(args: argparse.Namespace) -> None:
    given = sum(map(bool, (args.warc, args.wayback, args.sitemap)))
    if given != 1:
        raise InvalidInput(
            "give exactly one of --warc PATHS, --sitemap URL, --wayback URL",
            hint="newsledger backfill --help",
        )
    _window(args.since, args.until)
    for name, value in (("--sitemap", args.sitemap), ("--cdx-base", args.cdx_base)):
        if value and not re.match(r"(?i)https?://[^/\s]", value):
            raise InvalidInput(f"{name} {value!r} is not an http(s) URL", hint="e.g. https://…")
    fetched = [url for url in (args.sitemap, args.cdx_base) if url]
    if fetched:
        from tasks.fetch import FetchConfig, check_target

        config = FetchConfig.from_env()
        for url in fetched:
            check_target(url, config)
    if args.warc:
        from tasks.archives import expand_paths

        empty = [pattern for pattern in args.warc if not expand_paths([pattern])]
        if empty:
            raise InvalidInput(
                f"--warc {' '.join(repr(p) for p in empty)} matches no file",
                hint="check the path; quote a glob ('archives/*.warc.gz') so the shell passes "
                "it on",
            )


def cmd_backfill(args: argparse.Namespace) -> int:
    _check_backfill(args)  # before Prefect loads: a mistyped option answers in a second, not six
    prepare_prefect(args.verbose)
    from flows.backfill import run_backfill
    from flows.runners import RunnerSetting

    result = run_backfill(
        runner=RunnerSetting.from_env(
            args.task_runner, args.workers, args.dask_address, cpu_bound=bool(args.warc)
        ),
        warc=args.warc,
        wayback=args.wayback,
        sitemap=args.sitemap,
        since=args.since.isoformat() if args.since else None,
        until=args.until.isoformat() if args.until else None,
        hosts=args.host,
        source_id=args.source_id,
        timezone=args.timezone,
        warehouse=args.warehouse,
        cdx_base=args.cdx_base,
    )
    print_backfill(result, sys.stdout)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    _read_root(args)  # re-deriving or compacting nothing means a mistyped --warehouse
    prepare_prefect(args.verbose)
    from flows.replay import replay
    from flows.runners import RunnerSetting, run_flow

    setting = RunnerSetting.from_env(
        args.task_runner, args.workers, args.dask_address, cpu_bound=True
    )
    since = args.since.isoformat() if args.since else None
    result = run_flow(replay, setting, since=since, warehouse=args.warehouse)
    print(f"replay into {result['warehouse']}")
    render_table(
        ("captures replayed now", "WARC files", "files replayed now"),
        [(result["captures"], result["files"], len(result["done"]))],
        sys.stdout,
        count=False,
    )
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    _read_root(args)  # re-deriving or compacting nothing means a mistyped --warehouse
    prepare_prefect(args.verbose)
    from flows.compact import compact

    result = compact(
        warehouse=args.warehouse,
        grace_minutes=args.grace_minutes,
        gc_grace_hours=args.gc_grace_hours,
    )
    render_table(
        ("partitions compacted", "rows", "files retired", "files of uncommitted runs removed"),
        [(result["compacted"], result["rows"], result["retired_files"], result["collected_files"])],
        sys.stdout,
        count=False,
    )
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    from warehouse.gc import collect_garbage

    collected = collect_garbage(_read_root(args), args.grace, datetime.now(UTC))
    print(f"gc: {collected.summary()}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from warehouse.check import check_warehouse

    report = check_warehouse(_read_root(args), datetime.now(UTC), args.quarantine)
    for damage in report.problems:
        print(damage.line())
    moved = f", {len(report.quarantined)} set aside in quarantine/" if report.quarantined else ""
    print(f"check: {report.checked} files read, {len(report.problems)} problems{moved}")
    return 0 if report.clean else 1


def cmd_demo_site(args: argparse.Namespace) -> int:
    from flows.demo_site import serve_forever

    serve_forever(args.port, args.faults)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    prepare_prefect(args.verbose)
    from flows.demo import run_demo

    return run_demo(args.warehouse, args.port)


# --- the parser -------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse with usage errors in one line: what is wrong, and where to look."""

    def error(self, message: str) -> NoReturn:
        hint = "" if "hint:" in message else f"; hint: {self.prog} --help"
        say(f"{self.prog}: {message}{hint}")
        sys.exit(EXIT_USAGE)


def _version() -> str:
    try:
        return version("newsledger")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown"


DESCRIPTION = """\
newsledger: nightly news ingestion into an append-only warehouse of Parquet files that you
query with SQL (DuckDB). Every command takes --warehouse DIR (else $NEWSLEDGER_WAREHOUSE,
else ./data). Reads (sql, timeline, history, status) never create a warehouse.
"""
EPILOG = """\
exit status: 0 done; 1 a user error or a failed run; 2 a usage error or no warehouse at the
path; 3 the nightly committed but its sources failed (ingest --fail-on); 130 interrupted.
Start with `make demo`, then e.g. `newsledger timeline al-Qaeda --by week`. The README lists
the views, their columns and every NEWSLEDGER_* variable.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="newsledger",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsledger {_version()}")
    common = Parser(add_help=False)
    common.add_argument(
        "--warehouse",
        metavar="DIR_OR_URL",
        help="warehouse root, a folder or s3://bucket/prefix "
        "(default: $NEWSLEDGER_WAREHOUSE, else ./data)",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show Prefect's own log lines (INFO and tracebacks) on the console",
    )
    runners = Parser(add_help=False)
    runners.add_argument(
        "--task-runner",
        choices=["threads", "processes", "dask"],
        help="where tasks run (default: $NEWSLEDGER_TASK_RUNNER, else by the kind of work)",
    )
    runners.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes/threads (default: $NEWSLEDGER_WORKERS or 1)",
    )
    runners.add_argument(
        "--dask-address",
        metavar="URL",
        help="Dask scheduler, e.g. tcp://host:8786 (default: $NEWSLEDGER_DASK_ADDRESS; "
        "none: a LocalCluster of --workers processes)",
    )

    def formats(choices: Sequence[str] = FORMATS) -> argparse.ArgumentParser:
        parent = Parser(add_help=False)
        parent.add_argument(
            "--format",
            choices=choices,
            default="table",
            help="table (for reading; control characters dropped), csv, json (one array of row "
            "objects, exact), ndjson (one object per line)"
            + (", parquet (needs --output)" if "parquet" in choices else "")
            + " (default: table)",
        )
        parent.add_argument(
            "--output",
            metavar="FILE",
            type=output_file,
            help="write the result to FILE instead of printing it",
        )
        return parent

    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help: str, *parents: Any
    ) -> argparse.ArgumentParser:
        made = sub.add_parser(name, parents=[common, *parents], help=help, description=help)
        made.set_defaults(func=func)
        return made

    ingest = command("ingest", cmd_ingest, "run the nightly ingest flow once")
    ingest.add_argument(
        "--sources",
        metavar="FILE",
        help="sources CSV (default: $NEWSLEDGER_SOURCES, else seeds/sources.csv); "
        "checked before anything runs",
    )
    ingest.add_argument(
        "--batch-size", type=int, default=25, metavar="N", help="articles per task (default 25)"
    )
    ingest.add_argument(
        "--fail-on",
        choices=["all", "any", "never"],
        default="all",
        help="exit 3 when all sources (default), any source, or never failed this run; a "
        "source failed when it recorded failures and fetched nothing",
    )

    sql = command(
        "sql", cmd_sql, "run SQL with the views loaded (see README: the views)", formats()
    )
    sql.add_argument("query", nargs="?", help="the SQL; `-` reads it from stdin")
    sql.add_argument("--file", metavar="FILE", help="read the SQL from FILE")

    tl = command("timeline", cmd_timeline, "an entity's articles per day, week or month", formats())
    tl.add_argument("entity", help="entity id (e.g. Q11209) or any alias (e.g. Pentagon)")
    tl.add_argument(
        "--by", choices=["day", "week", "month"], default="day", help="bucket (default: day)"
    )
    tl.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="first day counted")
    tl.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="last day counted")
    tl.add_argument("--source", metavar="SOURCE_ID", help="only articles of this source")
    tl.add_argument(
        "--plot",
        metavar="FILE",
        type=plot_file,
        help="write a chart instead: FILE.png, FILE.svg or FILE.html (self-contained)",
    )
    tl.add_argument(
        "--metric",
        choices=["articles", "mentions", "both"],
        default="articles",
        help="what the chart counts per bucket (default: articles; both: mentions as a line)",
    )

    hist = command(
        "history", cmd_history, "every version of an article, with what changed", formats()
    )
    hist.add_argument(
        "url", help="the article's URL (tracking parameters and #fragments are ignored)"
    )

    command(
        "status",
        cmd_status,
        "per source: last run, last new article, stale, failures; warehouse size",
        formats(("table", "json")),
    )

    sources = sub.add_parser("sources", help="work with a sources.csv", description="sources.csv")
    sources_sub = sources.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    check = sources_sub.add_parser(
        "check",
        help="check a sources.csv without running anything (every problem, with line numbers)",
        description="check a sources.csv without running anything",
    )
    check.add_argument("file", metavar="FILE", help="the CSV to check")
    check.set_defaults(func=cmd_sources_check, verbose=False, warehouse=None)

    renorm = command(
        "renormalize",
        cmd_renormalize,
        "re-derive every stored version's entities with the current alias table",
        runners,
    )
    renorm.add_argument(
        "--batch-size", type=int, default=200, metavar="N", help="versions per task (default 200)"
    )

    bf = command("backfill", cmd_backfill, "backfill WARC/ARC files, sitemaps or Wayback", runners)
    bf.add_argument("--warc", nargs="+", metavar="PATH_OR_GLOB", help="WARC/ARC files or globs")
    bf.add_argument("--wayback", metavar="URL_OR_DOMAIN", help="snapshots via the CDX API")
    bf.add_argument("--sitemap", metavar="URL", help="a (dated) sitemap index or urlset")
    bf.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="first published day kept")
    bf.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="last published day kept")
    bf.add_argument(
        "--host", action="append", metavar="HOST", help="keep only this host (repeatable)"
    )
    bf.add_argument(
        "--source-id", default="backfill", help="source_id of the records (default: backfill)"
    )
    bf.add_argument(
        "--timezone",
        default="UTC",
        help="IANA zone for zone-less local times of a source sources.csv does not know",
    )
    bf.add_argument(
        "--cdx-base", metavar="URL", help="Wayback base URL (default: $NEWSLEDGER_WAYBACK_BASE)"
    )

    rp = command(
        "replay", cmd_replay, "re-derive stored raw captures with the current code", runners
    )
    rp.add_argument(
        "--since", type=day, metavar="YYYY-MM-DD", help="only captures observed since this day"
    )

    cp = command("compact", cmd_compact, "merge small Parquet files, verified lossless")
    cp.add_argument(
        "--grace-minutes",
        type=float,
        default=10.0,
        metavar="MINUTES",
        help="retire replaced files only after this long, so running queries finish (default 10)",
    )
    cp.add_argument(
        "--gc-grace-hours",
        type=float,
        default=24.0,
        metavar="HOURS",
        help="then remove files of runs that never committed, once this old (see `gc`)",
    )

    gc = command("gc", cmd_gc, "remove files of runs that never committed")
    gc.add_argument(
        "--grace",
        type=grace,
        default="1d",
        help="keep files younger than this (runs in progress): 0, 30m, 12h, 1d (default), 2w",
    )

    verify = command("check", cmd_check, "verify every commit marker and every file it names")
    verify.add_argument(
        "--quarantine",
        action="store_true",
        help="move damaged files to quarantine/ (listed there) so the views stop reading them",
    )

    site = command("demo-site", cmd_demo_site, "serve the bundled demo news site on 127.0.0.1")
    site.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    site.add_argument(
        "--faults",
        action="store_true",
        help="also list a malformed page, a 500 and a slow page in the feed",
    )

    demo = command("demo", cmd_demo, "the whole demo (what `make demo` runs)")
    demo.add_argument("--port", type=int, default=8765, help="demo site port (default 8765)")
    return parser


# --- main -------------------------------------------------------------------------------------


def _report(command: str, exc: NewsledgerError) -> None:
    """One line for an error: what, and what to do about it."""
    hint = getattr(exc, "hint", None) or (
        WAREHOUSE_HINT
        if isinstance(exc, WarehouseMissing)
        else FAILURE_HINTS.get(exc.reason, "--verbose shows the run's whole log")
    )
    if isinstance(exc, SourcesInvalid):
        for line in exc.problems:
            say(line)
        message = exc.summary
    else:
        message = str(exc)
    say(f"newsledger {command}: {message}; hint: {hint}")


def main(argv: Sequence[str] | None = None) -> int:
    prepare_environment()
    args = build_parser().parse_args(argv)
    command = args.command + (f" {args.sources_command}" if args.command == "sources" else "")
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except WarehouseMissing as exc:
        _report(command, exc)
        return EXIT_USAGE
    except NewsledgerError as exc:
        _report(command, exc)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `newsledger sql … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run() -> NoReturn:
    """The `newsledger` command (and `python -m flows.cli`): `main`, its status the exit status.

    What the command built is moved out of the cyclic collector's reach first (`gc.freeze`):
    the interpreter's collections at exit would walk all of it, about a gigabyte after a night
    or a backfill (Prefect, the spaCy model, the gazetteer), only to free a process that is
    ending: 2.4-4 s after the command's last line on this machine, 0.1-0.2 s frozen. Exit
    handlers, the flush of open files and the freeing of each object as its module goes still
    happen; only garbage in reference cycles is left to the operating system."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
