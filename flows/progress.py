"""Progress of a long run, per stage: bars on a terminal, periodic plain lines anywhere else.

A backfill, replay or renormalization can take hours; a person watching it wants to see it
move, with counts and a rate, and a worker's log wants a line now and then that it can grep,
not one per item. The flows report one way (`stage(name, total)`, `advance`) and
this module picks the face: rich bars on stderr when stderr is a terminal, else a line per
stage through the run's logger at most every `PLAIN_EVERY_SECONDS` (and when a stage's work is
all done). `NEWSLEDGER_PROGRESS=plain` forces lines.

Plain lines carry the `PROGRESS_MARK` attribute, so the CLI's quiet console (which hides
Prefect's own INFO lines) still shows them; in a deployment they go to the Prefect UI as well.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

PLAIN_EVERY_SECONDS = 10.0  # one line per stage at most this often: a log, not a flood
PROGRESS_MARK = "newsledger_progress"  # log-record attribute the CLI's quiet console lets pass

Logger = logging.Logger | logging.LoggerAdapter[Any]


class RateColumn(ProgressColumn):
    """Items per second (rich's estimate over the last 30 s), e.g. `12.5/s`."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f}/s" if speed else "", style="progress.data.speed")


class Stage:
    """One stage's counter; its total grows as work is planned (0: not known yet)."""

    def __init__(self, name: str, total: int, owner: RunProgress) -> None:
        self.name, self.total, self.done = name, total, 0
        self._owner = owner
        self._task_id: Any = None
        self.started = owner.clock()
        self.last_line: tuple[float, int] | None = None  # (when, done) of the last plain line

    @property
    def rate(self) -> float:
        """Items per second since the stage was created."""
        elapsed = self._owner.clock() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._owner.show(self)

    def line(self) -> str:
        """`fetch: 120/300 (40%), 4.1/s, about 44 s left`; without a total, `pages: 120, 4.1/s`."""
        rate = self.rate
        if not self.total:
            return f"{self.name}: {self.done:,}, {rate:,.1f}/s"
        text = f"{self.name}: {self.done:,}/{self.total:,} ({100 * self.done // self.total}%)"
        text += f", {rate:,.1f}/s"
        if rate > 0 and self.done < self.total:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class RunProgress:
    """The stages of one run; a context manager (bars end cleanly, plain mode says the last
    count of every stage on exit)."""

    def __init__(
        self,
        logger: Logger,
        bars: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self.clock = clock
        self._stages: list[Stage] = []
        self._bars = (
            Progress(
                TextColumn("{task.description:>9}"),
                BarColumn(),
                MofNCompleteColumn(),
                RateColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            if (self.wants_bars() if bars is None else bars)
            else None
        )

    @staticmethod
    def wants_bars() -> bool:
        """Bars only for a person at a terminal (NEWSLEDGER_PROGRESS=plain forces lines)."""
        return sys.stderr.isatty() and os.environ.get("NEWSLEDGER_PROGRESS") != "plain"

    def stage(self, name: str, total: int = 0) -> Stage:
        stage = Stage(name, total, self)
        self._stages.append(stage)
        if self._bars is not None:
            stage._task_id = self._bars.add_task(name, total=total or None)
        return stage

    def show(self, stage: Stage) -> None:
        if self._bars is not None:
            self._bars.update(stage._task_id, total=stage.total or None, completed=stage.done)
            return
        if not stage.done:
            return
        now = self.clock()
        finished = stage.total and stage.done >= stage.total
        due = stage.last_line is None or now - stage.last_line[0] >= PLAIN_EVERY_SECONDS
        if finished or due:
            self._say(stage, now)

    def _say(self, stage: Stage, now: float) -> None:
        if stage.last_line is not None and stage.last_line[1] == stage.done:
            return  # said already, at this count
        stage.last_line = (now, stage.done)
        self._logger.info(stage.line(), extra={PROGRESS_MARK: True})

    def __enter__(self) -> RunProgress:
        if self._bars is not None:
            self._bars.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bars is not None:
            self._bars.stop()
            return
        for stage in self._stages:
            if stage.done:
                self._say(stage, self.clock())
