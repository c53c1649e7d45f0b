"""The plot widgets of the panel's tabs, and the hint drawn across the loss plot.

A plot widget measures its own paints (the panel spaces its redraws by them) and shows every
curve again on the A key, as pyqtgraph's small "A" button does.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPaintEvent, QTextOption

from gui.plot_axes import TitleAxis, styled_axis

MESSAGE_COLOR = "#c62828"


class TimedPlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last paint took, to pace the redraws, and
    shows every curve again on the A key (as the plot's "A" button does).

    Its right-click menu is the app's own: "Show all curves" and whatever the window adds
    (``add_menu_actions``: Export PNG, Export SVG, Copy plot). pyqtgraph's menu is switched off
    rather than translated: its twenty-odd entries (axis links, mouse modes, inversion,
    per-axis ranges) are built from forms whose labels no action text reaches, so a
    translation would stay half English, and none of them is something a student needs."""

    last_paint_seconds = 0.0

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.show_all_action = QAction(self)
        self.show_all_action.triggered.connect(self.show_all)
        self.addAction(self.show_all_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_all(self) -> None:
        """Zoom out to every curve, and follow them again as they grow."""
        self.getPlotItem().enableAutoRange()

    def add_menu_actions(self, *actions: QAction) -> None:
        """The window's own actions, after a separator, in the right-click menu."""
        separator = QAction(self)
        separator.setSeparator(True)
        self.addActions([separator, *actions])

    def paintEvent(self, event: QPaintEvent) -> None:
        start = time.perf_counter()
        super().paintEvent(event)
        self.last_paint_seconds = time.perf_counter() - start

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_A and not event.modifiers():
            self.show_all()
            event.accept()
            return
        super().keyPressEvent(event)


def plot_widget() -> TimedPlotWidget:
    """A white plot with grid and fonts large enough to read on a classroom projector."""
    axes = {"left": styled_axis("left"), "bottom": styled_axis("bottom"), "top": TitleAxis()}
    widget = TimedPlotWidget(background="w", axisItems=axes)
    widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    plot = widget.getPlotItem()
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMenuEnabled(False)  # the widget's own menu instead (see TimedPlotWidget)
    plot.setClipToView(True)
    plot.setDownsampling(auto=True, mode="peak")
    return widget


class PlotHint:
    """A hint in red across the middle of a plot, such as "learning rate probably too high":
    wrapped to 80 % of the view's width, and below the legend when a long legend reaches the
    middle, so both stay readable."""

    def __init__(self, plot: pg.PlotItem, legend: pg.LegendItem) -> None:
        self._view = plot.getViewBox()
        self._legend = legend
        item = pg.TextItem(
            color=MESSAGE_COLOR,
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 255, 255, 225),
            border=pg.mkPen(MESSAGE_COLOR, width=1.5),
        )
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        item.setFont(font)
        item.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        item.setParentItem(self._view)  # view pixels, not data
        item.setZValue(100)
        item.setVisible(False)
        self._item = item
        self._view.sigResized.connect(self.place)

    def show(self, text: str | None) -> None:
        """Show ``text``; None hides the hint."""
        self._item.setVisible(text is not None)
        if text is not None:
            self._item.setText(text)
            self.place()

    def text(self) -> str:
        """The hint shown, or "" when there is none."""
        return self._item.toPlainText() if self._item.isVisible() else ""

    def place(self) -> None:
        item, rect = self._item, self._view.rect()
        item.setTextWidth(-1)
        natural = item.textItem.document().idealWidth()
        if natural > 0.8 * rect.width():
            item.setTextWidth(0.8 * rect.width())
        half_height = item.textItem.boundingRect().height() / 2
        legend = self._legend.mapRectToParent(self._legend.boundingRect())
        y = max(rect.center().y(), legend.bottom() + half_height + 8)
        item.setPos(rect.center().x(), min(y, rect.bottom() - half_height))
