"""Settings to try on a synthetic dataset, offered in one click and never applied silently.

The book's settings are tuned for its breast-cancer data; on two moons they draw an almost
straight boundary. When the student picks moons, circles, XOR or blobs, this bar names the
settings under which the boundary bends (``engine.suggestions``) and why; a click on "Use
suggested settings" puts them into the form, and nothing changes without it. The bar hides when
the form already holds those settings, or when the student closes it (until the next dataset).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from engine.hyperparameters import Hyperparameters
from engine.suggestions import Suggestion, suggestion_for
from gui.language import Retranslatable
from gui.widgets import format_number

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def reason_text(kind: str) -> str:
    """Why these settings, in the window's language (the engine's reason, by dataset)."""
    reasons = {
        "moons": translate(
            "Suggestions",
            "With the book's L2 0.01 and learning rate 0.1 the boundary stays almost straight. "
            "Learning rate 1 and a ten times smaller penalty let it bend around the moons.",
        ),
        "circles": translate(
            "Suggestions",
            "No straight line separates two circles: the boundary must close around the inner "
            "one. No penalty and longer training make it rounder.",
        ),
        "xor": translate(
            "Suggestions",
            "XOR's classes sit in opposite corners: no straight line separates them, which is "
            "why the book adds a hidden layer. No penalty and longer training sharpen the "
            "boundary's corners.",
        ),
        "blobs": translate(
            "Suggestions",
            "A straight line separates two blobs, so the boundary should stay straight: these "
            "settings only reach it in fewer epochs.",
        ),
    }
    return reasons[kind]


class SuggestionBar(Retranslatable, QFrame):
    """ "Suggested for moons: …" with the reason and a button. ``accepted(hp)``: the user
    chose the suggested settings (the form's settings with the suggestion applied)."""

    accepted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._kind = ""
        self._hp = Hyperparameters()
        self._dismissed = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "SuggestionBar { background: #eef5fb; border: 1px solid #9cc3e0; border-radius: 3px; }"
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #333;")
        self.use = QPushButton()
        self.use.clicked.connect(self._use)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._dismiss)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 8)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(self.use, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self.setVisible(False)

    def suggestion(self) -> Suggestion | None:
        """What the bar offers now, if anything."""
        suggestion = suggestion_for(self._kind)
        if suggestion is None or self._dismissed or not suggestion.differs_from(self._hp):
            return None
        return suggestion

    def set_kind(self, kind: str) -> None:
        """A dataset was chosen: offer its settings (again, even if closed before)."""
        self._kind, self._dismissed = kind, False
        self._refresh()

    def set_hyperparameters(self, hp: Hyperparameters) -> None:
        """The form's settings now: once they are the suggestion, there is nothing to offer."""
        self._hp = hp
        self._refresh()

    def retranslate(self) -> None:
        self.use.setText(self.tr("Use suggested settings"))
        self.use.setToolTip(
            self.tr("Put these settings into the form; the seed stays, the recipe is the book's.")
        )
        self.close_button.setToolTip(self.tr("Hide the suggestion for this dataset."))
        self._refresh()

    def _refresh(self) -> None:
        suggestion = self.suggestion()
        self.setVisible(suggestion is not None)
        if suggestion is None:
            return
        names = {
            "moons": self.tr("moons"),
            "circles": self.tr("circles"),
            "xor": self.tr("XOR"),
            "blobs": self.tr("blobs"),
        }
        suggested = suggestion.apply(self._hp)
        parts = [
            self.tr("learning rate {0}").format(format_number(suggested.learning_rate)),
            f"L2 {format_number(suggested.l2)}",
            self.tr("{0} epochs").format(suggested.epochs),
        ]
        if suggested.units != self._hp.units:
            parts.append(self.tr("{0} hidden units").format(suggested.units))
        if suggested.batch_size != self._hp.batch_size:
            parts.append(self.tr("batch {0}").format(suggested.batch_label()))
        if suggested.l1 != self._hp.l1:
            parts.append(f"L1 {format_number(suggested.l1)}")
        if self._hp.recipe() != "book":
            parts.append(self.tr("the book's recipe"))
        self.title.setText(
            self.tr("Suggested for {0}: {1}.").format(names[self._kind], ", ".join(parts))
        )
        self.reason.setText(reason_text(self._kind))

    @Slot()
    def _use(self) -> None:
        suggestion = self.suggestion()
        if suggestion is not None:
            self.accepted.emit(suggestion.apply(self._hp))

    @Slot()
    def _dismiss(self) -> None:
        self._dismissed = True
        self._refresh()
