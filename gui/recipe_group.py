"""The recipe in the window: how training differs between the book and scikit-learn's
MLPClassifier, as a choice (the book's, scikit-learn's, or custom) over its pieces.

The pieces are the engine's recipe fields other than the start (the initialisation stays in the
Network group, beside the all-ones start it teaches with): the batch order, SGD with momentum
and Nesterov's variant, the stopping rule (``n_iter_no_change`` epochs without a ``tol`` gain)
and the definition of the training loss. The group folds away: most runs are the book's, and
its summary line says what is not.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.hyperparameters import LOSSES, RECIPES, SHUFFLES, Hyperparameters
from gui import settings_store
from gui.language import Retranslatable
from gui.widgets import LogSpinBox, float_spin, set_row_texts, signals_blocked

CUSTOM = "custom"
NEVER = 0  # the stopping rule's spin box minimum, shown as "never": every epoch runs
MAX_PATIENCE = 100_000
MAX_MOMENTUM = 0.999
BOOLEANS = ("false", "true")


class RecipeGroup(Retranslatable, QGroupBox):
    """The recipe choice and its pieces. ``recipe_chosen(name)``: the user picked the book's
    or scikit-learn's recipe (the form sets every field, the start included); ``changed``:
    a piece was edited."""

    recipe_chosen = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        book = Hyperparameters()
        self._shown = book  # the settings the summary describes
        self.recipe = QComboBox()
        for key in (*RECIPES, CUSTOM):
            self.recipe.addItem("", key)
        self.recipe.activated.connect(self._on_recipe)
        self.expand = QToolButton()
        self.expand.setCheckable(True)
        self.expand.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.expand.setAutoRaise(True)
        self.expand.toggled.connect(self._on_expand)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setStyleSheet("color: #555; font-weight: normal;")
        self.shuffle = QComboBox()
        for key in SHUFFLES:
            self.shuffle.addItem("", key)
        self.momentum = float_spin(0.0, MAX_MOMENTUM, 0.1, 3, book.momentum)
        self.nesterov = QCheckBox()
        self.nesterov.setChecked(book.nesterov)
        self.patience = QSpinBox()
        self.patience.setRange(NEVER, MAX_PATIENCE)
        self.tol = LogSpinBox(1e-10, 1.0)
        self.tol.setValue(book.tol)
        self.loss = QComboBox()
        for key in LOSSES:
            self.loss.addItem("", key)
        # Never wider than the column: a long item is cut in the box, whole in the list.
        for combo in (self.recipe, self.shuffle, self.loss):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[QWidget, QLabel] = {}
        for field in (self.shuffle, self.momentum, self.nesterov, self.patience, self.tol):
            self._row(form, field)
        self._row(form, self.loss)
        top = QHBoxLayout()
        top.addWidget(self.recipe, 1)
        top.addWidget(self.expand)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self.setStyleSheet("QGroupBox { font-weight: bold; }")
        self.details.setVisible(False)
        for combo in (self.shuffle, self.loss):
            combo.currentIndexChanged.connect(self._on_piece)
        for spin in (self.momentum, self.patience, self.tol):
            spin.valueChanged.connect(self._on_piece)
        self.nesterov.toggled.connect(self._on_piece)
        self.retranslate()

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        label = QLabel()
        label.setStyleSheet("font-weight: normal;")
        label.setBuddy(field)
        self._labels[field] = label
        form.addRow(label, field)

    def labels(self) -> list[QLabel]:
        """The rows' labels, so the form can give all its labels one width."""
        return list(self._labels.values())

    # ------------------------------------------------------------------ values

    def pieces(self) -> dict[str, object]:
        """The recipe fields these widgets set (all but the start)."""
        patience = self.patience.value()
        return {
            "shuffle": self.shuffle.currentData(),
            "momentum": self.momentum.value(),
            "nesterov": self.nesterov.isChecked(),
            "n_iter_no_change": None if patience == NEVER else patience,
            "tol": self.tol.value(),
            "loss": self.loss.currentData(),
        }

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.shuffle, self.momentum, self.nesterov, self.patience, self.tol, self.loss)

    def show_pieces(self, hp: Hyperparameters) -> None:
        """Show ``hp``'s pieces (without reporting a change)."""
        with signals_blocked(*self.widgets()):
            self.shuffle.setCurrentIndex(self.shuffle.findData(hp.shuffle))
            self.momentum.setValue(hp.momentum)
            self.nesterov.setChecked(hp.nesterov)
            self.patience.setValue(NEVER if hp.n_iter_no_change is None else hp.n_iter_no_change)
            self.tol.setValue(hp.tol)
            self.loss.setCurrentIndex(self.loss.findData(hp.loss))
        self.show_recipe(hp)

    def show_recipe(self, hp: Hyperparameters) -> None:
        """The choice that names ``hp``'s recipe, what only matters with another piece, and
        the summary of what differs from the book."""
        with signals_blocked(self.recipe):
            self.recipe.setCurrentIndex(self.recipe.findData(hp.recipe() or CUSTOM))
        self.nesterov.setEnabled(hp.momentum > 0)
        self.tol.setEnabled(hp.n_iter_no_change is not None)
        self._shown = hp
        self.summary.setText(self._summary(hp))

    @Slot(int)
    def _on_recipe(self, index: int) -> None:
        key = self.recipe.itemData(index)
        if key in RECIPES:
            self.recipe_chosen.emit(key)
        else:  # "custom" is where the pieces are: show them
            self.expand.setChecked(True)

    @Slot()
    def _on_piece(self) -> None:
        self.changed.emit()

    @Slot(bool)
    def _on_expand(self, expanded: bool) -> None:
        self.details.setVisible(expanded)
        self.expand.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    # ------------------------------------------------------------------ settings

    def save_settings(self, settings: QSettings) -> None:
        """The pieces, numbers as the text that reads back to the same bits."""
        pieces = self.pieces()
        settings.setValue("shuffle", pieces["shuffle"])
        settings_store.write_number(settings, "momentum", pieces["momentum"])
        settings.setValue("nesterov", BOOLEANS[pieces["nesterov"]])
        settings_store.write_number(settings, "n_iter_no_change", self.patience.value())
        settings_store.write_number(settings, "tol", pieces["tol"])
        settings.setValue("loss", pieces["loss"])
        settings.setValue("recipe_open", BOOLEANS[self.expand.isChecked()])

    def restore_settings(self, settings: QSettings) -> dict[str, object]:
        """Show the pieces folded or not as ``save_settings`` left them; returns the recipe
        fields it wrote (the book's for what is unreadable), for the form to show."""
        book = Hyperparameters()
        patience = settings_store.read_int(settings, "n_iter_no_change", NEVER, NEVER, MAX_PATIENCE)
        read = settings_store.read_choice
        self.expand.setChecked(read(settings, "recipe_open", "false", BOOLEANS) == "true")
        return {
            "shuffle": read(settings, "shuffle", book.shuffle, SHUFFLES),
            "momentum": settings_store.read_float(
                settings, "momentum", book.momentum, 0.0, MAX_MOMENTUM
            ),
            "nesterov": read(settings, "nesterov", BOOLEANS[book.nesterov], BOOLEANS) == "true",
            "n_iter_no_change": None if patience == NEVER else patience,
            "tol": settings_store.read_float(
                settings, "tol", book.tol, self.tol.minimum(), self.tol.maximum()
            ),
            "loss": read(settings, "loss", book.loss, LOSSES),
        }

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recipe"))
        names = {
            "book": self.tr("The book's"),
            "sklearn": self.tr("scikit-learn's"),
            CUSTOM: self.tr("Custom"),
        }
        for key, text in names.items():
            self.recipe.setItemText(self.recipe.findData(key), text)
        self.recipe.setToolTip(
            self.tr(
                "How training goes beyond the network itself. The book's: plain mini-batch "
                "gradient descent for every epoch. scikit-learn's: MLPClassifier's start, "
                "shuffling, Nesterov momentum 0.9 and stopping rule, which reproduce its numbers "
                "exactly. Custom: any mix of the pieces."
            )
        )
        self.expand.setText(self.tr("Pieces"))
        self.expand.setToolTip(self.tr("Show or hide the recipe's pieces."))
        self.shuffle.setItemText(0, self.tr("the book's"))
        self.shuffle.setItemText(1, self.tr("scikit-learn's"))
        set_row_texts(
            self._labels[self.shuffle],
            self.shuffle,
            self.tr("Shuffling"),
            self.tr(
                "The order of the rows in each epoch: the book draws a fresh permutation per "
                "epoch (none at full batch); scikit-learn reshuffles the last epoch's order, "
                "with its own generator."
            ),
        )
        set_row_texts(
            self._labels[self.momentum],
            self.momentum,
            self.tr("Momentum"),
            self.tr(
                "Each step keeps this share of the previous step and adds the new gradient: "
                "0 is plain gradient descent (the book), MLPClassifier uses 0.9."
            ),
        )
        self.nesterov.setText(self.tr("Nesterov"))
        set_row_texts(
            self._labels[self.nesterov],
            self.nesterov,
            "",
            self.tr(
                "Nesterov's momentum looks one step ahead before it steps; MLPClassifier's "
                "default. Only with momentum above 0."
            ),
        )
        self.patience.setSpecialValueText(self.tr("never"))
        set_row_texts(
            self._labels[self.patience],
            self.patience,
            self.tr("Stop if no gain"),
            self.tr(
                "Stop once the training loss has not fallen by the tolerance for more than this "
                "many epochs in a row, as MLPClassifier does (10); never: every epoch runs, as "
                "in the book."
            ),
        )
        self.patience.setSuffix(self.tr(" epochs"))
        set_row_texts(
            self._labels[self.tol],
            self.tol,
            self.tr("Tolerance"),
            self.tr("The least fall of the training loss that counts as a gain (tol, 1e-4)."),
        )
        self.loss.setItemText(0, self.tr("the book's"))
        self.loss.setItemText(1, self.tr("scikit-learn's"))
        set_row_texts(
            self._labels[self.loss],
            self.loss,
            self.tr("Loss"),
            self.tr(
                "How the training loss is reported (and watched by the stopping rule): the book "
                "adds the L2 penalty once per epoch, MLPClassifier's loss_curve_ once per "
                "mini-batch. The training itself does not change."
            ),
        )
        self._on_expand(self.expand.isChecked())
        self.summary.setText(self._summary(self._shown))

    def _summary(self, hp: Hyperparameters) -> str:
        """The recipe in a line: what differs from the book's, piece by piece."""
        name = hp.recipe()
        if name == "book":
            return self.tr("Plain mini-batch gradient descent, every epoch.")
        parts = []
        if hp.init == "sklearn":
            parts.append(self.tr("Glorot start"))
        if hp.shuffle != "book":
            parts.append(self.tr("its shuffling"))
        if hp.momentum:
            template = (
                self.tr("Nesterov momentum {0:g}") if hp.nesterov else self.tr("momentum {0:g}")
            )
            parts.append(template.format(hp.momentum))
        if hp.n_iter_no_change is not None:
            parts.append(
                self.tr("stops after {0} epochs without a {1:g} gain").format(
                    hp.n_iter_no_change, hp.tol
                )
            )
        if hp.loss != "book":
            parts.append(self.tr("its loss"))
        return ", ".join(parts) + "."
