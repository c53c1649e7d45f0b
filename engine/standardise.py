"""Standardising the split's rows in place: scikit-learn's StandardScaler, to the last bit, without
its copies and without importing it.

``StandardScaler().fit(x_train)`` copies every training row (twice: its NaN-aware sum copies the
data, and the deviations are a second full-size array), and importing scikit-learn holds the
GIL for most of a second, which would freeze the window on a student's first CSV. The same
arithmetic is done here block by block on the arrays the split has just made.

It is the same arithmetic to the bit because NumPy sums a C-ordered array along axis 0 row after
row: carrying the running sum into the next block as its first row gives exactly the sum of the
whole column, whatever the block size (`tests/test_standardise.py` checks it against
StandardScaler over thousands of blocks). Like StandardScaler, the variance is the corrected
two-pass one (Chan, Golub and LeVeque), and a column indistinguishable from a constant keeps a
scale of 1.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import numpy as np

from engine import parallel

BLOCK_BYTES = 1 << 20  # rows per step: a block stays in the processor's cache between passes


def _blocks(n_rows: int, n_columns: int) -> Iterator[slice]:
    step = max(1, BLOCK_BYTES // (8 * max(n_columns, 1)))
    for start in range(0, n_rows, step):
        yield slice(start, min(start + step, n_rows))


class _ColumnSum:
    """Sums of rows, added block by block exactly as ``np.sum(x, axis=0)`` adds them."""

    def __init__(self, n_columns: int, block_rows: int) -> None:
        self.total: np.ndarray | None = None
        self._work = np.empty((block_rows + 1, n_columns))

    def add(self, rows: np.ndarray) -> None:
        if self.total is None:
            self.total = rows.sum(axis=0)
            return
        work = self._work[: len(rows) + 1]
        work[0] = self.total
        work[1:] = rows
        self.total = work.sum(axis=0)


def fit(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, variance, scale) of the columns of ``x`` (C-ordered float64), as
    ``StandardScaler().fit(x)`` computes ``mean_``, ``var_`` and ``scale_``. Overflow gives
    non-finite values, silently: the caller words the error.

    (Fitting groups of columns side by side was measured: reading a group's strided rows cost
    more than the second core gave back.)"""
    n, columns = x.shape
    slices = list(_blocks(n, columns))
    block_rows = slices[0].stop - slices[0].start if slices else 1
    sums = _ColumnSum(columns, block_rows)
    for rows in slices:
        sums.add(x[rows])
    total = sums.total if sums.total is not None else np.zeros(columns)
    count = float(n)
    mean = (0.0 + total) / count  # StandardScaler adds its previous (zero) sum first
    centre = total / count
    corrections = _ColumnSum(columns, block_rows)
    squares = _ColumnSum(columns, block_rows)
    deviations = np.empty((block_rows, columns))
    for rows in slices:
        deviation = deviations[: rows.stop - rows.start]
        np.subtract(x[rows], centre, out=deviation)
        corrections.add(deviation)
        np.multiply(deviation, deviation, out=deviation)
        squares.add(deviation)
    correction = corrections.total if corrections.total is not None else np.zeros(columns)
    square = squares.total if squares.total is not None else np.zeros(columns)
    variance = (square - correction**2 / count) / count
    eps = np.finfo(np.float64).eps
    constant = variance <= count * eps * variance + (count * mean * eps) ** 2
    scale = np.sqrt(variance)
    scale[constant] = 1.0
    return mean, variance, scale


def transform(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> bool:
    """``x = (x - mean) / scale`` in place, as StandardScaler's transform does it, groups of
    rows side by side; True if every result is finite (a row far from the training rows can
    overflow)."""
    count = parallel.threads(x.size)
    edges = np.linspace(0, len(x), count + 1).astype(int)
    groups = [
        functools.partial(_transform, x[a:b], mean, scale) for a, b in itertools.pairwise(edges)
    ]
    return all(parallel.run_all(groups, name="standardise"))


def _transform(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> bool:
    finite = True
    for rows in _blocks(*x.shape):
        block = x[rows]
        block -= mean
        block /= scale
        finite = finite and bool(np.isfinite(block.max()) and np.isfinite(block.min()))
    return finite
