"""Our network next to scikit-learn's MLPClassifier, on the same split.

The panel shows the session's comparison and nothing else: whose settings it belongs to, whether
those are still the panel's settings (greyed, with the settings named, once they are not), and
how far scikit-learn got. A grid of word-wrapped labels rather than a table, so no header is ever
cut short at 1024 pixels or in Korean.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.language import Retranslatable
from gui.run_names import settings_summary
from gui.session import RunSession

ROWS = 4  # validation accuracy, training accuracy, epochs run, time
NOTE_STYLE = "color: #555;"
STALE_STYLE = "color: #9a9a9a;"


def _label(wrap: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    """A label that wraps at word boundaries (and so may be narrower than its text) or one
    that is never narrower than its text (a number, a one-word heading)."""
    label = QLabel()
    label.setWordWrap(wrap)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    horizontal = QSizePolicy.Policy.Ignored if wrap else QSizePolicy.Policy.Preferred
    label.setSizePolicy(horizontal, QSizePolicy.Policy.Preferred)
    return label


def fit_longest_word(label: QLabel) -> None:
    """A wrapping label never cuts a word: it is at least as wide as its longest word."""
    metrics = label.fontMetrics()
    words = label.text().split() or [""]
    label.setMinimumWidth(max(metrics.horizontalAdvance(word) for word in words) + 2)


class ComparePanel(Retranslatable, QGroupBox):
    """Four numbers a side, the choice of MLPClassifier setup, and what they mean."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        right = Qt.AlignmentFlag.AlignRight
        self._heads = [_label(True, right), _label(False, right)]
        self._row_names = [_label(True) for _ in range(ROWS)]
        self._cells = [[_label(False, right) for _ in range(2)] for _ in range(ROWS)]
        for column, head in enumerate(self._heads, start=1):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        for row in range(ROWS):
            grid.addWidget(self._row_names[row], row + 1, 0)
            for column in range(2):
                grid.addWidget(self._cells[row][column], row + 1, column + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.stale = _label(True)
        self.stale.setStyleSheet(NOTE_STYLE)
        self.notes = _label(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.book = QRadioButton()
        self.same = QRadioButton()
        self.book_detail = _label(True)
        self.same_detail = _label(True)
        for detail in (self.book_detail, self.same_detail):
            detail.setStyleSheet(NOTE_STYLE)
            detail.setIndent(22)
        group = QButtonGroup(self)
        group.addButton(self.book)
        group.addButton(self.same)
        (self.book if session.comparison.setup() == "book" else self.same).setChecked(True)
        self.book.toggled.connect(self._setup_toggled)
        self.why = _label(True)
        self.why.setStyleSheet(NOTE_STYLE)
        self.l1_note = _label(True)
        self.l1_note.setStyleSheet("color: #a33;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        widgets = (
            self.stale,
            self.notes,
            self.book,
            self.book_detail,
            self.same,
            self.same_detail,
            self.why,
            self.l1_note,
        )
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        session.comparison.changed.connect(self._show)
        self.retranslate()

    def set_setup(self, setup: str) -> None:
        """Choose the setup as the radio buttons do (and the session compares again)."""
        (self.book if setup == "book" else self.same).setChecked(True)

    def setup(self) -> str:
        return "book" if self.book.isChecked() else "same"

    def _setup_toggled(self) -> None:
        self._session.set_compare_setup(self.setup())

    def cell(self, row: int, column: int) -> str:
        """The text of one number: ``row`` 0-3 (validation accuracy, training accuracy, epochs,
        time), ``column`` 0 for our network, 1 for MLPClassifier."""
        return self._cells[row][column].text()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Comparison with scikit-learn"))
        self._heads[0].setText(self.tr("Our network"))
        self._heads[1].setText(self.tr("MLPClassifier"))
        names = (
            self.tr("Validation accuracy"),
            self.tr("Training accuracy"),
            self.tr("Epochs run"),
            self.tr("Training time"),
        )
        for label, name in zip(self._row_names, names, strict=True):
            label.setText(name)
        for label in (*self._row_names, self._heads[0]):
            fit_longest_word(label)
        self.book.setText(self.tr("As in the book"))
        self.book_detail.setText(self.tr("momentum 0.9, early stopping"))
        self.book.setToolTip(self.tr("MLPClassifier's defaults, which the book's comparison used."))
        self.same.setText(self.tr("Same algorithm"))
        self.same_detail.setText(self.tr("momentum 0, all epochs"))
        self.same.setToolTip(
            self.tr("Plain mini-batch gradient descent, like our network, for a fair comparison.")
        )
        self.why.setText(
            self.tr(
                "Scores can differ even with the same settings: MLPClassifier starts from other "
                "random weights, and 'as in the book' adds momentum and stops early."
            )
        )
        self._show()

    @Slot()
    def _show(self) -> None:
        comparison = self._session.comparison.state()
        dash = "—"
        ours = [dash] * ROWS
        if comparison.ours is not None:
            o = comparison.ours
            train = dash if math.isnan(o.train_acc) else f"{o.train_acc:.4f}"
            ours = [f"{o.val_acc:.4f}", train, str(o.epochs), f"{o.seconds:.2f} s"]
        theirs = [dash] * ROWS
        words = {
            "running": self.tr("training…"),
            "failed": self.tr("failed"),
            "diverged": self.tr("weights overflowed"),
        }
        r = comparison.theirs
        if comparison.state == "done" and r is not None:
            epochs = f"{r.n_iter}*" if r.stopped_early else str(r.n_iter)
            theirs = [f"{r.val_score:.4f}", f"{r.train_score:.4f}", epochs, f"{r.seconds:.2f} s"]
        elif comparison.state in words:
            theirs = [words[comparison.state]] + [""] * (ROWS - 1)
        style = STALE_STYLE if comparison.stale else ""
        for row in range(ROWS):
            for column, text in enumerate((ours[row], theirs[row])):
                cell = self._cells[row][column]
                cell.setText(text)
                cell.setStyleSheet(style)
        self.stale.setVisible(comparison.stale)
        if comparison.stale and comparison.data is not None and comparison.hp is not None:
            self.stale.setText(
                self.tr(
                    "These numbers belong to earlier settings ({0}). Train to compare the "
                    "settings shown now."
                ).format(settings_summary(comparison.data, comparison.hp))
            )
        lines = []
        if comparison.state == "done" and r is not None:
            # The score depends on its seed (0.967 to 0.989 on the book's data): say which.
            lines.append(
                self.tr("MLPClassifier: random_state {0}, momentum {1:g}.").format(
                    r.seed, r.momentum
                )
            )
            if r.stopped_early:
                lines.append(
                    self.tr("* MLPClassifier stopped early: no 1e-4 improvement in 10 epochs.")
                )
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        # The next comparison is made for the settings shown now.
        settings = self._session.comparison.settings()
        hp = settings[1] if settings is not None else comparison.hp
        l1 = hp.l1 if hp is not None else 0.0
        self.l1_note.setText(
            self.tr("MLPClassifier has no L1 penalty: its run ignores L1 = {0}.").format(l1)
            if l1 > 0
            else ""
        )
        self.l1_note.setVisible(l1 > 0)
