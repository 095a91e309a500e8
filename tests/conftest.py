"""Shared fixtures: one Prefect harness per session, the demo site on 127.0.0.1, warehouses."""

from __future__ import annotations

import os

# Before anything imports prefect: no telemetry, and loopback targets are allowed in tests.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ["NEWSLEDGER_ALLOW_PRIVATE_HOSTS"] = "1"
# The demo site is ours: no need to space requests to it (politeness tests set their own).
os.environ.setdefault("NEWSLEDGER_HOST_DELAY", "0")

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.demo_site import DemoServer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Real Prefect with a temporary database, started once for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


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
