"""The knobs of the book's network: hidden units and initialisation, then batch size, learning
rate, L1, L2, epochs and seed, each with a tooltip that teaches what it does, and the recipe
(the book's training or scikit-learn's, piece by piece: ``recipe_group``).

The form turns widget values into the engine's ``Hyperparameters`` and back, and keeps them in
the settings file exactly (see ``settings_store``). The number a student sees next to the batch
size (updates per epoch) is computed by the engine, so form and training never disagree.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, QSize, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.hyperparameters import MAX_BATCH, Hyperparameters
from engine.network import INITS
from gui import settings_store
from gui.language import Retranslatable
from gui.recipe_group import RecipeGroup
from gui.suggestion_bar import SuggestionBar
from gui.widgets import LogSpinBox, float_spin, int_spin, set_row_texts, signals_blocked

FULL_BATCH = 0  # the batch spin box's minimum, shown as "full"
BATCH_PRESETS = (1, 16, 32, 64, 128, FULL_BATCH)
MAX_UNITS = 1000
MAX_EPOCHS = 100_000
MAX_SEED = 2**31 - 1  # QSpinBox holds a 32-bit signed int


class TrainingForm(Retranslatable, QWidget):
    """Two group boxes, Network and Training; ``changed`` when any value changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = Hyperparameters()
        self._n_train = 1
        self._units = int_spin(1, MAX_UNITS, defaults.units)
        self._init = QComboBox()
        self._init.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._init.setMinimumContentsLength(8)
        for key in INITS:
            self._init.addItem("", key)
        self.batch = int_spin(FULL_BATCH, MAX_BATCH, defaults.batch_size or FULL_BATCH)
        self._presets: dict[int, QToolButton] = {}
        for size in BATCH_PRESETS:
            button = QToolButton()
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, size=size: self.batch.setValue(size))
            # A click on the preset already chosen must leave it checked.
            button.clicked.connect(self._sync_presets)
            self._presets[size] = button
        self.updates_hint = QLabel()
        self.updates_hint.setWordWrap(True)
        self._learning_rate = LogSpinBox()
        self._learning_rate.setValue(defaults.learning_rate)
        self._l1 = float_spin(0.0, 10.0, 0.001, 4, defaults.l1)
        self._l2 = float_spin(0.0, 10.0, 0.01, 4, defaults.l2)
        self._epochs = int_spin(1, MAX_EPOCHS, defaults.epochs)
        self._seed = int_spin(0, MAX_SEED, defaults.seed)

        self._labels: dict[QWidget, QLabel] = {}
        self.network_group = QGroupBox()
        network = self._form(self.network_group)
        self._row(network, self._units)
        self._row(network, self._init)
        self.training_group = QGroupBox()
        training = self._form(self.training_group)
        self._row(training, self.batch)
        presets = QHBoxLayout()
        presets.setSpacing(2)
        for button in self._presets.values():
            presets.addWidget(button)
        training.addRow(presets)
        training.addRow(self.updates_hint)
        for field in (self._learning_rate, self._l1, self._l2, self._epochs, self._seed):
            self._row(training, field)
        self.recipe_group = RecipeGroup()
        self.suggestion = SuggestionBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestion)
        for group in (self.network_group, self.training_group):
            group.setStyleSheet("QGroupBox { font-weight: bold; }")
            layout.addWidget(group)
        layout.addWidget(self.recipe_group)
        self._sync_presets()
        self.retranslate()
        for field in self._spins():
            field.valueChanged.connect(self._on_changed)
        self._init.currentIndexChanged.connect(self._on_changed)
        self.recipe_group.changed.connect(self._on_changed)
        self.recipe_group.recipe_chosen.connect(self.use_recipe)
        self.suggestion.accepted.connect(self.set_hyperparameters)

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        layout = QFormLayout(group)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return layout

    def _row(self, layout: QFormLayout, field: QWidget) -> None:
        label = QLabel()
        label.setBuddy(field)
        self._labels[field] = label
        layout.addRow(label, field)

    def _spins(self) -> tuple[QSpinBox | QDoubleSpinBox, ...]:
        return (
            self._units,
            self.batch,
            self._learning_rate,
            self._l1,
            self._l2,
            self._epochs,
            self._seed,
        )

    def _set_row(self, field: QWidget, text: str, tooltip: str) -> None:
        set_row_texts(self._labels[field], field, text, tooltip)

    def retranslate(self) -> None:
        self.network_group.setTitle(self.tr("Network"))
        self.training_group.setTitle(self.tr("Training"))
        self._set_row(
            self._units,
            self.tr("Hidden units"),
            self.tr(
                "How many neurons the hidden layer has; more units can draw more complex "
                "boundaries, and overfit more easily."
            ),
        )
        self._init.setItemText(self._init.findData("random"), self.tr("Random (normal)"))
        self._init.setItemText(self._init.findData("ones"), self.tr("All ones (symmetry)"))
        self._init.setItemText(self._init.findData("sklearn"), self.tr("Glorot (scikit-learn)"))
        # Every start's whole name in view, even when the column scrolls.
        option = QStyleOptionComboBox()
        self._init.initStyleOption(option)
        metrics = self._init.fontMetrics()
        names = (self._init.itemText(i) for i in range(self._init.count()))
        text = QSize(max(metrics.horizontalAdvance(name) for name in names), 1)
        self._init.setMinimumWidth(
            self._init.style()
            .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self._init)
            .width()
        )
        self._set_row(
            self._init,
            self.tr("Initialisation"),
            self.tr(
                "How the weights start: random values let the hidden units differ, all ones "
                "make every hidden unit learn exactly the same thing; Glorot uniform is "
                "MLPClassifier's start, drawn as it draws it from the seed."
            ),
        )
        self._set_row(
            self.batch,
            self.tr("Batch size"),
            self.tr(
                "How many training rows are used for each weight update: 1 = stochastic gradient "
                "descent, full = batch gradient descent."
            ),
        )
        self.batch.setSpecialValueText(self.tr("full"))
        for size, button in self._presets.items():
            if size == FULL_BATCH:
                button.setText(self.tr("full"))
                button.setToolTip(
                    self.tr("Use every training row in each update (batch gradient descent).")
                )
            else:
                button.setText(str(size))
                button.setToolTip(self.tr("Set the batch size to {size}.").format(size=size))
        self._set_row(
            self._learning_rate,
            self.tr("Learning rate"),
            self.tr(
                "How far each update moves the weights against the gradient: too large and the "
                "loss jumps, too small and learning crawls; the arrows step 1-2-5, the book "
                "uses 0.1."
            ),
        )
        self._set_row(
            self._l1,
            self.tr("L1"),
            self.tr(
                "Penalty l1·Σ|W| added to the loss; pushes unhelpful weights to exactly zero, "
                "0 turns it off."
            ),
        )
        self._set_row(
            self._l2,
            self.tr("L2"),
            self.tr(
                "Penalty l2·ΣW²/2 added to the loss; keeps weights small and reduces "
                "overfitting. The book uses 0.01."
            ),
        )
        self._set_row(
            self._epochs,
            self.tr("Epochs"),
            self.tr(
                "How many passes over all training rows; each pass makes the number of weight "
                "updates shown above."
            ),
        )
        self._set_row(
            self._seed,
            self.tr("Seed"),
            self.tr(
                "Starts the random numbers for the initial weights and the batch order, so the "
                "same seed repeats the same run."
            ),
        )
        # One label width for every group, so their fields line up in one column.
        labels = [*self._labels.values(), *self.recipe_group.labels()]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self._update_hint()

    # ------------------------------------------------------------------ values

    def hyperparameters(self) -> Hyperparameters:
        """The widgets' values; the spin ranges keep them inside what the engine accepts."""
        batch = self.batch.value()
        return Hyperparameters(
            units=self._units.value(),
            batch_size=None if batch == FULL_BATCH else batch,
            learning_rate=self._learning_rate.value(),
            l1=self._l1.value(),
            l2=self._l2.value(),
            epochs=self._epochs.value(),
            seed=self._seed.value(),
            init=self._init.currentData(),
            **self.recipe_group.pieces(),
        )

    def set_hyperparameters(self, hp: Hyperparameters) -> None:
        """Show ``hp`` (values beyond the spin ranges are clamped) and emit ``changed`` once."""
        with signals_blocked(*self._spins(), self._init):
            self._units.setValue(hp.units)
            self.batch.setValue(FULL_BATCH if hp.batch_size is None else hp.batch_size)
            self._learning_rate.setValue(hp.learning_rate)
            self._l1.setValue(hp.l1)
            self._l2.setValue(hp.l2)
            self._epochs.setValue(hp.epochs)
            self._seed.setValue(hp.seed)
            self._init.setCurrentIndex(self._init.findData(hp.init))
        self.recipe_group.show_pieces(hp)
        self._on_changed()

    @Slot(str)
    def use_recipe(self, name: str) -> None:
        """Every recipe field set to the book's or scikit-learn's; the book's recipe keeps
        the all-ones start, which is the book's too (its DualLayer)."""
        hp = self.hyperparameters()
        chosen = hp.with_recipe(name)
        if name == "book" and hp.init == "ones":
            chosen = replace(chosen, init="ones")
        self.set_hyperparameters(chosen)

    def set_train_rows(self, n_train: int) -> None:
        """The dataset's training rows, for the "= N weight updates per epoch" hint."""
        self._n_train = n_train
        self._update_hint()

    @Slot()
    def _on_changed(self) -> None:
        hp = self.hyperparameters()
        self.recipe_group.show_recipe(hp)
        self.suggestion.set_hyperparameters(hp)
        self._sync_presets()
        self._update_hint()
        self.changed.emit()

    @Slot()
    def _sync_presets(self) -> None:
        """Light up the preset equal to the batch size, if any, so the choice is visible."""
        for size, button in self._presets.items():
            button.setChecked(size == self.batch.value())

    def _update_hint(self) -> None:
        """Say what the batch size means for this dataset: how many updates an epoch makes."""
        n_train = self._n_train
        updates = self.hyperparameters().updates_per_epoch(n_train)
        if self.batch.value() == FULL_BATCH:
            text = self.tr("= 1 weight update per epoch (full batch)")
        elif updates == 1:
            text = self.tr("= 1 weight update per epoch (batch ≥ {rows} training rows)").format(
                rows=n_train
            )
        else:
            text = self.tr("= {updates} weight updates per epoch").format(updates=updates)
        self.updates_hint.setText(text)
        self.updates_hint.setToolTip(
            self.tr(
                "{rows} training rows ÷ batch size, rounded up: the last batch of each epoch may "
                "be smaller."
            ).format(rows=n_train)
        )

    # ------------------------------------------------------------------ settings

    def save_settings(self, settings: QSettings) -> None:
        """Every number the form shows, as the text that reads back to the same bits."""
        hp = self.hyperparameters()
        settings.setValue("init", hp.init)
        self.recipe_group.save_settings(settings)
        for key in ("units", "batch_size", "learning_rate", "l1", "l2", "epochs", "seed"):
            value = getattr(hp, key)
            if key == "batch_size":
                settings_store.write_number(settings, key, FULL_BATCH if value is None else value)
            else:
                settings_store.write_number(settings, key, value)

    def restore_settings(self, settings: QSettings) -> None:
        """Read what ``save_settings`` wrote; a field that is unreadable or beyond what its
        spin box offers gets the book's value, with a logged warning."""
        defaults = Hyperparameters()
        values: dict[str, object] = {
            "init": settings_store.read_choice(settings, "init", defaults.init, INITS),
            **self.recipe_group.restore_settings(settings),
        }
        fields = {
            "units": self._units,
            "batch_size": self.batch,
            "learning_rate": self._learning_rate,
            "l1": self._l1,
            "l2": self._l2,
            "epochs": self._epochs,
            "seed": self._seed,
        }
        for key, field in fields.items():
            default = getattr(defaults, key)
            if isinstance(field, QDoubleSpinBox):
                values[key] = settings_store.read_float(
                    settings, key, default, field.minimum(), field.maximum()
                )
            else:
                default = FULL_BATCH if default is None else default
                value = settings_store.read_int(
                    settings, key, default, field.minimum(), field.maximum()
                )
                values[key] = None if key == "batch_size" and value == FULL_BATCH else value
        self.set_hyperparameters(Hyperparameters(**values))

    def set_enabled(self, enabled: bool) -> None:
        for group in (self.network_group, self.training_group):
            group.setEnabled(enabled)
        for group in (self.recipe_group, self.suggestion):
            group.setEnabled(enabled)
