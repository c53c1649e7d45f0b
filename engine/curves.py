"""The learning curves as a CSV file.

The CSV is for students who want to plot or compare runs elsewhere, so it must hold the exact
numbers the app showed: floats are written with ``repr()``, which Python reads back to the
same bits. Both the headless run and the GUI's export use these functions, and write them with
``engine.safe_output``, which never leaves half a file behind.

Two tables: one row per epoch (the curves), and one row per mini-batch (the loss of every
batch, the "mini-batch noise" a student may want to redo the plot from).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

import numpy as np

# Re-exported: the window's exports import the safe writer from here.
from engine.safe_output import write_text_atomic as write_text_atomic
from engine.training import EpochRecord

CURVE_COLUMNS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "updates", "seconds")
BATCH_COLUMNS = ("epoch", "batch", "batch_size", "loss")


def curves_csv(records: Iterable[EpochRecord]) -> str:
    """One row per epoch under a header of ``CURVE_COLUMNS``; NaN (no validation data) is
    written as ``nan``, which spreadsheets, pandas and ``float()`` all read back."""
    lines = [",".join(CURVE_COLUMNS)]
    for r in records:
        values = (r.train_loss, r.val_loss, r.train_acc, r.val_acc)
        lines.append(",".join([str(r.epoch), *map(repr, values), str(r.updates), repr(r.seconds)]))
    return "\n".join(lines) + "\n"


def read_curves_csv(text: str) -> list[dict[str, float]]:
    """The rows of a curves CSV as numbers, keyed by column name; a cell that is not a number
    is reported with its line, because a hand-edited file is the likely cause."""
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        try:
            rows.append({column: float(value) for column, value in row.items()})
        except (TypeError, ValueError):
            raise ValueError(
                f"line {reader.line_num}: every cell must be a number, got {row}"
            ) from None
    return rows


def epoch_batch_losses(record: EpochRecord) -> np.ndarray:
    """The losses of an epoch's mini-batches, in batch order. Every reader of per-batch losses
    goes through here, so how a run keeps them (all, or thinned out for a very long run) is
    decided in one place."""
    return np.asarray(record.batch_losses, dtype=np.float64).ravel()


def batch_sizes(rows: int, batch_size: int | None) -> np.ndarray:
    """The sizes of an epoch's mini-batches: consecutive slices of ``batch_size`` rows, the
    last one shorter (364 rows at 32: eleven of 32 and one of 12); one batch for None."""
    size = rows if batch_size is None else min(batch_size, rows)
    starts = np.arange(0, rows, max(size, 1))
    return np.diff(np.append(starts, rows))


def batch_losses_csv(records: Sequence[EpochRecord], batch_size: int | None) -> str:
    """One row per mini-batch under a header of ``BATCH_COLUMNS``: the epoch, the batch's
    number in it (from 1), its rows and its loss, at full precision. ``batch_size`` is the
    run's (None for the full batch); the rows per epoch come from the records themselves.

    Raises ValueError when an epoch keeps a different number of losses than it has batches
    (a run that did not keep every one): a table that pairs losses with the wrong batch
    sizes would mislead whoever plots it."""
    lines = [",".join(BATCH_COLUMNS)]
    seen = 0
    for r in records:
        losses = epoch_batch_losses(r)
        sizes = batch_sizes(r.samples - seen, batch_size)
        seen = r.samples
        if len(losses) != len(sizes):
            raise ValueError(
                f"epoch {r.epoch} keeps {len(losses)} mini-batch losses but has {len(sizes)} "
                "mini-batches: this run did not keep every batch's loss"
            )
        pairs = zip(sizes.tolist(), losses.tolist(), strict=True)
        lines += [f"{r.epoch},{k},{size},{loss!r}" for k, (size, loss) in enumerate(pairs, 1)]
    return "\n".join(lines) + "\n"
