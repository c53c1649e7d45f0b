"""The learning curves of every run in the session, the live one growing as it trains.

A run of 500 epochs can finish in a tenth of a second, so new epochs are only copied into
growing buffers and a timer redraws what changed, at most 30 times a second and spaced by what a
redraw costs (qt-pitfalls §4). The panel keeps no state of its own about runs: it draws what the
session holds and redraws what the session says has changed.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPaintEvent, QPixmapCache, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import plot_export
from gui.flow_layout import flow_widget
from gui.language import Retranslatable
from gui.messages import hint_text, sklearn_label
from gui.plot_legend import RunLegends
from gui.run_curves import PICTURE_CACHE_KB, X_MODES, CurveLook, RunCurves
from gui.session import RunSession

SKLEARN_COLOR = "#666666"
MESSAGE_COLOR = "#c62828"
REDRAW_MS = 33
MAX_REDRAW_MS = 500  # even a huge run updates twice a second
PACING = 8  # the time between redraws, in units of what one redraw costs


class TimedPlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last paint took, to pace the redraws."""

    last_paint_seconds = 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        start = time.perf_counter()
        super().paintEvent(event)
        self.last_paint_seconds = time.perf_counter() - start


def plot_widget() -> TimedPlotWidget:
    """A white plot with grid and fonts large enough to read on a classroom projector."""
    widget = TimedPlotWidget(background="w")
    plot = widget.getPlotItem()
    plot.showGrid(x=True, y=True, alpha=0.25)
    # pyqtgraph's right-click menu is English-only and full of options a student does not
    # need; the window has its own export actions.
    plot.setMenuEnabled(False)
    plot.setClipToView(True)
    plot.setDownsampling(auto=True, mode="peak")
    tick_font = QFont()
    tick_font.setPointSize(10)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        # Two tick levels, not three: the barely visible third level of grid lines made each
        # axis repaint 7 ms instead of 2, the largest cost of a live redraw.
        axis.setStyle(tickFont=tick_font, maxTickLevel=1)
        axis.setPen("#888888")
        axis.setTextPen("#333333")
        # "loss (x0.001)" confuses students: losses are shown as the plain numbers printed.
        axis.enableAutoSIPrefix(False)
    plot.getAxis("left").setWidth(56)
    return widget


class PlotPanel(Retranslatable, QWidget):
    """Loss and accuracy tabs with the display options a student toggles while learning."""

    redrawn = Signal()

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._x_mode = "epoch"
        self._legend_dirty = True

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.flush)

        self._log_box = QCheckBox()
        self._log_box.toggled.connect(self.set_log_scale)
        self._x_label = QLabel()
        self._x_combo = QComboBox()
        for mode in X_MODES:
            self._x_combo.addItem("", mode)
        self._x_combo.currentIndexChanged.connect(
            lambda index: self.set_x_axis(self._x_combo.itemData(index))
        )
        self._x_label.setBuddy(self._x_combo)
        self._noise_box = QCheckBox()
        self._noise_box.toggled.connect(self.set_noise_visible)
        self._sklearn_box = QCheckBox()
        self._sklearn_box.setChecked(True)
        self._sklearn_box.setEnabled(False)
        self._sklearn_box.toggled.connect(self._show_comparison)

        self._loss_widget = plot_widget()
        self._acc_widget = plot_widget()
        legend_style = {
            "labelTextSize": "10pt",
            "labelTextColor": "#222222",
            "brush": pg.mkBrush(255, 255, 255, 235),
            "pen": pg.mkPen("#cccccc"),
            "verSpacing": -4,
        }
        self._loss_legend = self.loss_plot.addLegend(offset=(-10, 10), **legend_style)
        self._acc_legend = self.accuracy_plot.addLegend(offset=(-10, -10), **legend_style)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PICTURE_CACHE_KB))
        self._legends = RunLegends(self._loss_legend, self._acc_legend)
        self._curves = RunCurves(self.loss_plot, self.accuracy_plot)
        self._sklearn_curve = pg.PlotDataItem(
            pen=pg.mkPen(SKLEARN_COLOR, width=2, style=Qt.PenStyle.DotLine), antialias=True
        )
        self._sklearn_curve.setVisible(False)
        # Our runs decide the range: MLPClassifier's curve can spike far above them (and a
        # range that changed with every comparison redrew a thousand runs each time).
        self.loss_plot.addItem(self._sklearn_curve, ignoreBounds=True)
        self._message = self._message_item()

        self._tabs = QTabWidget()
        self._tabs.addTab(self._loss_widget, "")
        self._tabs.addTab(self._acc_widget, "")
        x_axis = QWidget()
        x_layout = QHBoxLayout(x_axis)
        x_layout.setContentsMargins(0, 0, 0, 0)
        x_layout.addWidget(self._x_label)
        x_layout.addWidget(self._x_combo)
        # The options wrap onto a second row rather than widen the window.
        options = flow_widget(self._log_box, x_axis, self._noise_box, self._sklearn_box)
        options.layout().setContentsMargins(6, 4, 6, 0)
        options.layout().setSpacing(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(options)
        layout.addWidget(self._tabs, 1)

        session.run_added.connect(self._on_run_added)
        session.records_added.connect(self._on_records)
        session.run_changed.connect(self._on_run_changed)
        session.run_removed.connect(self._on_run_removed)
        session.runs_reset.connect(self._on_reset)
        session.selection_changed.connect(self._on_selection)
        session.comparison.changed.connect(self._show_comparison)
        session.hint_changed.connect(self._show_hint)
        self.retranslate()
        self._on_reset()

    def _message_item(self) -> pg.TextItem:
        message = pg.TextItem(
            color=MESSAGE_COLOR,
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 255, 255, 225),
            border=pg.mkPen(MESSAGE_COLOR, width=1.5),
        )
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        message.setFont(font)
        message.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        message.setParentItem(self.loss_plot.getViewBox())  # view pixels, not data
        message.setZValue(100)
        message.setVisible(False)
        self.loss_plot.getViewBox().sigResized.connect(self._place_message)
        return message

    @property
    def loss_plot(self) -> pg.PlotItem:
        """The loss tab's plot, for callers (and tests) that need pyqtgraph itself."""
        return self._loss_widget.getPlotItem()

    @property
    def accuracy_plot(self) -> pg.PlotItem:
        return self._acc_widget.getPlotItem()

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        """Set every visible string: labels, axis titles, the legend and the hint."""
        self._tabs.setTabText(0, self.tr("Loss"))
        self._tabs.setTabText(1, self.tr("Accuracy"))
        self._log_box.setText(self.tr("Log scale"))
        self._log_box.setToolTip(self.tr("Logarithmic loss axis: small late changes show up"))
        self._x_label.setText(self.tr("X axis:"))
        names = (
            self.tr("Epochs"),
            self.tr("Weight updates"),
            self.tr("Samples seen"),
            self.tr("Seconds"),
        )
        for index, name in enumerate(names):  # in the order of X_MODES
            self._x_combo.setItemText(index, name)
        self._noise_box.setText(self.tr("Mini-batch noise"))
        self._noise_box.setToolTip(self.tr("Show the loss of every mini-batch, not only epochs"))
        self._sklearn_box.setText(self.tr("Show scikit-learn curve"))
        self._sklearn_box.setToolTip(
            self.tr("scikit-learn's MLPClassifier on the same data; drawn against epochs only")
        )
        label_style = {"color": "#222222", "font-size": "11pt"}
        self.loss_plot.setLabel("left", self.tr("loss"), **label_style)
        self.accuracy_plot.setLabel("left", self.tr("accuracy"), **label_style)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", self._axis_title(), **label_style)
        self._legend_dirty = True
        self._rebuild_legends()
        self._show_hint()

    def _axis_title(self) -> str:
        return {
            "epoch": self.tr("epoch"),
            "updates": self.tr("weight updates"),
            "samples": self.tr("samples seen"),
            "seconds": self.tr("seconds"),
        }[self._x_mode]

    def legend_texts(self, tab: int = 0) -> list[str]:
        """The legend's entries as shown on the loss (0) or accuracy (1) tab."""
        legend = (self._loss_legend, self._acc_legend)[tab]
        return [label.text for _sample, label in legend.items] if legend.isVisible() else []

    def axis_labels(self) -> list[str]:
        return [
            plot.getAxis(side).labelText
            for plot in (self.loss_plot, self.accuracy_plot)
            for side in ("left", "bottom")
        ]

    def message_text(self) -> str:
        """The hint shown on the loss plot, or "" when there is none."""
        return self._message.toPlainText() if self._message.isVisible() else ""

    # ------------------------------------------------------------------ the session

    @Slot(int)
    def _on_run_added(self, run_id: int) -> None:
        run = self._session.run(run_id)
        self._curves.add(run_id, run.color, run.style, run.records)
        self._curves.set_visible(run_id, run.visible)
        if run_id == self._session.live_id():
            self._curves.set_live(run_id)
            for plot in (self.loss_plot, self.accuracy_plot):
                # Back to following the curves if the user zoomed; asked again when it is on,
                # the range is recomputed and every cached curve picture drawn anew.
                if not all(plot.getViewBox().autoRangeEnabled()):
                    plot.enableAutoRange()
        self._changed(legend=True)

    @Slot(int, list)
    def _on_records(self, run_id: int, records: list) -> None:
        """Only copies numbers; the timer draws them, however fast the epochs come."""
        first = self._curves.epochs(run_id) == 0
        self._curves.extend(run_id, records)
        self._changed(legend=first)  # an empty run has no legend entry yet

    @Slot(int)
    def _on_run_changed(self, run_id: int) -> None:
        run = self._session.run(run_id)
        self._curves.set_visible(run_id, run.visible)
        if run_id == self._curves.live() and run.ended:
            self._curves.set_live(None)  # the run has ended: its last epochs show at once
            self._legend_dirty = True
            self.flush()
            return
        self._changed(legend=True)

    @Slot(int)
    def _on_run_removed(self, run_id: int) -> None:
        if run_id in self._curves.ids():
            self._curves.remove(run_id)
        self._changed(legend=True)

    @Slot()
    def _on_reset(self) -> None:
        self._curves.clear()
        for run in self._session.runs():
            self._curves.add(run.run_id, run.color, run.style, run.records)
            self._curves.set_visible(run.run_id, run.visible)
        self._curves.set_live(self._session.live_id())
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange()
        self._legend_dirty = True
        self.flush(force=True)

    @Slot(int)
    def _on_selection(self, run_id: int) -> None:
        self._curves.select(None if run_id < 0 else run_id)
        self._changed(legend=True)

    def _changed(self, legend: bool = False) -> None:
        self._legend_dirty = self._legend_dirty or legend
        if not self._timer.isActive():
            self._timer.start()

    # ------------------------------------------------------------------ drawing

    def flush(self, force: bool = False) -> None:
        """Draw what changed since the last redraw, now rather than at the next tick."""
        self._timer.stop()
        start = time.perf_counter()
        self._curves.redraw()
        if self._legend_dirty or force:
            self._rebuild_legends()
        # Settle the auto-range now: left to the paint, it changes the axes during the paint
        # and Qt paints the plot a second time, doubling the cost of every redraw.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getViewBox().prepareForPaint()
        self._pace(time.perf_counter() - start)
        self.redrawn.emit()

    def _pace(self, update_seconds: float) -> None:
        """Space redraws so that drawing takes at most an eighth of the time. Painting holds
        the GIL, so the training thread stands still while the plot is drawn."""
        view = self._tabs.currentWidget()
        paint = view.last_paint_seconds if isinstance(view, TimedPlotWidget) else 0.0
        cost_ms = (update_seconds + paint) * 1000
        self._timer.setInterval(int(min(max(REDRAW_MS, PACING * cost_ms), MAX_REDRAW_MS)))

    def point_count(self) -> int:
        """Points in the live run's training-loss curve as last drawn (not as appended)."""
        return self._curves.point_count()

    def curve_look(self, run_id: int) -> CurveLook:
        """How a run's curves are drawn now: colours, line styles, width, opacity."""
        return self._curves.look(run_id)

    def curve_data(self, run_id: int, curve: str) -> tuple[np.ndarray, np.ndarray]:
        """A run's curve ("train_loss", "val_acc" …) against the current x axis."""
        return self._curves.data(run_id, curve)

    def _rebuild_legends(self) -> None:
        self._legend_dirty = False
        extras = []
        if self._sklearn_curve.isVisible():
            stale = self._session.comparison.state().stale
            extras.append((self._sklearn_curve, sklearn_label(stale)))
        if self._curves.noise_item().isVisible():
            extras.append((self._curves.noise_item(), self.tr("mini-batch losses")))
        self._legends.update(self._session, self._curves, extras)
        self._place_message()

    # ------------------------------------------------------------------ options

    def set_x_axis(self, mode: str) -> None:
        """Plot against epochs, weight updates, samples seen or seconds: with different batch
        sizes, runs that look equal per epoch differ per update, and the other way round."""
        if mode not in X_MODES:
            raise ValueError(f"x axis mode must be one of {', '.join(X_MODES)}, got {mode!r}")
        with QSignalBlocker(self._x_combo):
            self._x_combo.setCurrentIndex(X_MODES.index(mode))
        if mode == self._x_mode:
            return
        self._x_mode = mode
        self._curves.set_x_mode(mode)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", self._axis_title())
            plot.enableAutoRange()
        self._show_comparison()
        self.flush(force=True)

    def x_axis(self) -> str:
        return self._x_mode

    def set_log_scale(self, on: bool) -> None:
        """Log y on the loss plot: late in a run the loss changes by thousandths, invisible on
        a linear axis that must also hold the first epoch's loss."""
        with QSignalBlocker(self._log_box):
            self._log_box.setChecked(on)
        self.loss_plot.setLogMode(y=on)
        self.loss_plot.enableAutoRange()

    def log_scale(self) -> bool:
        return self._log_box.isChecked()

    def set_noise_visible(self, on: bool) -> None:
        """Show every mini-batch's loss of the latest run as a faint trace: the zig-zag is
        what "stochastic" means in the book's section 6-3."""
        with QSignalBlocker(self._noise_box):
            self._noise_box.setChecked(on)
        self._curves.show_noise(on)
        self._legend_dirty = True
        self.flush(force=True)

    def set_sklearn_visible(self, on: bool) -> None:
        self._sklearn_box.setChecked(on)

    def sklearn_shown(self) -> bool:
        return self._sklearn_curve.isVisible()

    @Slot()
    def _show_comparison(self) -> None:
        """MLPClassifier's ``loss_curve_`` (one value per epoch) beside ours, faded when it
        belongs to earlier settings; it only exists per epoch, so other x axes hide it."""
        comparison = self._session.comparison.state()
        theirs = comparison.theirs if comparison.state == "done" else None
        loss = np.asarray(theirs.loss_curve if theirs is not None else (), dtype=float)
        self._sklearn_curve.setData(np.arange(1, len(loss) + 1), loss)
        color = pg.mkColor(SKLEARN_COLOR)
        color.setAlpha(90 if comparison.stale else 255)
        self._sklearn_curve.setPen(pg.mkPen(color, width=2, style=Qt.PenStyle.DotLine))
        self._sklearn_box.setEnabled(len(loss) > 0)
        shown = len(loss) > 0 and self._sklearn_box.isChecked() and self._x_mode == "epoch"
        self._sklearn_curve.setVisible(shown)
        self._changed(legend=True)

    # ------------------------------------------------------------------ hint

    @Slot()
    def _show_hint(self) -> None:
        """A hint in red across the middle of the loss plot, such as "learning rate probably
        too high", worded in the language shown now."""
        hint = self._session.hint()
        self._message.setVisible(hint is not None)
        if hint is not None:
            self._message.setText(hint_text(hint))
            self._place_message()

    def _place_message(self) -> None:
        """Centre the hint in the view, wrapped to 80 % of its width, and below the legend
        when a long legend reaches the middle: both must stay readable."""
        rect = self.loss_plot.getViewBox().rect()
        self._message.setTextWidth(-1)
        natural = self._message.textItem.document().idealWidth()
        if natural > 0.8 * rect.width():
            self._message.setTextWidth(0.8 * rect.width())
        half_height = self._message.textItem.boundingRect().height() / 2
        legend = self._loss_legend.mapRectToParent(self._loss_legend.boundingRect())
        y = max(rect.center().y(), legend.bottom() + half_height + 8)
        self._message.setPos(rect.center().x(), min(y, rect.bottom() - half_height))

    # ------------------------------------------------------------------ export

    def export_png(self, path: str, width: int) -> None:
        """The current tab's plot as a PNG ``width`` pixels wide; OSError naming ``path``."""
        QCoreApplication.processEvents()  # a plot shown just now gets its real size
        self.flush(force=True)
        plot_export.export_png(self._tabs.currentWidget().getPlotItem(), path, width)

    def export_svg(self, path: str) -> None:
        """The current tab's plot as SVG; OSError naming ``path``."""
        QCoreApplication.processEvents()
        self.flush(force=True)
        plot_export.export_svg(self._tabs.currentWidget().getPlotItem(), path)
