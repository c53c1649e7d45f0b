"""One run's points as the plots hold them, and the line items that draw them.

A run's records become rows of eight numbers (the four possible x values, then the four
curves) in a buffer that doubles when full, so a live run's appends cost O(n) in all and every
x axis is a column away. Per-batch losses are read through ``engine.curves.epoch_batch_losses``
only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from engine.curves import epoch_batch_losses
from engine.training import EpochRecord
from gui.plot_range import CurveStats

# One row per epoch: the four possible x values, then the four curves.
FIELDS = (
    "epoch",
    "updates",
    "samples",
    "seconds",
    "train_loss",
    "val_loss",
    "train_acc",
    "val_acc",
)
X_MODES = FIELDS[:4]
CURVES = FIELDS[4:]
LOSSES = CURVES[:2]  # the curves drawn up to the clip level
ROW_WIDTH = len(FIELDS)
PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dot": Qt.PenStyle.DotLine,
}


def record_rows(records: Sequence[EpochRecord]) -> np.ndarray:
    """The records as an (n, 8) array in the order of ``FIELDS``."""
    rows = [[getattr(r, name) for name in FIELDS] for r in records]
    return np.array(rows, dtype=float).reshape(-1, ROW_WIDTH)


def grown(buffer: np.ndarray, needed: int) -> np.ndarray:
    """``buffer`` itself if it has ``needed`` rows, else a copy at least twice as long, so n
    appends cost O(n) copying in total."""
    if needed <= len(buffer):
        return buffer
    bigger = np.empty((max(needed, 2 * len(buffer)), buffer.shape[1]))
    bigger[: len(buffer)] = buffer
    return bigger


def batch_positions(record: EpochRecord, previous: EpochRecord | None) -> np.ndarray:
    """Where each mini-batch loss of ``record`` sits on every x axis, one row per batch: batch
    i of k at (i + 0.5) / k of the way from the previous epoch's x to this one's."""
    end = np.array((record.epoch, record.updates, record.samples, record.seconds), dtype=float)
    if previous is None:
        start = np.array((record.epoch - 1, 0.0, 0.0, 0.0))
    else:
        start = np.array((previous.epoch, previous.updates, previous.samples, previous.seconds))
    k = len(epoch_batch_losses(record))
    fraction = (np.arange(k) + 0.5) / k
    return start + fraction[:, None] * (end - start)


def line(color: str, width: float, style: str = "solid", alpha: int = 255) -> pg.PlotDataItem:
    """A line item. pyqtgraph's finite check stays on: a diverging run produces inf, and the
    runs of a group are separated by NaN, where the line breaks."""
    item = pg.PlotDataItem(antialias=True)
    set_pen(item, color, width, style, alpha)
    # One sample per pixel (two in peak mode) looks the same as pyqtgraph's default five and
    # paints a 20 000-epoch dashed curve in a fifth of the time.
    item.opts["autoDownsampleFactor"] = 1.0
    return item


def set_pen(item: pg.PlotDataItem, color: str, width: float, style: str, alpha: int) -> None:
    qcolor = pg.mkColor(color)
    qcolor.setAlpha(alpha)
    pen = pg.mkPen(qcolor, width=width, style=PEN_STYLES[style])
    old = item.opts["pen"]
    if isinstance(old, type(pen)) and old == pen:
        return
    item.setPen(pen)
    # Qt strokes a wide antialiased polyline slowly (5,000 noisy epochs: 95 ms a repaint, as
    # separate segments 6 ms); dashes need one polyline to keep their pattern.
    item.curve.setSegmentedLineMode("on" if style == "solid" and alpha == 255 else "off")


@dataclass
class Trace:
    """One run's points, in a buffer that grows while the run trains."""

    color: str
    style: int
    records: list[EpochRecord]
    rows: np.ndarray
    n: int
    visible: bool = True
    group: tuple[str, int] | None = None  # the group drawing it; None while it is live
    losses: tuple[CurveStats, ...] = (CurveStats(), CurveStats())  # in the order of LOSSES

    def grow(self, rows: np.ndarray) -> None:
        """Append ``rows`` and update the loss stats with them."""
        self.rows = grown(self.rows, self.n + len(rows))
        self.rows[self.n : self.n + len(rows)] = rows
        self.n += len(rows)
        self.losses = tuple(
            stats.merged(rows[:, FIELDS.index(name)])
            for stats, name in zip(self.losses, LOSSES, strict=True)
        )


@dataclass(frozen=True)
class CurveLook:
    """How a run is drawn right now (for the legend, tests and figure export)."""

    train_color: str
    val_color: str
    train_style: str
    val_style: str
    width: float
    alpha: int
