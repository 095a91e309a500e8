"""Real subprocesses for the kill tests: a CLI command in its own process group.

SIGKILL goes to the whole group: the command dies mid-write as intended, and the temporary
Prefect server it started dies with it instead of lingering after the test.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


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
    prefect_home.mkdir(parents=True, exist_ok=True)
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
