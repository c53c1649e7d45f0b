"""The run history as a Qt table model over the session: one row per run, the live one too.

The model keeps no runs of its own. It turns the session's signals into row insertions, removals
and changes, and answers the view's questions by reading the session, so a thousand runs cost a
thousand rows and no copies; the live run's row is refreshed at most twice a second.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from gui.messages import state_text
from gui.number_text import significant, whole
from gui.run_names import dataset_name, settings_summary
from gui.run_traces import PEN_STYLES
from gui.session import RunSession
from gui.session_runs import TRAIN_STYLE, RunState, SessionRun, family_color
from gui.widgets import format_number

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

COLUMNS = (
    "shown",
    "name",
    "epochs",
    "train_loss",
    "val_loss",
    "val_acc",
    "updates",
    "seconds",
    "dataset",
    "units",
    "batch",
    "lr",
    "l1",
    "l2",
    "seed",
)
OPTIONAL = ("dataset", "units", "batch", "lr", "l1", "l2", "seed")  # hidden at first
LIVE_REFRESH = 0.5
SETTING_TEXTS = {
    "units": lambda hp: str(hp.units),
    "batch": lambda hp: (
        translate("History", "full") if hp.batch_size is None else str(hp.batch_size)
    ),
    "lr": lambda hp: format_number(hp.learning_rate),
    "l1": lambda hp: format_number(hp.l1),
    "l2": lambda hp: format_number(hp.l2),
    "seed": lambda hp: str(hp.seed),
}  # seconds between refreshes of the live run's row
DIVERGED_COLOR = QColor("#c62828")
Index = QModelIndex | QPersistentModelIndex


def swatch(color: str, style: int) -> QIcon:
    """The run's training line as drawn in the plot: its colour (its family's)."""
    pixmap = QPixmap(22, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(family_color(color, style)), 3)
    pen.setStyle(PEN_STYLES[TRAIN_STYLE])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(1, 6, 21, 6)
    painter.end()
    return QIcon(pixmap)


def number_text(value: float) -> str:
    """Four significant digits, trailing zeros kept so a column reads 0.1000 beside 0.1246;
    a dash where a run has no number (no validation data)."""
    return significant(value) if math.isfinite(value) else "–"


def headers() -> dict[str, tuple[str, str]]:
    """Column titles and their tooltips, in the language shown now."""
    return {
        "shown": ("", translate("History", "Show this run's curves in the plot")),
        "name": (
            translate("History", "Name"),
            translate("History", "Double-click a name to rename the run"),
        ),
        "epochs": (
            translate("History", "Epochs"),
            translate("History", "Epochs run, or where and why the run ended"),
        ),
        "train_loss": (
            translate("History", "Train loss"),
            translate("History", "Training loss after the last epoch"),
        ),
        "val_loss": (
            translate("History", "Val loss"),
            translate("History", "Validation loss after the last epoch"),
        ),
        "val_acc": (
            translate("History", "Val acc"),
            translate("History", "Validation accuracy after the last epoch"),
        ),
        "updates": (
            translate("History", "Updates"),
            translate("History", "Weight updates: epochs times batches per epoch"),
        ),
        "seconds": (
            translate("History", "Time (s)"),
            translate("History", "Seconds spent training"),
        ),
        "dataset": (
            translate("History", "Dataset"),
            translate("History", "The data the run learned from"),
        ),
        "units": (translate("History", "Units"), translate("History", "Hidden units")),
        "batch": (translate("History", "Batch"), translate("History", "Mini-batch size")),
        "lr": (translate("History", "LR"), translate("History", "Learning rate")),
        "l1": (translate("History", "L1"), translate("History", "L1 penalty")),
        "l2": (translate("History", "L2"), translate("History", "L2 penalty")),
        "seed": (
            translate("History", "Seed"),
            translate("History", "Seed of the initial weights and the batch order"),
        ),
    }


class HistoryModel(QAbstractTableModel):
    """Rows in the session's order; the id of a row is ``run_id(row)``."""

    def __init__(self, session: RunSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._icons: dict[tuple[str, int], QIcon] = {}
        self._refreshed = 0.0
        self._headers = headers()
        self._italic = QFont()
        self._italic.setItalic(True)
        session.run_added.connect(self._on_added)
        session.run_changed.connect(self._on_changed)
        session.records_added.connect(self._on_records)
        session.run_removed.connect(self._on_removed)
        session.runs_reset.connect(self._on_reset)
        self._on_reset()

    def run_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, run_id: int) -> int:
        """The row of a run; KeyError for a run not in the table."""
        return self._rows[run_id]

    def retranslate(self) -> None:
        """New words for the headers and every row (dataset names, states, run names)."""
        self._headers = headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    # ------------------------------------------------------------------ the session

    @Slot(int)
    def _on_added(self, run_id: int) -> None:
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(run_id)
        self._rows[run_id] = row
        self.endInsertRows()

    @Slot(int)
    def _on_changed(self, run_id: int) -> None:
        row = self._rows.get(run_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    @Slot(int, list)
    def _on_records(self, run_id: int, _records: list) -> None:
        """The live row's numbers (not its name), at most twice a second."""
        now = time.perf_counter()
        row = self._rows.get(run_id)
        if row is not None and now - self._refreshed >= LIVE_REFRESH:
            self._refreshed = now
            first, last = COLUMNS.index("epochs"), COLUMNS.index("seconds")
            self.dataChanged.emit(self.index(row, first), self.index(row, last))

    @Slot(int)
    def _on_removed(self, run_id: int) -> None:
        row = self._rows.get(run_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._rows = {run_id: i for i, run_id in enumerate(self._ids)}
        self.endRemoveRows()

    @Slot()
    def _on_reset(self) -> None:
        self.beginResetModel()
        self._ids = self._session.ids()
        self._rows = {run_id: i for i, run_id in enumerate(self._ids)}
        self.endResetModel()

    # ------------------------------------------------------------------ the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        title, tip = self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column == "shown":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column == "name":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        run = self._session.run(self._ids[index.row()])
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(run, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "shown":
            return Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == "shown":
            return self._icon(run.color, run.style)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("name", "dataset"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == "epochs":
            return DIVERGED_COLOR if run.state is RunState.DIVERGED else None
        if role == Qt.ItemDataRole.FontRole and not run.ended:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            # The whole name (the column may cut it), then every setting behind it.
            return f"{self._session.name(run.run_id)}\n{settings_summary(run.data, run.hp)}"
        if role == Qt.ItemDataRole.ToolTipRole and column == "dataset":
            return settings_summary(run.data, run.hp)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        run_id = self._ids[index.row()]
        column = COLUMNS[index.column()]
        if column == "shown" and role == Qt.ItemDataRole.CheckStateRole:
            self._session.set_visible(run_id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if column == "name" and role == Qt.ItemDataRole.EditRole:
            self._session.rename(run_id, str(value))
            return True
        return False

    def _text(self, run: SessionRun, column: str) -> str:
        """One cell's text. Only that cell's: the view asks for every visible cell at each
        repaint, in the GUI thread, while a run trains."""
        hp = run.hp
        if column == "shown":
            return ""
        if column == "name":
            return self._session.name(run.run_id)
        if column == "epochs":
            return state_text(run)
        if column == "dataset":
            return dataset_name(run.data)
        if column in SETTING_TEXTS:
            return SETTING_TEXTS[column](hp)
        if not run.records:
            return "–"
        last = run.records[-1]
        if column == "updates":
            return whole(last.updates)
        if column == "seconds":
            return f"{last.seconds:.2f}"
        return number_text(getattr(last, column))  # train_loss, val_loss, val_acc

    def _icon(self, color: str, style: int) -> QIcon:
        key = (color, style)
        if key not in self._icons:
            self._icons[key] = swatch(color, style)
        return self._icons[key]
