"""MLPClassifier's loss curve on the loss plot: one value per epoch (its ``loss_curve_``), dotted
grey, faded when it belongs to earlier settings, and cut off at the plot's clip level like any
curve that explodes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gui.plot_range import CurveStats, clipped, stats_of

SKLEARN_COLOR = "#666666"


class ComparisonCurve:
    """The comparison's line item and the losses it draws."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.item = pg.PlotDataItem(
            pen=pg.mkPen(SKLEARN_COLOR, width=2, style=Qt.PenStyle.DotLine), antialias=True
        )
        self.item.setVisible(False)
        plot.addItem(self.item)
        self.loss = np.empty(0)
        self.stats = stats_of(self.loss)

    def set(self, loss: np.ndarray, stale: bool, shown: bool) -> None:
        """New losses (possibly none), faded if ``stale``; drawn when ``shown`` and any."""
        self.loss = np.asarray(loss, dtype=float)
        self.stats = stats_of(self.loss)
        color = pg.mkColor(SKLEARN_COLOR)
        color.setAlpha(90 if stale else 255)
        self.item.setPen(pg.mkPen(color, width=2, style=Qt.PenStyle.DotLine))
        self.item.setVisible(shown and len(self.loss) > 0)

    def shown(self) -> bool:
        return self.item.isVisible()

    def epochs(self) -> np.ndarray:
        return np.arange(1, len(self.loss) + 1, dtype=float)

    def planned(self) -> tuple[np.ndarray, CurveStats, str] | None:
        """What the range planning needs of it (losses, stats, colour); None when hidden."""
        return (self.loss, self.stats, SKLEARN_COLOR) if self.shown() else None

    def draw(self, level: float) -> None:
        """Draw the losses up to ``level``."""
        self.item.setData(self.epochs(), clipped(self.loss, level))

    def points(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Epochs and true losses for the readout; None when hidden."""
        return (self.epochs(), self.loss) if self.shown() else None
