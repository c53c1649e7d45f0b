"""Our network next to scikit-learn's MLPClassifier, on the same split.

The panel shows the session's comparison and nothing else: whose settings it belongs to, whether
those are still the panel's settings (greyed, with the settings named, once they are not), and
how far scikit-learn got. Beside the measured accuracies it states what the book prints (0.978
and 0.989): a student who sees a tie must see that the book did not. MLPClassifier's seed is a
control of its own, and the study over ten seeds fills the same columns, so "0.978 against
0.989" can be seen as the luck of one seed. A grid of word-wrapped labels rather than a table,
so no header is ever cut short at 1024 pixels or in Korean.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.hyperparameters import Hyperparameters
from engine.reference import SETUPS
from engine.seeds import BOOK_OURS, BOOK_SKLEARN
from gui import settings_store
from gui.flow_layout import FlowLayout
from gui.language import Retranslatable
from gui.run_names import settings_summary
from gui.session import RunSession

ROWS = 4  # validation accuracy, training accuracy, epochs run, time
SEED_ROWS = 4  # lowest, median, highest, how many reach the book's 0.989
SAME_SEED = -1  # the seed spin box's minimum: MLPClassifier takes the run's seed
MAX_SEED = 2**31 - 1  # QSpinBox holds a 32-bit signed int
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
    """Four numbers a side with the book's figures, MLPClassifier's setup and seed, the study
    over ten seeds in the same columns, and the way to the "why do the scores differ?" table.

    ``seeds_requested`` and ``explain_requested``: the buttons were pressed (the window knows
    the settings and data to study)."""

    seeds_requested = Signal()
    explain_requested = Signal()

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        model = session.comparison
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        right = Qt.AlignmentFlag.AlignRight
        self._heads = [_label(True, right), _label(False, right)]
        self._row_names = [_label(True) for _ in range(ROWS)]
        self._cells = [[_label(False, right) for _ in range(2)] for _ in range(ROWS)]
        self._book_name = _label(True)
        self._book_name.setIndent(12)
        self._book_cells = [_label(False, right) for _ in range(2)]
        self.seeds_title = _label(True)
        self._seed_names = [_label(True) for _ in range(SEED_ROWS)]
        self._seed_cells = [[_label(False, right) for _ in range(2)] for _ in range(SEED_ROWS)]
        for column, head in enumerate(self._heads, start=1):
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        rows = [(self._row_names[0], self._cells[0]), (self._book_name, self._book_cells)]
        rows += list(zip(self._row_names[1:], self._cells[1:], strict=True))
        for row, (name, cells) in enumerate(rows, start=1):
            grid.addWidget(name, row, 0)
            for column, cell in enumerate(cells, start=1):
                grid.addWidget(cell, row, column)
        first = len(rows) + 1
        grid.addWidget(self.seeds_title, first, 0, 1, 3)
        for row in range(SEED_ROWS):
            grid.addWidget(self._seed_names[row], first + 1 + row, 0)
            for column in range(2):
                grid.addWidget(self._seed_cells[row][column], first + 1 + row, column + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        for label in (self._book_name, *self._book_cells, *self._seed_names):
            label.setStyleSheet(NOTE_STYLE)
        self.stale = _label(True)
        self.stale.setStyleSheet(NOTE_STYLE)
        self.notes = _label(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.book = QRadioButton()
        self.same = QRadioButton()
        self.setup_detail = _label(True)
        self.setup_detail.setStyleSheet(NOTE_STYLE)
        self.setup_detail.setIndent(22)
        group = QButtonGroup(self)
        group.addButton(self.book)
        group.addButton(self.same)
        (self.book if model.setup() == "book" else self.same).setChecked(True)
        self.book.toggled.connect(self._setup_toggled)
        setups = QHBoxLayout()
        setups.addWidget(self.book)
        setups.addWidget(self.same)
        setups.addStretch(1)
        self.seed_label = QLabel()
        self.seed = QSpinBox()
        self.seed.setRange(SAME_SEED, MAX_SEED)
        self.seed.setValue(SAME_SEED if model.seed() is None else model.seed())
        self.seed.setKeyboardTracking(False)  # refit once the number is typed, not per key
        self.seed.valueChanged.connect(self._seed_changed)
        self.seed_label.setBuddy(self.seed)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_label)
        seed_row.addWidget(self.seed, 1)
        self.seeds_button = QPushButton()
        self.seeds_button.clicked.connect(self._seeds_clicked)
        self.explain_button = QPushButton()
        self.explain_button.clicked.connect(self.explain_requested)
        buttons = FlowLayout()
        buttons.add_widgets(self.seeds_button, self.explain_button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.study_note = _label(True)
        self.study_note.setStyleSheet(NOTE_STYLE)
        self.l1_note = _label(True)
        self.l1_note.setStyleSheet("color: #a33;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        for widget in (self.stale, self.notes):
            layout.addWidget(widget)
        layout.addLayout(setups)
        layout.addWidget(self.setup_detail)
        layout.addLayout(seed_row)
        layout.addLayout(buttons)
        for widget in (self.progress, self.study_note, self.l1_note):
            layout.addWidget(widget)
        layout.addStretch(1)
        model.changed.connect(self._show)
        model.changed.connect(self._show_seeds)  # settings moved on: the study may be stale
        model.seeds.changed.connect(self._show_seeds)
        self.retranslate()

    def set_setup(self, setup: str) -> None:
        """Choose the setup as the radio buttons do (and the session compares again)."""
        (self.book if setup == "book" else self.same).setChecked(True)

    def setup(self) -> str:
        return "book" if self.book.isChecked() else "same"

    def set_seed(self, seed: int | None) -> None:
        """MLPClassifier's random_state as the spin box sets it; None: the run's seed."""
        self.seed.setValue(SAME_SEED if seed is None else seed)

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("compare/setup", self._session.comparison.setup())
        settings_store.write_number(settings, "compare/seed", self.seed.value())

    def restore_settings(self, settings: QSettings) -> None:
        self.set_setup(settings_store.read_choice(settings, "compare/setup", "book", SETUPS))
        self.seed.setValue(
            settings_store.read_int(settings, "compare/seed", SAME_SEED, SAME_SEED, MAX_SEED)
        )

    def _setup_toggled(self) -> None:
        self._session.set_compare_setup(self.setup())
        self._show()

    def _seed_changed(self, value: int) -> None:
        seed = None if value == SAME_SEED else value
        self._session.comparison.set_seed(seed, refit=not self._session.is_busy())

    def _seeds_clicked(self) -> None:
        study = self._session.comparison.seeds
        study.cancel() if study.is_running() else self.seeds_requested.emit()

    def cell(self, row: int, column: int) -> str:
        """The text of one number: ``row`` 0-3 (validation accuracy, training accuracy, epochs,
        time), ``column`` 0 for our network, 1 for MLPClassifier."""
        return self._cells[row][column].text()

    def book_cell(self, column: int) -> str:
        """The book's printed validation accuracy: ``column`` 0 ours, 1 MLPClassifier."""
        return self._book_cells[column].text()

    def seeds_cell(self, row: int, column: int) -> str:
        """Over ten seeds: ``row`` 0-3 (lowest, median, highest, reaching 0.989)."""
        return self._seed_cells[row][column].text()

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
        self._book_name.setText(self.tr("in the book"))
        book_tip = self.tr(
            "What the book prints for its MinibatchNetwork(l2=0.01, batch_size=32) after 500 "
            "epochs and for MLPClassifier, which it runs without a random_state: 0.989 is "
            "what most seeds give (23 of seeds 0-29), not all of them."
        )
        for label in (self._book_name, *self._book_cells):
            label.setToolTip(book_tip)
        self._book_cells[0].setText(f"{BOOK_OURS:.4f}")
        self._book_cells[1].setText(f"{BOOK_SKLEARN:.4f}")
        self.seeds_title.setText(self.tr("Validation accuracy over seeds 0-9:"))
        seed_names = (
            self.tr("lowest"),
            self.tr("median"),
            self.tr("highest"),
            f"≥ {BOOK_SKLEARN:.3f}",
        )
        for label, name in zip(self._seed_names, seed_names, strict=True):
            label.setText(name)
            label.setIndent(12)
        self._seed_names[-1].setToolTip(
            self.tr("How many of the ten seeds reach the book's figure for MLPClassifier, 0.989.")
        )
        for label in (*self._row_names, self._heads[0], *self._seed_names, self._book_name):
            fit_longest_word(label)
        self.book.setText(self.tr("As in the book"))
        self.book.setToolTip(self.tr("MLPClassifier's defaults, which the book's comparison used."))
        self.same.setText(self.tr("Same algorithm"))
        self.same.setToolTip(
            self.tr(
                "MLPClassifier with this run's optimiser (its momentum and stopping rule), for a "
                "fair comparison."
            )
        )
        self.seed_label.setText(self.tr("MLPClassifier seed:"))
        self.seed.setSpecialValueText(self.tr("same as Seed"))
        self.seed.setToolTip(
            self.tr(
                "MLPClassifier's random_state: its start and batch order. Its score depends on "
                "it; 'same as Seed' uses the run's seed."
            )
        )
        self.explain_button.setText(self.tr("Why do the scores differ?…"))
        self.explain_button.setToolTip(
            self.tr(
                "Start from the book's recipe and switch on MLPClassifier's differences one at a "
                "time (start, shuffling, momentum, loss, stopping rule), training each, until it "
                "is MLPClassifier itself."
            )
        )
        self.seeds_button.setToolTip(
            self.tr(
                "Train both networks with seeds 0 to 9: how much of the difference is the luck "
                "of one seed."
            )
        )
        self._show()
        self._show_seeds()

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
                lines.append(self.tr("* stopped early: no 1e-4 gain in 10 epochs."))
        elif comparison.state == "failed":
            lines.append(
                self.tr("MLPClassifier failed: {0}").format(_last_line(comparison.details))
            )
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        # The next comparison is made for the settings shown now.
        settings = self._session.comparison.settings()
        data, hp = settings if settings is not None else (comparison.data, comparison.hp)
        book_data = (data.kind if data is not None else "breast_cancer") == "breast_cancer"
        for label in (self._book_name, *self._book_cells):
            label.setVisible(book_data)
        self.setup_detail.setText(self._setup_words(hp))
        l1 = hp.l1 if hp is not None else 0.0
        self.l1_note.setText(
            self.tr("MLPClassifier has no L1 penalty: its run ignores L1 = {0}.").format(l1)
            if l1 > 0
            else ""
        )
        self.l1_note.setVisible(l1 > 0)

    def _setup_words(self, hp: Hyperparameters | None) -> str:
        """What the chosen setup makes MLPClassifier do, for the settings shown."""
        if self.setup() == "book":
            return self.tr("Nesterov momentum 0.9, early stopping")
        hp = hp or Hyperparameters()
        momentum = (
            self.tr("Nesterov momentum {0:g}") if hp.nesterov else self.tr("momentum {0:g}")
        ).format(hp.momentum)
        if hp.n_iter_no_change is None:
            return self.tr("as this run: {0}, every epoch").format(momentum)
        return self.tr("as this run: {0}, early stopping").format(momentum)

    @Slot()
    def _show_seeds(self) -> None:
        """The study over seeds in the table's columns, greyed once the settings moved on."""
        study = self._session.comparison.seeds.state()
        running = study.state == "running"
        self.seeds_button.setText(self.tr("Cancel") if running else self.tr("Over 10 seeds"))
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, max(study.total, 1))
            self.progress.setValue(study.done)
            self.progress.setFormat(self.tr("Over 10 seeds: %p%"))
        result = study.result if study.state == "done" else None
        for label in (self.seeds_title, *self._seed_names):
            label.setVisible(result is not None)
        for row in self._seed_cells:
            for cell in row:
                cell.setVisible(result is not None)
        note = ""
        if study.state == "failed":
            note = self.tr("Over 10 seeds failed: {0}").format(_last_line(study.details))
        elif study.state == "cancelled":
            note = self.tr("Over 10 seeds: cancelled.")
        if result is not None:
            settings = self._session.comparison.settings()
            stale = settings is not None and settings != (study.data, study.hp)
            style = STALE_STYLE if stale else ""
            for column, spread in enumerate((result.ours_spread, result.sklearn_spread)):
                values = (spread.minimum, spread.median, spread.maximum)
                texts = [f"{value:.4f}" for value in values]
                texts.append(self.tr("{0} of {1}").format(spread.reaching, spread.count))
                for row, text in enumerate(texts):
                    self._seed_cells[row][column].setText(text)
                    self._seed_cells[row][column].setStyleSheet(style)
            if stale and study.data is not None and study.hp is not None:
                note = self.tr("Over 10 seeds: for earlier settings ({0}).").format(
                    settings_summary(study.data, study.hp)
                )
        self.study_note.setText(note)
        self.study_note.setVisible(bool(note))


def _last_line(details: str) -> str:
    """An exception's message from its traceback, without the exception's module path."""
    line = details.strip().splitlines()[-1] if details.strip() else ""
    name, _, message = line.partition(": ")
    return message if message and " " not in name else line
