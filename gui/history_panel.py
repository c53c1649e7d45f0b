"""Every finished or stopped run, one table row each, so runs can be compared side by side.

The lesson of section 6-3 is a comparison: batch size 32 against full batch, a larger learning
rate, more L2. A student changes one knob per run, and this table keeps the earlier runs' numbers
in view while the plot overlays their curves in the colour shown in the first column.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.experiment import DataSpec, Run
from gui.language import Retranslatable
from gui.widgets import format_number

# Okabe-Ito, readable on white (its yellow is swapped for olive): the runs stay distinguishable
# for colour-blind students, and the order puts the most different colours first.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999933")

(
    SHOWN,
    NAME,
    DATASET,
    UNITS,
    BATCH,
    LR,
    L1,
    L2,
    EPOCHS,
    TRAIN_LOSS,
    VAL_LOSS,
    VAL_ACC,
    UPDATES,
    SECONDS,
) = range(14)
COLUMNS = 14

ID_ROLE = Qt.ItemDataRole.UserRole
DIVERGED_COLOR = QColor("#c62828")


def pick_color(used: list[str]) -> str:
    """The first palette colour used least often among ``used``: in palette order while
    colours are free, and after eight runs the colours of deleted runs come back first."""
    counts = Counter(color.upper() for color in used)
    return min(PALETTE, key=lambda color: counts[color])


def swatch(color: str) -> QIcon:
    """A small filled square with a thin dark border, the run's colour in the plot."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.setBrush(QColor(color))
    painter.drawRect(0, 0, 11, 11)
    painter.end()
    return QIcon(pixmap)


def loss_text(value: float) -> str:
    """Four significant digits; a dash where a run has no number (no validation data)."""
    return f"{value:.4g}" if math.isfinite(value) else "–"


def fixed_text(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if math.isfinite(value) else "–"


class HistoryPanel(Retranslatable, QWidget):
    """The table of runs and the buttons that tidy it.

    Runs are known by an id given once by ``add_run`` and never reused, so the main window can
    key its plot overlays by it whatever rows are deleted. Every change, whether made by the
    user or through the methods, is announced by exactly one signal per run affected.
    """

    run_added = Signal(int)
    visibility_changed = Signal(int, bool)
    run_renamed = Signal(int, str)
    run_removed = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: dict[int, Run] = {}
        self._next_id = 1

        self.table = QTableWidget(0, COLUMNS)
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
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        # Every column fits its contents, names included: a run is told apart by its name, so
        # it must never be cut short; a wide table scrolls sideways instead.
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._clear_clicked)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(lambda: self._set_all_visible(True))
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(lambda: self._set_all_visible(False))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.delete_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.show_button, self.hide_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    # --------------------------------------------------------------------------- texts

    def retranslate(self) -> None:
        """Set every visible string, through ``tr`` so pyside6-lupdate finds them; the rows
        are refilled because some cells ("full", the dataset names) are words too."""
        headers = {
            SHOWN: "",
            NAME: self.tr("Name"),
            DATASET: self.tr("Dataset"),
            UNITS: self.tr("Units"),
            BATCH: self.tr("Batch"),
            LR: self.tr("LR"),
            L1: self.tr("L1"),
            L2: self.tr("L2"),
            EPOCHS: self.tr("Epochs"),
            TRAIN_LOSS: self.tr("Train loss"),
            VAL_LOSS: self.tr("Val loss"),
            VAL_ACC: self.tr("Val acc"),
            UPDATES: self.tr("Updates"),
            SECONDS: self.tr("Time (s)"),
        }
        self.table.setHorizontalHeaderLabels([headers[column] for column in range(COLUMNS)])
        tips = {
            SHOWN: self.tr("Show this run's curves in the plot"),
            NAME: self.tr("Double-click a name to rename the run"),
            UNITS: self.tr("Hidden units"),
            BATCH: self.tr("Mini-batch size"),
            LR: self.tr("Learning rate"),
            L1: self.tr("L1 penalty"),
            L2: self.tr("L2 penalty"),
            EPOCHS: self.tr("Epochs run"),
            UPDATES: self.tr("Weight updates: epochs times batches per epoch"),
        }
        for column, tip in tips.items():
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected runs (Del)"))
        self.clear_button.setText(self.tr("Clear all"))
        self.show_button.setText(self.tr("Show all"))
        self.hide_button.setText(self.tr("Hide all"))
        with QSignalBlocker(self.table):
            for row, run_id in enumerate(self.ids()):
                self._fill_row(row, self._runs[run_id])

    def _dataset_text(self, data: DataSpec) -> tuple[str, str]:
        """The dataset cell: a short name, and a tooltip with what makes the data reproducible."""
        if data.kind == "csv":
            column = data.label_column or self.tr("the last one")
            tip = self.tr("{path}, label column: {column}").format(path=data.path, column=column)
            return data.key(), tip
        names = {
            "breast_cancer": self.tr("breast cancer"),
            "moons": self.tr("moons"),
            "circles": self.tr("circles"),
            "xor": self.tr("XOR"),
            "blobs": self.tr("blobs"),
        }
        name = names.get(data.kind, data.kind)
        if data.kind == "breast_cancer":
            return name, self.tr("The book's split of the Wisconsin breast cancer data")
        tip = self.tr("{samples} points, noise {noise}, seed {seed}").format(
            samples=data.samples, noise=format_number(data.noise), seed=data.seed
        )
        return name, tip

    def _epochs_text(self, run: Run) -> tuple[str, str]:
        """Epochs run; a run that ended early shows how far it got of the planned epochs."""
        done = run.records[-1].epoch if run.records else 0
        if run.outcome == "diverged":
            tip = self.tr("Diverged after epoch {done}: the learning rate is too high").format(
                done=done
            )
            return f"{done}/{run.hp.epochs}", tip
        if run.outcome == "stopped":
            tip = self.tr("Stopped after {done} of {epochs} epochs").format(
                done=done, epochs=run.hp.epochs
            )
            return f"{done}/{run.hp.epochs}", tip
        return str(done), ""

    def _fill_row(self, row: int, run: Run) -> None:
        """Write ``run`` into ``row``; callers block the table's signals, because these are
        not edits by the user."""
        hp = run.hp
        dataset, dataset_tip = self._dataset_text(run.data)
        epochs, epochs_tip = self._epochs_text(run)
        texts = {
            NAME: run.name,
            DATASET: dataset,
            UNITS: str(hp.units),
            BATCH: self.tr("full") if hp.batch_size is None else str(hp.batch_size),
            LR: format_number(hp.learning_rate),
            L1: format_number(hp.l1),
            L2: format_number(hp.l2),
            EPOCHS: epochs,
            TRAIN_LOSS: loss_text(run.final_train_loss),
            VAL_LOSS: loss_text(run.final_val_loss),
            VAL_ACC: fixed_text(run.final_val_acc, 4),
            UPDATES: str(run.updates),
            SECONDS: fixed_text(run.seconds, 2),
        }
        shown = self.table.item(row, SHOWN)
        shown.setIcon(swatch(run.color))
        shown.setCheckState(Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
        for column, text in texts.items():
            item = self.table.item(row, column)
            item.setText(text)
            if column not in (NAME, DATASET):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.item(row, DATASET).setToolTip(dataset_tip)
        self.table.item(row, EPOCHS).setToolTip(epochs_tip)
        if run.outcome == "diverged":
            self.table.item(row, EPOCHS).setForeground(DIVERGED_COLOR)

    # --------------------------------------------------------------------------- runs

    def add_run(self, run: Run) -> int:
        """Append ``run`` as a row and return its id. A run without a colour gets the next
        palette colour; one that has a colour (e.g. read from a file) keeps it."""
        if not run.color:
            run = dataclasses.replace(run, color=pick_color([r.color for r in self._runs.values()]))
        run_id = self._next_id
        self._next_id += 1
        self._runs[run_id] = run
        row = self.table.rowCount()
        with QSignalBlocker(self.table):
            self.table.insertRow(row)
            for column in range(COLUMNS):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column == SHOWN:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                    item.setData(ID_ROLE, run_id)
                elif column == NAME:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                self.table.setItem(row, column, item)
            self._fill_row(row, run)
        self._update_buttons()
        self.run_added.emit(run_id)
        return run_id

    def ids(self) -> list[int]:
        """Run ids in table order."""
        return [self.table.item(row, SHOWN).data(ID_ROLE) for row in range(self.table.rowCount())]

    def runs(self) -> list[Run]:
        """The runs in table order, with the names and visibility the user has set."""
        return [self._runs[run_id] for run_id in self.ids()]

    def set_sklearn(self, run_id: int, numbers: dict[str, float | int | str]) -> None:
        """Attach the MLPClassifier comparison to a run, so a saved experiment keeps it."""
        if run_id in self._runs:
            self._runs[run_id].sklearn = dict(numbers)

    def run(self, run_id: int) -> Run:
        """One run by id; KeyError for an id that is not (or no longer) in the table."""
        return self._runs[run_id]

    def visible_ids(self) -> list[int]:
        return [run_id for run_id in self.ids() if self._runs[run_id].visible]

    def set_visible(self, run_id: int, visible: bool) -> None:
        """Tick or untick the run's box; visibility_changed is emitted if the state changes."""
        row = self._row(run_id)
        state = Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked
        self.table.item(row, SHOWN).setCheckState(state)

    def remove(self, run_id: int) -> None:
        """Delete one run; run_removed is emitted with its id."""
        self.table.removeRow(self._row(run_id))
        del self._runs[run_id]
        self._update_buttons()
        self.run_removed.emit(run_id)

    def delete_selected(self) -> None:
        """The Delete button: remove every selected row, one run_removed each."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = self.ids()
        for row in sorted(rows, reverse=True):
            self.remove(ids[row])

    def confirm_clear(self) -> bool:
        """Asked before "Clear all" throws the runs away (tests and the window may replace
        it)."""
        answer = QMessageBox.question(
            self, self.tr("Clear all"), self.tr("Remove every run from the history?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _clear_clicked(self) -> None:
        if self.confirm_clear():
            self.clear()

    def clear(self) -> None:
        """Remove every run with a single ``cleared`` signal (no run_removed per run). Ids are
        not reused afterwards, so a late signal about an old run cannot hit a new one."""
        self.table.setRowCount(0)
        self._runs.clear()
        self._update_buttons()
        self.cleared.emit()

    def set_runs(self, runs: list[Run]) -> None:
        """Replace all runs, e.g. with those of an opened file: ``cleared``, then one
        ``run_added`` per run, so listeners rebuild exactly as for runs added one by one."""
        self.clear()
        for run in runs:
            self.add_run(run)

    # --------------------------------------------------------------------------- internals

    def _row(self, run_id: int) -> int:
        if run_id not in self._runs:
            raise KeyError(f"No run with id {run_id} in the history")
        return self.ids().index(run_id)

    def _set_all_visible(self, visible: bool) -> None:
        for run_id in self.ids():
            self.set_visible(run_id, visible)

    def _update_buttons(self) -> None:
        has_rows = self.table.rowCount() > 0
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        for button in (self.clear_button, self.show_button, self.hide_button):
            button.setEnabled(has_rows)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """The user ticked a box or finished editing a name (programmatic fills are blocked)."""
        row, column = item.row(), item.column()
        run_id = self.table.item(row, SHOWN).data(ID_ROLE)
        run = self._runs[run_id]
        if column == SHOWN:
            visible = item.checkState() == Qt.CheckState.Checked
            if visible != run.visible:
                self._runs[run_id] = dataclasses.replace(run, visible=visible)
                self.visibility_changed.emit(run_id, visible)
        elif column == NAME:
            name = item.text().strip()
            if not name:
                # A run must keep a name to be told apart in the legend: undo the blank edit.
                with QSignalBlocker(self.table):
                    item.setText(run.name)
            elif name != run.name:
                self._runs[run_id] = dataclasses.replace(run, name=name)
                with QSignalBlocker(self.table):
                    item.setText(name)
                self.run_renamed.emit(run_id, name)
