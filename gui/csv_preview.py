"""The import dialog's table: the first rows of the file as they would be read.

Row 0 holds a checkbox per column (ticked: a feature; unticked: ignored, with the reason); the
label column is tinted and its header says so; a cell that would stop the load is red, its
tooltip saying why; the row headers are the rows' numbers in the file. Clicking a column's
header asks for it to be the label. The table only shows a `Preview` and reports clicks: the
dialog decides what they change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from engine.csv_import import Preview
from gui.csv_texts import column_name, column_title, ignore_reason, problem_text
from gui.widgets import signals_blocked

LABEL_BACKGROUND = QColor("#dbeafe")  # the label column: light blue
PROBLEM_BACKGROUND = QColor("#fddede")  # a cell that would stop the load: light red
MAX_COLUMN_WIDTH = 160  # a long name or value is cut (its tooltip has it whole)


class PreviewTable(QTableWidget):
    """Signals: ``label_clicked(column)`` when a column's header is clicked, ``use_changed()``
    when a column's checkbox is ticked or unticked."""

    label_clicked = Signal(int)
    use_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview: Preview | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(56)
        header.sectionClicked.connect(self.label_clicked)
        self.itemChanged.connect(self._on_item_changed)

    def show_preview(self, result: Preview) -> None:
        """Show ``result``'s rows, roles and problems (again, after a change of language)."""
        self._preview = result
        with signals_blocked(self):
            self.clear()
            self.setColumnCount(len(result.columns))
            self.setRowCount(len(result.rows) + 1)
            muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
            bold = QFont(self.font())
            bold.setBold(True)
            for column, name in enumerate(result.columns):
                header = QTableWidgetItem(column_title(result, column))
                header.setToolTip(column_name(name))
                self.setHorizontalHeaderItem(column, header)
                self.setItem(0, column, self._use_item(result, column))
            use = QCoreApplication.translate("CsvImportDialog", "Use")
            self.setVerticalHeaderLabels([use] + [str(line) for line, _cells in result.rows])
            for row, (_line, cells) in enumerate(result.rows, start=1):
                for column, cell in enumerate(cells):
                    item = QTableWidgetItem(cell)
                    if column == result.label:
                        item.setBackground(LABEL_BACKGROUND)
                        item.setFont(bold)
                    elif column in result.ignored:
                        item.setForeground(muted)
                    problem = result.problems.get((row - 1, column))
                    if problem is not None:
                        item.setBackground(PROBLEM_BACKGROUND)
                        item.setToolTip(problem_text(problem))
                    self.setItem(row, column, item)
            self.resizeColumnsToContents()
            for column in range(self.columnCount()):
                self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))

    def unticked(self) -> tuple[str, ...]:
        """The columns whose box is unticked, in file order (never the label)."""
        result = self._preview
        if result is None:
            return ()
        return tuple(
            name
            for column, name in enumerate(result.columns)
            if column != result.label
            and self.item(0, column).checkState() == Qt.CheckState.Unchecked
        )

    def set_used(self, column: int, used: bool) -> None:
        """Tick or untick a column's box, as the student does."""
        item = self.item(0, column)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            raise ValueError(f"column {column + 1} cannot be ignored or used")
        item.setCheckState(Qt.CheckState.Checked if used else Qt.CheckState.Unchecked)

    def _use_item(self, result: Preview, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column == result.label:
            item.setText(QCoreApplication.translate("CsvImportDialog", "label"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(LABEL_BACKGROUND)
            return item
        reason = result.ignored.get(column)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked if reason else Qt.CheckState.Checked)
        feature = QCoreApplication.translate("CsvImportDialog", "feature")
        item.setText(ignore_reason(reason) if reason else feature)
        item.setToolTip(
            QCoreApplication.translate(
                "CsvImportDialog", "Ticked: a feature the network learns from. Unticked: ignored."
            )
        )
        return item

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.row() == 0:
            self.use_changed.emit()
