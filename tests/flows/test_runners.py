"""Which runner a setting gives, and how many chunks a thread pool runs at once (real Prefect)."""

from __future__ import annotations

import threading
import time

import pytest
from prefect import flow, task

from flows.runners import RunnerSetting, task_runner


@pytest.mark.parametrize(
    ("workers", "cpu_bound", "kind"),
    [(1, True, "threads"), (2, True, "processes"), (2, False, "threads"), (1, False, "threads")],
)
def test_the_default_runner_follows_the_work(
    monkeypatch: pytest.MonkeyPatch, workers: int, cpu_bound: bool, kind: str
) -> None:
    for name in ("NEWSLEDGER_TASK_RUNNER", "NEWSLEDGER_WORKERS", "NEWSLEDGER_DASK_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    setting = RunnerSetting.from_env(workers=workers, cpu_bound=cpu_bound)
    assert (setting.kind, setting.workers, setting.cpu_bound) == (kind, workers, cpu_bound)


def test_an_address_or_the_environment_names_the_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLEDGER_DASK_ADDRESS", "tcp://127.0.0.1:8786")
    assert RunnerSetting.from_env().kind == "dask"
    monkeypatch.setenv("NEWSLEDGER_TASK_RUNNER", "threads")
    assert RunnerSetting.from_env().kind == "threads"
    with pytest.raises(ValueError, match="expected one of"):
        RunnerSetting.from_env("cluster")


def _most_at_once(setting: RunnerSetting, tasks: int, together: int) -> int:
    """Run `tasks` tasks on the setting's runner; the most that were running at once.

    Each task waits until `together` tasks are running (a barrier: if the runner cannot run
    that many at once the flow fails), then holds a moment longer so that any extra one the
    runner would start shows up in the count.
    """
    lock = threading.Lock()
    running = [0, 0]  # now, most
    barrier = threading.Barrier(together, timeout=60)

    @task
    def hold() -> None:
        with lock:
            running[0] += 1
            running[1] = max(running)
        barrier.wait()
        time.sleep(0.3)
        with lock:
            running[0] -= 1

    @flow(task_runner=task_runner(setting))
    def chunks() -> None:
        for future in [hold.submit() for _ in range(tasks)]:
            future.result()

    chunks()
    return running[1]


@pytest.mark.usefixtures("prefect_harness")
def test_cpu_bound_chunks_on_threads_run_as_many_at_once_as_there_are_workers() -> None:
    assert _most_at_once(RunnerSetting("threads", 1, cpu_bound=True), 3, together=1) == 1
    assert _most_at_once(RunnerSetting("threads", 2, cpu_bound=True), 4, together=2) == 2
    # waiting on the network: threads overlap even for one worker
    assert _most_at_once(RunnerSetting("threads", 1), 4, together=4) == 4
