"""The CSV import dialog: see the first rows, check what was proposed, change it, then load.

Every choice the engine proposes (`engine.csv_import.preview`) is shown and can be changed before
anything is parsed in full: encoding, delimiter, decimal mark, header, the label column (click
its header or pick it), the columns to ignore (checkboxes in the first table row), which class is
1, and what a missing value does. The preview reads only the first rows, so it updates at once
whatever the file's size, and marks the cells that would stop the load. Load reads the whole
file in a worker (`gui.csv_loader`) with a progress bar; Cancel stops it, or closes the dialog
having changed nothing. A refusal is shown inside the dialog, in the window's language, so the
student can fix the option it names and try again.

The dialog holds the `Preview` shown and runs the loads; its parts show it: the choices
(`gui.csv_options_form`), the table (`gui.csv_preview`), the texts (`gui.csv_texts`).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from engine.csv_import import ImportOptions, Preview, preview
from engine.datasets import DatasetError
from gui.csv_loader import CsvLoadJob, CsvLoadResult, warm_up
from gui.csv_options_form import CsvOptionsForm
from gui.csv_preview import PreviewTable
from gui.csv_texts import preview_summary
from gui.data_errors import describe
from gui.language import Retranslatable
from gui.tooltips import wrap_long_tooltips

logger = logging.getLogger(__name__)


class CsvImportDialog(Retranslatable, QDialog):
    """Choose how to read one CSV file, then load it. After ``exec()`` returns Accepted,
    `load_result()` holds the dataset and the report; otherwise nothing changed."""

    load_failed = Signal(str)  # the message shown, once a load was refused or crashed

    def __init__(
        self,
        path: str,
        options: ImportOptions | None = None,
        val_ratio: float = 0.2,
        seed: int = 42,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = str(path)
        self._val_ratio, self._seed = val_ratio, seed
        self._preview: Preview | None = None
        self._result: CsvLoadResult | None = None
        self._job: CsvLoadJob | None = None
        self._finished_job: CsvLoadJob | None = None
        self._encoding = (options.encoding if options else "auto") or "auto"

        self._file = QLabel()
        self._file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form = CsvOptionsForm()
        self._table_title = QLabel()
        self._table_title.setWordWrap(True)
        self._table = PreviewTable()
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b00020;")
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._progress = QProgressBar()
        self._progress.setRange(0, 1000)
        self._progress.setVisible(False)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self._progress, 1)
        bottom.addWidget(self._buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._file)
        layout.addWidget(self._form)
        layout.addWidget(self._table_title)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._summary)
        layout.addWidget(self._error)
        layout.addLayout(bottom)
        self.retranslate()
        wrap_long_tooltips(self)

        self._form.reading_changed.connect(self._on_reading_changed)
        self._form.label_changed.connect(self._on_label_changed)
        self._form.classes_changed.connect(self._show_summary)
        self._table.label_clicked.connect(self._on_label_clicked)
        self._table.use_changed.connect(self._on_use_changed)
        self._buttons.accepted.connect(self.load)
        self._buttons.rejected.connect(self.reject)

        self.resize(980, 640)
        self._refresh(options or ImportOptions())
        warm_up()  # pandas is imported while the student looks at the preview

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a CSV file"))
        self._file.setText(self.tr("File: {path}").format(path=self._path))
        self._table_title.setText(
            self.tr(
                "The first rows. Untick a column to ignore it; click a column's header to make "
                "it the label. Red cells would stop the load."
            )
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Load"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._preview is not None:
            self._table.show_preview(self._preview)
            self._show_summary()

    # ------------------------------------------------------------------ public

    def options(self) -> ImportOptions:
        """The options as the dialog shows them now: what Load would read with."""
        if self._preview is None:
            return ImportOptions(encoding=self._encoding)
        return self._shown(**self._form.class_choice())

    def _shown(self, **changes: object) -> ImportOptions:
        """The options of the preview shown, as the student chose them (encoding "auto" stays
        automatic), with ``changes``; the class choices start afresh unless given."""
        assert self._preview is not None
        chosen = {
            "encoding": self._encoding,
            "missing": self._form.missing(),
            "positive_class": None,
            "keep_classes": None,
        }
        return replace(self._preview.options, **(chosen | changes))

    def current_preview(self) -> Preview | None:
        return self._preview

    @property
    def preview_table(self) -> QTableWidget:
        """The first rows: row 0 holds the use/ignore checkboxes, its header the label click."""
        return self._table

    def summary_text(self) -> str:
        return self._summary.text()

    def header_note(self) -> str:
        return self._form.header_note()

    def encoding_text(self) -> str:
        """The encoding as shown: what "Automatic" found, or the one chosen."""
        return self._form.encoding_text()

    def load_result(self) -> CsvLoadResult | None:
        """The dataset and report, once a load succeeded (the dialog then accepts)."""
        return self._result

    def error_text(self) -> str:
        return self._error.text()

    def set_label_column(self, name: str) -> None:
        """Make a column the label, as a click on its header does."""
        self._form.set_label(name)

    def set_ignored(self, name: str, ignored: bool) -> None:
        """Tick or untick a column's checkbox, as the student does."""
        if self._preview is None or name not in self._preview.columns:
            raise ValueError(f"no column {name!r}")
        self._table.set_used(self._preview.columns.index(name), not ignored)

    def set_classes(self, positive: str | None, negative: str | None = None) -> None:
        """Choose class 1, and class 0 (None: every other class)."""
        self._form.set_classes(positive, negative)

    def set_reading(self, **choices: object) -> None:
        """Change reading options as the combo boxes do (encoding, delimiter, decimal, header,
        missing), for the command line and tests."""
        self._form.set_reading(**choices)

    @Slot()
    def load(self) -> None:
        """Read the whole file with the options shown, in a worker; accept when it is done."""
        if self._job is not None or self._preview is None:
            return
        self._error.clear()
        self._job = CsvLoadJob(self._path, self.options(), self._val_ratio, self._seed)
        self._job.progressed.connect(lambda share: self._progress.setValue(round(share * 1000)))
        self._job.loaded.connect(self._on_loaded)
        self._job.failed.connect(self._on_failed)
        self._job.crashed.connect(self._on_crashed)
        self._job.cancelled.connect(self._on_cancelled)
        self._job.finished.connect(self._on_job_finished)
        self._set_loading(True)
        self._job.start()

    def reject(self) -> None:
        """Cancel stops a load under way; otherwise it closes the dialog, changing nothing."""
        if self._job is not None:
            self._job.cancel()
            return
        super().reject()

    def done(self, code: int) -> None:
        if self._job is not None:  # closed by the window manager during a load
            self._job.shutdown()
        super().done(code)

    # ------------------------------------------------------------------ preview

    def _refresh(self, options: ImportOptions) -> None:
        """Read the first rows with ``options`` and show them; an error keeps the old view."""
        try:
            result = preview(self._path, options)
        except DatasetError as error:
            self._error.setText(describe(error))
            self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._error.clear()
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._preview = result
        self._form.show_preview(result, self._encoding, options)
        self._table.show_preview(result)
        self._show_summary()

    @Slot()
    def _show_summary(self) -> None:
        if self._preview is not None:
            self._summary.setText(preview_summary(self._preview, *self._form.classes()))

    # ------------------------------------------------------------------ reactions

    @Slot()
    def _on_reading_changed(self) -> None:
        """A new encoding, delimiter, decimal mark or header changes what the columns are:
        the label and the ignored columns are proposed anew."""
        if self._preview is None:
            return
        self._encoding = self._form.encoding()
        self._refresh(self._form.reading())

    @Slot(str)
    def _on_label_changed(self, name: str) -> None:
        if self._preview is None:
            return
        ignored = tuple(c for c in self._preview.options.ignore_columns or () if c != name)
        self._refresh(self._shown(label_column=name, ignore_columns=ignored))

    @Slot(int)
    def _on_label_clicked(self, column: int) -> None:
        if self._preview is not None:
            self._form.set_label(self._preview.columns[column])

    @Slot()
    def _on_use_changed(self) -> None:
        if self._preview is not None:
            self._refresh(replace(self.options(), ignore_columns=self._table.unticked()))

    def _set_loading(self, loading: bool) -> None:
        self._progress.setVisible(loading)
        self._progress.setValue(0)
        for widget in (self._form, self._table):
            widget.setEnabled(not loading)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not loading)

    @Slot(object)
    def _on_loaded(self, result: CsvLoadResult) -> None:
        self._result = result

    @Slot(object)
    def _on_failed(self, error: DatasetError) -> None:
        self._error.setText(describe(error))

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self._error.setText(
            self.tr("Reading the file failed unexpectedly:\n{details}").format(
                details=details.strip().splitlines()[-1]
            )
        )

    @Slot()
    def _on_cancelled(self) -> None:
        self._error.setText(self.tr("Loading cancelled: nothing was changed."))

    @Slot()
    def _on_job_finished(self) -> None:
        # Kept until the next load replaces it: deleting a job inside its own signal would
        # pull the object from under the emission.
        self._finished_job, self._job = self._job, None
        self._set_loading(False)
        if self._result is not None:
            self.accept()
        elif self._error.text():
            self.load_failed.emit(self._error.text())


def choose_import(
    parent: QWidget,
    path: str,
    options: ImportOptions | None = None,
    val_ratio: float = 0.2,
    seed: int = 42,
) -> CsvLoadResult | None:
    """Show the dialog for ``path``; the loaded data, or None if the student cancelled."""
    dialog = CsvImportDialog(path, options, val_ratio, seed, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.load_result()
        return None
    finally:
        dialog.deleteLater()
