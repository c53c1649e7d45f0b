"""The panel where a student chooses the data and turns the knobs of the book's network.

The panel owns no training logic: it turns widget values into the engine's `Hyperparameters`
and `Dataset` and reports changes by signal. Every number a student sees next to the batch size
(updates per epoch) is computed by the engine, so panel and training can never disagree.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.csv_import import CsvReport, ImportOptions
from engine.datasets import (
    N_SAMPLES_RANGE,
    NOISE_RANGE,
    SYNTHETIC_KINDS,
    VAL_RATIO_RANGE,
    Dataset,
    DatasetError,
    breast_cancer,
    synthetic,
)
from engine.experiment import DataSpec
from engine.hyperparameters import MAX_BATCH, Hyperparameters
from gui.csv_dialog import choose_import, import_summary
from gui.csv_loader import load_with_progress
from gui.data_errors import describe
from gui.language import Retranslatable
from gui.widgets import CompactDoubleSpinBox, LogSpinBox, signals_blocked

BREAST_CANCER = "breast_cancer"
CSV = "csv"
_OPEN_CSV = "open_csv"  # the combo item that opens a file dialog; never a selected dataset
_BUILT_IN = (BREAST_CANCER, *SYNTHETIC_KINDS)

FULL_BATCH = 0  # the batch spin box's minimum, shown as "full"
BATCH_PRESETS = (1, 16, 32, 64, 128, FULL_BATCH)
MAX_UNITS = 1000
MAX_EPOCHS = 100_000
MAX_SEED = 2**31 - 1  # QSpinBox holds a 32-bit signed int

SETTINGS_GROUP = "params"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DataChoice:
    """Everything that determines the dataset; equal choices give equal datasets.

    The CSV fields outlive a switch to another dataset, so the loaded file stays one click away.
    ``csv_options`` are those the last load used, every choice resolved, so that reading the
    file again gives the same columns whatever a re-detection would say.
    """

    source: str = BREAST_CANCER  # BREAST_CANCER, a synthetic kind, or CSV
    n_samples: int = 300
    noise: float = 0.2
    csv_path: str = ""
    csv_options: ImportOptions = field(default_factory=ImportOptions)
    csv_ratio: float = 0.2


def load_choice(choice: DataChoice) -> Dataset:
    """Build a built-in dataset a choice describes (a CSV is read by the panel, in a worker).

    Synthetic sets keep the engine's fixed data seed: the panel's Seed drives training only, so
    changing it shows the effect of initialisation and batch order on the very same points.
    """
    if choice.source in SYNTHETIC_KINDS:
        return synthetic(choice.source, choice.n_samples, choice.noise)
    return breast_cancer()


def options_to_text(options: ImportOptions) -> str:
    """Import options as JSON text for QSettings (which would mangle a nested value)."""
    return json.dumps(asdict(options))


def options_from_text(text: str) -> ImportOptions:
    """The reverse of `options_to_text`; anything unusable gives the default options."""
    try:
        return ImportOptions(**json.loads(text))
    except (ValueError, TypeError) as error:
        logger.info("saved CSV options unusable (%s); proposing them anew", error)
        return ImportOptions()


def _shrinkable_combo() -> QComboBox:
    """A combo whose width does not follow its longest item, so the panel stays narrow."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _double_spin(
    low: float, high: float, step: float, decimals: int, value: float
) -> QDoubleSpinBox:
    spin = CompactDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


class ParamsPanel(Retranslatable, QWidget):
    """Data, network and training settings in three group boxes, about 300 px wide.

    Signals: `changed` when any hyperparameter changes, `dataset_changed` when a new dataset has
    been loaded (the data settings changed and loading succeeded).
    """

    changed = Signal()
    dataset_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = DataChoice()
        self._dataset = load_choice(self._choice)
        self._csv_report: CsvReport | None = None  # what the loaded CSV's import chose
        self._last_folder = ""
        defaults = Hyperparameters()

        # Data
        self._source = _shrinkable_combo()
        for key in (*_BUILT_IN, _OPEN_CSV):
            self._source.addItem("", key)
        self._samples = _spin(*N_SAMPLES_RANGE, self._choice.n_samples)
        self._samples.setSingleStep(50)
        self._noise = _double_spin(*NOISE_RANGE, 0.05, 2, self._choice.noise)
        self._csv_button = QPushButton()
        self._csv_button.clicked.connect(self.reimport_csv)
        self._csv_ratio = _double_spin(*VAL_RATIO_RANGE, 0.05, 2, self._choice.csv_ratio)
        # Loading a dataset takes a moment: load once the value is entered, not on every key.
        for spin in (self._samples, self._noise, self._csv_ratio):
            spin.setKeyboardTracking(False)
        self._description = QLabel()
        self._description.setWordWrap(True)
        self._description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self._description.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self._description.setFont(small)

        # Network
        self._units = _spin(1, MAX_UNITS, defaults.units)
        self._init = QComboBox()  # two fixed items, shown in full: the panel's width allows it
        self._init.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in ("random", "ones"):
            self._init.addItem("", key)

        # Training
        self._batch = _spin(FULL_BATCH, MAX_BATCH, defaults.batch_size or FULL_BATCH)
        self._presets: dict[int, QToolButton] = {}
        for size in BATCH_PRESETS:
            button = QToolButton()
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, size=size: self._batch.setValue(size))
            # A click on the preset already chosen must leave it checked.
            button.clicked.connect(self._sync_presets)
            self._presets[size] = button
        self._updates_hint = QLabel()
        self._updates_hint.setWordWrap(True)
        self._learning_rate = LogSpinBox()
        self._learning_rate.setValue(defaults.learning_rate)
        self._l1 = _double_spin(0.0, 10.0, 0.001, 4, defaults.l1)
        self._l2 = _double_spin(0.0, 10.0, 0.01, 4, defaults.l2)
        self._epochs = _spin(1, MAX_EPOCHS, defaults.epochs)
        self._seed = _spin(0, MAX_SEED, defaults.seed)

        self._labels: dict[QWidget, QLabel] = {}  # each form row's label, keyed by its field
        self._layout_groups()
        self._show_choice(self._choice)
        self._show_dataset()
        self._sync_presets()
        self.retranslate()

        self._source.currentIndexChanged.connect(self._on_source_changed)
        for spin in (self._samples, self._noise, self._csv_ratio):
            spin.valueChanged.connect(self._on_data_edited)
        for spin in self._hyperparameter_spins():
            spin.valueChanged.connect(self._on_hyperparameter_changed)
        self._init.currentIndexChanged.connect(self._on_hyperparameter_changed)

    # ------------------------------------------------------------------ layout and texts

    def _layout_groups(self) -> None:
        def form(group: QGroupBox) -> QFormLayout:
            layout = QFormLayout(group)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            return layout

        def row(layout: QFormLayout, field: QWidget) -> None:
            label = QLabel()
            label.setBuddy(field)
            self._labels[field] = label
            layout.addRow(label, field)

        self._data_group = QGroupBox()
        self._data_form = form(self._data_group)
        self._data_form.addRow(self._source)
        row(self._data_form, self._samples)
        row(self._data_form, self._noise)
        self._data_form.addRow(self._csv_button)
        row(self._data_form, self._csv_ratio)
        self._data_form.addRow(self._description)

        self._network_group = QGroupBox()
        network = form(self._network_group)
        row(network, self._units)
        row(network, self._init)

        self._training_group = QGroupBox()
        training = form(self._training_group)
        row(training, self._batch)
        presets = QHBoxLayout()
        presets.setSpacing(2)
        for button in self._presets.values():
            presets.addWidget(button)
        training.addRow(presets)
        training.addRow(self._updates_hint)
        row(training, self._learning_rate)
        row(training, self._l1)
        row(training, self._l2)
        row(training, self._epochs)
        row(training, self._seed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in self._groups():
            # Bold titles separate the three steps; a style sheet does not reach the children.
            group.setStyleSheet("QGroupBox { font-weight: bold; }")
            layout.addWidget(group)
        layout.addStretch(1)

    def _groups(self) -> tuple[QGroupBox, ...]:
        return (self._data_group, self._network_group, self._training_group)

    def _hyperparameter_spins(self) -> tuple[QSpinBox | QDoubleSpinBox, ...]:
        return (
            self._units,
            self._batch,
            self._learning_rate,
            self._l1,
            self._l2,
            self._epochs,
            self._seed,
        )

    def _set_row(self, field: QWidget, text: str, tooltip: str) -> None:
        """Label a form row; the label repeats the tooltip so hovering either one explains."""
        label = self._labels[field]
        label.setText(text)
        label.setToolTip(tooltip)
        field.setToolTip(tooltip)

    def retranslate(self) -> None:
        """Set every visible text; called again when the application's language changes."""
        self._data_group.setTitle(self.tr("Data"))
        self._network_group.setTitle(self.tr("Network"))
        self._training_group.setTitle(self.tr("Training"))

        self._source.setToolTip(
            self.tr(
                "Which data the network learns from: the book's breast-cancer split, a 2-D toy "
                "problem, or your own CSV file."
            )
        )
        items = {
            BREAST_CANCER: (
                self.tr("Breast cancer (book)"),
                self.tr(
                    "569 tumours with 30 measurements each, split as in the book into 364 "
                    "training and 91 validation rows."
                ),
            ),
            "moons": (
                self.tr("Moons"),
                self.tr(
                    "Two interleaving half circles: no straight line separates them, a hidden "
                    "layer can."
                ),
            ),
            "circles": (
                self.tr("Circles"),
                self.tr("One ring inside another: the network has to learn a round boundary."),
            ),
            "xor": (
                self.tr("XOR"),
                self.tr(
                    "Opposite corners share a class: the classic problem a single neuron cannot "
                    "solve."
                ),
            ),
            "blobs": (
                self.tr("Blobs"),
                self.tr(
                    "Two round clouds of points that a straight line separates: the easy baseline."
                ),
            ),
            _OPEN_CSV: (
                self.tr("Open CSV…"),
                self.tr(
                    "Load your own CSV file: numeric feature columns and a label column with two "
                    "values."
                ),
            ),
        }
        for key, (text, tooltip) in items.items():
            index = self._source.findData(key)
            self._source.setItemText(index, text)
            self._source.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)

        self._set_row(
            self._samples,
            self.tr("Samples"),
            self.tr(
                "How many points to generate; more points make each epoch slower but the shape "
                "clearer."
            ),
        )
        self._set_row(
            self._noise,
            self.tr("Noise"),
            self.tr(
                "How much random jitter is added to every point; more noise makes the classes "
                "overlap."
            ),
        )
        self._csv_button.setText(self.tr("Import options…"))
        self._csv_button.setToolTip(
            self.tr(
                "Open the import dialog again for this file: the label column, the columns to "
                "ignore, the classes, the delimiter and more."
            )
        )
        self._set_row(
            self._csv_ratio,
            self.tr("Validation share"),
            self.tr(
                "The fraction of rows held back to measure the validation loss; the network never "
                "trains on them."
            ),
        )

        self._set_row(
            self._units,
            self.tr("Hidden units"),
            self.tr(
                "How many neurons the hidden layer has; more units can draw more complex "
                "boundaries, and overfit more easily."
            ),
        )
        self._init.setItemText(self._init.findData("random"), self.tr("Random (normal)"))
        self._init.setItemText(self._init.findData("ones"), self.tr("All ones (symmetry problem)"))
        self._set_row(
            self._init,
            self.tr("Initialisation"),
            self.tr(
                "How the weights start: random values let the hidden units differ, all ones "
                "make every hidden unit learn exactly the same thing."
            ),
        )

        self._set_row(
            self._batch,
            self.tr("Batch size"),
            self.tr(
                "How many training rows are used for each weight update: 1 = stochastic gradient "
                "descent, full = batch gradient descent."
            ),
        )
        self._batch.setSpecialValueText(self.tr("full"))
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
        # One label width for Network and Training, so their fields line up in one column. The
        # Data rows keep their own: "Validation share" would squeeze every field for CSVs' sake.
        aligned = [self._labels[field] for field in (*self._hyperparameter_spins(), self._init)]
        width = max(label.sizeHint().width() for label in aligned)
        for label in aligned:
            label.setMinimumWidth(width)
        self._show_dataset()

    # ------------------------------------------------------------------ data

    @property
    def last_folder(self) -> str:
        """Where the CSV dialog opens; the window persists it between sessions."""
        return self._last_folder

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._last_folder = folder

    def dataset(self) -> Dataset:
        """The selected dataset, built when the data settings last changed."""
        return self._dataset

    def dataset_key(self) -> str:
        """A short name for export file names: the built-in key, or the CSV file's stem."""
        if self._choice.source == CSV:
            return Path(self._choice.csv_path).stem
        return self._choice.source

    def data_spec(self) -> DataSpec:
        """The recipe of the selected dataset, for experiment files and "Copy as Python"."""
        choice = self._choice
        if choice.source == CSV:
            options = choice.csv_options
            return DataSpec(
                "csv",
                path=choice.csv_path,
                label_column=options.label_column,
                val_ratio=choice.csv_ratio,
                delimiter=options.delimiter,
                decimal=options.decimal,
                header=options.header,
                encoding=options.encoding,
                ignore_columns=options.ignore_columns,
                positive_class=options.positive_class,
                keep_classes=options.keep_classes,
                missing=options.missing,
            )
        if choice.source in SYNTHETIC_KINDS:
            return DataSpec(choice.source, samples=choice.n_samples, noise=choice.noise)
        return DataSpec(BREAST_CANCER)

    def _describe(self) -> str:
        """The dataset in one line, in the window's language (the engine's own description
        is English)."""
        data, choice = self._dataset, self._choice
        if choice.source == CSV:
            zero, one = data.class_names
            text = self.tr(
                "{name}: {rows} rows, {features} features; label '{label}': "
                "'{zero}' → 0, '{one}' → 1; {train} training / {val} validation rows."
            ).format(
                name=Path(choice.csv_path).name,
                rows=data.n_train + data.n_val,
                features=data.n_features,
                label=choice.csv_options.label_column,
                zero=zero,
                one=one,
                train=data.n_train,
                val=data.n_val,
            )
            extra = import_summary(self._csv_report) if self._csv_report else ""
            return f"{text} {extra}." if extra else text
        if choice.source == BREAST_CANCER:
            return self.tr(
                "569 rows, 30 features, split as in the book: {train} training / {val} "
                "validation rows (the 114 test rows are not used)."
            ).format(train=data.n_train, val=data.n_val)
        return self.tr(
            "{rows} rows, {features} features: {train} training / {val} validation rows."
        ).format(
            rows=data.n_train + data.n_val,
            features=data.n_features,
            train=data.n_train,
            val=data.n_val,
        )

    def show_error(self, title: str, text: str) -> None:
        """Tell the user why data could not be loaded; tests replace this to avoid a modal box."""
        QMessageBox.warning(self, title, text)

    def select_dataset(
        self, source: str, n_samples: int | None = None, noise: float | None = None
    ) -> bool:
        """Choose a built-in dataset from code (the command line, an opened experiment)."""
        if source not in _BUILT_IN:
            raise ValueError(f"unknown dataset {source!r}; choose one of {', '.join(_BUILT_IN)}")
        choice = replace(self._choice, source=source)
        if n_samples is not None:
            choice = replace(choice, n_samples=int(self._clamped(self._samples, n_samples)))
        if noise is not None:
            choice = replace(choice, noise=self._clamped(self._noise, noise))
        return self._apply(choice)

    def open_csv(
        self,
        path: str,
        label_column: str | None = None,
        val_ratio: float | None = None,
        *,
        options: ImportOptions | None = None,
    ) -> bool:
        """Load a CSV without the dialog (the command line, tests): ``options`` as given, the
        rest proposed from its first rows; ``label_column`` (a name or a number from 1) wins
        over ``options.label_column``. On failure explain and keep the old data."""
        self._last_folder = str(Path(path).parent)
        options = options or ImportOptions()
        if label_column is not None:
            options = replace(options, label_column=label_column)
        choice = replace(self._choice, source=CSV, csv_path=str(path), csv_options=options)
        if val_ratio is not None:
            choice = replace(choice, csv_ratio=self._clamped(self._csv_ratio, val_ratio))
        return self._apply(choice, reload=True)

    def choose_csv(self) -> None:
        """Data → Open CSV…: pick a file, then check and change the import in the dialog."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a CSV file"),
            self._last_folder,
            self.tr("CSV files (*.csv *.tsv *.txt *.data);;All files (*)"),
        )
        if path:
            self._last_folder = str(Path(path).parent)
            self._import(path, None)

    @Slot()
    def reimport_csv(self) -> None:
        """The dialog again for the loaded file, showing the options it was read with."""
        if self._choice.csv_path:
            self._import(self._choice.csv_path, self._choice.csv_options)

    def _import(self, path: str, options: ImportOptions | None) -> None:
        result = choose_import(self, path, options, self._choice.csv_ratio)
        if result is None:
            return  # cancelled: nothing changes
        choice = replace(self._choice, source=CSV, csv_path=path, csv_options=result.report.options)
        self._use(choice, result.dataset, result.report)

    def _report(self, error: DatasetError) -> None:
        self.show_error(self.tr("Cannot load the data"), describe(error))

    def _apply(self, choice: DataChoice, *, report: bool = True, reload: bool = False) -> bool:
        """Load `choice`; on failure put every data widget back to the dataset still in use.

        An unchanged choice keeps the cached dataset, unless `reload` asks to read a file again
        (a student who edited a CSV opens it anew to see the change). A CSV is read in a worker,
        with a progress dialog and Cancel if it takes a while; Cancel keeps the old data.
        """
        if choice == self._choice and not reload:
            self._show_choice(choice)
            return True
        csv_report = None
        try:
            if choice.source == CSV:
                loaded = load_with_progress(
                    self, choice.csv_path, choice.csv_options, choice.csv_ratio
                )
                if loaded is None:
                    self._show_choice(self._choice)
                    return False
                dataset, csv_report = loaded.dataset, loaded.report
                choice = replace(choice, csv_options=csv_report.options)
            else:
                dataset = load_choice(choice)
        except DatasetError as error:
            if report:
                self._report(error)
            self._show_choice(self._choice)
            return False
        self._use(choice, dataset, csv_report)
        return True

    def _use(self, choice: DataChoice, dataset: Dataset, csv_report: CsvReport | None) -> None:
        if csv_report is not None or choice.csv_path != self._choice.csv_path:
            self._csv_report = csv_report
        self._choice, self._dataset = choice, dataset
        self._show_choice(choice)
        self._show_dataset()
        self.dataset_changed.emit()

    def _choice_from_widgets(self) -> DataChoice:
        return replace(
            self._choice,
            source=self._source.currentData(),
            n_samples=self._samples.value(),
            noise=self._noise.value(),
            csv_ratio=self._csv_ratio.value(),
        )

    def _show_choice(self, choice: DataChoice) -> None:
        """Make the data widgets show `choice`, and only the rows that apply to its source."""
        with signals_blocked(self._source, self._samples, self._noise, self._csv_ratio):
            csv_index = self._source.findData(CSV)
            if choice.csv_path:
                if csv_index < 0:
                    csv_index = self._source.findData(_OPEN_CSV)
                    self._source.insertItem(csv_index, "", CSV)
                self._source.setItemText(csv_index, Path(choice.csv_path).name)
                self._source.setItemData(csv_index, choice.csv_path, Qt.ItemDataRole.ToolTipRole)
            elif csv_index >= 0:
                self._source.removeItem(csv_index)
            self._source.setCurrentIndex(self._source.findData(choice.source))
            self._samples.setValue(choice.n_samples)
            self._noise.setValue(choice.noise)
            self._csv_ratio.setValue(choice.csv_ratio)
        synthetic_rows = choice.source in SYNTHETIC_KINDS
        for widget in (self._samples, self._noise):
            self._data_form.setRowVisible(widget, synthetic_rows)
        for widget in (self._csv_button, self._csv_ratio):
            self._data_form.setRowVisible(widget, choice.source == CSV)

    def _show_dataset(self) -> None:
        self._description.setText(self._describe())
        self._update_hint()

    @Slot(int)
    def _on_source_changed(self, index: int) -> None:
        if self._source.itemData(index) == _OPEN_CSV:
            self._show_choice(self._choice)  # the current data stays selected behind the dialog
            self.choose_csv()
        else:
            self._apply(self._choice_from_widgets())

    @Slot()
    def _on_data_edited(self) -> None:
        self._apply(self._choice_from_widgets())

    # ------------------------------------------------------------------ hyperparameters

    def hyperparameters(self) -> Hyperparameters:
        """The widgets' values; the spin ranges keep them inside what the engine accepts."""
        batch = self._batch.value()
        return Hyperparameters(
            units=self._units.value(),
            batch_size=None if batch == FULL_BATCH else batch,
            learning_rate=self._learning_rate.value(),
            l1=self._l1.value(),
            l2=self._l2.value(),
            epochs=self._epochs.value(),
            seed=self._seed.value(),
            init=self._init.currentData(),
        )

    def set_hyperparameters(self, hp: Hyperparameters) -> None:
        """Show `hp` (values beyond the spin ranges are clamped) and emit `changed` once."""
        with signals_blocked(*self._hyperparameter_spins(), self._init):
            self._units.setValue(hp.units)
            self._batch.setValue(FULL_BATCH if hp.batch_size is None else hp.batch_size)
            self._learning_rate.setValue(hp.learning_rate)
            self._l1.setValue(hp.l1)
            self._l2.setValue(hp.l2)
            self._epochs.setValue(hp.epochs)
            self._seed.setValue(hp.seed)
            self._init.setCurrentIndex(self._init.findData(hp.init))
        self._on_hyperparameter_changed()

    @Slot()
    def _on_hyperparameter_changed(self) -> None:
        self._sync_presets()
        self._update_hint()
        self.changed.emit()

    @Slot()
    def _sync_presets(self) -> None:
        """Light up the preset equal to the batch size, if any, so the choice is visible."""
        for size, button in self._presets.items():
            button.setChecked(size == self._batch.value())

    def _update_hint(self) -> None:
        """Say what the batch size means for this dataset: how many updates an epoch makes."""
        n_train = self._dataset.n_train
        updates = self.hyperparameters().updates_per_epoch(n_train)
        batch = self._batch.value()
        if batch == FULL_BATCH:
            text = self.tr("= 1 weight update per epoch (full batch)")
        elif updates == 1:
            text = self.tr("= 1 weight update per epoch (batch ≥ {rows} training rows)").format(
                rows=n_train
            )
        else:
            text = self.tr("= {updates} weight updates per epoch").format(updates=updates)
        self._updates_hint.setText(text)
        self._updates_hint.setToolTip(
            self.tr(
                "{rows} training rows ÷ batch size, rounded up: the last batch of each epoch may "
                "be smaller."
            ).format(rows=n_train)
        )

    # ------------------------------------------------------------------ whole panel

    @Slot(bool)
    def set_running(self, running: bool) -> None:
        """Freeze every setting during a run: changing one would not affect the run under way."""
        for group in self._groups():
            group.setEnabled(not running)

    @Slot()
    def reset_defaults(self) -> None:
        """The book's run: breast cancer, batch 32, lr 0.1, l2 0.01, 500 epochs, seed 42."""
        self.set_hyperparameters(Hyperparameters())
        loaded = self._choice
        self._apply(DataChoice(csv_path=loaded.csv_path, csv_options=loaded.csv_options))

    def save_settings(self, settings: QSettings) -> None:
        """Write every parameter and the data selection under the group "params"."""
        hp = self.hyperparameters()
        choice = self._choice
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("units", hp.units)
        settings.setValue("batch_size", FULL_BATCH if hp.batch_size is None else hp.batch_size)
        settings.setValue("learning_rate", hp.learning_rate)
        settings.setValue("l1", hp.l1)
        settings.setValue("l2", hp.l2)
        settings.setValue("epochs", hp.epochs)
        settings.setValue("seed", hp.seed)
        settings.setValue("init", hp.init)
        settings.setValue("data/source", choice.source)
        settings.setValue("data/n_samples", choice.n_samples)
        settings.setValue("data/noise", choice.noise)
        settings.setValue("data/csv_path", choice.csv_path)
        settings.setValue("data/csv_options", options_to_text(choice.csv_options))
        settings.setValue("data/csv_ratio", choice.csv_ratio)
        settings.endGroup()

    def restore_settings(self, settings: QSettings) -> None:
        """Read what `save_settings` wrote; anything unusable falls back to the book's defaults.

        Runs at start-up, so it never shows a dialog: a CSV that has gone or no longer loads
        silently gives way to the breast-cancer data.
        """
        hp_defaults, data_defaults = Hyperparameters(), DataChoice()
        settings.beginGroup(SETTINGS_GROUP)
        batch = settings.value("batch_size", hp_defaults.batch_size, type=int)
        try:
            hp = Hyperparameters(
                units=settings.value("units", hp_defaults.units, type=int),
                batch_size=None if batch == FULL_BATCH else batch,
                learning_rate=settings.value(
                    "learning_rate", hp_defaults.learning_rate, type=float
                ),
                l1=settings.value("l1", hp_defaults.l1, type=float),
                l2=settings.value("l2", hp_defaults.l2, type=float),
                epochs=settings.value("epochs", hp_defaults.epochs, type=int),
                seed=settings.value("seed", hp_defaults.seed, type=int),
                init=settings.value("init", hp_defaults.init, type=str),
            )
        except ValueError:
            hp = hp_defaults
        source = settings.value("data/source", data_defaults.source, type=str)
        choice = DataChoice(
            source=source if source in (*_BUILT_IN, CSV) else data_defaults.source,
            n_samples=self._clamped(
                self._samples, settings.value("data/n_samples", data_defaults.n_samples, type=int)
            ),
            noise=self._clamped(
                self._noise, settings.value("data/noise", data_defaults.noise, type=float)
            ),
            csv_ratio=self._clamped(
                self._csv_ratio,
                settings.value("data/csv_ratio", data_defaults.csv_ratio, type=float),
            ),
        )
        csv_path = settings.value("data/csv_path", "", type=str)
        csv_options = options_from_text(settings.value("data/csv_options", "{}", type=str))
        settings.endGroup()

        self.set_hyperparameters(hp)
        choice = self._with_csv(choice, csv_path, csv_options)
        if not self._apply(choice, report=False):
            self._apply(replace(choice, source=BREAST_CANCER), report=False)

    @staticmethod
    def _clamped(spin: QSpinBox | QDoubleSpinBox, value: float) -> float:
        """The value as `spin` would hold it, so a restored choice equals the one displayed."""
        value = min(max(value, spin.minimum()), spin.maximum())
        if isinstance(spin, QDoubleSpinBox):
            return round(value, spin.decimals())
        return int(value)

    @staticmethod
    def _with_csv(choice: DataChoice, path: str, options: ImportOptions) -> DataChoice:
        """Attach a saved CSV if the file is still there; otherwise forget it."""
        if not path or not Path(path).is_file():
            source = BREAST_CANCER if choice.source == CSV else choice.source
            return replace(choice, source=source)
        return replace(choice, csv_path=path, csv_options=options)
