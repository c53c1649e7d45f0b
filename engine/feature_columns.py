"""A file's features as the parser left them, column by column, until the split asks for rows.

pandas hands back each column as its own array. Copying them into one array of rows before the
split would cost a third array the size of the data: the split then copies every row again, into
the training and validation parts. Rows are therefore gathered from the columns straight into
those parts, and only then. (On the development machine, memory touched for the first time cost
more than copying it: half a second for the 230 MB of a million rows of 29 features.)

The split's rows come in random order; gathering them in that order would read the columns at
random. So the wanted rows are visited in file order, a block at a time (the columns are then
read nearly in sequence), and each block of rows is written to its places in the part.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from engine import parallel

BLOCK_ROWS = 4096  # rows gathered at a time: the block stays in the processor's cache


class FeatureColumns:
    """Features kept as the parser's columns: ``regions`` are consecutive row ranges, each a
    sequence of one 1-D numeric array per feature. ``rows`` (optional) selects and orders rows
    of the whole, as ``x[rows]`` would."""

    def __init__(
        self, regions: Sequence[Sequence[np.ndarray]], rows: np.ndarray | None = None
    ) -> None:
        self._regions = [list(columns) for columns in regions]
        self._starts = np.cumsum([0] + [len(columns[0]) for columns in self._regions])
        self._rows = rows
        self.n_features = len(self._regions[0]) if self._regions else 0

    def __len__(self) -> int:
        return len(self._rows) if self._rows is not None else int(self._starts[-1])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self), self.n_features

    @property
    def n_regions(self) -> int:
        """How many row ranges the parser read separately (one per parallel region)."""
        return len(self._regions)

    def __getitem__(self, rows: np.ndarray) -> FeatureColumns:
        """The rows selected by a boolean mask or chosen by index, still unread."""
        rows = np.asarray(rows)
        chosen = np.flatnonzero(rows) if rows.dtype == bool else rows.astype(np.int64)
        whole = chosen if self._rows is None else self._rows[chosen]
        return FeatureColumns(self._regions, whole)

    def __array__(self, dtype: object = None, copy: object = None) -> np.ndarray:
        (array,) = self.take_parts([np.arange(len(self))])
        return array if dtype is None else array.astype(dtype, copy=False)

    def take_rows(self, rows: np.ndarray) -> np.ndarray:
        """``x[rows]`` as a new C-ordered float64 array; ``rows`` must be different rows."""
        (taken,) = self.take_parts([rows])
        return taken

    def take_parts(self, parts: Sequence[np.ndarray]) -> list[np.ndarray]:
        """``[x[rows] for rows in parts]`` as new C-ordered float64 arrays, the regions' rows
        gathered side by side (`engine.parallel`); no row may be asked for twice."""
        taken = [np.empty((len(rows), self.n_features), dtype=np.float64) for rows in parts]
        tasks = []
        for rows, part in zip(parts, taken, strict=True):
            sources = rows if self._rows is None else self._rows[rows]
            # Where each wanted row goes, and the wanted rows in file order: no sort needed.
            total = int(self._starts[-1])
            place = np.empty(total, dtype=np.int64)
            place[sources] = np.arange(len(sources))
            wanted = np.zeros(total, dtype=bool)
            wanted[sources] = True
            ordered = np.flatnonzero(wanted)
            for region in range(len(self._regions)):
                tasks.append(functools.partial(self._gather, region, ordered, place, part))
        parallel.run_all(tasks, name="gather")
        return taken

    def _gather(
        self, region: int, ordered: np.ndarray, place: np.ndarray, part: np.ndarray
    ) -> None:
        """Write the rows of ``ordered`` (in file order) that lie in ``region`` to their
        ``place`` in ``part``."""
        columns, start, end = self._regions[region], self._starts[region], self._starts[region + 1]
        low, high = np.searchsorted(ordered, (start, end))
        block = np.empty((BLOCK_ROWS, self.n_features), dtype=np.float64)
        for first in range(low, high, BLOCK_ROWS):
            chunk = ordered[first : min(first + BLOCK_ROWS, high)]
            local = chunk - start
            rows_of = block[: len(chunk)]
            for index, column in enumerate(columns):
                rows_of[:, index] = column[local]
            part[place[chunk]] = rows_of
