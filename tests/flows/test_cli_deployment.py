"""The deployments do what the README says: one machine, `prefect server` + a process worker,
the nightly deployment run once against the demo site, rows in the warehouse the worker's
environment names, nothing in the checkout's ./data."""

from __future__ import annotations

import inspect
import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from flows.demo_site import DemoServer
from tests.conftest import write_sources
from tests.processes import PREFECT, REPO, kill_group, prepared_prefect_home
from warehouse.layout import resolve_root
from warehouse.queries import query

POOL = "newsledger-process"


def _deployments() -> dict[str, dict]:
    spec = yaml.safe_load((REPO / "prefect.yaml").read_text())
    return {d["name"]: d for d in spec["deployments"]}


def _flow_of(deployment: dict):
    module, _, function = deployment["entrypoint"].partition(":")
    return getattr(__import__(module.removesuffix(".py").replace("/", "."), fromlist=[function]),
                   function)  # fmt: skip


def test_no_deployment_pins_a_warehouse_or_sources_and_every_parameter_exists() -> None:
    for name, deployment in _deployments().items():
        parameters = deployment.get("parameters") or {}
        assert "warehouse" not in parameters and "sources" not in parameters, name
        accepted = inspect.signature(_flow_of(deployment).fn).parameters
        assert set(parameters) <= set(accepted), (name, set(parameters) - set(accepted))
    backfill = _deployments()["backfill"]["parameters"]
    assert {"warc", "sitemap", "wayback", "since", "until", "source_id"} <= set(backfill)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the Prefect server exited"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


def _prefect(env: dict[str, str], *arguments: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [PREFECT, *arguments], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"prefect {' '.join(arguments)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """`prefect server start` on 127.0.0.1 with its own PREFECT_HOME; yields the environment
    of a machine that uses it (PREFECT_API_URL set)."""
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(prepared_prefect_home(tmp_path / "prefect-home")),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        # runs are started by hand here; a busy machine's SQLite needs patience
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        "PREFECT_SERVER_DATABASE_TIMEOUT": "60",
    }
    env.pop("PREFECT_API_URL", None)
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/api/health", server, timeout=180)
        yield {**env, "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    finally:
        kill_group(server)
        log.close()


def _commits(root: Path) -> set[str]:
    return {p.name for p in (root / "commits").glob("*.json")} if root.exists() else set()


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_nightly_deployment_writes_where_the_worker_environment_says(
    prefect_server: dict[str, str], demo_server: DemoServer, tmp_path: Path
) -> None:
    env = prefect_server
    checkout_data = _commits(REPO / "data")
    _prefect(env, "work-pool", "create", POOL, "--type", "process")
    _prefect(env, "--no-prompt", "deploy", "--name", "nightly")
    sources = write_sources(tmp_path / "my-sources.csv", demo_server.base_url)
    warehouse = tmp_path / "newsroom-warehouse"
    worker_env = {
        **env,
        "NEWSLEDGER_HOME": str(REPO),
        "NEWSLEDGER_WAREHOUSE": str(warehouse),
        "NEWSLEDGER_SOURCES": str(sources),
        "NEWSLEDGER_ALLOW_PRIVATE_HOSTS": "1",
    }
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [PREFECT, "worker", "start", "--pool", POOL],
        cwd=tmp_path,
        env=worker_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _prefect(
            env, "deployment", "run", "nightly-ingest/nightly", "--watch", "--watch-timeout", "600",
            timeout=660,
        )  # fmt: skip
        articles = query(resolve_root(warehouse), "SELECT count(*) FROM articles").rows[0][0]
        live = [a for a in demo_server.site.manifest["articles"] if a.get("state1")]
        assert articles == len(live) > 0
        (marker,) = _commits(warehouse) - {"_init.json"}
        assert json.loads((warehouse / "commits" / marker).read_text())["flow"] == "nightly-ingest"
        assert _commits(REPO / "data") == checkout_data, "nothing written to the checkout's data"
        # A run's `warehouse` parameter reaches the flow as any argument does, and an argument
        # wins over NEWSLEDGER_WAREHOUSE: tests/warehouse/test_layout.py (a second deployment
        # run here cost ~40 s and proved nothing more).
    finally:
        kill_group(worker)
        log.close()
