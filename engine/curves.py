"""The learning curves as a CSV file, and a file write that never leaves half a file behind.

The CSV is for students who want to plot or compare runs elsewhere, so it must hold the exact
numbers the app showed: floats are written with ``repr()``, which Python reads back to the
same bits. Both the headless run and the GUI's export use these functions.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections.abc import Iterable

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


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that it either fully replaces the file or leaves
    it untouched: a crash, a full disk or a permission problem must never cost the user the
    previous export or leave a truncated one.

    The text goes to a temporary file in the same folder (``os.replace`` is atomic only within
    one file system), which then replaces ``path``. Raises OSError naming ``path``.
    """
    path = os.fspath(path)
    folder, name = os.path.split(os.path.abspath(path))
    temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
    data = text.encode("utf-8")
    try:
        # O_EXCL: never write through someone else's file; 0o666 lets the umask decide the
        # permissions, as for any file the user saves (a plain mkstemp would make it 0600).
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise OSError(f"Cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException as error:  # Ctrl+C mid-write too: never leave the temporary file
        with contextlib.suppress(OSError):  # the first error is the one the user needs
            os.remove(temp)
        if isinstance(error, OSError):
            raise OSError(f"Cannot write {path}: {error.strerror or error}") from error
        raise
