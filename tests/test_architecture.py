"""The folders are the architecture (DESIGN.md): these tests keep the boundaries honest."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("flows", "tasks", "schemas", "warehouse")
# Reading *input* archives (WARC/ARC) is a task's job; the warehouse owns what it stores.
STORAGE_MODULES = {"duckdb", "pyarrow.parquet", "warcio.warcwriter"}
CLOCK_CALLS = re.compile(r"\b(datetime\.(now|utcnow|today)|date\.today|time\.time)\(")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


@pytest.mark.parametrize("package", [p for p in PACKAGES if p != "warehouse"])
def test_only_warehouse_touches_parquet_duckdb_and_writes_warc(package: str) -> None:
    for path in _modules(package):
        touched = {
            name
            for name in _imports(path)
            if any(name == m or name.startswith(m + ".") for m in STORAGE_MODULES)
        }
        assert not touched, f"{path.relative_to(REPO)} imports {touched}"


def test_schemas_depend_on_nothing_else_of_ours() -> None:
    for path in _modules("schemas"):
        ours = {n for n in _imports(path) if n.split(".")[0] in PACKAGES}
        assert all(n.startswith("schemas") for n in ours), f"{path.name} imports {ours}"


def test_tasks_never_import_flows_and_warehouse_never_imports_tasks_or_flows() -> None:
    for path in _modules("tasks"):
        assert not {n for n in _imports(path) if n.startswith("flows")}, path.name
    for path in _modules("warehouse"):
        assert not {n for n in _imports(path) if n.split(".")[0] in ("tasks", "flows")}, path.name


def test_parsing_code_never_reads_the_clock() -> None:
    for path in _modules("tasks"):
        found = CLOCK_CALLS.search(path.read_text())
        assert found is None, f"{path.name} reads the clock: {found.group(0) if found else ''}"


def test_prefect_yaml_deploys_the_nightly_flow_on_a_cron_with_timezone() -> None:
    from prefect.client.schemas.schedules import CronSchedule

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text())
    (nightly,) = [d for d in spec["deployments"] if d["name"] == "nightly"]
    module, _, function = nightly["entrypoint"].partition(":")
    flow_module = __import__(module.removesuffix(".py").replace("/", "."), fromlist=[function])
    assert getattr(flow_module, function).name == "nightly-ingest"
    (schedule,) = nightly["schedules"]
    cron = CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])
    assert cron.timezone == "America/New_York"
    assert nightly["work_pool"]["name"]


def test_prefect_yaml_deploys_backfill_replay_and_weekly_compaction() -> None:
    from prefect.client.schemas.schedules import CronSchedule

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text())
    by_name = {d["name"]: d for d in spec["deployments"]}
    for name in ("backfill", "replay", "compact"):
        module, _, function = by_name[name]["entrypoint"].partition(":")
        flow_module = __import__(module.removesuffix(".py").replace("/", "."), fromlist=[function])
        assert getattr(flow_module, function).name == name
    assert not by_name["backfill"].get("schedules")
    (weekly,) = by_name["compact"]["schedules"]
    cron = CronSchedule(cron=weekly["cron"], timezone=weekly["timezone"])
    assert cron.cron.split()[2:] == ["*", "*", "0"], "once a week, on Sundays"


def _calls(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return names


def test_flows_only_compose_they_never_build_records() -> None:
    from schemas.events import RECORD_TYPES

    records = {cls.__name__ for cls in RECORD_TYPES}
    for path in _modules("flows"):
        built = _calls(path) & records
        assert not built, f"{path.relative_to(REPO)} builds {built}: records are built in tasks/"


WRITE_CALLS = {"write_text", "write_bytes", "write_table", "to_parquet", "unlink", "rename"}


@pytest.mark.parametrize("package", ["tasks", "schemas"])
def test_only_the_warehouse_writes(package: str) -> None:
    for path in _modules(package):
        tree = ast.parse(path.read_text())
        opened_for_writing = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "open"
            and any(
                isinstance(a, ast.Constant)
                and isinstance(a.value, str)
                and set(a.value) & set("wax")
                for a in node.args[1:2]
            )
        ]
        assert not opened_for_writing, f"{path.relative_to(REPO)} opens a file for writing"
        assert not _calls(path) & WRITE_CALLS, (
            f"{path.relative_to(REPO)} writes: {_calls(path) & WRITE_CALLS}"
        )
