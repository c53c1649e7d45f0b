"""Step mode's plumbing in the training thread: the control that lets exactly one mini-batch
update through a pause, and the budget that decides which epochs record the cosine chart.

Plain ``threading``, no Qt: the worker asks these between two mini-batches, and tests drive them
without a window.
"""

from __future__ import annotations

import threading
import time

from engine.control import RunControl


class StepControl(RunControl):
    """A RunControl whose pause can be stepped through: ``request_step`` (from the GUI thread)
    lets one update through and holds the run again; ``hold`` (in the training thread) waits
    for the next request and says what it was.

    One condition variable carries every request, so a step, a resume and a stop arriving
    together are answered in a fixed order: stop first, then steps, then resume.
    """

    def __init__(self) -> None:
        super().__init__()
        self._changed = threading.Condition()
        self._steps = 0

    def request_stop(self) -> None:
        with self._changed:
            super().request_stop()
            self._changed.notify_all()

    def request_pause(self) -> None:
        with self._changed:
            super().request_pause()
            self._changed.notify_all()

    def resume(self) -> None:
        with self._changed:
            self._steps = 0
            super().resume()
            self._changed.notify_all()

    def request_step(self) -> None:
        """Pause (if running) and let one update through."""
        with self._changed:
            self._steps += 1
            super().request_pause()
            self._changed.notify_all()

    def hold(self) -> str:
        """Wait while paused; "stop", "step" (one update, then hold again) or "go"."""
        start = time.perf_counter()
        try:
            with self._changed:
                while True:
                    if self.stop_requested:
                        return "stop"
                    if self._steps:
                        self._steps -= 1
                        return "step"
                    if not self.pause_requested:
                        self.pending.clear()
                        return "go"
                    self._changed.wait()
        finally:
            self.paused_seconds += time.perf_counter() - start
