"""Real subprocesses for the CLI and kill tests: a CLI command in its own process group, and
the Prefect home it runs with.

SIGKILL goes to the whole group: the command dies mid-write as intended, and the temporary
Prefect server it started dies with it instead of lingering after the test.

A user's first command in a new Prefect home migrates Prefect's database (a failed night takes
27 s in a new home, 17 s in a migrated one, on this machine's two cores); every later command
finds it migrated. Tests whose point is not the first run get a home as it is after it
(`prepared_prefect_home`: a copy of a database migrated once with `prefect server database
upgrade`); the ones that test a first run (tests/flows/test_concurrent_writers.py, the good
night of tests/flows/test_cli.py) keep a new one.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import prefect

REPO = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).with_name("prefect"))


@functools.cache
def _migrated_database() -> Path:
    """Prefect's database, migrated by Prefect's own command (`prefect server database
    upgrade`), kept in the temporary directory per Prefect version: the test processes of a
    run (and later runs) share it, the first to need it migrating it under a lock."""
    cache = Path(tempfile.gettempdir()) / f"newsledger-prefect-{prefect.__version__}.db"
    with cache.with_suffix(".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not cache.exists():
            with tempfile.TemporaryDirectory(prefix="prefect-migrating-") as home:
                env = {**os.environ, "PREFECT_HOME": home}
                env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
                env.pop("PREFECT_API_URL", None)
                env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
                subprocess.run(
                    [PREFECT, "server", "database", "upgrade", "-y"],
                    env=env,
                    check=True,
                    capture_output=True,
                    timeout=300,
                )
                partial = cache.with_suffix(".partial")
                _copy_database(Path(home) / "prefect.db", partial)
                partial.replace(cache)
    return cache


def _copy_database(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API, so a write-ahead log is folded in."""
    with (
        contextlib.closing(sqlite3.connect(source)) as original,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        original.backup(copy)


def prepared_prefect_home(home: Path) -> Path:
    """`home` as a Prefect home is after its first command: its database migrated."""
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "prefect.db").exists():
        _copy_database(_migrated_database(), home / "prefect.db")
    return home


def spawn_cli(
    arguments: Sequence[str], prefect_home: Path, api_url: str | None = None
) -> subprocess.Popen[bytes]:
    """`python -m flows.cli ARGUMENTS` with its own Prefect home, reporting to `api_url`
    (else to a temporary Prefect server of its own); its stderr goes to `stderr.log` there
    (`errors_of` reads it)."""
    env = {
        **os.environ,
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "NEWSLEDGER_ALLOW_PRIVATE_HOSTS": "1",
    }
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
        prefect_home.mkdir(parents=True, exist_ok=True)  # no server of its own: no database
    else:
        prepared_prefect_home(prefect_home)
    with (prefect_home / "stderr.log").open("wb") as log:  # the child keeps its own copy
        return subprocess.Popen(
            [sys.executable, "-m", "flows.cli", *arguments],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )


def errors_of(prefect_home: Path) -> str:
    """The last lines a spawned command wrote to stderr (to name why it failed)."""
    log = prefect_home / "stderr.log"
    return "\n".join(log.read_text(errors="replace").splitlines()[-20:]) if log.exists() else ""


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the command and everything it started; wait for the command to be gone."""
    with contextlib.suppress(ProcessLookupError):  # the group may already be gone
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
