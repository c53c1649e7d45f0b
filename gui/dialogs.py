"""Small dialogs of the window: the code of "Copy as Python" and the batch-size list of a sweep."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from engine.hyperparameters import MAX_BATCH, MAX_SWEEP, BatchSizesError
from engine.hyperparameters import parse_batch_sizes as engine_parse_batch_sizes

DEFAULT_SWEEP = "1, 8, 32, 128, full"


def parse_batch_sizes(text: str) -> list[int | None]:
    """The engine's parser, its messages in the window's language."""
    try:
        return engine_parse_batch_sizes(text)
    except BatchSizesError as exc:
        messages = {
            "entry": QCoreApplication.translate(
                "Sweep",
                "'{0}' is not a batch size: use whole numbers from 1 to {1}, or 'full', "
                "separated by commas.",
            ).format(exc.entry, MAX_BATCH),
            "empty": QCoreApplication.translate(
                "Sweep", "Give at least one batch size, e.g. 1, 32, full."
            ),
            "too_many": QCoreApplication.translate(
                "Sweep", "At most {0} batch sizes in one sweep."
            ).format(MAX_SWEEP),
        }
        raise ValueError(messages[exc.kind]) from exc


class CodeDialog(QDialog):
    """Shows the code and puts it on the clipboard at once: the student came to paste it."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy as Python"))
        self.code = QPlainTextEdit(code)
        self.code.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        note = QLabel(
            self.tr(
                "Copied to the clipboard. It needs only NumPy and scikit-learn: paste it into a "
                "notebook or run it as a file, and it reproduces this run and the MLPClassifier "
                "the comparison panel shows."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy again"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.code, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.copy()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.toPlainText())


def show_about(parent: QWidget) -> None:
    """What the app is for, in one sentence: the book and the section it follows."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Minibatch Lab"),
        QCoreApplication.translate(
            "MainWindow",
            "Minibatch Lab trains the two-layer network of “Do it! 딥러닝 입문”, section 6-3, "
            "with mini-batch gradient descent, and shows the loss curves as they grow.",
        ),
    )
