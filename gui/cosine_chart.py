"""The cosine chart: for every recorded update, the cosine between its mini-batch's gradient and
the full-batch gradient at the same weights, one column of points per run.

This is why small batches are noisy, in one picture: a batch of one row points anywhere (its
cosines scatter down to -1, where the step goes uphill for the data as a whole), a batch of 32
mostly where all rows point, the full batch exactly there (1, always). Each run is a column,
labelled with its batch size and drawn in its colour, its points spread sideways so that their
density shows, with a bar at their median; a sweep puts the batch sizes side by side.

The points come from the run session (``SessionRun.cosines``). The chart redraws at most ten
times a second, appends only the new points, and draws nothing while it is out of sight: a
hidden tab must not slow training.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.language import Retranslatable
from gui.run_names import setting_parts
from gui.session import RunSession
from gui.session_runs import SessionRun
from gui.side_chart_style import quiet_side_chart
from gui.throttle import Throttle

MAX_POINTS = 10_000  # per run: more only hides the points under each other, and slows paint
POINT_ALPHA = 90  # out of 255: dense clouds show their density
SPREAD = 0.32  # half the width of a column, in columns
GOLDEN = (5**0.5 - 1) / 2
STEP_COLOR = "#D55E00"
MAX_SUMMARY_LINES = 5


def summary(values: np.ndarray) -> tuple[float, float]:
    """(median cosine, share of updates with a negative cosine) of one run."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return float("nan"), float("nan")
    return float(np.median(finite)), float(np.mean(finite < 0))


def spread(first: int, count: int) -> np.ndarray:
    """Sideways offsets for points ``first`` .. ``first + count - 1`` of a column: a golden-
    ratio sequence, evenly filling the column's width without random numbers."""
    return ((np.arange(first, first + count) * GOLDEN) % 1.0 - 0.5) * 2 * SPREAD


class CosineChart(Retranslatable, QWidget):
    """A column of points per run, from -1 to 1, and one summary line per run under it."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._columns: list[int] = []  # run ids, left to right
        self._items: dict[int, pg.ScatterPlotItem] = {}
        self._medians: dict[int, pg.PlotCurveItem] = {}
        self._drawn: dict[int, tuple[int, int, int]] = {}  # run: (entries, points, stride)
        self._summaries: dict[int, tuple[int, float, float]] = {}  # run: (entries, median, <0)
        self._dirty: set[int] = set()
        self._step: tuple[int, float] | None = None  # run, cosine of the last step
        self._throttle = Throttle(self.flush, parent=self)
        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot_widget.getPlotItem()
        quiet_side_chart(plot)
        plot.setYRange(-1.05, 1.05, padding=0)
        # No grid: with one, pyqtgraph drops the labels of 1 and -1 at the chart's edges.
        plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (-1, -0.5, 0, 0.5, 1)]])
        for level, style in ((0.0, Qt.PenStyle.DashLine), (1.0, Qt.PenStyle.DotLine)):
            plot.addItem(pg.InfiniteLine(level, angle=0, pen=pg.mkPen("#777777", style=style)))
        self._step_marker = pg.ScatterPlotItem(
            size=12, pen=pg.mkPen(STEP_COLOR, width=2), brush=pg.mkBrush(None), symbol="o"
        )
        self._step_marker.setZValue(10)
        plot.addItem(self._step_marker)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.plot_widget.setMinimumHeight(110)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        small = self.summary.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.summary.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        session.cosines_added.connect(self._on_added)
        session.run_changed.connect(self._on_changed)
        session.run_removed.connect(self._on_removed)
        session.runs_reset.connect(self._on_reset)
        session.stepped.connect(self._on_stepped)
        self.retranslate()
        self._layout_columns()

    def retranslate(self) -> None:
        plot = self.plot_widget.getPlotItem()
        # No axis titles: the column labels are batch sizes, the panel's heading names the
        # cosine, and the column is short of height.
        plot.getAxis("bottom").setToolTip(
            self.tr("One column per run, labelled with its batch size.")
        )
        self._label_columns()
        self._show_summary()

    def point_count(self, run_id: int) -> int:
        """Points drawn for a run now (after ``flush``)."""
        item = self._items.get(run_id)
        return 0 if item is None else len(item.data)

    def columns(self) -> list[int]:
        """The runs drawn, left to right."""
        return list(self._columns)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.flush()  # what arrived while the chart was out of sight

    # ------------------------------------------------------------------ drawing

    @Slot()
    def flush(self) -> None:
        """Draw the points that arrived since the last redraw (once the chart is in sight)."""
        if not self.isVisible():
            return
        wanted = [run.run_id for run in self._session.runs() if run.cosines and run.visible]
        if wanted != self._columns:
            self._columns = wanted
            self._layout_columns()
        else:
            for run_id in sorted(self._dirty & set(wanted)):
                self._append(run_id, self._session.run(run_id))
        self._dirty.clear()
        self._show_step()
        self._show_summary()

    def _layout_columns(self) -> None:
        """Every column drawn again from its start: the set of runs shown changed."""
        plot = self.plot_widget.getPlotItem()
        for item in (*self._items.values(), *self._medians.values()):
            plot.removeItem(item)
        self._items.clear()
        self._medians.clear()
        self._drawn.clear()
        for run_id in self._columns:
            self._append(run_id, self._session.run(run_id))
        plot.setXRange(-0.6, max(len(self._columns), 1) - 0.4, padding=0)
        self._label_columns()

    def _label_columns(self) -> None:
        ticks = []
        for column, run in self._shown():
            label = self.tr("full") if run.hp.batch_size is None else str(run.hp.batch_size)
            ticks.append((column, label))
        self.plot_widget.getPlotItem().getAxis("bottom").setTicks([ticks])

    def _append(self, run_id: int, run: SessionRun) -> None:
        """Add a run's new points to its column; past ``MAX_POINTS`` keep every second one,
        then every fourth …, drawing the column again each time the stride doubles."""
        column = self._columns.index(run_id)
        item = self._items.get(run_id)
        if item is None:
            color = QColor(run.color)
            color.setAlpha(POINT_ALPHA)
            item = pg.ScatterPlotItem(size=4, pen=None, brush=color, symbol="o")
            median = pg.PlotCurveItem(pen=pg.mkPen(run.color, width=3))
            self._items[run_id], self._medians[run_id] = item, median
            plot = self.plot_widget.getPlotItem()
            plot.addItem(item)
            plot.addItem(median)
        entries, points, stride = self._drawn.get(run_id, (0, 0, 1))
        new = run.cosines[entries:]
        if not new:
            return
        y = np.concatenate([p.values for p in new])[::stride]
        if points + len(y) > MAX_POINTS:
            total = sum(len(p.values) for p in run.cosines)
            while total // stride > MAX_POINTS:
                stride *= 2
            item.clear()
            points = 0
            y = np.concatenate([p.values for p in run.cosines])[::stride]
        item.addPoints(x=column + spread(points, len(y)), y=y)
        self._drawn[run_id] = (len(run.cosines), points + len(y), stride)
        middle = self._summary_of(run_id, run)[0]
        self._medians[run_id].setData([column - SPREAD, column + SPREAD], [middle, middle])

    def _show_step(self) -> None:
        """A ring around the last stepped update, in its run's column."""
        if self._step is None or self._step[0] not in self._columns:
            self._step_marker.clear()
            return
        run_id, cosine = self._step
        self._step_marker.setData([self._columns.index(run_id)], [cosine])

    def _show_summary(self) -> None:
        """One line per run: its median cosine and how often it pointed uphill."""
        lines = []
        for _column, run in self._shown()[-MAX_SUMMARY_LINES:]:
            median, below = self._summary_of(run.run_id, run)
            text = self.tr("{batch}: median {median:.2f}, {below:.0%} below 0").format(
                batch=setting_parts(run.data, run.hp)["batch_size"], median=median, below=below
            )
            escaped = text.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f'<span style="color:{run.color}">●</span> {escaped}')
        self.summary.setText("<br>".join(lines))
        self.summary.setVisible(bool(lines))

    def _shown(self) -> list[tuple[int, SessionRun]]:
        """(column, run) of the runs drawn that are still in the session."""
        ids = set(self._session.ids())
        return [
            (column, self._session.run(run_id))
            for column, run_id in enumerate(self._columns)
            if run_id in ids
        ]

    def _summary_of(self, run_id: int, run: SessionRun) -> tuple[float, float]:
        """``summary`` of a run's cosines, computed again only when it has new ones."""
        known = self._summaries.get(run_id)
        if known is None or known[0] != len(run.cosines):
            values = np.concatenate([p.values for p in run.cosines])
            known = (len(run.cosines), *summary(values))
            self._summaries[run_id] = known
        return known[1], known[2]

    # ------------------------------------------------------------------ session

    @Slot(int, list)
    def _on_added(self, run_id: int, _points: list) -> None:
        self._on_changed(run_id)

    @Slot(int)
    def _on_changed(self, run_id: int) -> None:
        self._dirty.add(run_id)
        self._throttle.request()

    @Slot(int, object)
    def _on_stepped(self, run_id: int, report: object) -> None:
        self._step = (run_id, report.cosine)
        self._on_changed(run_id)

    @Slot(int)
    def _on_removed(self, run_id: int) -> None:
        self._summaries.pop(run_id, None)
        if self._step is not None and self._step[0] == run_id:
            self._step = None
        self._on_changed(run_id)

    @Slot()
    def _on_reset(self) -> None:
        self._summaries.clear()
        self._step = None
        self._throttle.request()
