"""Background computations other than training: scikit-learn's fit today, and any other plain
function that a panel wants computed without freezing the window.

Orange's idea (``Orange/widgets/utils/concurrent.py``): the work is a plain function that
receives a tiny "was I cancelled?" callable and never touches a widget; the runner reports its
result in the GUI thread. One task at a time, the newest replacing any that waits, so tasks never
pile up and compete with training for the GIL.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)

Task = Callable[[Callable[[], bool]], object]


class BackgroundTasks(QObject):
    """Runs tasks in one daemon thread and reports in the GUI thread.

    A daemon ``threading.Thread``, not a QThread: a long fit must never hold up closing the
    window. Only the newest task's outcome is reported; ``cancel()`` makes the one under way
    stop at its next check and forgets the one waiting.
    """

    result = Signal(int, object)  # task id, what the function returned
    errored = Signal(int, str)  # task id, traceback text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = 0
        self._pending: tuple[int, Task] | None = None
        self._wake = threading.Condition()
        self._closed = False
        self._busy = False
        self._thread = threading.Thread(target=self._loop, name="background", daemon=True)
        self._thread.start()

    def submit(self, task: Task) -> int:
        """Queue ``task``, replacing (and cancelling) any earlier one; returns its id."""
        with self._wake:
            self._latest += 1
            self._pending = (self._latest, task)
            self._wake.notify()
            return self._latest

    def cancel(self) -> None:
        """Forget every task: nothing more will be reported for them."""
        with self._wake:
            self._latest += 1
            self._pending = None

    def is_busy(self) -> bool:
        """A task is being computed (a cancelled one may still be finishing its step)."""
        return self._busy

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._pending = None
            self._latest += 1
            self._wake.notify()

    def _is_current(self, task_id: int) -> bool:
        return task_id == self._latest and not self._closed

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                (task_id, task), self._pending = self._pending, None
                self._busy = True
            try:
                self._run(task_id, task)
            finally:
                self._busy = False

    def _run(self, task_id: int, task: Task) -> None:
        try:
            value = task(lambda: not self._is_current(task_id))
        except Exception:
            if self._is_current(task_id):
                logger.exception("background task failed")
                self._emit(self.errored, task_id, traceback.format_exc())
            else:
                logger.debug("a cancelled background task ended with an exception", exc_info=True)
            return
        if self._is_current(task_id):
            self._emit(self.result, task_id, value)

    @staticmethod
    def _emit(signal: Signal, *args: object) -> None:
        """The window may have been destroyed while the task ran: then nobody listens."""
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)
