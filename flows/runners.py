"""Which Prefect task runner a flow's tasks run on: a setting, not a code path.

- `threads` (default): one process; right for I/O-bound work (fetching, Wayback, sitemaps),
  where at least 4 tasks overlap their waiting. CPU-bound work on threads runs `workers` tasks
  at a time: more would only take turns on one core and hold back every chunk's commit.
- `processes`: Prefect's ProcessPoolTaskRunner on this machine, for CPU-bound chunks.
- `dask`: prefect-dask's DaskTaskRunner, on the Dask scheduler at `dask_address`, or on a
  LocalCluster of `workers` processes when no address is given.

Settings come from the command line or the environment (NEWSLEDGER_TASK_RUNNER,
NEWSLEDGER_WORKERS, NEWSLEDGER_DASK_ADDRESS), so a deployment picks its runner with job
variables. Whatever the runner, every task reports to the flow's one Prefect API: worker
processes this machine starts are handed its URL (`shared_prefect_api`), never left to start a
server of their own; tasks sent to a Dask cluster carry the flow run's settings with them.
"""

from __future__ import annotations

import atexit
import fcntl
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect.logging.handlers import APILogWorker
from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

if TYPE_CHECKING:
    from prefect.server.api.server import SubprocessASGIServer

KINDS = ("threads", "processes", "dask")


def utc_now() -> datetime:
    """The flows' clock: the only place fetch and run times come from (stages take it as a
    value or a callable, never read it themselves)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class RunnerSetting:
    kind: str = "threads"
    workers: int = 1
    dask_address: str | None = None
    cpu_bound: bool = False

    @classmethod
    def from_env(
        cls,
        kind: str | None = None,
        workers: int | None = None,
        dask_address: str | None = None,
        *,
        cpu_bound: bool = False,
    ) -> RunnerSetting:
        """Explicit values first, then NEWSLEDGER_* variables; when neither names a runner,
        CPU-bound work with several workers gets processes, anything else threads."""
        count = max(workers or int(os.environ.get("NEWSLEDGER_WORKERS") or 1), 1)
        address = dask_address or os.environ.get("NEWSLEDGER_DASK_ADDRESS") or None
        default = "dask" if address else "processes" if cpu_bound and count > 1 else "threads"
        chosen = kind or os.environ.get("NEWSLEDGER_TASK_RUNNER") or default
        if chosen not in KINDS:
            raise ValueError(f"task runner {chosen!r}: expected one of {', '.join(KINDS)}")
        return cls(chosen, count, address, cpu_bound)


def _freeze_at_exit() -> None:
    """Each process-pool worker freezes its heap as it exits, as the command does
    (`flows.cli.run`): spawned workers end through the interpreter's last collections, which
    would walk all a worker loaded (Prefect, the spaCy model, the gazetteer) while the pool's
    shutdown waits for it."""
    atexit.register(gc.freeze)


def task_runner(setting: RunnerSetting) -> Any:
    if setting.kind == "processes":
        return ProcessPoolTaskRunner(max_workers=setting.workers, initializer=_freeze_at_exit)
    if setting.kind == "dask":
        from prefect_dask import DaskTaskRunner  # deferred: dask is heavy to import

        if setting.dask_address:
            return DaskTaskRunner(address=setting.dask_address)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": setting.workers,
                "threads_per_worker": 1,
                "processes": True,
                # a free port: distributed's default (8787) may be taken (by a Prefect
                # server among others), and None still serves its HTTP routes there
                "dashboard_address": ":0",
            },
        )
    # a restart after a kill redoes only the chunks that were in flight
    threads = setting.workers if setting.cpu_bound else max(setting.workers, 4)
    return ThreadPoolTaskRunner(max_workers=threads)


# A temporary server on a busy two-core machine (or beside other commands starting theirs) can
# take far longer than Prefect's default 20 s to answer; waiting longer is all it needs.
SERVER_START_TIMEOUT = 120
SERVER_START_LOCK = "newsledger-temporary-server.lock"


@contextmanager
def _one_server_start_at_a_time() -> Iterator[None]:
    """Temporary servers of commands started together start one after another.

    They share one database (in PREFECT_HOME) and each migrates it as it starts: two migrations
    at once race (a SQLite schema error), and so do two starts on a fresh home. Once started,
    the servers share the database safely (SQLite in WAL mode, with a busy timeout)."""
    home = Path(str(PREFECT_HOME.value())).expanduser()
    home.mkdir(parents=True, exist_ok=True)
    with open(home / SERVER_START_LOCK, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _temporary_server() -> SubprocessASGIServer:
    """Prefect's server in a child process, not started yet. Imported here: the import costs
    seconds of CPU, and a run with a configured API (a deployment's) never needs it, nor does
    importing a flow to read its name."""
    from prefect.server.api.server import SubprocessASGIServer

    return SubprocessASGIServer()


@contextmanager
def shared_prefect_api() -> Iterator[None]:
    """Every task of a run, in this process or in workers it spawns, reports to one Prefect API.

    A spawned worker reads its settings from the environment; with no API there it would start
    a temporary server of its own (slow, and an orphan if the worker dies). So the configured
    API, or one temporary server started here for the flow and all its workers, is put in the
    environment for the duration of the run. Several commands started at once each get their
    own temporary server, started one at a time (`_one_server_start_at_a_time`).
    """
    configured = PREFECT_API_URL.value()
    server = None if configured else _temporary_server()
    if server is not None:
        with _one_server_start_at_a_time():
            server.start(timeout=SERVER_START_TIMEOUT)
    url = configured or (server.api_url if server else None)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = str(url)
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            try:
                yield
            finally:  # the run's last log lines, while the server still listens
                APILogWorker.drain_all(timeout=5)
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        if server is not None:
            server.stop()


def run_flow(flow: Any, setting: RunnerSetting, **parameters: Any) -> Any:
    """Call `flow(**parameters)` on the chosen runner, every task reporting to one Prefect API
    (the configured one, else a temporary server started for this run)."""
    configured: Callable[..., Any] = flow.with_options(task_runner=task_runner(setting))
    with shared_prefect_api():
        return configured(**parameters)
