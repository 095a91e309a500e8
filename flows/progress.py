"""Progress of a run, per stage: bars on a terminal, plain log lines anywhere else.

A person watching `newsledger ingest` wants to see it move; a worker's log wants one line per
step it can grep. The flow reports the same way to both (`stage(...)`, `advance`), and this
module picks the face: rich bars when stderr is a terminal, the run logger otherwise.
"""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class Stage:
    """One stage's counter; its total grows as work is planned."""

    def __init__(self, name: str, total: int, owner: RunProgress) -> None:
        self.name, self.total, self.done = name, total, 0
        self._owner = owner
        self._task_id: Any = None

    def add_total(self, count: int) -> None:
        self.total += count
        self._owner.show(self)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._owner.show(self)


class RunProgress:
    """The stages of one run; a context manager (the bars vanish cleanly when it ends)."""

    def __init__(self, logger: logging.Logger | logging.LoggerAdapter[Any], bars: bool) -> None:
        self._logger = logger
        self._bars = (
            Progress(
                TextColumn("{task.description:>9}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=False,
            )
            if bars
            else None
        )

    @staticmethod
    def wants_bars() -> bool:
        """Bars only for a person at a terminal (NEWSLEDGER_PROGRESS=plain forces lines)."""
        return sys.stderr.isatty() and os.environ.get("NEWSLEDGER_PROGRESS") != "plain"

    def stage(self, name: str, total: int = 0) -> Stage:
        stage = Stage(name, total, self)
        if self._bars is not None:
            stage._task_id = self._bars.add_task(name, total=total)
        return stage

    def show(self, stage: Stage) -> None:
        if self._bars is not None:
            self._bars.update(stage._task_id, total=stage.total, completed=stage.done)
        elif stage.done:
            self._logger.info("%s: %d/%d", stage.name, stage.done, stage.total)

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
