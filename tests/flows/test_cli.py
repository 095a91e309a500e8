"""The CLI as a user meets it: `python -m flows.cli` in a subprocess, on fresh warehouses, with
the exact message and exit status asserted.

User errors are one line on stderr with a hint, before any flow starts; reads never create a
warehouse; a night in which every source failed exits 3; the console shows progress and the
summary, not Prefect's INFO lines nor Python reprs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows.cli import WAREHOUSE_HINT, build_parser
from flows.demo_site import DemoServer
from tests.conftest import write_sources
from tests.processes import REPO, prepared_prefect_home

SOURCES_HINT = "fix them and run again; `newsledger sources check {path}` checks the file " \
    "without running anything"  # fmt: skip
PRIVATE_HINT = "private address: set NEWSLEDGER_ALLOW_PRIVATE_HOSTS=1 for local sites " \
    "(or the URL is not http/https)"  # fmt: skip
SQL_HINT = 'the views and their columns: newsledger sql "SHOW ALL TABLES"'
LIST_NAMES = "newsledger sql \"SELECT DISTINCT entity_name FROM entity_mentions WHERE " \
    "entity_name ILIKE '%…%'\""  # fmt: skip


def cli(
    *arguments: str,
    home: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path = REPO,
    new_home: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`python -m flows.cli ARGUMENTS` with its own Prefect home, as a user runs it: a home
    whose database an earlier command migrated, or a `new_home` as on a user's first command."""
    prefect_home = home / "prefect-home"
    if not new_home:
        prepared_prefect_home(prefect_home)
    environment = {**os.environ, "PREFECT_HOME": str(prefect_home), **(env or {})}
    for key in ("PREFECT_API_URL", "NEWSLEDGER_WAREHOUSE", "NEWSLEDGER_SOURCES"):
        if key not in (env or {}):
            environment.pop(key, None)
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *arguments],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


def lines(text: str) -> list[str]:
    return text.strip("\n").split("\n") if text.strip() else []


@pytest.fixture(scope="module")
def site() -> Iterator[DemoServer]:
    with DemoServer(port=0) as server:
        yield server


@pytest.fixture(scope="module")
def ingested(site: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One nightly run of the CLI against the demo site: its warehouse and what it printed."""
    base = tmp_path_factory.mktemp("ingested")
    sources = write_sources(base / "sources.csv", site.base_url)
    warehouse = base / "warehouse"
    done = cli(
        "ingest", "--sources", str(sources), "--warehouse", str(warehouse), home=base,
        new_home=True,
    )  # fmt: skip
    return {"warehouse": warehouse, "done": done, "base": base}


# --- input checked before anything runs -------------------------------------------------------


def test_sources_problems_are_listed_at_once_and_stop_ingest_before_prefect(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "source_id,name,homepage,feed_url,sitemap_url,language,timezone\n"
        "wire,Wire,https://wire.example/,,,en,Mars/Olympus\n"
        "wire,Wire again,https://wire.example/,,,en,UTC\n"
    )
    problems = [
        f"{bad}:2: timezone 'Mars/Olympus' is not an IANA time zone name "
        "(e.g. Europe/Berlin, America/New_York, UTC)",
        f"{bad}:3: source_id 'wire' repeats line 2",
    ]
    checked = cli("sources", "check", str(bad), home=tmp_path, new_home=True)
    assert (checked.returncode, checked.stdout) == (1, "")
    assert lines(checked.stderr) == [
        *problems,
        f"newsledger sources check: 2 problems in {bad}; hint: fix each line named above",
    ]
    warehouse = tmp_path / "wh"
    refused = cli(
        "ingest", "--sources", str(bad), "--warehouse", str(warehouse), home=tmp_path,
        new_home=True,
    )  # fmt: skip
    assert refused.returncode == 1
    assert lines(refused.stderr) == [
        *problems,
        f"newsledger ingest: 2 problems in {bad}; hint: {SOURCES_HINT.format(path=bad)}",
    ]
    assert not warehouse.exists() and not (tmp_path / "prefect-home").exists()

    missing = cli("ingest", "--sources", str(tmp_path / "nope.csv"), home=tmp_path)
    assert (missing.returncode, lines(missing.stderr)) == (1, [
        f"{tmp_path / 'nope.csv'}: no such file",
        f"newsledger ingest: 1 problem in {tmp_path / 'nope.csv'}; "
        f"hint: {SOURCES_HINT.format(path=tmp_path / 'nope.csv')}",
    ])  # fmt: skip

    excel = tmp_path / "excel.csv"  # saved by Excel: a byte-order mark, CRLF line ends
    excel.write_bytes(
        b"\xef\xbb\xbfsource_id,name,homepage,feed_url,sitemap_url,language,timezone\r\n"
        b"wire,Wire,https://wire.example/,https://wire.example/feed,,en,Asia/Kabul\r\n"
    )
    fine = cli("sources", "check", str(excel), home=tmp_path)
    assert (fine.returncode, fine.stdout, fine.stderr) == (
        0,
        f"{excel}: 1 source, no problems\n",
        "",
    )


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["backfill", "--warc", "a.warc.gz", "--since", "2024-13-01"], 2,
         "newsledger backfill: argument --since: '2024-13-01' is not a day (month must be in "
         "1..12); hint: write days as YYYY-MM-DD, e.g. 2020-07-02"),
        (["replay", "--since", "July 2"], 2,
         "newsledger replay: argument --since: 'July 2' is not a day (expected YYYY-MM-DD); "
         "hint: write days as YYYY-MM-DD, e.g. 2020-07-02"),
        (["backfill", "--warc", "nope.warc.gz", "archives/*.warc"], 1,
         "newsledger backfill: --warc 'nope.warc.gz' 'archives/*.warc' matches no file; "
         "hint: check the path; quote a glob ('archives/*.warc.gz') so the shell passes it on"),
        (["backfill", "--sitemap", "ftp://example.com/sitemap.xml"], 1,
         "newsledger backfill: --sitemap 'ftp://example.com/sitemap.xml' is not an http(s) URL; "
         "hint: e.g. https://…"),
        (["backfill"], 1,
         "newsledger backfill: give exactly one of --warc PATHS, --sitemap URL, --wayback URL; "
         "hint: newsledger backfill --help"),
        (["timeline", "Pentagon", "--plot", "chart.pdf"], 2,
         "newsledger timeline: argument --plot: 'chart.pdf': a chart is written as .png, .svg "
         "or .html (not .pdf); hint: e.g. --plot chart.png"),
        (["timeline", "Pentagon", "--since", "2020-07-05", "--until", "2020-07-01"], 1,
         "newsledger timeline: --since 2020-07-05 is after --until 2020-07-01; "
         "hint: the window is since..until"),
        (["sql", "SELECT 1", "--format", "parquet"], 1,
         "newsledger sql: --format parquet writes a file: give --output FILE.parquet; "
         "hint: or use --format csv|json|ndjson to print"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_with_a_hint_and_nothing_runs(
    tmp_path: Path, arguments: list[str], status: int, message: str
) -> None:
    warehouse = tmp_path / "wh"
    done = cli(*arguments, "--warehouse", str(warehouse), home=tmp_path, cwd=tmp_path)
    assert (done.returncode, done.stderr, done.stdout) == (status, message + "\n", "")
    assert not warehouse.exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["sql", "SELECT 1"], ["timeline", "Pentagon"], ["history", "http://news.test/a"],
        ["status"], ["replay"], ["renormalize"], ["compact"],
    ],
)  # fmt: skip
def test_reads_never_create_a_warehouse(tmp_path: Path, arguments: list[str]) -> None:
    typo = tmp_path / "dat"
    done = cli(*arguments, "--warehouse", str(typo), home=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert (
        done.stderr
        == f"newsledger {arguments[0]}: no warehouse at {typo}; hint: {WAREHOUSE_HINT}\n"
    )
    assert not typo.exists()
    from_env = cli(*arguments, home=tmp_path, env={"NEWSLEDGER_WAREHOUSE": str(typo)})
    assert from_env.returncode == 2 and not typo.exists()


# --- runs: quiet console, summary table, failed nights, status --------------------------------


def test_a_night_where_every_source_failed_exits_3_and_status_says_why(
    site: DemoServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path / "sources.csv", site.base_url)
    warehouse = tmp_path / "wh"
    refused = {"NEWSLEDGER_ALLOW_PRIVATE_HOSTS": "0"}
    night = cli(
        "ingest", "--sources", str(sources), "--warehouse", str(warehouse), home=tmp_path,
        env=refused,
    )  # fmt: skip
    assert night.returncode == 3, night.stderr
    out = lines(night.stdout)
    assert out[0].startswith("run ") and out[0].endswith(f" committed to {warehouse}")
    assert out[3].split() == ["demo-ledger", *["0"] * 9, "target-refused=2"]
    assert out[4] == f"  target-refused: {PRIVATE_HINT}"
    assert lines(night.stderr)[-1] == (
        "newsledger ingest: every source failed this run (demo-ledger); hint: the failures and "
        "their hints are above; `newsledger status` shows them again"
    )
    for noise in ("Task run", "Beginning flow run", "temporary server", "Traceback", "telemetry"):
        assert noise not in night.stderr

    status = cli("status", "--warehouse", str(warehouse), home=tmp_path)
    assert status.returncode == 0 and status.stderr == ""
    table = lines(status.stdout)
    assert table[0].split("  ")[0] == "source"
    assert table[2].startswith("demo-ledger") and "nightly-ingest" in table[2]
    assert table[2].rstrip().endswith("target-refused=2")
    assert table[3] == f"  target-refused: {PRIVATE_HINT}"
    assert table[4].startswith(f"warehouse {warehouse}: ") and "1 committed runs" in table[4]
    assert table[4].endswith("; last compaction: never")
    (row,) = json.loads(cli("status", "--warehouse", str(warehouse), "--format", "json",
                            home=tmp_path).stdout)  # fmt: skip
    assert row["source_id"] == "demo-ledger" and row["failures"] == {"target-refused": 2}
    assert row["articles"] == 0 and row["last_new_article_at"] is None


def test_a_refused_sitemap_host_is_one_line_not_a_traceback(
    site: DemoServer, tmp_path: Path
) -> None:
    sitemap = f"{site.base_url}/sitemap.xml"
    done = cli(
        "backfill", "--sitemap", sitemap, "--warehouse", str(tmp_path / "wh"), home=tmp_path,
        env={"NEWSLEDGER_ALLOW_PRIVATE_HOSTS": "0"},
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert lines(done.stderr) == [
        "newsledger backfill: 127.0.0.1 is or resolves to non-public address 127.0.0.1; "
        f"hint: {PRIVATE_HINT}"
    ]


def test_a_good_night_prints_a_table_and_progress_not_prefect_chatter(
    ingested: dict[str, Any],
) -> None:
    done = ingested["done"]
    assert done.returncode == 0, done.stderr
    out = lines(done.stdout)
    assert out[1].split() == [
        "source", "discovered", "new", "rechecked", "skipped", "fetched", "not_modified",
        "unchanged", "new_versions", "deleted", "failed", "stale",
    ]  # fmt: skip
    assert out[3].split()[0] == "demo-ledger" and out[3].split()[-1] == "-"
    assert "datetime" not in done.stdout and "{" not in done.stdout
    progress = [line.rsplit(" - ", 1)[-1] for line in lines(done.stderr)]
    assert any(p.startswith("fetch: ") and p.endswith("/s") for p in progress), done.stderr
    assert all(p.split(":")[0] in ("discover", "fetch", "derive") for p in progress), progress


# --- queries ----------------------------------------------------------------------------------


def test_sql_from_an_argument_a_file_or_stdin_in_every_format(
    ingested: dict[str, Any], tmp_path: Path
) -> None:
    warehouse = ["--warehouse", str(ingested["warehouse"])]
    query = "SELECT url, title, published_at FROM articles ORDER BY url"
    as_json = cli("sql", query, "--format", "json", *warehouse, home=tmp_path)
    rows = json.loads(as_json.stdout)
    assert as_json.returncode == 0 and len(rows) > 5 and rows[0]["published_at"][4] == "-"
    (tmp_path / "q.sql").write_text(query + ";\n")
    from_file = cli("sql", "--file", str(tmp_path / "q.sql"), "--format", "ndjson", *warehouse,
                    home=tmp_path)  # fmt: skip
    assert [json.loads(line) for line in lines(from_file.stdout)] == rows
    from_stdin = cli("sql", "-", "--format", "csv", *warehouse, home=tmp_path, stdin=query)
    assert (
        lines(from_stdin.stdout)[0] == "url,title,published_at"
        and len(lines(from_stdin.stdout)) == len(rows) + 1
    )
    parquet = tmp_path / "out.parquet"
    written = cli("sql", query, "--format", "parquet", "--output", str(parquet), *warehouse,
                  home=tmp_path)  # fmt: skip
    assert written.returncode == 0 and written.stdout == ""
    table = pq.read_table(parquet)
    assert table.column_names == ["url", "title", "published_at"]
    assert table.column("url").to_pylist() == [r["url"] for r in rows]
    assert str(table.schema.field("published_at").type).startswith("timestamp")

    typo = cli("sql", "SELEC url FROM articles", *warehouse, home=tmp_path)
    assert (typo.returncode, typo.stderr) == (
        1,
        'newsledger sql: Parser Error: syntax error at or near "SELEC" '
        f"LINE 1: SELEC url FROM articles; hint: {SQL_HINT}\n",
    )
    twice = cli("sql", query, "--file", str(tmp_path / "q.sql"), *warehouse, home=tmp_path)
    assert twice.returncode == 1 and twice.stderr.startswith("newsledger sql: give the query once")


def test_table_and_csv_drop_control_and_bidi_characters_json_keeps_them(
    ingested: dict[str, Any], tmp_path: Path
) -> None:
    sql = "SELECT 'safe' || chr(8238) || 'txt.exe' || chr(27) || '[2J' || chr(7) AS name"
    run = {"home": tmp_path}
    warehouse = ["--warehouse", str(ingested["warehouse"])]
    assert lines(cli("sql", sql, *warehouse, **run).stdout)[2] == "safetxt.exe[2J"
    assert (
        lines(cli("sql", sql, "--format", "csv", *warehouse, **run).stdout)[1] == "safetxt.exe[2J"
    )
    exact = json.loads(cli("sql", sql, "--format", "json", *warehouse, **run).stdout)
    assert exact == [{"name": "safe\u202etxt.exe\x1b[2J\x07"}]


def test_timeline_names_the_entity_it_resolved_and_narrows_to_a_window_and_source(
    ingested: dict[str, Any], tmp_path: Path
) -> None:
    warehouse = ["--warehouse", str(ingested["warehouse"]), "--format", "json"]
    whole = cli("timeline", "Pentagon", "--by", "week", *warehouse, home=tmp_path)
    assert (
        whole.stderr == "timeline of United States Department of Defense (Q11209, ORG), by week\n"
    )
    weeks = json.loads(whole.stdout)
    assert sum(w["articles"] for w in weeks) >= 2
    days = json.loads(cli("timeline", "Pentagon", *warehouse, home=tmp_path).stdout)
    first = days[0]["bucket_start"]
    one_day = cli("timeline", "Pentagon", "--since", first, "--until", first, "--source",
                  "demo-ledger", *warehouse, home=tmp_path)  # fmt: skip
    assert json.loads(one_day.stdout) == [days[0]]
    other = cli("timeline", "Pentagon", "--source", "nowhere", *warehouse, home=tmp_path)
    assert (other.returncode, json.loads(other.stdout)) == (0, [])

    nobody = cli("timeline", "Nobody Atall", *warehouse, home=tmp_path)
    assert (nobody.returncode, nobody.stdout) == (1, "")
    assert nobody.stderr == ("newsledger timeline: no article mentions an entity known as "
                             f"'Nobody Atall'; hint: list names: {LIST_NAMES}\n")  # fmt: skip
    typo = cli("timeline", "Pentagn", *warehouse, home=tmp_path)
    assert (
        typo.returncode == 1 and "close names: 'United States Department of Defense'" in typo.stderr
    )

    chart = tmp_path / "pentagon.svg"
    drawn = cli("timeline", "DoD", "--plot", str(chart), *warehouse, home=tmp_path)
    assert drawn.returncode == 0 and lines(drawn.stderr)[-1] == f"wrote {chart}"
    assert chart.read_text().startswith("<?xml") and "<svg" in chart.read_text()


def test_history_finds_an_article_by_the_url_a_reader_pastes(
    ingested: dict[str, Any], tmp_path: Path
) -> None:
    warehouse = ["--warehouse", str(ingested["warehouse"]), "--format", "json"]
    (url,) = json.loads(cli("sql", "SELECT url FROM articles ORDER BY url LIMIT 1", *warehouse,
                            home=tmp_path).stdout)[0].values()  # fmt: skip
    plain = json.loads(cli("history", url, *warehouse, home=tmp_path).stdout)
    assert plain and plain[0]["changed"] == ["first seen"]
    pasted = cli("history", url + "?utm_source=newsletter&utm_medium=email#top", *warehouse,
                 home=tmp_path)  # fmt: skip
    assert json.loads(pasted.stdout) == plain
    unknown = cli("history", "http://127.0.0.1:1/nowhere.html", *warehouse, home=tmp_path)
    assert (unknown.returncode, unknown.stderr) == (
        1,
        "newsledger history: no stored article has the URL 'http://127.0.0.1:1/nowhere.html'; "
        "hint: find it with newsledger sql \"SELECT url FROM articles WHERE url LIKE '%…%'\"\n",
    )


# --- help and version -------------------------------------------------------------------------


def test_version_and_help(tmp_path: Path) -> None:
    version = cli("--version", home=tmp_path)
    assert (version.returncode, version.stdout) == (0, "newsledger 0.1.0\n")
    top = cli("--help", home=tmp_path).stdout
    assert "DESIGN.md" not in top and "exit status:" in top
    for name in ("ingest", "sql", "timeline", "history", "status", "sources", "backfill"):
        assert name in top


def test_every_option_of_every_command_says_what_it_does() -> None:
    import argparse

    def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    yield from parsers(child)

    undocumented = [
        f"{parser.prog} {action.dest}"
        for parser in parsers(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and not action.help
    ]
    assert undocumented == []
