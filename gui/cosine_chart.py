"""The cosine chart: for every recorded update, the cosine between its mini-batch's gradient and
the full-batch gradient at the same weights, against the epoch.

This is why small batches are noisy, in one picture: a batch of one row points anywhere (its
cosines scatter down to -1, where the step goes uphill for the data as a whole), a batch of 32
mostly where all rows point, the full batch exactly there (1, always). Runs share the epoch
axis whatever their batch size, each in its colour in the plot; the points come from the run
session (``SessionRun.cosines``), and the chart redraws at most ten times a second.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.language import Retranslatable
from gui.session import RunSession
from gui.throttle import Throttle

MAX_POINTS = 20_000  # per run: more only hides the points under each other, and slows paint
POINT_ALPHA = 110  # out of 255: dense clouds show their density
STEP_BRUSH = "#D55E00"


def summary(values: np.ndarray) -> tuple[float, float]:
    """(median cosine, share of updates with a negative cosine) of one run."""
    return float(np.median(values)), float(np.mean(values < 0))


class CosineChart(Retranslatable, QWidget):
    """A scatter per run on an epoch axis from -1 to 1, and one line per run under it."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._items: dict[int, pg.PlotDataItem] = {}
        self._dirty: set[int] = set()
        self._throttle = Throttle(self.flush, parent=self)
        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setYRange(-1.05, 1.05, padding=0)
        plot.setMouseEnabled(x=True, y=False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        tick_font = QFont()
        tick_font.setPointSize(9)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=tick_font)
            axis.setPen("#888888")
            axis.setTextPen("#333333")
            axis.enableAutoSIPrefix(False)  # "epoch (x0.001)" would puzzle a student
        plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (-1, -0.5, 0, 0.5, 1)]])
        for level, style in ((0.0, Qt.PenStyle.DashLine), (1.0, Qt.PenStyle.DotLine)):
            plot.addItem(pg.InfiniteLine(level, angle=0, pen=pg.mkPen("#777777", style=style)))
        self._step_marker = pg.ScatterPlotItem(
            size=11, pen=pg.mkPen(STEP_BRUSH, width=2), brush=pg.mkBrush(None), symbol="o"
        )
        plot.addItem(self._step_marker)
        self.plot_widget.setMinimumHeight(150)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        session.cosines_added.connect(self._on_added)
        session.run_changed.connect(self._on_changed)
        session.run_removed.connect(self._on_removed)
        session.runs_reset.connect(self._on_reset)
        session.stepped.connect(self._on_stepped)
        self.retranslate()

    def retranslate(self) -> None:
        plot = self.plot_widget.getPlotItem()
        plot.setLabel("bottom", self.tr("epoch"), color="#222222")
        plot.setLabel("left", self.tr("cosine"), color="#222222")
        self._show_summary()

    def point_count(self, run_id: int) -> int:
        """Points drawn for a run now (after ``flush``)."""
        item = self._items.get(run_id)
        return 0 if item is None or item.xData is None else len(item.xData)

    @Slot()
    def flush(self) -> None:
        """Draw every run whose points changed since the last redraw."""
        plot = self.plot_widget.getPlotItem()
        for run_id in sorted(self._dirty):
            try:
                run = self._session.run(run_id)
            except KeyError:
                continue
            if not run.cosines:
                continue
            item = self._items.get(run_id)
            if item is None:
                color = QColor(run.color)
                color.setAlpha(POINT_ALPHA)
                item = pg.PlotDataItem(
                    pen=None, symbol="o", symbolSize=4, symbolPen=None, symbolBrush=color
                )
                self._items[run_id] = item
                plot.addItem(item)
            x = np.concatenate([p.positions for p in run.cosines])
            y = np.concatenate([p.values for p in run.cosines])
            keep = slice(None, None, -(-len(x) // MAX_POINTS))
            item.setData(x[keep], y[keep])
            item.setVisible(run.visible)
        self._dirty.clear()
        self._show_summary()

    def _show_summary(self) -> None:
        """One line per run with points: its median cosine and how often it pointed uphill."""
        lines = []
        for run_id, item in self._items.items():
            try:
                run = self._session.run(run_id)
            except KeyError:
                continue
            if not run.visible or item.yData is None:
                continue
            median, below = summary(np.concatenate([p.values for p in run.cosines]))
            text = self.tr("{name}: median {median:.2f}, {below:.0%} below 0").format(
                name=self._session.name(run_id), median=median, below=below
            )
            lines.append(f'<span style="color:{run.color}">●</span> {text.replace("<", "&lt;")}')
        self.summary.setText("<br>".join(lines[-6:]))
        self.summary.setVisible(bool(lines))

    @Slot(int, list)
    def _on_added(self, run_id: int, _points: list) -> None:
        self._on_changed(run_id)

    @Slot(int)
    def _on_changed(self, run_id: int) -> None:
        self._dirty.add(run_id)
        self._throttle.request()

    @Slot(int, object)
    def _on_stepped(self, _run_id: int, report: object) -> None:
        position = report.epoch - 1 + report.batch / report.batches
        self._step_marker.setData([position], [report.cosine])

    @Slot(int)
    def _on_removed(self, run_id: int) -> None:
        item = self._items.pop(run_id, None)
        if item is not None:
            self.plot_widget.getPlotItem().removeItem(item)
        self._show_summary()

    @Slot()
    def _on_reset(self) -> None:
        for run_id in list(self._items):
            self._on_removed(run_id)
        self._step_marker.clear()
