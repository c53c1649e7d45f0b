"""The plot as a figure for a slide or a handout: a title line, thick lines, the legend where it
covers no curve, drawn at 1x, 2x or 3x as a PNG, as SVG, or onto the clipboard.

The window's plot is sized for the screen and its lines for a monitor; a figure is redrawn on
a plot of its own, at a fixed size (so every export of a lesson matches), from a description of
what the window shows (``FigureSpec``): the same curves, clip markers, ranges and log axes,
with lines at least ``MIN_LINE`` pixels wide at 1x and fonts sized in pixels, so the picture is
the same on every screen. Rendering at 2x draws the same figure with twice the pixels, as a
high-resolution screen would.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPen, QPicture
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsWidget

from gui.legend_place import CORNERS, corner_rect, free_corner, occupancy, to_pixels
from gui.plot_axes import PlotAxis, TitleAxis, set_value_title, styled_axis
from gui.plot_hover import view_values

FIGURE_SIZE = (900, 560)  # logical pixels, title included: 16:10 at 2x is 1800 x 1120
SCALES = (1, 2, 3)
DEFAULT_SCALE = 2
MIN_LINE = 2.0  # the thinnest line of a figure, in pixels at 1x
TEXT_COLOR = "#222222"
NOTE_COLOR = "#8a4b00"
LEGEND_MARGIN = 10  # pixels between the legend and the axes


@dataclass
class FigureLine:
    """One drawn item of the plot: its data (as the plot holds it, before any log), its pen
    or None, and its symbols for markers."""

    x: np.ndarray
    y: np.ndarray
    pen: QPen | None
    z: float = 0.0
    symbol: str | None = None
    symbol_brushes: list = field(default_factory=list)
    symbol_size: float = 10.0


@dataclass
class FigureSpec:
    """Everything a figure shows. Ranges are in view units (log10 on a log axis)."""

    title: str
    subtitle: str
    x_label: str
    y_label: str
    log_x: bool
    log_y: bool
    whole_x: bool
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    lines: list[FigureLine]
    legend: list[tuple[QPen | None, str]]
    note: str = ""
    corners: tuple[tuple[float, float], ...] = CORNERS  # where the legend may go, in order


def wide(pen: QPen, at_least: float = MIN_LINE) -> QPen:
    """A copy of ``pen`` at least ``at_least`` pixels wide (cosmetic, as on screen)."""
    copy = QPen(pen)
    copy.setWidthF(max(pen.widthF(), at_least))
    return copy


class Figure:
    """A plot built from a spec, never shown on screen; ``close`` it when done."""

    def __init__(self, spec: FigureSpec) -> None:
        self.spec = spec
        axes = {"left": styled_axis("left"), "bottom": styled_axis("bottom"), "top": TitleAxis()}
        self.widget = pg.PlotWidget(background="w", axisItems=axes)
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.widget.resize(*FIGURE_SIZE)
        self.plot = self.widget.getPlotItem()
        self._style()
        self._draw()
        self.widget.show()  # not on screen: it only gets its size and layout
        self._settle()
        self.legend_place = self._place_legend()

    def _style(self) -> None:
        spec, plot = self.spec, self.plot
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.layout.setContentsMargins(12, 14, 24, 10)  # room round the title and last tick
        plot.showGrid(x=True, y=True, alpha=0.2)
        tick_font = QFont()
        tick_font.setPixelSize(13)
        label_style = {"color": TEXT_COLOR, "font-size": "15px"}
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setStyle(tickFont=tick_font, tickTextOffset=6)
            axis.setPen("#555555")
            axis.setTextPen(TEXT_COLOR)
        plot.setLabel("bottom", spec.x_label, **label_style)
        set_value_title(plot, spec.y_label, **label_style)
        bottom = plot.getAxis("bottom")
        if isinstance(bottom, PlotAxis):
            bottom.set_whole_numbers(spec.whole_x)
        title = f"<span style='font-size:17px; font-weight:bold'>{html.escape(spec.title)}</span>"
        if spec.subtitle:
            title += f"<br><span style='font-size:13px'>{html.escape(spec.subtitle)}</span>"
        # The note on cut-off curves goes under the title, as a caption line: inside the axes
        # it would sit on the very lines it explains.
        for line in spec.note.splitlines():
            title += (
                f"<br><span style='font-size:13px; color:{NOTE_COLOR}'>{html.escape(line)}</span>"
            )
        plot.setTitle(title, color=TEXT_COLOR)
        # pyqtgraph keeps a title row 30 pixels high: make it as high as the title's lines.
        height = plot.titleLabel.item.boundingRect().height() + 6
        plot.titleLabel.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)
        plot.setLogMode(x=spec.log_x, y=spec.log_y)

    def _draw(self) -> None:
        spec, plot = self.spec, self.plot
        for line in spec.lines:
            item = pg.PlotDataItem(antialias=True)
            item.setData(
                line.x,
                line.y,
                pen=None if line.pen is None else wide(line.pen),
                symbol=line.symbol,
                symbolBrush=line.symbol_brushes or None,
                symbolPen=pg.mkPen("w", width=1.5),
                symbolSize=line.symbol_size,
            )
            item.setZValue(line.z)
            plot.addItem(item)
        self.legend = pg.LegendItem(
            labelTextSize="13px",
            labelTextColor=TEXT_COLOR,
            brush=pg.mkBrush(255, 255, 255, 235),
            pen=pg.mkPen("#bbbbbb"),
            verSpacing=-4,
        )
        for pen, text in spec.legend:
            sample = pg.PlotDataItem(pen=None if pen is None else wide(pen))
            self.legend.addItem(sample, text)

    def _settle(self) -> None:
        """Lay the plot out at its size and set the ranges: the view knows its pixels now."""
        QCoreApplication.sendPostedEvents(self.widget)
        self.plot.layout.activate()
        view = self.plot.getViewBox()
        view.setRange(xRange=self.spec.x_range, yRange=self.spec.y_range, padding=0)
        self.legend.updateSize()

    def _place_legend(self) -> tuple[float, float] | str:
        """Put the legend in the first corner of the axes where it covers no curve; else
        outside, right of the axes. The corner, "outside", or "none"."""
        if not self.spec.legend:
            self.legend.setVisible(False)
            return "none"
        view = self.plot.getViewBox()
        size = (view.rect().width(), view.rect().height())
        lines = [
            to_pixels(
                view_values(line.x, self.spec.log_x),
                view_values(line.y, self.spec.log_y),
                self.spec.x_range,
                self.spec.y_range,
                size,
            )
            for line in self.spec.lines
        ]
        grid = occupancy(lines, size)
        box = (self.legend.width(), self.legend.height())
        corner = free_corner(grid, size, box, self.spec.corners)
        if corner is not None:
            left, top, _, _ = corner_rect(corner, size, box)
            self.legend.setParentItem(view)
            self.legend.setPos(QPointF(left, top))
            return corner
        # Outside: the figure grows by the legend's width, kept free by an empty column right
        # of the axes, and the legend sits there, level with the top of the axes.
        extra = math.ceil(self.legend.width()) + 2 * LEGEND_MARGIN
        room = QGraphicsWidget()
        room.setMinimumWidth(extra)
        room.setMaximumWidth(extra)
        self.plot.layout.addItem(room, 2, 3)
        self.widget.resize(FIGURE_SIZE[0] + extra, FIGURE_SIZE[1])
        self._settle()
        axes = view.mapRectToItem(self.plot, view.rect())
        self.legend.setParentItem(self.plot)
        self.legend.setPos(QPointF(axes.right() + 2 * LEGEND_MARGIN, axes.top()))
        return "outside"

    # ------------------------------------------------------------------ output

    def size(self) -> tuple[int, int]:
        rect = self.plot.sceneBoundingRect()
        return round(rect.width()), round(rect.height())

    def image(self, scale: int) -> QImage:
        """The figure drawn with ``scale`` pixels per logical pixel."""
        width, height = self.size()
        image = QImage(width * scale, height * scale, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._scale_curve_pens(scale)
        try:
            self._render(painter)
        finally:
            self._scale_curve_pens(1 / scale)
            painter.end()
        image.setDevicePixelRatio(1)  # a file has pixels, not logical pixels
        return image

    def _scale_curve_pens(self, factor: float) -> None:
        """Curves draw with cosmetic pens, whose width is in device pixels whatever the
        painter's scale: at 2x a 2-pixel line would stay 2 pixels, half as thick as the rest
        of the picture. Widen them by the scale while drawing, and back after."""
        samples = [sample.item for sample, _label in self.legend.items]
        for item in [*self.plot.listDataItems(), *samples]:
            pen = item.opts.get("pen")
            if isinstance(pen, QPen) and pen.style() != Qt.PenStyle.NoPen:
                wider = QPen(pen)
                wider.setWidthF(pen.widthF() * factor)
                item.setPen(wider)

    def png(self, scale: int) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(scale).save(buffer, "PNG"):
            raise OSError("the picture could not be encoded as PNG")
        return bytes(data)

    def svg(self, title: str) -> bytes:
        """The figure as SVG: lines and text stay vectors, at any size on a slide."""
        width, height = self.size()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(self.plot.sceneBoundingRect().size().toSize())
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(title)
        # pyqtgraph draws its axes from cached QPictures, which scale by the ratio of
        # resolutions when played back: the generator must have the resolution they have.
        generator.setResolution(QPicture().logicalDpiX())
        painter = QPainter(generator)
        self._render(painter)
        painter.end()
        return bytes(data)

    def _render(self, painter: QPainter) -> None:
        source = self.plot.sceneBoundingRect()
        target = QRectF(QPointF(0, 0), source.size())
        self.plot.scene().render(painter, target, source)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
