"""The weights themselves: W1 (input features x hidden units) and W2 as heatmaps, and what each
hidden unit outputs on the validation rows, live while the network trains.

Every column is one hidden unit, in all three pictures: its incoming weights, its outgoing
weight, and its outputs (the rows sorted by class, so a unit that fires for one class shows a
block). Weights use a diverging colour map centred on 0 (blue negative, white 0, red positive,
symmetric about 0, so a colour means the same sign in every picture); outputs run from white
(0) to dark (1). Under the all-ones start every column is the same and stays the same: the view
then says that all the hidden units are one unit (the symmetry problem of the book's
DualLayer).

The numbers are computed in the training thread by this view's probe (``probe``), about ten
times a second, on at most ``MAX_ROWS`` validation rows; the view repaints at most as often,
and only while it is in sight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from engine.datasets import Dataset
from engine.network import Parameters, forpass
from gui.language import Retranslatable
from gui.session import RunSession
from gui.side_chart_style import quiet_side_chart
from gui.throttle import Throttle
from gui.widgets import ScrollingPage

PROBE = "weights"  # the name of this view's probe in the run session
MAX_ROWS = 200  # validation rows shown: a heatmap taller than that shows no more
SAME_UNIT_RTOL = 1e-9  # as WeightSnapshot.distinct_units: equal to rounding
NEGATIVE, POSITIVE = (33, 102, 172), (178, 24, 43)  # ColorBrewer RdBu's ends
OUTPUT_DARK = (37, 52, 148)
CLASS_LINE = "#E69F00"
TITLE = "#222222"


def diverging_table() -> np.ndarray:
    """256 RGB rows: blue (most negative) through white (0) to red (most positive)."""
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.array([255.0, 255.0, 255.0])
    end = np.where(t < 0, np.array(NEGATIVE, float), np.array(POSITIVE, float))
    return np.round(white + np.abs(t) * (end - white)).astype(np.ubyte)


def output_table() -> np.ndarray:
    """256 RGB rows from white (output 0) to dark blue (output 1)."""
    t = np.linspace(0.0, 1.0, 256)[:, None]
    white = np.array([255.0, 255.0, 255.0])
    return np.round(white + t * (np.array(OUTPUT_DARK, float) - white)).astype(np.ubyte)


@dataclass(frozen=True)
class WeightPicture:
    """What the view draws, computed in the training thread: copies of W1 (features, units),
    b1 and W2 (units,), the hidden outputs on the shown rows (rows, units), the rows' classes
    (0/1, sorted), and whether every hidden unit is the same unit."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    hidden: np.ndarray
    classes: np.ndarray
    same_unit: bool

    @property
    def units(self) -> int:
        return self.w1.shape[1]


def shown_rows(dataset: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """The validation rows the view shows (the training rows if there are none), sorted by
    class, at most ``MAX_ROWS`` of them evenly spread: (rows, their classes)."""
    x, y = (dataset.x_val, dataset.y_val) if dataset.n_val else (dataset.x_train, dataset.y_train)
    y = np.asarray(y, dtype=float).ravel()
    order = np.argsort(y, kind="stable")
    if len(order) > MAX_ROWS:
        order = order[np.linspace(0, len(order) - 1, MAX_ROWS).round().astype(int)]
    return np.ascontiguousarray(x[order]), y[order]


def all_same_unit(w1: np.ndarray, b1: np.ndarray, w2: np.ndarray) -> bool:
    """Every hidden unit has the incoming weights, bias and outgoing weight of the first (to
    ``SAME_UNIT_RTOL`` of the largest weight): then they all compute the same thing."""
    units = np.vstack([w1, b1, w2]).T
    scale = max(float(np.abs(units).max(initial=0.0)), 1.0)
    return len(units) > 1 and bool(np.all(np.abs(units - units[0]) <= SAME_UNIT_RTOL * scale))


def picture_of(params: Parameters, rows: np.ndarray, classes: np.ndarray) -> WeightPicture:
    """The view's numbers for the weights ``params`` holds now."""
    with np.errstate(all="ignore"):
        hidden = forpass(params, rows)[0]
    w1, b1, w2 = params.w1.copy(), params.b1.copy(), params.w2[:, 0].copy()
    return WeightPicture(w1, b1, w2, hidden, classes, all_same_unit(w1, b1, w2))


def _strongest(weights: np.ndarray) -> float:
    """The largest finite |weight| (1 when there is none), the end of a symmetric scale."""
    finite = np.abs(weights[np.isfinite(weights)])
    largest = float(finite.max(initial=0.0))
    return largest if largest > 0 else 1.0


class _Heatmap:
    """One picture: an image on a plot whose columns are the hidden units."""

    def __init__(self, plot: pg.PlotItem, table: np.ndarray) -> None:
        self.plot = plot
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(table)
        plot.addItem(self.image)
        plot.invertY(True)
        quiet_side_chart(plot, point_size=8, tick_length=3)
        plot.getAxis("left").setWidth(40)

    def show(self, values: np.ndarray, levels: tuple[float, float]) -> None:
        rows, columns = values.shape
        self.image.setImage(
            values, autoLevels=False, levels=levels, rect=QRectF(-0.5, -0.5, columns, rows)
        )
        self.plot.setRange(xRange=(-0.5, columns - 0.5), yRange=(-0.5, rows - 0.5), padding=0)


class WeightsView(Retranslatable, ScrollingPage):
    """W1 over W2 over the hidden outputs, one column per hidden unit."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: WeightPicture | None = None
        self._feature_names: tuple[str, ...] = ()
        # Five repaints a second: heatmaps need no more, and painting holds the GIL.
        self._throttle = Throttle(self._draw, interval_ms=200, parent=self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #333;")
        self.same_unit = QLabel()
        self.same_unit.setWordWrap(True)
        self.same_unit.setStyleSheet(
            "background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a; padding: 6px;"
        )
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        layout = self.graphics.ci
        self._w1 = _Heatmap(layout.addPlot(row=0, col=0), diverging_table())
        self._w2 = _Heatmap(layout.addPlot(row=1, col=0), diverging_table())
        self._hidden = _Heatmap(layout.addPlot(row=2, col=0), output_table())
        self._class_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(CLASS_LINE, width=2))
        self._hidden.plot.addItem(self._class_line)
        for heatmap in (self._w1, self._w2):
            heatmap.plot.hideAxis("bottom")  # the columns are numbered once, at the bottom
        for heatmap in (self._w2, self._hidden):
            heatmap.plot.setXLink(self._w1.plot)
        self._w2.plot.getAxis("left").setTicks([[]])
        self._w2.plot.setMaximumHeight(28)
        layout.layout.setRowStretchFactor(0, 3)
        layout.layout.setRowStretchFactor(2, 3)
        self.scale = QLabel()
        self.scale.setWordWrap(True)
        self.scale.setStyleSheet("color: #555;")
        self.readout = QLabel()
        self.readout.setStyleSheet("color: #222;")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 16px;")
        column = QVBoxLayout(self.content)
        column.setSpacing(4)
        column.addWidget(self.caption)
        column.addWidget(self.same_unit)
        # As tall as the page allows, and no less than this: the page scrolls below it.
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.graphics.setMinimumHeight(190)
        column.addWidget(self.graphics, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(self.readout)
        column.addWidget(self.scale)
        self.graphics.scene().sigMouseMoved.connect(self._hover)
        session.probed.connect(self._on_probed)
        session.runs_reset.connect(self.clear)
        self.retranslate()
        self.clear()

    # ------------------------------------------------------------------ data

    def probe(self, dataset: Dataset) -> Callable[[Parameters], WeightPicture]:
        """What a run on ``dataset`` computes for this view in its training thread."""
        rows, classes = shown_rows(dataset)
        self._feature_names = dataset.feature_names
        return lambda params: picture_of(params, rows, classes)

    def picture(self) -> WeightPicture | None:
        """The numbers shown now (after ``flush``)."""
        return self._picture

    @Slot(int, str, object)
    def _on_probed(self, _run_id: int, name: str, value: object) -> None:
        if name == PROBE:
            self._picture = value
            self._throttle.request()

    def flush(self) -> None:
        """Draw the newest numbers now (before a screenshot, in tests)."""
        self._throttle.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw()  # the pictures that changed while the tab was out of sight

    @Slot()
    def clear(self) -> None:
        self._picture = None
        self._draw()

    # ------------------------------------------------------------------ drawing

    def retranslate(self) -> None:
        self.caption.setText(
            self.tr(
                "One column per hidden unit: W1, its weights from the input features; W2, its "
                "weight to the output; and its outputs on the validation rows."
            )
        )
        self._w1.plot.setLabel("left", "W1", color=TITLE)
        self._w2.plot.setLabel("left", "W2", color=TITLE)
        self._hidden.plot.setLabel("left", self.tr("outputs"), color=TITLE)
        self._hidden.plot.setLabel("bottom", self.tr("hidden unit"), color=TITLE)
        self.graphics.setToolTip(self.tr("Point at a square to read its number below."))
        self.empty.setText(
            self.tr("Start or Step a run to see its weights and what its hidden units output.")
        )
        self._draw()

    def _draw(self) -> None:
        picture = self._picture
        self.graphics.setVisible(picture is not None)
        # The message says what the caption would: it takes the caption's room.
        self.caption.setVisible(picture is not None and not picture.same_unit)
        self.scale.setVisible(picture is not None)
        self.readout.setVisible(picture is not None and bool(self.readout.text()))
        self.empty.setVisible(picture is None)
        self.same_unit.setVisible(picture is not None and picture.same_unit)
        if picture is None:
            return
        if picture.same_unit:
            self.same_unit.setText(
                self.tr(
                    "All {0} hidden units are the same unit: each column is identical, because "
                    "they started equal (all ones) and every update changes them equally."
                ).format(picture.units)
            )
        strongest = [_strongest(picture.w1), _strongest(picture.w2)]
        if self.isVisible():  # out of sight, the pictures wait for showEvent
            self._w1.show(picture.w1, (-strongest[0], strongest[0]))
            self._w2.show(picture.w2[None, :], (-strongest[1], strongest[1]))
            self._hidden.show(picture.hidden, (0.0, 1.0))
            first_one = int(np.searchsorted(picture.classes, 0.5))
            self._class_line.setPos(first_one - 0.5)
            self._class_line.setVisible(0 < first_one < len(picture.classes))
        self.scale.setText(
            self.tr(
                "Weights: blue < 0 < red, up to ±{0:.3g} in W1 and ±{1:.3g} in W2. Outputs: "
                "white 0 to dark 1; class 0 above the orange line, class 1 below."
            ).format(*strongest)
        )

    def _hover(self, position: QPointF) -> None:
        """The number under the mouse pointer, with what it is."""
        picture = self._picture
        if picture is None:
            return
        for heatmap, values in (
            (self._w1, picture.w1),
            (self._w2, picture.w2[None, :]),
            (self._hidden, picture.hidden),
        ):
            if not heatmap.plot.sceneBoundingRect().contains(position):
                continue
            point = heatmap.plot.vb.mapSceneToView(position)
            row, unit = round(point.y()), round(point.x())
            if not (0 <= row < values.shape[0] and 0 <= unit < values.shape[1]):
                continue
            value = values[row, unit]
            if heatmap is self._w1:
                name = self._feature_names[row] if row < len(self._feature_names) else str(row)
                text = self.tr("W1 from “{0}” to unit {1}: {2:.4g}").format(name, unit, value)
            elif heatmap is self._w2:
                text = self.tr("W2 from unit {0} to the output: {1:.4g}").format(unit, value)
            else:
                text = self.tr("Unit {0} on row {1} (class {2:g}): {3:.3f}").format(
                    unit, row, picture.classes[row], value
                )
            self.readout.setText(text)
            self.readout.setVisible(True)
            return
