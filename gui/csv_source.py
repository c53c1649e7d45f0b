"""Where the data panel's CSV file comes from, and how it is written down again.

Choosing a file (the file dialog, remembering its folder), importing it (the import dialog,
`gui.csv_dialog`), reading it again without the dialog (a worker with a progress dialog,
`gui.csv_loader`), and the recipe of a loaded file: the `DataSpec` that experiment files and
Copy as Python keep, and the choice restored from settings if the file is still there.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from engine.csv_import import ImportOptions
from engine.experiment import DataSpec
from gui.csv_dialog import choose_import
from gui.csv_loader import CsvLoadResult, load_with_progress
from gui.data_choice import BREAST_CANCER, CSV, DataChoice

logger = logging.getLogger(__name__)


class CsvSource:
    """The data panel's way to its CSV files; ``last_folder`` is where the file dialog opens
    (the window keeps it between sessions)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.last_folder = ""

    def pick_file(self) -> str | None:
        """Data → Open CSV…: the file the student picks, or None."""
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("ParamsPanel", "Open a CSV file"),
            self.last_folder,
            QCoreApplication.translate(
                "ParamsPanel", "CSV files (*.csv *.tsv *.txt *.data);;All files (*)"
            ),
        )
        if not path:
            return None
        self.used(path)
        return path

    def used(self, path: str) -> None:
        """The file dialog opens next in this file's folder."""
        self.last_folder = str(Path(path).parent)

    def import_file(
        self, path: str, options: ImportOptions | None, val_ratio: float
    ) -> CsvLoadResult | None:
        """The import dialog for ``path``: the loaded data, or None if cancelled."""
        return choose_import(self._parent, path, options, val_ratio)

    def reload(self, choice: DataChoice) -> CsvLoadResult | None:
        """The chosen file read again with its options, in a worker (a progress dialog with
        Cancel if it takes a while): None if cancelled; raises `DatasetError`."""
        return load_with_progress(
            self._parent, choice.csv_path, choice.csv_options, choice.csv_ratio
        )


def csv_spec(choice: DataChoice) -> DataSpec:
    """The recipe of a CSV choice, every import option spelled out."""
    options = choice.csv_options
    return DataSpec(
        CSV,
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


def with_saved_csv(choice: DataChoice, path: str, options: ImportOptions) -> DataChoice:
    """Attach a saved CSV if the file is still there; otherwise forget it (with a warning)."""
    if not path or not Path(path).is_file():
        if path:
            logger.warning("the saved CSV file %s is gone; the book's data is used", path)
        source = BREAST_CANCER if choice.source == CSV else choice.source
        return replace(choice, source=source)
    return replace(choice, csv_path=path, csv_options=options)
