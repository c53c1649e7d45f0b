"""The learning curves, drawn live while a run trains.

A run of 500 epochs can finish in a tenth of a second, so ``append`` only copies numbers into
growing NumPy buffers and a 30 Hz timer redraws what changed (qt-pitfalls.md §4): redrawing on
every epoch would make the plot, not the training, the slow part. Earlier runs can be laid over
the current one so a student sees what changing one knob did.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from xml.dom.minidom import Element

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSaveFile,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.training import EpochRecord
from gui.language import Retranslatable

# Okabe-Ito, the colour-blind-safe set, for overlay runs. It starts with the colours least like
# the current run's blue and orange, so the first overlays are never mistaken for it. Yellow is
# last: it is hard to see on white.
TRAIN_COLOR = "#1f77b4"
VAL_COLOR = "#ff7f0e"
NOISE_ALPHA = 70  # the live run's training colour, faint: noise, not a curve to follow
NOISE_COLOR = (31, 119, 180, NOISE_ALPHA)
SKLEARN_COLOR = "#666666"
KEY_COLOR = "#555555"
MESSAGE_COLOR = "#c62828"

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
TRAIN_LOSS, VAL_LOSS, TRAIN_ACC, VAL_ACC = range(4, 8)
ROW_WIDTH = len(FIELDS)

REDRAW_MS = 33
MAX_REDRAW_MS = 500  # even a huge run updates twice a second
PACING = 8  # the time between redraws, in units of what one redraw costs


def record_rows(records: Sequence[EpochRecord]) -> np.ndarray:
    """The records as an (n, 8) array laid out like the live buffer, so overlays and the
    current run are drawn by the same code."""
    rows = [[getattr(r, field) for field in FIELDS] for r in records]
    return np.array(rows, dtype=float).reshape(-1, ROW_WIDTH)


def batch_positions(record: EpochRecord, previous: EpochRecord | None) -> np.ndarray:
    """Where each mini-batch loss of ``record`` sits on every x axis, one row per batch.

    The batches are spread evenly through the epoch, batch i of k at (i + 0.5) / k of the way
    from the previous epoch's x to this one's; on the epoch axis that is epoch - 1 + (i+0.5)/k.
    """
    end = np.array((record.epoch, record.updates, record.samples, record.seconds), dtype=float)
    if previous is None:
        start = np.array((record.epoch - 1, 0.0, 0.0, 0.0))
    else:
        start = np.array((previous.epoch, previous.updates, previous.samples, previous.seconds))
    k = len(record.batch_losses)
    fraction = (np.arange(k) + 0.5) / k
    return start + fraction[:, None] * (end - start)


def grown(buffer: np.ndarray, needed: int) -> np.ndarray:
    """``buffer`` itself if it has ``needed`` rows, else a copy at least twice as long, so n
    appends cost O(n) copying in total."""
    if needed <= len(buffer):
        return buffer
    bigger = np.empty((max(needed, 2 * len(buffer)), buffer.shape[1]))
    bigger[: len(buffer)] = buffer
    return bigger


def curve(
    color: str | tuple[int, ...], width: float = 2.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> pg.PlotDataItem:
    """A line item; pyqtgraph's finite check stays on because a diverging run produces inf."""
    item = pg.PlotDataItem(pen=pg.mkPen(color, width=width, style=style), antialias=True)
    # pyqtgraph's default draws ~5 samples per pixel; one (two in peak mode) looks the same
    # and makes a 20 000-epoch dashed curve paint in a fifth of the time.
    item.opts["autoDownsampleFactor"] = 1.0
    if style == Qt.PenStyle.SolidLine and width > 1:
        # Qt strokes a wide antialiased polyline slowly: 5,000 noisy epochs took 95 ms a
        # repaint, as separate segments 6 ms, and in an opaque colour they look the same.
        # Dashes need one polyline to keep their pattern, so dashed lines keep it.
        item.curve.setSegmentedLineMode("on")
    return item


@contextlib.contextmanager
def closed_paths_tolerated() -> Iterator[None]:
    """While exporting SVG, hide the "Z" (close path) commands that Qt 6.11 writes at the end
    of rectangle paths from pyqtgraph 0.14.0's SVG exporter: it expects only "x,y" tokens and
    fails on every plot (pyqtgraph issue #3495). The commands are put back afterwards, and the
    exporter is restored, so nothing else sees the change.
    """
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates

    def tolerant(node: Element, *args: object) -> None:
        closes = {}  # path element -> how many points precede each "Z"
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            at = [i for i, token in enumerate(tokens) if token in ("Z", "z")]
            if at:
                closes[path] = [i - n for n, i in enumerate(at)]
                path.setAttribute("d", " ".join(t for t in tokens if t not in ("Z", "z")))
        original(node, *args)
        for path, after in closes.items():
            tokens = path.getAttribute("d").split()
            for n, i in enumerate(after):
                tokens.insert(i + n, "Z")
            path.setAttribute("d", " ".join(tokens))

    module.correctCoordinates = tolerant
    try:
        yield
    finally:
        module.correctCoordinates = original


@dataclass
class Overlay:
    """An earlier run drawn next to the current one: its rows and its four line items."""

    label: str
    rows: np.ndarray
    loss_train: pg.PlotDataItem
    loss_val: pg.PlotDataItem
    acc_train: pg.PlotDataItem
    acc_val: pg.PlotDataItem
    color: str
    visible: bool = True

    def items(self) -> tuple[pg.PlotDataItem, ...]:
        return (self.loss_train, self.loss_val, self.acc_train, self.acc_val)


class TimedPlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last paint took, to pace the redraws."""

    last_paint_seconds = 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        start = time.perf_counter()
        super().paintEvent(event)
        self.last_paint_seconds = time.perf_counter() - start


class PlotPanel(Retranslatable, QWidget):
    """Loss and accuracy tabs with the display options a student toggles while learning."""

    redrawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = ""
        self._live_color: str | None = None
        self._legend_held = 0
        self._legend_pending = False
        self._x_mode = "epoch"
        self._records: list[EpochRecord] = []
        self._rows = np.empty((0, ROW_WIDTH))
        self._noise = np.empty((0, 5))  # four x values and the batch loss
        self._n = 0
        self._n_noise = 0
        self._noise_epochs = 0  # records whose batch losses are placed in self._noise
        self._dirty = False
        self._overlays: dict[int, Overlay] = {}
        self._sklearn_label = ""
        self._sklearn_loss: np.ndarray | None = None

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
        self._sklearn_box.toggled.connect(self._update_sklearn_visibility)

        self._loss_widget = self._make_plot_widget()
        self._acc_widget = self._make_plot_widget()
        self._loss_legend = self.loss_plot.addLegend(offset=(-10, 10), **self._legend_style())
        self._acc_legend = self.accuracy_plot.addLegend(offset=(-10, -10), **self._legend_style())

        self._noise_curve = curve(NOISE_COLOR, 1)
        self._noise_curve.setZValue(-1)
        self._noise_curve.setVisible(False)
        self._loss_train = curve(TRAIN_COLOR)
        self._loss_val = curve(VAL_COLOR, style=Qt.PenStyle.DashLine)
        self._sklearn_curve = curve(SKLEARN_COLOR, style=Qt.PenStyle.DotLine)
        self._sklearn_curve.setVisible(False)
        self._acc_train = curve(TRAIN_COLOR)
        self._acc_val = curve(VAL_COLOR, style=Qt.PenStyle.DashLine)
        # Legend keys only, never added to a plot: what solid and dashed mean.
        self._key_train = curve(KEY_COLOR, 1.5)
        self._key_val = curve(KEY_COLOR, 1.5, Qt.PenStyle.DashLine)
        for item in (self._noise_curve, self._loss_train, self._loss_val, self._sklearn_curve):
            self.loss_plot.addItem(item)
        for item in (self._acc_train, self._acc_val):
            self.accuracy_plot.addItem(item)

        self._message = pg.TextItem(
            color=MESSAGE_COLOR,
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 255, 255, 225),
            border=pg.mkPen(MESSAGE_COLOR, width=1.5),
        )
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self._message.setFont(font)
        self._message.textItem.document().setDefaultTextOption(
            QTextOption(Qt.AlignmentFlag.AlignCenter)
        )
        self._message.setParentItem(self.loss_plot.getViewBox())  # view pixels, not data
        self._message.setZValue(100)
        self._message.setVisible(False)
        self.loss_plot.getViewBox().sigResized.connect(self._place_message)

        self._tabs = QTabWidget()
        self._tabs.addTab(self._loss_widget, "")
        self._tabs.addTab(self._acc_widget, "")

        options = QHBoxLayout()
        options.setContentsMargins(6, 4, 6, 0)
        options.setSpacing(12)
        options.addWidget(self._log_box)
        options.addSpacing(4)
        options.addWidget(self._x_label)
        options.addWidget(self._x_combo)
        options.addSpacing(4)
        options.addWidget(self._noise_box)
        options.addWidget(self._sklearn_box)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(options)
        layout.addWidget(self._tabs, 1)
        self.retranslate()

    # ----------------------------------------------------------------- construction helpers

    @staticmethod
    def _make_plot_widget() -> TimedPlotWidget:
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
            # Two tick levels, not three: the barely visible third level of grid lines made
            # each axis repaint 7 ms instead of 2, the largest cost of a live redraw.
            axis.setStyle(tickFont=tick_font, maxTickLevel=1)
            axis.setPen("#888888")
            axis.setTextPen("#333333")
            # "loss (x0.001)" confuses students: losses are shown as the plain numbers printed.
            axis.enableAutoSIPrefix(False)
        plot.getAxis("left").setWidth(56)
        return widget

    @staticmethod
    def _legend_style() -> dict[str, object]:
        return {
            "labelTextSize": "10pt",
            "labelTextColor": "#222222",
            "brush": pg.mkBrush(255, 255, 255, 235),
            "pen": pg.mkPen("#cccccc"),
            "verSpacing": -4,
        }

    @property
    def loss_plot(self) -> pg.PlotItem:
        """The loss tab's plot, for callers (and tests) that need pyqtgraph itself."""
        return self._loss_widget.getPlotItem()

    @property
    def accuracy_plot(self) -> pg.PlotItem:
        return self._acc_widget.getPlotItem()

    # --------------------------------------------------------------------------- texts

    def retranslate(self) -> None:
        """Set every visible string, through ``tr`` so pyside6-lupdate finds them."""
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
        self._rebuild_legends()

    def _axis_title(self) -> str:
        return {
            "epoch": self.tr("epoch"),
            "updates": self.tr("weight updates"),
            "samples": self.tr("samples seen"),
            "seconds": self.tr("seconds"),
        }[self._x_mode]

    def _run_names(self, label: str) -> tuple[str, str]:
        """Legend names of a run's two curves; a run without a label is just "train"/"val"."""
        train = self.tr("{label} train").format(label=label).strip()
        return train, self.tr("{label} val").format(label=label).strip()

    def _rebuild_legends(self) -> None:
        """List exactly the curves that are shown, in a fixed order, so an exported figure
        never has a legend entry for a hidden curve.

        With several runs on the plot, each run gets one entry in its colour and two grey
        entries say which line style is training and which validation: ten entries for five
        runs would cover the curves they explain. A legend is only rebuilt when its entries
        change: rebuilding costs ~1 ms an entry, and the end of a run asks several times."""
        if self._legend_held:
            self._legend_pending = True
            return
        overlays = [overlay for overlay in self._overlays.values() if overlay.visible]
        live = self._loss_train.isVisible() and bool(self._records)  # an empty run is no run
        self._color_runs(overlays, live)
        runs = [(o.label, o.loss_train, o.loss_val, o.acc_train, o.acc_val) for o in overlays]
        if live:
            runs.append(
                (self._label, self._loss_train, self._loss_val, self._acc_train, self._acc_val)
            )
        loss: list[tuple[pg.PlotDataItem, str]] = []
        acc: list[tuple[pg.PlotDataItem, str]] = []
        if len(runs) == 1:
            label, loss_train, loss_val, acc_train, acc_val = runs[0]
            train, val = self._run_names(label)
            loss += [(loss_train, train), (loss_val, val)]
            acc += [(acc_train, train), (acc_val, val)]
        if self._noise_box.isChecked() and live:
            loss.append((self._noise_curve, self.tr("mini-batch losses")))
        if self._sklearn_curve.isVisible():
            loss.append((self._sklearn_curve, self._sklearn_label))
        if len(runs) > 1:
            loss += [(loss_train, label) for label, loss_train, *_ in runs]
            acc += [(acc_train, label) for label, _, _, acc_train, _ in runs]
            keys = [
                (self._key_train, self.tr("solid: training")),
                (self._key_val, self.tr("dashed: validation")),
            ]
            loss += keys
            acc += keys
        for legend, entries in ((self._loss_legend, loss), (self._acc_legend, acc)):
            shown = [(sample.item, label.text) for sample, label in legend.items]
            if shown != entries:
                legend.clear()
                for item, name in entries:
                    legend.addItem(item, name)
            legend.setVisible(bool(entries))  # an empty legend is still a box
        self._place_message()

    @contextlib.contextmanager
    def legend_update(self) -> Iterator[None]:
        """Several changes, one legend rebuild: the end of a run hides the live curves and
        adds the run's overlay, and each rebuild costs a few milliseconds of GIL."""
        self._legend_held += 1
        try:
            yield
        finally:
            self._legend_held -= 1
            if not self._legend_held and self._legend_pending:
                self._legend_pending = False
                self._rebuild_legends()

    def _color_runs(self, overlays: list[Overlay], live: bool) -> None:
        """One run alone on the plot is drawn like the book's figure, training blue and
        validation orange; several runs each get their history colour (training solid,
        validation dashed), so they can be told apart."""
        alone = len(overlays) + live == 1
        runs = [(o.color, o.loss_train, o.acc_train, o.loss_val, o.acc_val) for o in overlays]
        runs.append(
            (
                self._live_color,
                self._loss_train,
                self._acc_train,
                self._loss_val,
                self._acc_val,
            )
        )
        noise = pg.mkColor(TRAIN_COLOR if alone or self._live_color is None else self._live_color)
        noise.setAlpha(NOISE_ALPHA)
        noise_pen = self._noise_curve.opts["pen"]
        if noise_pen.color() != noise:
            noise_pen.setColor(noise)
            self._noise_curve.setPen(noise_pen)
        for color, *items in runs:
            own = alone or color is None
            train, val = (TRAIN_COLOR, VAL_COLOR) if own else (color, color)
            for item, pen_color in zip(items, (train, train, val, val), strict=True):
                pen = item.opts["pen"]
                if pen.color() != pg.mkColor(pen_color):
                    pen.setColor(pg.mkColor(pen_color))
                    item.setPen(pen)

    # ----------------------------------------------------------------------- current run

    def start_run(self, label: str, color: str | None = None) -> None:
        """Forget the current run (overlays stay) and any hint about it, and show the live
        curves again: in ``color`` (train solid, val dashed) when the run will join a history
        in that colour, else in the book's blue and orange (see ``_color_runs``).

        Fresh buffers rather than reused ones: the line items still hold views of the old ones
        until the next redraw, and must not see them overwritten."""
        self._label = label
        self._live_color = color
        self.set_live_visible(True)
        self._records = []
        self._rows = np.empty((256, ROW_WIDTH))
        self._noise = np.empty((1024, 5))
        self._n = self._n_noise = self._noise_epochs = 0
        self._dirty = True
        self.clear_message()
        self._rebuild_legends()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.enableAutoRange()
        self.flush()

    def set_live_visible(self, visible: bool) -> None:
        """Hide the live curves once the run lives on as an overlay; its records stay here
        (for the CSV export) until the next run starts."""
        for item in (self._loss_train, self._loss_val, self._acc_train, self._acc_val):
            item.setVisible(visible)
        self._rebuild_legends()

    def append(self, record: EpochRecord) -> None:
        """Add one epoch (see ``extend``)."""
        self.extend([record])

    def extend(self, records: Sequence[EpochRecord]) -> None:
        """Add epochs. Only copies numbers; the timer draws them, at most 30 times a second,
        however fast the epochs come. The noise trace's positions are computed only when it
        is drawn: most runs never show it, and this runs in the GUI thread during training."""
        if not records:
            return
        first = not self._records
        self._records.extend(records)
        rows = record_rows(records)
        self._rows = grown(self._rows, self._n + len(rows))
        self._rows[self._n : self._n + len(rows)] = rows
        self._n += len(rows)
        self._dirty = True
        if first:
            self._rebuild_legends()  # an empty run has no legend entry
        if not self._timer.isActive():
            self._timer.start()

    def records(self) -> list[EpochRecord]:
        """The current run's records in order (a copy: the caller may keep it)."""
        return list(self._records)

    def point_count(self) -> int:
        """Points in the current train-loss curve as last drawn (not as appended)."""
        x, _ = self._loss_train.getOriginalDataset()
        return 0 if x is None else len(x)

    def flush(self) -> None:
        """Draw what was appended since the last redraw, now rather than at the next tick."""
        self._timer.stop()
        if not self._dirty:
            return
        start = time.perf_counter()
        self._dirty = False
        x = self._rows[: self._n, X_MODES.index(self._x_mode)]
        self._loss_train.setData(x, self._rows[: self._n, TRAIN_LOSS])
        self._loss_val.setData(x, self._rows[: self._n, VAL_LOSS])
        self._acc_train.setData(x, self._rows[: self._n, TRAIN_ACC])
        self._acc_val.setData(x, self._rows[: self._n, VAL_ACC])
        self._draw_noise()
        # Settle the auto-range now: left to the paint, it changes the axes during the paint
        # and Qt paints the plot a second time, doubling the cost of every redraw.
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getViewBox().prepareForPaint()
        self._pace(time.perf_counter() - start)
        self.redrawn.emit()

    def _pace(self, update_seconds: float) -> None:
        """Space redraws so that drawing takes at most an eighth of the time. Painting holds
        the GIL, so the training thread stands still while the plot is drawn: measured, each
        redraw cost the run more than its own duration. The cost is the last paint of the
        visible plot plus this update; a small plot still redraws 30 times a second."""
        view = self._tabs.currentWidget()
        paint = view.last_paint_seconds if isinstance(view, TimedPlotWidget) else 0.0
        cost_ms = (update_seconds + paint) * 1000
        interval = min(max(REDRAW_MS, PACING * cost_ms), MAX_REDRAW_MS)
        self._timer.setInterval(int(interval))

    def _draw_noise(self) -> None:
        """The noise trace can hold ten times the points of the epoch curve: its positions
        are computed, for the epochs not yet placed, only while it is shown."""
        if not self._noise_box.isChecked():
            return
        for index in range(self._noise_epochs, self._n):
            record = self._records[index]
            k = len(record.batch_losses)
            if k:
                previous = self._records[index - 1] if index else None
                self._noise = grown(self._noise, self._n_noise + k)
                block = self._noise[self._n_noise : self._n_noise + k]
                block[:, :4] = batch_positions(record, previous)
                block[:, 4] = record.batch_losses
                self._n_noise += k
        self._noise_epochs = self._n
        noise = self._noise[: self._n_noise]
        self._noise_curve.setData(noise[:, X_MODES.index(self._x_mode)], noise[:, 4])

    # --------------------------------------------------------------------------- options

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
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", self._axis_title())
            plot.enableAutoRange()
        for overlay in self._overlays.values():
            self._draw_overlay(overlay)
        self._update_sklearn_visibility()
        self._dirty = True
        self.flush()

    def x_axis(self) -> str:
        return self._x_mode

    def set_log_scale(self, on: bool) -> None:
        """Log y on the loss plot: late in a run the loss changes by thousandths, invisible on
        a linear axis that must also hold the first epoch's loss."""
        with QSignalBlocker(self._log_box):
            self._log_box.setChecked(on)
        self.loss_plot.setLogMode(y=on)
        self.loss_plot.enableAutoRange()

    def set_noise_visible(self, on: bool) -> None:
        """Show every mini-batch's loss as a faint trace: the zig-zag is what "stochastic"
        means in the book's section 6-3."""
        with QSignalBlocker(self._noise_box):
            self._noise_box.setChecked(on)
        self._noise_curve.setVisible(on)
        self._draw_noise()
        self._rebuild_legends()

    def set_sklearn_curve(self, loss_curve: Sequence[float] | None, label: str) -> None:
        """scikit-learn's ``loss_curve_`` (one value per epoch) as a reference, or None to
        drop it. It only exists per epoch, so it is hidden on the other x axes."""
        self._sklearn_label = label
        if loss_curve is None or len(loss_curve) == 0:
            self._sklearn_loss = None
            self._sklearn_curve.setData([], [])
        else:
            self._sklearn_loss = np.asarray(loss_curve, dtype=float)
            self._sklearn_curve.setData(
                np.arange(1, len(self._sklearn_loss) + 1), self._sklearn_loss
            )
        self._sklearn_box.setEnabled(self._sklearn_loss is not None)
        self._update_sklearn_visibility()

    def _update_sklearn_visibility(self) -> None:
        shown = (
            self._sklearn_loss is not None
            and self._sklearn_box.isChecked()
            and self._x_mode == "epoch"
        )
        self._sklearn_curve.setVisible(shown)
        self._rebuild_legends()

    # -------------------------------------------------------------------------- overlays

    def add_overlay(self, run_id: int, label: str, color: str, records: list[EpochRecord]) -> None:
        """Draw an earlier run in ``color`` (train solid, val dashed); an existing
        ``run_id`` is replaced."""
        self.remove_overlay(run_id)
        dashed = Qt.PenStyle.DashLine
        overlay = Overlay(
            label,
            record_rows(records),
            curve(color, 1.5),
            curve(color, 1.5, dashed),
            curve(color, 1.5),
            curve(color, 1.5, dashed),
            color,
        )
        self.loss_plot.addItem(overlay.loss_train)
        self.loss_plot.addItem(overlay.loss_val)
        self.accuracy_plot.addItem(overlay.acc_train)
        self.accuracy_plot.addItem(overlay.acc_val)
        self._overlays[run_id] = overlay
        self._draw_overlay(overlay)
        self._rebuild_legends()

    def _draw_overlay(self, overlay: Overlay) -> None:
        x = overlay.rows[:, X_MODES.index(self._x_mode)]
        columns = (TRAIN_LOSS, VAL_LOSS, TRAIN_ACC, VAL_ACC)
        for item, column in zip(overlay.items(), columns, strict=True):
            item.setData(x, overlay.rows[:, column])

    def set_overlay_visible(self, run_id: int, visible: bool) -> None:
        overlay = self._overlays[run_id]
        overlay.visible = visible
        for item in overlay.items():
            item.setVisible(visible)
        self._rebuild_legends()

    def remove_overlay(self, run_id: int) -> None:
        """Remove a run's curves; an unknown ``run_id`` is ignored, so callers need not
        track what is shown."""
        overlay = self._overlays.pop(run_id, None)
        if overlay is None:
            return
        self.loss_plot.removeItem(overlay.loss_train)
        self.loss_plot.removeItem(overlay.loss_val)
        self.accuracy_plot.removeItem(overlay.acc_train)
        self.accuracy_plot.removeItem(overlay.acc_val)
        self._rebuild_legends()

    def clear_overlays(self) -> None:
        for run_id in list(self._overlays):
            self.remove_overlay(run_id)

    # --------------------------------------------------------------------------- message

    def message(self, text: str) -> None:
        """A hint in red across the middle of the loss plot, such as "Learning rate probably
        too high"; ``text`` comes translated from the caller."""
        self._message.setText(text)
        self._message.setVisible(True)
        self._place_message()

    def clear_message(self) -> None:
        self._message.setVisible(False)

    def message_text(self) -> str:
        """The hint shown on the loss plot, or "" when there is none."""
        return self._message.toPlainText() if self._message.isVisible() else ""

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

    # ---------------------------------------------------------------------------- export

    def _current_plot(self) -> pg.PlotItem:
        return self._tabs.currentWidget().getPlotItem()

    def export_png(self, path: str, width: int) -> None:
        """Save the current tab's plot as a PNG ``width`` pixels wide, atomically.

        The plot is drawn as on a high-resolution screen: fonts, lines and the legend all
        grow by the same factor, so the file looks like the window, only sharper.
        pyqtgraph's ImageExporter scales the axes but not the legend, whose text ends up tiny.
        The panel must have been shown once: a never-shown plot has no real size yet.
        Raises OSError naming ``path``; never leaves a partial file."""
        QCoreApplication.processEvents()
        self.flush()
        plot = self._current_plot()
        source = plot.sceneBoundingRect()
        scale = int(width) / source.width()
        image = QImage(int(width), round(source.height() * scale), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        plot.scene().render(painter, QRectF(QPointF(0, 0), source.size()), source)
        painter.end()
        self._save_atomic(path, lambda file: image.save(file, "PNG"))

    def export_svg(self, path: str) -> None:
        """Save the current tab's plot as SVG, atomically; raises OSError naming ``path``."""
        QCoreApplication.processEvents()
        self.flush()
        with closed_paths_tolerated():
            data = pyqtgraph.exporters.SVGExporter(self._current_plot()).export(toBytes=True)
        self._save_atomic(path, lambda file: file.write(data) == len(data))

    def _save_atomic(self, path: str, write: Callable[[QSaveFile], bool]) -> None:
        """QSaveFile writes to a temporary file beside ``path`` and renames it on commit, so
        a failure leaves the old file (or none) rather than half a new one."""
        file = QSaveFile(path)
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(
                self.tr("Cannot save {path}: {reason}").format(path=path, reason=file.errorString())
            )
        if not write(file):
            file.cancelWriting()
        if not file.commit():
            raise OSError(
                self.tr("Cannot save {path}: {reason}").format(
                    path=path, reason=file.errorString() or self.tr("write failed")
                )
            )
