"""Every run in the session, one table row each, so runs can be compared side by side.

The lesson of section 6-3 is a comparison: batch size 32 against full batch, a larger learning
rate, more L2. A student changes one knob per run; this table keeps the earlier runs' numbers in
view while the plot overlays their curves in the colour and line shown in the first column.
Selecting a row highlights that run's curves and offers its settings back to the panel.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.flow_layout import flow_widget
from gui.history_model import COLUMNS, OPTIONAL, HistoryModel, headers
from gui.language import Retranslatable
from gui.session import RunSession

NAME_CHARS = 12  # the name column's least width, in average characters, before it is cut


class HistoryPanel(Retranslatable, QWidget):
    """The table of runs and the buttons that tidy it; every change is a session request."""

    use_settings = Signal(int)  # "Use these settings" for this run id

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fit_pending = False
        self.model = HistoryModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Numbers fit their contents and their titles (the visible rows only: a thousand runs
        # must not be measured at every change). The name takes the rest of the width, and
        # at least ``NAME_CHARS`` characters: a longer name is cut with "…" (its tooltip has
        # it whole), so one long CSV name does not make the whole table scroll sideways.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(36)
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._column_actions: dict[str, QAction] = {}
        for column in OPTIONAL:
            action = QAction(self, checkable=True)
            action.toggled.connect(lambda on, column=column: self.set_column_shown(column, on))
            header.addAction(action)
            self._column_actions[column] = action
            self.table.setColumnHidden(COLUMNS.index(column), True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.use_button = QPushButton()
        self.use_button.clicked.connect(self._use_clicked)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._clear_clicked)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(lambda: session.set_all_visible(True))
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(lambda: session.set_all_visible(False))
        buttons = flow_widget(
            self.use_button,
            self.delete_button,
            self.clear_button,
            right=(self.show_button, self.hide_button),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._fit_name_column_soon)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.rowsInserted.connect(self._on_rows_inserted)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        session.selection_changed.connect(self._show_selection)
        session.busy_changed.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.model.retranslate()
        titles = headers()
        for column, action in self._column_actions.items():
            action.setText(titles[column][0])
        self.use_button.setText(self.tr("Use these settings"))
        self.use_button.setToolTip(
            self.tr("Put the selected run's data and settings back into the panel")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected runs (Del)"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(
            self.tr("Remove every run, the comparison and the hints; a run in progress stops")
        )
        self.show_button.setText(self.tr("Show all"))
        self.hide_button.setText(self.tr("Hide all"))
        self.table.horizontalHeader().setToolTip(
            self.tr("Right-click for more columns: dataset, units, batch size, learning rate …")
        )

    # ------------------------------------------------------------------ columns

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column_soon()
        return False

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        if first.column() <= COLUMNS.index("name") <= last.column():
            self._fit_name_column_soon()  # a new name, or a name in another language

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != COLUMNS.index("name"):
            self._fit_name_column_soon()

    def _fit_name_column_soon(self) -> None:
        """After the rows changed the header sizes its columns to their new contents when
        it lays itself out: the name's share is measured after that, once for all the
        changes of one turn of the event loop (a sweep's run end brings several; each
        measure reads every row)."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_name_column)

    def _fit_name_column(self) -> None:
        self._fit_pending = False
        name = COLUMNS.index("name")
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(len(COLUMNS))
            if i != name and not header.isSectionHidden(i)
        )
        least = self.table.fontMetrics().averageCharWidth() * NAME_CHARS
        content = min(self.table.sizeHintForColumn(name), least)
        needed = max(content, header.sectionSizeHint(name))
        width = max(needed, self.table.viewport().width() - others)
        if header.sectionSize(name) != width:
            header.resizeSection(name, width)

    def set_column_shown(self, column: str, shown: bool) -> None:
        """Show or hide one of the optional settings columns (also from the header's menu)."""
        self.table.setColumnHidden(COLUMNS.index(column), not shown)
        self._fit_name_column_soon()
        action = self._column_actions[column]
        if action.isChecked() != shown:
            with QSignalBlocker(action):
                action.setChecked(shown)

    def shown_columns(self) -> list[str]:
        return [c for c in COLUMNS if not self.table.isColumnHidden(COLUMNS.index(c))]

    # ------------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.run_id(row) for row in rows]

    def select_run(self, run_id: int | None) -> None:
        """Select one row (or none), as a click would."""
        selection = self.table.selectionModel()
        if run_id is None:
            selection.clearSelection()
            return
        index = self.model.index(self.model.row_of(run_id), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.select(index, flags)
        self.table.scrollTo(index)

    @Slot()
    def _on_selection(self) -> None:
        ids = self.selected_ids()
        self._session.select(ids[0] if len(ids) == 1 else None)
        self._update_buttons()

    @Slot(int)
    def _show_selection(self, run_id: int) -> None:
        """The session's selection changed (from here or elsewhere): show it."""
        ids = self.selected_ids()
        if run_id < 0 and len(ids) == 1:
            self.select_run(None)
        elif run_id >= 0 and ids != [run_id]:
            self.select_run(run_id)

    def _on_rows_inserted(self) -> None:
        """A new run: the newest row comes into view."""
        self.table.scrollToBottom()
        self._update_buttons()

    # ------------------------------------------------------------------ buttons

    def _use_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.use_settings.emit(ids[0])

    def delete_selected(self) -> None:
        """Remove every selected run (a run in progress stays)."""
        self._session.remove(self.selected_ids())

    def confirm_clear(self) -> bool:
        """Asked before "Clear all" throws the runs away (tests and the window replace it)."""
        answer = QMessageBox.question(
            self, self.tr("Clear all"), self.tr("Remove every run from the history?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _clear_clicked(self) -> None:
        if not self._session.ids() or self.confirm_clear():
            self._session.clear()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        live = self._session.live_id()
        has_rows = self.model.rowCount() > 0
        self.delete_button.setEnabled(any(run_id != live for run_id in ids))
        self.use_button.setEnabled(len(ids) == 1 and not self._session.is_busy())
        for button in (self.clear_button, self.show_button, self.hide_button):
            button.setEnabled(has_rows)
