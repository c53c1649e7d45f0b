"""The panel where a student chooses the data and turns the knobs of the book's network.

The panel owns no training logic: it turns widget values into the engine's `Dataset` (the Data
group, here) and `Hyperparameters` (the Network and Training groups, in `TrainingForm`) and
reports changes by signal.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
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
)
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.csv_source import CsvSource, csv_spec, with_saved_csv
from gui.csv_texts import import_summary
from gui.data_choice import (
    BREAST_CANCER,
    BUILT_IN,
    CSV,
    OPEN_CSV,
    DataChoice,
    describe,
    load_choice,
    read_data_choice,
    shrinkable_combo,
    source_items,
    write_data_choice,
)
from gui.data_errors import describe as describe_error
from gui.language import Retranslatable
from gui.training_form import TrainingForm
from gui.widgets import float_spin, int_spin, set_row_texts, signals_blocked

SETTINGS_GROUP = "params"

logger = logging.getLogger(__name__)


class ParamsPanel(Retranslatable, QWidget):
    """Data, network and training settings in three group boxes, about 300 px wide.

    Signals: `changed` when any hyperparameter changes, `dataset_changed` when a new dataset has
    been loaded (the data settings changed and loading succeeded), `data_notice(kind, file)`
    when the CSV of the last session is gone ("csv_gone") or was not loaded ("csv_not_loaded"),
    for the status line. The Data group's widgets are
    public (``source``, ``samples``, ``noise``, ``csv_button``, ``csv_ratio``, ``description``
    in ``data_group``), like the training form's, so the window and tests use them as a student
    does.
    """

    changed = Signal()
    dataset_changed = Signal()
    data_notice = Signal(str, str)  # (kind, file): what became of the CSV saved last session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = DataChoice()
        self._dataset = load_choice(self._choice)
        self._csv_report: CsvReport | None = None  # what the loaded CSV's import chose
        self._csv = CsvSource(self)
        self._restoring: DataChoice | None = None  # the saved CSV, read once the window shows

        # Data
        self.source = shrinkable_combo()
        for key in (*BUILT_IN, OPEN_CSV):
            self.source.addItem("", key)
        self.samples = int_spin(*N_SAMPLES_RANGE, self._choice.n_samples)
        self.samples.setSingleStep(50)
        self.noise = float_spin(*NOISE_RANGE, 0.05, 2, self._choice.noise)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.reimport_csv)
        self.csv_ratio = float_spin(*VAL_RATIO_RANGE, 0.05, 2, self._choice.csv_ratio)
        # Loading a dataset takes a moment: load once the value is entered, not on every key.
        for spin in (self.samples, self.noise, self.csv_ratio):
            spin.setKeyboardTracking(False)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = self.description.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.description.setFont(small)

        self.training = TrainingForm()

        self._labels: dict[QWidget, QLabel] = {}  # each form row's label, keyed by its field
        self._layout_groups()
        self._show_choice(self._choice)
        self._show_dataset()
        self.retranslate()

        self.source.currentIndexChanged.connect(self._on_source_changed)
        for spin in (self.samples, self.noise, self.csv_ratio):
            spin.valueChanged.connect(self._on_data_edited)
        self.training.changed.connect(self.changed)

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

        self.data_group = QGroupBox()
        self._data_form = form(self.data_group)
        self._data_form.addRow(self.source)
        row(self._data_form, self.samples)
        row(self._data_form, self.noise)
        self._data_form.addRow(self.csv_button)
        row(self._data_form, self.csv_ratio)
        self._data_form.addRow(self.description)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Bold titles separate the three steps; a style sheet does not reach the children.
        self.data_group.setStyleSheet("QGroupBox { font-weight: bold; }")
        layout.addWidget(self.data_group)
        layout.addWidget(self.training)
        layout.addStretch(1)

    def _set_row(self, field: QWidget, text: str, tooltip: str) -> None:
        set_row_texts(self._labels[field], field, text, tooltip)

    def retranslate(self) -> None:
        """Set every visible text; called again when the application's language changes."""
        self.data_group.setTitle(self.tr("Data"))

        self.source.setToolTip(
            self.tr(
                "Which data the network learns from: the book's breast-cancer split, a 2-D toy "
                "problem, or your own CSV file."
            )
        )
        items = source_items()
        for key, (text, tooltip) in items.items():
            index = self.source.findData(key)
            self.source.setItemText(index, text)
            self.source.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)

        self._set_row(
            self.samples,
            self.tr("Samples"),
            self.tr(
                "How many points to generate; more points make each epoch slower but the shape "
                "clearer."
            ),
        )
        self._set_row(
            self.noise,
            self.tr("Noise"),
            self.tr(
                "How much random jitter is added to every point; more noise makes the classes "
                "overlap."
            ),
        )
        self.csv_button.setText(self.tr("Import options…"))
        self.csv_button.setToolTip(
            self.tr(
                "Open the import dialog again for this file: the label column, the columns to "
                "ignore, the classes, the delimiter and more."
            )
        )
        self._set_row(
            self.csv_ratio,
            self.tr("Validation share"),
            self.tr(
                "The fraction of rows held back to measure the validation loss; the network never "
                "trains on them."
            ),
        )

        self._show_dataset()

    # ------------------------------------------------------------------ data

    @property
    def last_folder(self) -> str:
        """Where the CSV dialog opens; the window persists it between sessions."""
        return self._csv.last_folder

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._csv.last_folder = folder

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
            return csv_spec(choice)
        if choice.source in SYNTHETIC_KINDS:
            return DataSpec(choice.source, samples=choice.n_samples, noise=choice.noise)
        return DataSpec(BREAST_CANCER)

    def show_data(self, spec: DataSpec) -> bool:
        """Select the data a run was trained on (an opened experiment, "Use these settings");
        False, with a message, when the panel cannot make it."""
        if spec.kind == CSV:
            return self.open_csv(spec.path, val_ratio=spec.val_ratio, options=spec.csv_options())
        if spec.kind == BREAST_CANCER or spec.seed == 0:
            return self.select_dataset(spec.kind, n_samples=spec.samples, noise=spec.noise)
        self.show_error(
            self.tr("Cannot load the data"),
            self.tr("The window makes its 2-D data with data seed 0; this run used {0}.").format(
                spec.seed
            ),
        )
        return False

    def show_error(self, title: str, text: str) -> None:
        """Tell the user why data could not be loaded; tests replace this to avoid a modal box."""
        QMessageBox.warning(self, title, text)

    def select_dataset(
        self, source: str, n_samples: int | None = None, noise: float | None = None
    ) -> bool:
        """Choose a built-in dataset from code (the command line, an opened experiment)."""
        if source not in BUILT_IN:
            raise ValueError(f"unknown dataset {source!r}; choose one of {', '.join(BUILT_IN)}")
        choice = replace(self._choice, source=source)
        if n_samples is not None:
            choice = replace(choice, n_samples=int(self._clamped(self.samples, n_samples)))
        if noise is not None:
            choice = replace(choice, noise=self._clamped(self.noise, noise))
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
        self._csv.used(path)
        options = options or ImportOptions()
        if label_column is not None:
            options = replace(options, label_column=label_column)
        choice = replace(self._choice, source=CSV, csv_path=str(path), csv_options=options)
        if val_ratio is not None:
            choice = replace(choice, csv_ratio=self._clamped(self.csv_ratio, val_ratio))
        return self._apply(choice, reload=True)

    def choose_csv(self) -> None:
        """Data → Open CSV…: pick a file, then check and change the import in the dialog."""
        path = self._csv.pick_file()
        if path:
            self._import(path, None)

    @Slot()
    def reimport_csv(self) -> None:
        """The dialog again for the loaded file, showing the options it was read with."""
        if self._choice.csv_path:
            self._import(self._choice.csv_path, self._choice.csv_options)

    def _import(self, path: str, options: ImportOptions | None) -> None:
        self._restoring = None  # the file chosen in the dialog wins over the saved CSV
        result = self._csv.import_file(path, options, self._choice.csv_ratio)
        if result is None:
            return  # cancelled: nothing changes
        choice = replace(self._choice, source=CSV, csv_path=path, csv_options=result.report.options)
        self._use(choice, result.dataset, result.report)

    def _report(self, error: DatasetError) -> None:
        self.show_error(self.tr("Cannot load the data"), describe_error(error))

    def _apply(self, choice: DataChoice, *, report: bool = True, reload: bool = False) -> bool:
        """Load `choice`; on failure put every data widget back to the dataset still in use.

        An unchanged choice keeps the cached dataset, unless `reload` asks to read a file again
        (a student who edited a CSV opens it anew to see the change). A CSV is read in a worker,
        with a progress dialog and Cancel if it takes a while; Cancel keeps the old data.
        """
        self._restoring = None  # data chosen since start-up wins over the saved CSV
        if choice == self._choice and not reload:
            self._show_choice(choice)
            return True
        csv_report = None
        try:
            if choice.source == CSV:
                loaded = self._csv.reload(choice)
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
            source=self.source.currentData(),
            n_samples=self.samples.value(),
            noise=self.noise.value(),
            csv_ratio=self.csv_ratio.value(),
        )

    def _show_choice(self, choice: DataChoice) -> None:
        """Make the data widgets show `choice`, and only the rows that apply to its source."""
        with signals_blocked(self.source, self.samples, self.noise, self.csv_ratio):
            csv_index = self.source.findData(CSV)
            if choice.csv_path:
                if csv_index < 0:
                    csv_index = self.source.findData(OPEN_CSV)
                    self.source.insertItem(csv_index, "", CSV)
                self.source.setItemText(csv_index, Path(choice.csv_path).name)
                self.source.setItemData(csv_index, choice.csv_path, Qt.ItemDataRole.ToolTipRole)
            elif csv_index >= 0:
                self.source.removeItem(csv_index)
            self.source.setCurrentIndex(self.source.findData(choice.source))
            self.samples.setValue(choice.n_samples)
            self.noise.setValue(choice.noise)
            self.csv_ratio.setValue(choice.csv_ratio)
        synthetic_rows = choice.source in SYNTHETIC_KINDS
        for field in (self.samples, self.noise):
            self._data_form.setRowVisible(field, synthetic_rows)
        for field in (self.csv_button, self.csv_ratio):
            self._data_form.setRowVisible(field, choice.source == CSV)

    def _show_dataset(self) -> None:
        text = describe(self._choice, self._dataset)
        summary = import_summary(self._csv_report) if self._choice.source == CSV else ""
        if summary:
            text = f"{text} {summary}."
        self.description.setText(text)
        self.training.set_train_rows(self._dataset.n_train)

    @Slot(int)
    def _on_source_changed(self, index: int) -> None:
        if self.source.itemData(index) == OPEN_CSV:
            self._show_choice(self._choice)  # the current data stays selected behind the dialog
            self.choose_csv()
        else:
            self._apply(self._choice_from_widgets())

    @Slot()
    def _on_data_edited(self) -> None:
        self._apply(self._choice_from_widgets())

    # ------------------------------------------------------------------ hyperparameters

    def hyperparameters(self) -> Hyperparameters:
        """The Network and Training groups' values."""
        return self.training.hyperparameters()

    def set_hyperparameters(self, hp: Hyperparameters) -> None:
        """Show ``hp`` (values beyond the spin ranges are clamped) and emit ``changed`` once."""
        self.training.set_hyperparameters(hp)

    # ------------------------------------------------------------------ whole panel

    @Slot(bool)
    def set_running(self, running: bool) -> None:
        """Freeze every setting during a run: changing one would not affect the run under way."""
        self.data_group.setEnabled(not running)
        self.training.set_enabled(not running)

    @Slot()
    def reset_defaults(self) -> None:
        """The book's run: breast cancer, batch 32, lr 0.1, l2 0.01, 500 epochs, seed 42."""
        self.set_hyperparameters(Hyperparameters())
        loaded = self._choice
        self._apply(DataChoice(csv_path=loaded.csv_path, csv_options=loaded.csv_options))

    def save_settings(self, settings: QSettings) -> None:
        """Write every parameter and the data selection under the group "params", numbers as
        the text that reads back to the same bits."""
        settings.beginGroup(SETTINGS_GROUP)
        self.training.save_settings(settings)
        write_data_choice(settings, self._choice)
        settings.endGroup()

    def restore_settings(self, settings: QSettings) -> None:
        """Read what `save_settings` wrote; a value that is unreadable or beyond what its
        widget offers falls back to the book's default with a logged warning.

        Runs at start-up, so it never shows an error dialog: a CSV that has gone or no longer
        loads gives way to the breast-cancer data, with a `data_notice`. A saved CSV is read
        once the event loop runs (the window shown, a progress dialog with Cancel for a large
        file), so that a large file does not delay the window; until then the book's data is
        selected, and data chosen meanwhile (the command line's) wins.
        """
        settings.beginGroup(SETTINGS_GROUP)
        self.training.restore_settings(settings)
        choice, csv_path, csv_options = read_data_choice(settings)
        settings.endGroup()

        choice = replace(
            choice,
            noise=self._clamped(self.noise, choice.noise),
            csv_ratio=self._clamped(self.csv_ratio, choice.csv_ratio),
        )
        choice = with_saved_csv(choice, csv_path, csv_options)
        if csv_path and choice.csv_path != csv_path:
            self.data_notice.emit("csv_gone", csv_path)
        if choice.source == CSV:
            self._apply(replace(choice, source=BREAST_CANCER), report=False)
            self._restoring = choice
            QTimer.singleShot(0, self, self._restore_csv)
        elif not self._apply(choice, report=False):
            self._apply(replace(choice, source=BREAST_CANCER), report=False)

    @Slot()
    def _restore_csv(self) -> None:
        """Read the CSV of the last session, unless other data was chosen or a run started."""
        choice, self._restoring = self._restoring, None
        if choice is None or not self.data_group.isEnabled():
            return
        if not self._apply(choice, report=False):
            logger.warning("the saved CSV file %s was not loaded", choice.csv_path)
            self.data_notice.emit("csv_not_loaded", choice.csv_path)

    @staticmethod
    def _clamped(spin: QSpinBox | QDoubleSpinBox, value: float) -> float:
        """The value as `spin` would hold it, so a restored choice equals the one displayed."""
        value = min(max(value, spin.minimum()), spin.maximum())
        if isinstance(spin, QDoubleSpinBox):
            return round(value, spin.decimals())
        return int(value)
