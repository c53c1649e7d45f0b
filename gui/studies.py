"""Longer questions about the comparison, answered in the background: "why do the scores differ?"
(``engine.differences``) and "over ten seeds" (``engine.seeds``).

Each is a ``Study``: a model holding one computation's state (running with its progress, done
with its result, failed, cancelled) and the settings it answers for, so a view can show it,
and show it greyed once the panel's settings moved on. The work is a plain engine function
that reports progress and listens to an ``engine.control.RunControl`` (Orange's ``TaskState``
idea): Cancel stops it within one mini-batch, and it never touches a widget.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from engine.control import RunControl
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.tasks import BackgroundTasks

Progress = Callable[[int, int], None]
Work = Callable[[Progress, RunControl], object]


@dataclass(frozen=True)
class StudyState:
    """``state`` is "none", "running", "done", "failed" or "cancelled"; ``done`` of ``total``
    steps so far; ``result`` what the work returned; ``data``, ``hp`` and ``seed`` what it was
    asked about."""

    state: str = "none"
    done: int = 0
    total: int = 0
    result: object = None
    details: str = ""
    data: DataSpec | None = None
    hp: Hyperparameters | None = None
    seed: int | None = None


class Study(QObject):
    """One background computation at a time; a new one replaces (and cancels) the last."""

    changed = Signal()
    _progressed = Signal(int, int, int)  # task id, done, total; emitted in the work's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = StudyState()
        self._tasks = BackgroundTasks(self)
        self._tasks.result.connect(self._on_result)
        self._tasks.errored.connect(self._on_error)
        self._progressed.connect(self._on_progress)
        self._control: RunControl | None = None
        self._task_id = 0

    def state(self) -> StudyState:
        return self._state

    def is_running(self) -> bool:
        return self._state.state == "running"

    def start(
        self, work: Work, data: DataSpec, hp: Hyperparameters, seed: int | None = None
    ) -> None:
        """Compute ``work(progress, control)`` in the background for these settings."""
        self.cancel()
        control = self._control = RunControl()
        ids: list[int] = []  # the task's id, known once it is submitted

        def task(_cancelled: Callable[[], bool]) -> object:
            return work(lambda done, total: self._progressed.emit(ids[0], done, total), control)

        ids.append(self._tasks.submit(task))
        self._task_id = ids[0]
        self._set(StudyState("running", data=data, hp=hp, seed=seed))

    def cancel(self) -> None:
        """Stop the work within one mini-batch; nothing more is reported for it."""
        if self._control is not None:
            self._control.request_stop()
            self._control = None
        self._tasks.cancel()
        self._task_id = 0
        if self._state.state == "running":
            self._set(dataclasses.replace(self._state, state="cancelled"))

    def clear(self) -> None:
        self.cancel()
        self._set(StudyState())

    def close(self) -> None:
        self.cancel()
        self._tasks.close()

    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        if task_id == self._task_id:
            self._set(dataclasses.replace(self._state, done=done, total=total))

    @Slot(int, object)
    def _on_result(self, task_id: int, value: object) -> None:
        if task_id == self._task_id:
            self._task_id, self._control = 0, None
            self._set(dataclasses.replace(self._state, state="done", result=value))

    @Slot(int, str)
    def _on_error(self, task_id: int, details: str) -> None:
        if task_id == self._task_id:
            self._task_id, self._control = 0, None
            self._set(dataclasses.replace(self._state, state="failed", details=details))

    def _set(self, state: StudyState) -> None:
        self._state = state
        self.changed.emit()
