"""The look of the side tabs' small fixed charts (the weights' heatmaps, the cosine chart): no
context menu, no buttons, no panning, grey axes with dark numbers, and plain numbers on them.

One place for it, so the side tabs look alike. The main training plot is styled elsewhere (it
pans, zooms and exports); this is only for charts a student looks at, not explores.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

AXIS_PEN = "#888888"
AXIS_TEXT = "#333333"


def quiet_side_chart(plot: pg.PlotItem, point_size: int = 9, tick_length: int = 5) -> None:
    """Fix a side chart in place and make its axes light and readable. The axes never rescale
    their numbers ("epoch (x0.001)" puzzles a student)."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    font = QFont()
    font.setPointSize(point_size)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font, tickLength=tick_length)
        axis.setPen(AXIS_PEN)
        axis.setTextPen(AXIS_TEXT)
        axis.enableAutoSIPrefix(False)
