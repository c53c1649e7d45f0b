"""A layout that places widgets in a row and wraps them onto the next row when the row is
full, like words in a paragraph: option bars and button rows then fit a 1024-pixel window in
any language instead of setting the window's minimum width (Qt's own "Flow Layout" example)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapped; ``add_stretch`` pushes the rest of a row to the right."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # indices of items that start the right-hand group
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.addChildWidget(widget)
            self.addItem(QWidgetItem(widget))

    def add_stretch(self) -> None:
        """The items added after this sit at the right end of their row."""
        self._breaks.add(len(self._items))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self.spacing() for item in self._visible())
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() * 2)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, bool]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, index >= min(self._breaks, default=len(self._items))))
            x += width + self.spacing()
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item, _ in row), default=0)
            if move:
                self._place_row(row, area, y, height)
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()

    def _place_row(
        self, row: list[tuple[QLayoutItem, bool]], area: QRect, y: int, height: int
    ) -> None:
        left = [item for item, right in row if not right]
        right = [item for item, right in row if right]
        x = area.x()
        for item in left:
            size = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + self.spacing()
        x = area.right() + 1
        for item in reversed(right):
            size = item.sizeHint()
            x -= size.width()
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x -= self.spacing()


def flow_widget(*widgets: QWidget, right: tuple[QWidget, ...] = ()) -> QWidget:
    """A widget holding ``widgets`` (and ``right`` at the right end) in a FlowLayout."""
    holder = QWidget()
    layout = FlowLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.add_widgets(*widgets)
    if right:
        layout.add_stretch()
        layout.add_widgets(*right)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder
