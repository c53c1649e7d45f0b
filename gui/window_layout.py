"""The main window's three columns: the parameters, the curves over the history, and the
comparison over the decision boundary and the help.

Splitters and scroll areas rather than fixed widths, so the window fits 1024 x 600 and uses
every pixel of a 4K screen. The side columns are never narrower than their contents, which
would be cut; the curves get the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QTabWidget, QWidget


def _scrolled(widget: QWidget) -> QScrollArea:
    """Scrolls up and down only: a side column is as wide as its contents need."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class WindowColumns(QSplitter):
    """The three columns; ``side_tabs`` holds the boundary and the help."""

    def __init__(
        self,
        params: QWidget,
        plot: QWidget,
        history: QWidget,
        compare: QWidget,
        tabs: tuple[QWidget, ...],
    ) -> None:
        super().__init__()
        self._params, self._compare = params, compare
        self.params_area = _scrolled(params)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.addWidget(plot)
        self.middle.addWidget(history)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 1)
        self.compare_area = _scrolled(compare)
        self.compare_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_tabs = QTabWidget()
        for tab in tabs:
            self.side_tabs.addTab(tab, "")
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.compare_area)
        self.right.addWidget(self.side_tabs)
        for index, widget in enumerate((self.params_area, self.middle, self.right)):
            self.addWidget(widget)
            self.setStretchFactor(index, (2, 5, 2)[index])
        for splitter in (self, self.middle, self.right):
            splitter.setChildrenCollapsible(False)
        compare.installEventFilter(self)

    def fit_contents(self) -> None:
        """The side columns at least as wide as their contents (again after a language
        switch: the words change width)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        self.params_area.setMinimumWidth(self._params.minimumSizeHint().width() + bar)
        self.compare_area.setMinimumWidth(self._compare.minimumSizeHint().width() + bar)

    def share_space(self) -> None:
        """The parameters and the comparison as wide as they need (up to a fifth and a
        quarter of the window), the curves the rest; the comparison as tall as its text."""
        self.fit_contents()
        width = self.width()
        left = max(self.params_area.minimumWidth(), min(int(width * 0.2), 340))
        tabs = self.side_tabs.tabBar().sizeHint().width() + 4  # every tab's name in view
        right = max(self.compare_area.minimumWidth(), tabs, min(int(width * 0.25), 460))
        self.setSizes([left, width - left - right, right])
        height = self.middle.height()
        self.middle.setSizes([int(height * 0.68), height - int(height * 0.68)])
        height = self.right.height()
        inner = right - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # Room for the two lines of notes the first comparison adds, so it needs no scrolling.
        notes = 2 * self._compare.fontMetrics().lineSpacing()
        top = min(self._compare.heightForWidth(inner - 12) + 32 + notes, int(height * 0.6))
        self.right.setSizes([top, height - top])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._compare and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_comparison)  # once the new rows have a height
        return super().eventFilter(watched, event)

    def fit_comparison(self) -> None:
        """Taller when the comparison gains rows (Over 10 seeds, a progress bar), up to two
        thirds of the column, so its buttons stay in view; never shorter than the student
        made it."""
        top, bottom = self.right.sizes()
        overflow = self._compare.height() - self.compare_area.viewport().height()
        room = (top + bottom) * 2 // 3 - top
        grow = min(overflow, room)
        if grow > 0:
            self.right.setSizes([top + grow, bottom - grow])
