"""Our network next to scikit-learn's MLPClassifier, on the same split."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.reference import SklearnResult
from gui.language import Retranslatable

ROWS = 4  # validation accuracy, training accuracy, epochs run, time


class ComparePanel(Retranslatable, QGroupBox):
    """A 4 x 2 table and the choice of MLPClassifier setup. The numbers are filled by the main
    window; this widget only knows how to show them."""

    setup_changed = Signal(str)  # "book" or "same"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(ROWS, 2)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(header.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stopped = QLabel()
        self.stopped.setWordWrap(True)
        self.stopped.setStyleSheet("color: #555;")
        self.book = QRadioButton()
        self.same = QRadioButton()
        self.book.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.book)
        group.addButton(self.same)
        self.book.toggled.connect(lambda _checked: self.setup_changed.emit(self.setup()))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #555;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #a33;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.stopped)
        layout.addWidget(self.book)
        layout.addWidget(self.same)
        layout.addWidget(self.why)
        layout.addWidget(self.note)
        self._ours: tuple[float, float, int, float] | None = None
        self._theirs: SklearnResult | None = None
        self._theirs_state = ""
        self._l1 = 0.0
        self.retranslate()

    def _fit_table_height(self) -> None:
        """Exactly the four rows: no empty space, no scroll bar."""
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(ROWS))
        self.table.setFixedHeight(height)

    def setup(self) -> str:
        return "book" if self.book.isChecked() else "same"

    def set_setup(self, setup: str) -> None:
        (self.book if setup == "book" else self.same).setChecked(True)

    def set_ours(self, val_acc: float, train_acc: float, epochs: int, seconds: float) -> None:
        self._ours = (val_acc, train_acc, epochs, seconds)
        self._fill()

    def clear_ours(self) -> None:
        self._ours = None
        self._fill()

    def set_theirs_running(self) -> None:
        self._theirs, self._theirs_state = None, "running"
        self._fill()

    def set_theirs(self, result: SklearnResult | None, state: str = "") -> None:
        """``state`` says why there is no result: "failed" or "diverged"."""
        self._theirs, self._theirs_state = result, state
        self._fill()

    def theirs(self) -> SklearnResult | None:
        return self._theirs

    def set_l1(self, l1: float) -> None:
        self._l1 = l1
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Comparison with scikit-learn"))
        self.table.setHorizontalHeaderLabels([self.tr("Our network"), self.tr("MLPClassifier")])
        self.table.setVerticalHeaderLabels(
            [
                self.tr("Validation accuracy"),
                self.tr("Training accuracy"),
                self.tr("Epochs run"),
                self.tr("Training time"),
            ]
        )
        self.book.setText(self.tr("As in the book (momentum 0.9, early stopping)"))
        self.book.setToolTip(self.tr("MLPClassifier's defaults, which the book's comparison used."))
        self.same.setText(self.tr("Same algorithm (momentum 0, all epochs)"))
        self.same.setToolTip(
            self.tr("Plain mini-batch gradient descent, like our network, for a fair comparison.")
        )
        self.why.setText(
            self.tr(
                "Scores can differ even with the same settings: MLPClassifier starts from other "
                "random weights, and 'as in the book' adds momentum and stops early."
            )
        )
        self.note.setText(
            self.tr("MLPClassifier has no L1 penalty: its run ignores L1 = {0}.").format(self._l1)
            if self._l1 > 0
            else ""
        )
        self.note.setVisible(self._l1 > 0)
        self._fill()

    def _fill(self) -> None:
        dash = "—"
        ours = [dash] * ROWS
        if self._ours is not None:
            val_acc, train_acc, epochs, seconds = self._ours
            ours = [f"{val_acc:.4f}", f"{train_acc:.4f}", str(epochs), f"{seconds:.2f} s"]
        theirs = [dash] * ROWS
        if self._theirs is not None:
            r = self._theirs
            theirs = [
                f"{r.val_score:.4f}",
                f"{r.train_score:.4f}",
                f"{r.n_iter}*" if r.stopped_early else str(r.n_iter),
                f"{r.seconds:.2f} s",
            ]
        elif self._theirs_state == "running":
            theirs = [self.tr("training…")] + [""] * (ROWS - 1)
        elif self._theirs_state == "failed":
            theirs = [self.tr("failed")] + [""] * (ROWS - 1)
        elif self._theirs_state == "diverged":
            theirs = [self.tr("weights overflowed")] + [""] * (ROWS - 1)
        for row in range(ROWS):
            for col, text in enumerate((ours[row], theirs[row])):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        lines = []
        if self._theirs is not None:
            # The score depends on its seed (0.967 to 0.989 on the book's data): say which.
            lines.append(
                self.tr("MLPClassifier: random_state {0}, momentum {1:g}.").format(
                    self._theirs.seed, self._theirs.momentum
                )
            )
            if self._theirs.stopped_early:
                lines.append(
                    self.tr("* MLPClassifier stopped early: no 1e-4 improvement in 10 epochs.")
                )
        self.stopped.setText("\n".join(lines))
        self.stopped.setVisible(bool(lines))
        self._fit_table_height()
