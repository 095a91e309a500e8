"""Shared fixtures: one Prefect harness per session, the demo site and an S3 server on
127.0.0.1, warehouses; and each test process's quick exit (`pytest_unconfigure`)."""

from __future__ import annotations

import gc
import os

# Before anything imports prefect: no telemetry, and loopback targets are allowed in tests.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ["NEWSLEDGER_ALLOW_PRIVATE_HOSTS"] = "1"
# The demo site is ours: no need to space requests to it (politeness tests set their own).
os.environ.setdefault("NEWSLEDGER_HOST_DELAY", "0")

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from flows.demo_site import DemoServer

if TYPE_CHECKING:
    from tests.s3_server import S3Server

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


# What makes a test `slow` (`make test-fast` skips it): it lives where whole pipelines run (real
# Prefect flows, the CLI in child processes, hostile nights), or it needs Prefect's harness or
# the S3 server. Marked here, by rule, so a new test in those places needs no marker of its own.
# Marked by hand (`@pytest.mark.slow`, with the reason beside it): a test that runs a pipeline in
# a child process outside those folders, and a test of a bound on work that needs whole-size
# input (megabytes of text, every Unicode letter, a fresh gazetteer).
SLOW_FOLDERS = frozenset({"flows", "hostile"})
SLOW_FIXTURES = frozenset({"prefect_harness", "s3_server", "s3_root"})
# The selection `make test-fast` makes. Under it the slow folders are not even imported: every
# test there is deselected anyway, and their imports (Prefect's server, matplotlib, the hostile
# site) cost each worker seconds.
FAST_SELECTION = "not slow"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    fast = config.getoption("markexpr") == FAST_SELECTION
    slow_folder = collection_path.parent == REPO / "tests" and collection_path.name in SLOW_FOLDERS
    return True if fast and slow_folder else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(REPO / "tests").parts[0]
        if folder in SLOW_FOLDERS or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Every test has run: what the process built (Prefect, the spaCy model, the gazetteer) is
    put out of the cyclic collector's reach, so the interpreter's collections at exit do not
    walk it: 5.0-5.4 s per test process after its last line on this machine, 0.3-0.4 s frozen
    (the same as `flows.cli.run` does for a command)."""
    gc.freeze()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Real Prefect with a temporary database, started once for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """A real S3 server on 127.0.0.1, with the AWS settings pointing at it for the session
    (this process and every process it starts)."""
    from tests.s3_server import start_s3_server  # deferred: s3fs and botocore are slow to import

    server = start_s3_server(tmp_path_factory.mktemp("s3"))
    previous = {key: os.environ.get(key) for key in server.env}
    os.environ.update(server.env)
    try:
        yield server
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()


@pytest.fixture
def s3_root(s3_server: S3Server, request: pytest.FixtureRequest) -> str:
    """A fresh warehouse prefix in the test bucket, named after the test."""
    from tests.s3_server import BUCKET

    name = "".join(c if c.isalnum() else "-" for c in request.node.name)[:60]
    return f"s3://{BUCKET}/{name}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    with DemoServer(port=0) as server:
        yield server


@pytest.fixture
def faulty_demo_server() -> Iterator[DemoServer]:
    with DemoServer(port=0, faults=True) as server:
        yield server


def write_sources(path: Path, base_url: str, timezone: str = "Asia/Kabul") -> Path:
    """A sources.csv with one source: the demo site at `base_url`."""
    path.write_text(
        "source_id,name,homepage,feed_url,sitemap_url,language,timezone\n"
        f"demo-ledger,Demo,{base_url}/,{base_url}/feed.xml,{base_url}/sitemap.xml,en,{timezone}\n"
    )
    return path
