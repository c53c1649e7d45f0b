"""The plots' axes: whole-number ticks where only whole numbers exist, and tick labels that stay
readable on a log axis.

Epochs and weight updates are counts: a tick at epoch 2.5 names a moment that never happened,
and the empty plot showed 0.1 ... 0.9. pyqtgraph's log axis labels every 2·10⁻¹, 3·10⁻¹ ... in
a crowd; here a log axis names its decades as plain numbers (0.01, 0.1, 1, 10 000) and, when
each decade has room, the 2s and 5s between them. The axis width follows its widest
tick label, so the axis title never runs into a label such as "10 000".
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont

from gui.number_text import exponent_text, grouped

_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
# A log axis with at least this many pixels per decade also labels its 2s and 5s.
MINOR_LABEL_PIXELS = 110
# Pixels between an axis's title and its tick labels. pyqtgraph budgets 0.8 of the title's
# height for it and nudges it outwards by 5: the widest tick label then touches the title.
TITLE_GAP = 6


def decade_text(power: int) -> str:
    """10**power as people write it: plain from 0.001 to 100 000, else 10 with an exponent."""
    if -3 <= power <= 5:
        return grouped(f"{10.0**power:.{max(0, -power)}f}")
    return "10" + str(power).translate(_SUPERSCRIPTS)


def log_tick_text(value: float, minor_labels: bool) -> str:
    """The label of the tick at 10**value on a log axis; "" for a tick left unlabelled."""
    power = math.floor(value + 1e-9)
    mantissa = round(10 ** (value - power), 6)
    if abs(mantissa - 1) < 1e-6:
        return decade_text(power)
    if not minor_labels or mantissa not in (2.0, 5.0):
        return ""
    if -3 <= power <= 4:
        return grouped(f"{mantissa * 10.0**power:.{max(0, -power)}f}")
    return f"{mantissa:g}·{decade_text(power)}"


class PlotAxis(pg.AxisItem):
    """An axis whose ticks can be restricted to whole numbers, with readable log labels."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.whole_numbers = False

    def set_whole_numbers(self, on: bool) -> None:
        """Ticks only at whole numbers (epochs, weight updates); redrawn at once."""
        if on != self.whole_numbers:
            self.whole_numbers = on
            self.picture = None
            self.update()

    def _updateWidth(self) -> None:
        super()._updateWidth()
        if self.orientation in ("left", "right") and self.label.isVisible():
            width = self.maximumWidth() + TITLE_GAP
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)

    def _updateHeight(self) -> None:
        super()._updateHeight()
        if self.orientation in ("top", "bottom") and self.label.isVisible():
            height = self.maximumHeight() + TITLE_GAP
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.whole_numbers or self.logMode:
            return levels
        whole = [(spacing, offset) for spacing, offset in levels if spacing >= 1]
        return whole or [(1.0, 0.0)]

    def logTickValues(
        self, minVal: float, maxVal: float, size: float, stdTicks: list
    ) -> list[tuple[float | None, list[float]]]:
        """Decades, and the ticks between them (unlabelled unless the span is short). A span
        shorter than one decade still gets the 2s and 5s, so it is never left without ticks."""
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if maxVal - minVal > 12:  # only the decades: minor ticks would be a grey band
            return [(spacing, values) for spacing, values in ticks if spacing is not None]
        return ticks

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            low, high = self.range
            vertical = self.orientation in ("left", "right")
            pixels = self.geometry().height() if vertical else self.geometry().width()
            minor = pixels >= MINOR_LABEL_PIXELS * abs(high - low)
            return [log_tick_text(v * scale, minor) for v in values]
        texts = super().tickStrings(values, scale, spacing)
        return [self._plain(text) for text in texts]

    @staticmethod
    def _plain(text: str) -> str:
        """pyqtgraph writes 1e+06 and -0.0; write 1e6 and 0, and group long numbers."""
        if "e" in text:
            return exponent_text(float(text), 3, trim=True)
        if text.lstrip("-").strip("0.") == "":
            return "0"
        return grouped(text)


class TitleAxis(pg.AxisItem):
    """The row above a plot that holds its y axis's title, written level and starting over
    the y axis.

    pyqtgraph writes a left axis's title turned on its side. A Korean title (손실, 정확도)
    turned so reads as scattered pieces of syllables; level above the axis it reads in any
    script, on the screen and in exported figures alike. The axis itself draws nothing else:
    no line, no ticks, no numbers."""

    beside: pg.AxisItem | None = None  # the y axis whose numbers the title starts over

    def __init__(self) -> None:
        super().__init__("top")
        self.setStyle(showValues=False, tickLength=0)

    def paint(self, *_args: object) -> None:
        """Nothing of its own: no line, ticks or grid (the title is a child item)."""

    def resizeEvent(self, event: object = None) -> None:
        super().resizeEvent(event)
        if self.label is not None:
            # pyqtgraph centres a top title: start it over the y axis's numbers instead.
            left = -self.beside.width() if self.beside is not None else 0.0
            self.label.setPos(left, 0)

    def _updateHeight(self) -> None:
        super()._updateHeight()
        if self.label.isVisible():
            height = self.label.boundingRect().height() + 2
            self.setMaximumHeight(height)
            self.setMinimumHeight(height)


def set_value_title(plot: pg.PlotItem, text: str, **style: str) -> None:
    """Write the y axis's title level above it (``TitleAxis``) instead of on its side."""
    left, top = plot.getAxis("left"), plot.getAxis("top")
    left.showLabel(False)
    if isinstance(top, TitleAxis):
        top.beside = left
    plot.setLabel("top", text, **style)


def styled_axis(orientation: str, point_size: int = 10) -> PlotAxis:
    """An axis as the window draws it: grey line, dark labels, the plain numbers a student
    reads (no "x0.001" prefix), two tick levels."""
    axis = PlotAxis(orientation)
    font = QFont()
    font.setPointSize(point_size)
    # Two tick levels, not three: the barely visible third level of grid lines made each axis
    # repaint 7 ms instead of 2, the largest cost of a live redraw.
    axis.setStyle(tickFont=font, maxTickLevel=1)
    axis.setPen("#888888")
    axis.setTextPen("#333333")
    axis.enableAutoSIPrefix(False)
    return axis
