"""The learning curves as a CSV file.

The CSV is for students who want to plot or compare runs elsewhere, so it must hold the exact
numbers the app showed: floats are written with ``repr()``, which Python reads back to the
same bits. Both the headless run and the GUI's export use these functions, and write them with
``engine.safe_output``, which never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

# Re-exported: the window's exports import the safe writer from here.
from engine.safe_output import write_text_atomic as write_text_atomic
from engine.training import EpochRecord

CURVE_COLUMNS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "updates", "seconds")


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
