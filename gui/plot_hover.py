"""A crosshair and a readout that follow the mouse over a plot, snapped to a point the caller
finds (``gui.plot_readout`` finds it among the runs' points and words the readout).

Distances are measured in screen pixels, on log axes too, so "nearest" is what the eye sees; the
search runs at most about 30 times a second however fast the mouse moves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QFont

SNAP_PIXELS = 40  # farther than this from every point: no readout
HOVER_INTERVAL = 0.03  # seconds between two searches while the mouse moves
CROSSHAIR_PEN = pg.mkPen("#777777", width=1, style=Qt.PenStyle.DashLine)
OFFSET = 14  # pixels between the point and the readout


@dataclass(frozen=True)
class Snap:
    """The point the readout shows: where it is in view coordinates (log10 on a log axis), in
    which colour to mark it, and what to say (rich text and plain text)."""

    x: float
    y: float
    color: str
    html: str
    text: str


def view_values(values: np.ndarray, log: bool) -> np.ndarray:
    """Values as the view places them: log10 on a log axis (NaN where there is no log)."""
    values = np.asarray(values, dtype=float)
    if not log:
        return values
    with np.errstate(divide="ignore", invalid="ignore"):
        mapped = np.log10(values)
    mapped[~np.isfinite(mapped)] = np.nan
    return mapped


def nearest(
    xs: np.ndarray, ys: np.ndarray, x: float, y: float, pixel: tuple[float, float]
) -> int | None:
    """The index of the point of (xs, ys) nearest (x, y) on screen, where one pixel is
    ``pixel`` view units wide and high; None when none is within ``SNAP_PIXELS``."""
    if not len(xs) or not pixel[0] or not pixel[1]:
        return None
    with np.errstate(over="ignore", invalid="ignore"):
        d2 = ((xs - x) / pixel[0]) ** 2 + ((ys - y) / pixel[1]) ** 2
    d2[~np.isfinite(d2)] = np.inf
    index = int(np.argmin(d2))
    return index if d2[index] <= SNAP_PIXELS**2 else None


class HoverReadout(QObject):
    """The crosshair, the dot and the readout of one plot widget. ``find(x, y, pixel)`` gets
    the mouse in view coordinates and the size of a pixel there, and returns what to show."""

    def __init__(
        self,
        widget: pg.PlotWidget,
        find: Callable[[float, float, tuple[float, float]], Snap | None],
    ) -> None:
        super().__init__(widget)
        self._find = find
        plot = widget.getPlotItem()
        self._view = plot.getViewBox()
        self._lines = (
            pg.InfiniteLine(angle=90, pen=CROSSHAIR_PEN),
            pg.InfiniteLine(angle=0, pen=CROSSHAIR_PEN),
        )
        # View coordinates already hold the log of a log axis: the crosshair items are given
        # them directly, so they must not follow the plot's log mode themselves.
        self._dot = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=2))
        for item in (*self._lines, self._dot):
            item.setZValue(80)
            self._view.addItem(item, ignoreBounds=True)
        self._label = pg.TextItem(
            fill=pg.mkBrush(255, 255, 255, 240), border=pg.mkPen("#999999"), color="#222222"
        )
        font = QFont()
        font.setPointSize(10)
        self._label.setFont(font)
        self._label.setParentItem(self._view)  # view pixels, so it never scales with zoom
        self._label.setZValue(95)
        self._snap: Snap | None = None
        self._scene_pos: QPointF | None = None
        self._searched = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        widget.scene().sigMouseMoved.connect(self._moved)
        widget.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._scene_pos = None
            self.hide()
        return False

    def _moved(self, scene_pos: QPointF) -> None:
        """Search now, or shortly if a search just ran: a thousand runs take a few ms."""
        self._scene_pos = QPointF(scene_pos)
        wait = HOVER_INTERVAL - (time.perf_counter() - self._searched)
        if wait <= 0:
            self.refresh()
        elif not self._timer.isActive():
            self._timer.start(int(wait * 1000) + 1)

    def show_at(self, scene_pos: QPointF) -> None:
        """The readout for the mouse at ``scene_pos``, at once."""
        self._scene_pos = QPointF(scene_pos)
        self.refresh()

    def refresh(self) -> None:
        """Search again at the last mouse position (the curves may have changed)."""
        self._searched = time.perf_counter()
        pos = self._scene_pos
        if pos is None or not self._view.sceneBoundingRect().contains(pos):
            self.hide()
            return
        point = self._view.mapSceneToView(pos)
        width, height = self._view.viewPixelSize()
        snap = self._find(point.x(), point.y(), (width, height))
        if snap is None:
            self.hide()
        else:
            self._show(snap)

    def _show(self, snap: Snap) -> None:
        self._snap = snap
        self._lines[0].setValue(snap.x)
        self._lines[1].setValue(snap.y)
        self._dot.setData([snap.x], [snap.y], brush=pg.mkBrush(snap.color))
        self._label.setHtml(snap.html)
        for item in (*self._lines, self._dot, self._label):
            item.setVisible(True)
        self._place(snap)

    def _place(self, snap: Snap) -> None:
        """Beside the point, on the side with room, so the readout never leaves the view."""
        at = self._view.mapFromView(QPointF(snap.x, snap.y))
        rect = self._view.rect()
        size = self._label.boundingRect()
        right = at.x() + OFFSET + size.width() <= rect.right()
        below = at.y() + OFFSET + size.height() <= rect.bottom()
        self._label.setAnchor((0 if right else 1, 0 if below else 1))
        x = at.x() + (OFFSET if right else -OFFSET)
        y = at.y() + (OFFSET if below else -OFFSET)
        self._label.setPos(QPointF(x, y))

    def hide(self) -> None:
        self._snap = None
        for item in (*self._lines, self._dot, self._label):
            item.setVisible(False)

    def text(self) -> str:
        """The readout as plain text, or "" when none is shown."""
        return self._snap.text if self._snap is not None else ""

    def point(self) -> tuple[float, float] | None:
        """Where the crosshair is, in view coordinates; None when hidden."""
        return None if self._snap is None else (self._snap.x, self._snap.y)
