"""The "Why do the scores differ?" table: the book's recipe, then MLPClassifier's differences
switched on one at a time, each variant trained, ending at MLPClassifier itself.

A student reads down the table and sees which difference moves the validation accuracy (the
last column says by how much), and that with all of them on our network *is* MLPClassifier:
the last two rows agree. The dialog shows the comparison's ``differences`` study (computed in
the background, with progress and Cancel) and words the variants by key in the window's
language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.differences import DifferenceTable, Variant
from engine.hyperparameters import RECIPES
from gui.language import Retranslatable
from gui.run_names import settings_summary
from gui.studies import Study
from gui.tooltips import wrap_long_tooltips

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises
NOTE_STYLE = "color: #555;"
COLUMNS = 5  # variant, epochs, training loss, validation accuracy, change


def variant_label(variant: Variant, momentum: float) -> str:
    """A row's name in the window's language, by its key."""
    sklearn = RECIPES["sklearn"]
    labels = {
        "book": translate("Differences", "The book's recipe"),
        "init": translate("Differences", "+ its initialisation (Glorot uniform, biases too)"),
        "shuffle": translate("Differences", "+ its shuffling (a cumulative reshuffle)"),
        "momentum": translate("Differences", "+ SGD with Nesterov momentum {0:g}").format(momentum),
        "loss": translate("Differences", "+ its training loss (L2 counted per mini-batch)"),
        "stopping": translate(
            "Differences", "+ its stopping rule ({0} epochs without a {1:g} gain)"
        ).format(sklearn["n_iter_no_change"], sklearn["tol"]),
        "mlpclassifier": translate("Differences", "MLPClassifier itself"),
    }
    return labels.get(variant.key, variant.label)


def _change(difference: float) -> str:
    """A change of accuracy: "+0.0110", "-0.0110", or "0" when the row changed nothing (to
    rounding: 90/91 computed twice may differ in its last bit)."""
    return "0" if abs(difference) < 1e-12 else f"{difference:+.4f}"


class DifferenceDialog(Retranslatable, QDialog):
    """The table, its progress while it is computed, and what it shows. ``rerun_requested``:
    "Compute again" was pressed (for the settings the window shows now)."""

    rerun_requested = Signal()

    def __init__(self, study: Study, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._study = study
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.settings = QLabel()
        self.settings.setWordWrap(True)
        self.settings.setStyleSheet(NOTE_STYLE)
        self.progress = QProgressBar()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: bold;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(study.cancel)
        self.rerun_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.rerun_button.clicked.connect(self.rerun_requested)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.settings, self.progress):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        for widget in (self.verdict, self.notes, self.buttons):
            layout.addWidget(widget)
        study.changed.connect(self._show)
        self.resize(860, 440)
        self.retranslate()
        wrap_long_tooltips(self)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Why do the scores differ?"))
        self.intro.setText(
            self.tr(
                "Our network and MLPClassifier differ in four places. Each row switches one "
                "more of them on and trains again; the last row is MLPClassifier itself. Read "
                "down the last column to see which difference changes the score."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Variant"),
                self.tr("Epochs"),
                self.tr("Training loss"),
                self.tr("Validation accuracy"),
                self.tr("Change"),
            ]
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.rerun_button.setText(self.tr("Compute again"))
        self.rerun_button.setToolTip(self.tr("Compute the table for the settings shown now."))
        self._show()

    @Slot()
    def _show(self) -> None:
        state = self._study.state()
        running = state.state == "running"
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.rerun_button.setVisible(not running)
        if running:
            self.progress.setRange(0, max(state.total, 1))
            self.progress.setValue(state.done)
            self.progress.setFormat(self.tr("Training variant %v of %m…"))
        if state.data is not None and state.hp is not None:
            seed = state.hp.seed if state.seed is None else state.seed
            self.settings.setText(
                self.tr("Settings: {0}. Every row uses seed {1}.").format(
                    settings_summary(state.data, state.hp), seed
                )
            )
        table = state.result if state.state == "done" else None
        self._fill(table)
        if state.state == "failed":
            self.verdict.setText(
                self.tr("The table could not be computed: {0}").format(
                    state.details.strip().splitlines()[-1] if state.details.strip() else ""
                )
            )
        elif state.state == "cancelled":
            self.verdict.setText(self.tr("Cancelled. Press Compute again to start over."))
        elif running:
            self.verdict.setText("")

    def _fill(self, table: DifferenceTable | None) -> None:
        rows = [] if table is None else table.rows
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        previous = None
        for row, variant in enumerate(rows):
            change = "" if previous is None else _change(variant.val_acc - previous)
            epochs = f"{variant.epochs}*" if variant.stopped_early else str(variant.epochs)
            texts = (
                variant_label(variant, table.momentum),
                epochs,
                f"{variant.train_loss:.6f}",
                f"{variant.val_acc:.4f}",
                change,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == COLUMNS - 1 and change not in ("", "0"):
                    item.setFont(bold)
                if column == 2:
                    item.setToolTip(self._loss_words(variant.loss))
                self.table.setItem(row, column, item)
            previous = variant.val_acc
        if table is None:
            self.notes.setText("")
            return
        self.verdict.setText(
            self.tr(
                "The last two rows agree: with all its differences switched on, our network "
                "trains exactly as MLPClassifier does."
            )
            if table.matches
            else self.tr(
                "The last two rows do not agree here: MLPClassifier does something these "
                "settings do not reproduce."
            )
        )
        notes = [
            self.tr(
                "* stopped early by the stopping rule. Training losses above the 'training "
                "loss' row count the L2 penalty once per epoch (the book), from it on once per "
                "mini-batch (scikit-learn)."
            )
        ]
        if table.l1_dropped:
            notes.append(self.tr("MLPClassifier has no L1 penalty: every row trains with L1 = 0."))
        self.notes.setText(" ".join(notes))

    def _loss_words(self, loss: str) -> str:
        if loss == "book":
            return self.tr("The book's training loss: the L2 penalty once per epoch.")
        return self.tr("scikit-learn's loss_curve_: the L2 penalty once per mini-batch.")
