"""Pause and stop a run from another thread, between two mini-batches.

A window's Stop must act within one mini-batch, not one epoch: an epoch of a large CSV at
batch size 1 can take minutes. The training loop cannot afford a Python call per mini-batch
for a question whose answer is almost always "go on", so it asks a ``threading.Event``
(``pending``, a C-level check) and calls ``checkpoint()`` only when a request is waiting.
Plain ``threading`` and no Qt: the engine stays usable from a script or a test.
"""

from __future__ import annotations

import threading
import time


class Cancelled(Exception):
    """Long work (a table of variants, a study over seeds) was asked to stop before its end."""


class RunControl:
    """Requests from outside a run (stop, pause, resume), answered by the run between batches.

    ``paused_seconds`` is the time the run spent held in ``checkpoint()``: the loop subtracts
    it, so a paused run's clock shows training time only.
    """

    def __init__(self) -> None:
        self.pending = threading.Event()  # set while a stop or pause waits to be acted on
        self._stop = threading.Event()
        self._running = threading.Event()  # cleared while paused
        self._running.set()
        self.paused_seconds = 0.0

    def request_stop(self) -> None:
        self._stop.set()
        self._running.set()
        self.pending.set()

    def request_pause(self) -> None:
        self._running.clear()
        self.pending.set()

    def resume(self) -> None:
        self._running.set()
        if not self._stop.is_set():
            self.pending.clear()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def pause_requested(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> bool:
        """Hold while paused; True when the run should stop now."""
        if not self._running.is_set():
            start = time.perf_counter()
            self._running.wait()
            self.paused_seconds += time.perf_counter() - start
        if self._stop.is_set():
            return True
        self.pending.clear()
        return False
