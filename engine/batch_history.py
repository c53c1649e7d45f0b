"""Every mini-batch's loss of a run of any length, in bounded memory.

A batch-1 run of 1 000 000 epochs on the book's data makes 364 million batch losses: 2.9 GB as
float64, growing by megabytes a second with the compiled kernel. A plot never shows more points
than it has pixels, so ``DecimatedSeries`` keeps at most ``capacity`` points: while there is
room every batch loss is kept; when full, neighbouring pairs merge (their mean, and the envelope
of their minima and maxima) and each point then stands for twice as many batches. A point's
mean is always the exact mean of the ``stride`` consecutive batches it stands for, so the faint
"mini-batch noise" curve keeps its level and its spread however long the run.
"""

from __future__ import annotations

import numpy as np


class DecimatedSeries:
    """Batch losses appended an epoch at a time; ``arrays()`` gives the points to plot.

    Memory is three arrays of ``capacity`` floats whatever the run's length; appending an epoch
    is a few vectorised calls. The point being filled is kept as a running sum, minimum and
    maximum, so no raw value is held back.
    """

    def __init__(self, capacity: int = 1 << 16) -> None:
        if capacity < 2 or capacity % 2:
            raise ValueError(f"capacity must be an even number >= 2, got {capacity!r}")
        self.capacity = capacity
        self.stride = 1  # batches per point
        self.count = 0  # batches seen
        self._mean = np.empty(capacity)
        self._low = np.empty(capacity)
        self._high = np.empty(capacity)
        self._points = 0
        self._reset_partial()

    def _reset_partial(self) -> None:
        self._sum, self._min, self._max, self._filled = 0.0, np.inf, -np.inf, 0

    def __len__(self) -> int:
        return self._points

    @property
    def nbytes(self) -> int:
        return self._mean.nbytes + self._low.nbytes + self._high.nbytes

    def append(self, values: np.ndarray) -> None:
        """Add the next batch losses (one epoch's, say), in order."""
        values = np.asarray(values, dtype=np.float64).ravel()
        self.count += len(values)
        pos = 0
        while pos < len(values):
            if self._filled == self.stride:  # the partial point is whole: store it
                if self._points == self.capacity:
                    self._halve()  # now it is half a point: go on filling it
                    continue
                self._store(self._sum / self.stride, self._min, self._max)
                self._reset_partial()
            left = len(values) - pos
            if self._filled or left < self.stride:  # add to the partial point
                take = min(self.stride - self._filled, left)
                part = values[pos : pos + take]
                self._sum += part.sum()
                self._min = min(self._min, part.min())
                self._max = max(self._max, part.max())
                self._filled += take
                pos += take
                continue
            if self._points == self.capacity:
                self._halve()
                continue
            # Whole points at once: a block of k rows of ``stride`` batches.
            k = min(left // self.stride, self.capacity - self._points)
            block = values[pos : pos + k * self.stride].reshape(k, self.stride)
            kept = slice(self._points, self._points + k)
            self._mean[kept] = block.mean(axis=1)
            self._low[kept] = block.min(axis=1)
            self._high[kept] = block.max(axis=1)
            self._points += k
            pos += k * self.stride
        if self._filled == self.stride and self._points < self.capacity:
            self._store(self._sum / self.stride, self._min, self._max)
            self._reset_partial()

    def _store(self, mean: float, low: float, high: float) -> None:
        i = self._points
        self._mean[i], self._low[i], self._high[i] = mean, low, high
        self._points += 1

    def _halve(self) -> None:
        """Merge neighbouring pairs: equal-sized blocks, so the mean of two means is exact."""
        n = self._points  # == capacity, even
        self._mean[: n // 2] = (self._mean[0:n:2] + self._mean[1:n:2]) / 2
        self._low[: n // 2] = np.minimum(self._low[0:n:2], self._low[1:n:2])
        self._high[: n // 2] = np.maximum(self._high[0:n:2], self._high[1:n:2])
        self._points = n // 2
        self.stride *= 2

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(x, mean, low, high) as copies: x is the number of the last batch (from 1) each
        point stands for."""
        n = self._points
        x = np.arange(1, n + 1) * self.stride
        return x, self._mean[:n].copy(), self._low[:n].copy(), self._high[:n].copy()
