"""The decision boundary of a 2-D dataset, redrawn while the network trains.

Like TensorFlow Playground, the plane behind the points is tinted by P(class 1): a student sees
the boundary bend round the moons epoch by epoch, and sees overfitting as a boundary that chases
single training points. The main window evaluates the network on ``grid_points()`` in the worker
thread; this widget only paints the numbers, so each update is a few array operations (it is
called up to ten times a second and must not slow training's live plot down).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from engine.datasets import Dataset
from engine.network import Parameters, predict_proba
from gui.language import Retranslatable

PROBE = "boundary"  # the name of this view's probe in the run session
# The picture covers the points' square stretched EXTENT times each way: the view keeps the
# plane's aspect, so a panel wider (or taller) than square shows more plane on two sides, and
# the shading must reach its edges there too (up to EXTENT : 1).
EXTENT = 2.0
GRID_SIZE = 128  # 16,384 points, 64 across the points' square; a forward pass well under 1 ms
MARGIN = 0.1  # of the data range on every side, so no point sits on the edge of the view

# Okabe-Ito blue and orange, the same colours the class points use, faded towards white so the
# background never hides the points; P = 0.5 is pure white.
CLASS_COLORS = ("#0072B2", "#E69F00")
FADE = 0.45  # how much of the class colour the most certain background gets
OUTLINE = "#333333"
BOUNDARY_PEN = pg.mkPen("#444444", width=2)


def _lookup_table() -> np.ndarray:
    """256 RGB rows from faded blue (P = 0) through white (P = 0.5) to faded orange (P = 1)."""
    white = np.array([255.0, 255.0, 255.0])
    blue, orange = (np.array(pg.mkColor(c).getRgb()[:3], dtype=float) for c in CLASS_COLORS)
    strength = np.abs(np.linspace(-1.0, 1.0, 256))[:, None] * FADE
    side = np.where(np.arange(256)[:, None] < 128, blue, orange)
    return np.round(white + strength * (side - white)).astype(np.ubyte)


def boundary_segments(
    probs: np.ndarray, xs: np.ndarray, ys: np.ndarray, level: float = 0.5
) -> np.ndarray:
    """Line segments of the ``level`` contour of ``probs[row=y, col=x]``, as (2m, 2) points
    taken in pairs: vectorised marching squares, because pyqtgraph's Python isocurve alone
    takes most of the 5 ms an update may cost.

    Each grid edge whose ends lie on opposite sides of ``level`` is crossed once, at the
    linearly interpolated point. Every cell has 0, 2 or 4 crossed edges; taking its edges in
    the cyclic order bottom, right, top, left and joining them in consecutive pairs gives the
    cell's segment (or, for a saddle, two segments that do not cross).
    """
    above = probs > level
    with np.errstate(divide="ignore", invalid="ignore"):
        # Crossings on horizontal edges, (ny, nx - 1), and on vertical edges, (ny - 1, nx).
        th = (level - probs[:, :-1]) / (probs[:, 1:] - probs[:, :-1])
        tv = (level - probs[:-1, :]) / (probs[1:, :] - probs[:-1, :])
    h_cross = above[:, :-1] != above[:, 1:]
    v_cross = above[:-1, :] != above[1:, :]
    h_points = np.stack(
        (xs[:-1] + th * np.diff(xs), np.broadcast_to(ys[:, None], th.shape)), axis=-1
    )
    v_points = np.stack(
        (np.broadcast_to(xs, tv.shape), ys[:-1, None] + tv * np.diff(ys)[:, None]), axis=-1
    )
    crossed = np.stack((h_cross[:-1], v_cross[:, 1:], h_cross[1:], v_cross[:, :-1]), axis=2)
    points = np.stack((h_points[:-1], v_points[:, 1:], h_points[1:], v_points[:, :-1]), axis=2)
    return points[crossed]


class SmoothImageItem(pg.ImageItem):
    """An ImageItem drawn with bilinear filtering: an 80 x 80 grid blown up to 450 px shows
    blocks otherwise, and the blocks distract from the boundary's shape."""

    def paint(self, painter: QPainter, *args: object) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        super().paint(painter, *args)


class BoundaryView(Retranslatable, QWidget):
    """P(class 1) over the plane of the two scaled features, the 0.5 boundary, and the points.

    For datasets with other than two features there is no plane to draw: a message says so
    and ``grid_points()`` is empty.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._xs = np.empty(0)
        self._ys = np.empty(0)
        self._grid = np.empty((0, 2))
        self._rect = QRectF()
        self._available = False
        self._dataset: Dataset | None = None

        self.plot_widget = pg.PlotWidget(background="w")
        plot = self.plot_widget.getPlotItem()
        plot.setAspectLocked(True)
        # The picture covers the data and nothing else: panning would only show blank plane.
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        tick_font = QFont()
        tick_font.setPointSize(9)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=tick_font)
            axis.setPen("#888888")
            axis.setTextPen("#333333")

        self.image_item = SmoothImageItem(axisOrder="row-major")
        self.image_item.setLookupTable(_lookup_table())
        self.image_item.setZValue(-10)
        self._boundary = pg.PlotCurveItem(pen=BOUNDARY_PEN, connect="pairs", antialias=True)
        # The legend samples are drawn from each item's default pen and brush: neutral grey,
        # because the class is told by colour and the role (train/validation) by the fill.
        self._train_points = pg.ScatterPlotItem(
            symbol="o", size=8, pen=pg.mkPen(OUTLINE, width=1), brush=pg.mkBrush("#aaaaaa")
        )
        self._val_points = pg.ScatterPlotItem(
            symbol="o", size=9, pen=pg.mkPen(OUTLINE, width=2), brush=pg.mkBrush(None)
        )
        for item in (self.image_item, self._boundary, self._val_points, self._train_points):
            plot.addItem(item)
        # Below the plane, in a row of its own: a legend inside would cover points.
        self._legend = pg.LegendItem(
            labelTextSize="9pt", labelTextColor="#222222", colCount=2, frame=False
        )
        plot.layout.addItem(self._legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555; background: white; padding: 16px;")

        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.plot_widget)
        self._stack.addWidget(self.message)
        self._stack.setCurrentWidget(self.message)
        self.retranslate()

    # --------------------------------------------------------------------------- texts

    def retranslate(self) -> None:
        """Set every visible string, through ``tr`` so pyside6-lupdate finds them."""
        self.message.setText(
            self.tr("The decision boundary is shown for 2-D datasets (moons, circles, XOR, blobs).")
        )
        self._legend.clear()
        self._legend.addItem(self._train_points, self.tr("train"))
        self._legend.addItem(self._val_points, self.tr("validation"))

    # --------------------------------------------------------------------------- data

    def is_available(self) -> bool:
        """True when the current dataset has exactly two features, so it has a plane."""
        return self._available

    def grid_points(self) -> np.ndarray:
        """The (k, 2) points, rows of constant x2 from bottom to top, at which the main window
        evaluates the network; empty without a 2-D dataset."""
        return self._grid

    def set_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset``'s points and lay the grid over them; any old picture is dropped,
        because its probabilities belong to another plane."""
        self.clear_probabilities()
        self._dataset = dataset
        self._available = dataset.n_features == 2
        if not self._available:
            self._xs, self._ys, self._grid = np.empty(0), np.empty(0), np.empty((0, 2))
            self._train_points.clear()
            self._val_points.clear()
            self._stack.setCurrentWidget(self.message)
            return
        everything = np.vstack((dataset.x_train, dataset.x_val))
        low, high = everything.min(axis=0), everything.max(axis=0)
        # A square around the points' centre, as wide as the wider feature's range plus the
        # margins: the aspect is locked, so a narrower plane would leave blank strips beside it.
        # A dataset whose features are both constant still gets a unit square.
        half = max(float((high - low).max()) * (0.5 + MARGIN), 0.5)
        centre = (low + high) / 2
        low, high = centre - half, centre + half
        self._xs = np.linspace(*(centre[0] + EXTENT * half * np.array([-1, 1])), GRID_SIZE)
        self._ys = np.linspace(*(centre[1] + EXTENT * half * np.array([-1, 1])), GRID_SIZE)
        grid_x, grid_y = np.meshgrid(self._xs, self._ys)
        self._grid = np.column_stack((grid_x.ravel(), grid_y.ravel()))
        # Pixel centres sit on the grid points, so the picture reaches half a step past them.
        dx, dy = self._xs[1] - self._xs[0], self._ys[1] - self._ys[0]
        self._rect = QRectF(
            self._xs[0] - dx / 2,
            self._ys[0] - dy / 2,
            self._xs[-1] - self._xs[0] + dx,
            self._ys[-1] - self._ys[0] + dy,
        )
        self._set_points(self._train_points, dataset.x_train, dataset.y_train, filled=True)
        self._set_points(self._val_points, dataset.x_val, dataset.y_val, filled=False)
        plot = self.plot_widget.getPlotItem()
        plot.setRange(xRange=(low[0], high[0]), yRange=(low[1], high[1]), padding=0)
        plot.setLabel("bottom", dataset.feature_names[0], color="#222222")
        plot.setLabel("left", dataset.feature_names[1], color="#222222")
        self._stack.setCurrentWidget(self.plot_widget)

    @staticmethod
    def _set_points(item: pg.ScatterPlotItem, x: np.ndarray, y: np.ndarray, filled: bool) -> None:
        """Class colour as the fill of training points and as the ring of validation points,
        so the two sets stay apart even where the classes mix."""
        brushes = [pg.mkBrush(color) for color in CLASS_COLORS]
        pens = [pg.mkPen(color, width=2) for color in CLASS_COLORS]
        labels = np.asarray(y).astype(int).ravel()
        if filled:
            item.setData(x=x[:, 0], y=x[:, 1], brush=[brushes[c] for c in labels])
        else:
            item.setData(x=x[:, 0], y=x[:, 1], pen=[pens[c] for c in labels])

    def probe(self, dataset: Dataset) -> Callable[[Parameters], np.ndarray] | None:
        """What a run on ``dataset`` computes for this picture in its training thread, from
        the live weights: P(y = 1) on the grid. None for data this view does not show."""
        if dataset is not self._dataset or not self._available:
            return None
        grid = self._grid
        return lambda params: predict_proba(params, grid)

    @Slot(int, str, object)
    def show_probe(self, _run_id: int, name: str, value: object) -> None:
        """A probe value from the run session: paint it if it is this view's."""
        if name == PROBE:
            self.set_probabilities(value)

    def set_probabilities(self, probs: np.ndarray) -> None:
        """Paint P(y = 1) at ``grid_points()`` (shape (k,)) and the P = 0.5 boundary.

        Raises ValueError when the length is not the grid's: probabilities computed for
        another dataset must not be painted onto this one.
        """
        probs = np.asarray(probs, dtype=np.float64)
        if probs.shape != (len(self._grid),) or not self._available:
            raise ValueError(
                f"Expected {len(self._grid)} probabilities, one per grid point, "
                f"got an array of shape {probs.shape}"
            )
        image = probs.reshape(len(self._ys), len(self._xs))
        # The rect goes with every image: pyqtgraph scales it by the image's size, so it cannot
        # be set while the item is empty.
        self.image_item.setImage(image, autoLevels=False, levels=(0.0, 1.0), rect=self._rect)
        segments = boundary_segments(image, self._xs, self._ys)
        self._boundary.setData(segments[:, 0], segments[:, 1], connect="pairs")

    def clear_probabilities(self) -> None:
        """Back to the points alone, e.g. when a new run starts from fresh weights."""
        self.image_item.clear()
        self._boundary.setData([], [])
