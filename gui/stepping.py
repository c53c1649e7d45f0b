"""Step mode's plumbing in the training thread: the control that lets exactly one mini-batch
update through a pause, and the budget that decides which epochs record the cosine chart.

Plain ``threading``, no Qt: the worker asks these between two mini-batches, and tests drive them
without a window.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

from engine.control import RunControl
from engine.training import Trainer


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


@dataclass
class CosineBudget:
    """Which epochs record the cosine of every update for the chart.

    A recorded update costs a mini-batch gradient and a full-batch gradient besides its own
    step: on the book's data that makes an epoch eight times slower at batch 32, ten times at
    batch 1. So a whole epoch is recorded only while the recording stays within ``share`` of
    the training time; the first one may cost up to ``first`` seconds, so that even a short
    run at batch size 1 shows its scatter. The chart gets a sample of epochs, every update of
    each, and the run stays fast.
    """

    seconds_per_update: float
    updates_per_epoch: int
    share: float = 0.05
    first: float = 0.5
    spent: float = 0.0

    @classmethod
    def measured(cls, trainer: Trainer, n_train: int) -> CosineBudget:
        """The cost of one recorded update, timed on this run's data: the best of three, so
        that one moment of a busy machine does not turn the chart off."""
        rows = np.arange(trainer.hp.effective_batch_size(n_train))
        best = float("inf")
        for _ in range(3):
            clock = time.perf_counter()
            with np.errstate(all="ignore"):
                trainer.batch_gradient(rows)
                trainer.full_gradient()
            best = min(best, time.perf_counter() - clock)
        return cls(best, trainer.batches_per_epoch)

    def next_epoch(self, training_seconds: float) -> bool:
        """Record the next epoch? ``training_seconds``: the run's training time so far."""
        cost = self.seconds_per_update * self.updates_per_epoch
        first = not self.spent and cost <= self.first
        if first or self.spent + cost <= self.share * (training_seconds + cost):
            self.spent += cost
            return True
        return False


@dataclass(frozen=True)
class CosinePoints:
    """Cosines of some updates of one epoch, placed on the epoch axis: update i (from 1) of
    the epoch's B sits at epoch - 1 + i / B, so runs of every batch size share one axis."""

    epoch: int
    positions: np.ndarray
    values: np.ndarray

    @classmethod
    def of_epoch(cls, epoch: int, cosines: np.ndarray, skip: set[int]) -> CosinePoints:
        """The epoch's recorded cosines (NaN where none was recorded), but for batches
        ``skip`` (0-based: those that were stepped, reported already)."""
        batches = np.arange(len(cosines))
        keep = np.isfinite(cosines) & ~np.isin(batches, list(skip))
        return cls(epoch, epoch - 1 + (batches[keep] + 1) / len(cosines), cosines[keep])

    @classmethod
    def of_step(cls, epoch: int, batch: int, batches: int, cosine: float) -> CosinePoints:
        """One stepped update: batch ``batch`` (from 1) of ``batches``."""
        return cls(epoch, np.array([epoch - 1 + batch / batches]), np.array([cosine]))
