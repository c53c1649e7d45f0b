"""Which epochs of a run record the cosine chart, and the recorded cosines placed on the epoch
axis. Plain Python: the window's training thread asks these between epochs, and so does a
sweep's child process that trains runs ahead (``engine.sweep.train_whole_run``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from engine.training import Trainer


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
