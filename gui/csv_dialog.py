"""The CSV import dialog: see the first rows, check what was proposed, change it, then load.

Every choice the engine proposes (`engine.csv_import.preview`) is shown and can be changed before
anything is parsed in full: encoding, delimiter, decimal mark, header, the label column (click
its header or pick it), the columns to ignore (checkboxes in the first table row), which class is
1, and what a missing value does. The preview reads only the first rows, so it updates at once
whatever the file's size, and marks the cells that would stop the load. OK reads the whole file
in a worker (`gui.csv_loader`) with a progress bar; Cancel stops it, or closes the dialog having
changed nothing. A refusal is shown inside the dialog, in the window's language, so the student
can fix the option it names and try again.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.csv_import import CsvReport, ImportOptions, Preview, preview
from engine.datasets import DatasetError
from gui.csv_loader import CsvLoadJob, CsvLoadResult, warm_up
from gui.data_errors import describe
from gui.language import Retranslatable
from gui.widgets import signals_blocked

logger = logging.getLogger(__name__)

_LABEL_BACKGROUND = QColor("#dbeafe")  # the label column: light blue
_PROBLEM_BACKGROUND = QColor("#fddede")  # a cell that would stop the load: light red
_AUTO = "auto"
_ALL_OTHERS = "\x00all"  # the "class 0" item meaning "every other class" (no real value)


def ignore_reason(reason: str) -> str:
    """Why a column is ignored, in the window's language."""
    return {
        "chosen": QCoreApplication.translate("CsvImport", "ignored"),
        "id": QCoreApplication.translate("CsvImport", "named like an id"),
        "row_number": QCoreApplication.translate("CsvImport", "a row number"),
        "empty": QCoreApplication.translate("CsvImport", "empty"),
    }.get(reason, reason)


def import_summary(report: CsvReport) -> str:
    """What an import chose beyond the label, in the window's language (the panel shows it)."""
    parts = []
    if report.ignored:
        shown = ", ".join(f"'{name}' ({ignore_reason(why)})" for name, why in report.ignored)
        parts.append(
            QCoreApplication.translate("CsvImport", "Ignored: {columns}").format(columns=shown)
        )
    if report.dropped_missing:
        parts.append(
            QCoreApplication.translate(
                "CsvImport", "{count} rows with missing values dropped"
            ).format(count=report.dropped_missing)
        )
    if report.dropped_classes:
        parts.append(
            QCoreApplication.translate("CsvImport", "{count} rows of other classes dropped").format(
                count=report.dropped_classes
            )
        )
    return "; ".join(parts)


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
        self._encoding_choice = (options.encoding if options else _AUTO) or _AUTO

        self._file = QLabel()
        self._file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._encoding = QComboBox()
        for key in ("auto", "utf-8", "utf-8-sig", "cp949", "utf-16", "latin-1"):
            self._encoding.addItem("", key)
        self._delimiter = QComboBox()
        for key in (",", ";", "\t", " "):
            self._delimiter.addItem("", key)
        self._decimal = QComboBox()
        for key in (".", ","):
            self._decimal.addItem("", key)
        self._header = QCheckBox()
        self._header_note = QLabel()
        self._header_note.setWordWrap(True)
        self._missing = QComboBox()
        for key in ("refuse", "drop"):
            self._missing.addItem("", key)
        self._label = QComboBox()
        self._positive = QComboBox()
        self._negative = QComboBox()
        self._table = QTableWidget()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._table.horizontalHeader().setSectionsClickable(True)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._table.horizontalHeader().setMinimumSectionSize(56)
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
        self._labels: dict[QWidget, QLabel] = {}
        self._layout()
        self.retranslate()

        self._table.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self._table.itemChanged.connect(self._on_item_changed)
        for combo in (self._encoding, self._delimiter, self._decimal):
            combo.currentIndexChanged.connect(self._on_reading_changed)
        self._header.toggled.connect(self._on_reading_changed)
        self._label.currentIndexChanged.connect(self._on_label_changed)
        self._positive.currentIndexChanged.connect(self._on_classes_changed)
        self._negative.currentIndexChanged.connect(self._on_classes_changed)
        self._buttons.accepted.connect(self.load)
        self._buttons.rejected.connect(self.reject)

        self.resize(980, 640)
        self._refresh(options or ImportOptions())
        warm_up()  # pandas is imported while the student looks at the preview

    # ------------------------------------------------------------------ layout and texts

    def _layout(self) -> None:
        def form(group: QGroupBox, fields: list[QWidget]) -> QFormLayout:
            layout = QFormLayout(group)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                label = QLabel()
                label.setBuddy(field)
                self._labels[field] = label
                layout.addRow(label, field)
            return layout

        self._reading = QGroupBox()
        reading = form(self._reading, [self._encoding, self._delimiter, self._decimal])
        reading.addRow(self._header)
        reading.addRow(self._header_note)
        self._learning = QGroupBox()
        form(self._learning, [self._label, self._positive, self._negative, self._missing])
        options = QHBoxLayout()
        options.addWidget(self._reading, 1)
        options.addWidget(self._learning, 1)

        self._table_title = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self._progress, 1)
        bottom.addWidget(self._buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self._file)
        layout.addLayout(options)
        layout.addWidget(self._table_title)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._summary)
        layout.addWidget(self._error)
        layout.addLayout(bottom)

    def _set_row(self, field: QWidget, text: str, tooltip: str) -> None:
        self._labels[field].setText(text)
        self._labels[field].setToolTip(tooltip)
        field.setToolTip(tooltip)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a CSV file"))
        self._file.setText(self.tr("File: {path}").format(path=self._path))
        self._reading.setTitle(self.tr("How to read the file"))
        self._learning.setTitle(self.tr("What to learn"))
        self._set_row(
            self._encoding,
            self.tr("Encoding"),
            self.tr(
                "How the file's bytes become letters. Automatic looks for a byte-order mark, "
                "then tries UTF-8, then cp949 (what Excel saves on a Korean Windows)."
            ),
        )
        encodings = {
            "auto": self.tr("Automatic"),
            "utf-8": "UTF-8",
            "utf-8-sig": self.tr("UTF-8 with BOM"),
            "cp949": self.tr("cp949 / EUC-KR (Korean Excel)"),
            "utf-16": "UTF-16",
            "latin-1": "Latin-1",
        }
        for index in range(self._encoding.count()):
            self._encoding.setItemText(index, encodings[self._encoding.itemData(index)])
        self._set_row(
            self._delimiter,
            self.tr("Delimiter"),
            self.tr("The character between two cells of a row."),
        )
        delimiters = {
            ",": self.tr("Comma ( , )"),
            ";": self.tr("Semicolon ( ; )"),
            "\t": self.tr("Tab"),
            " ": self.tr("Space"),
        }
        for index in range(self._delimiter.count()):
            self._delimiter.setItemText(index, delimiters[self._delimiter.itemData(index)])
        self._set_row(
            self._decimal,
            self.tr("Decimal mark"),
            self.tr("How numbers write their fraction: 1.5 (point) or 1,5 (comma)."),
        )
        self._decimal.setItemText(0, self.tr("Point (1.5)"))
        self._decimal.setItemText(1, self.tr("Comma (1,5)"))
        self._header.setText(self.tr("The first row is a header (column names)"))
        self._header.setToolTip(
            self.tr("Untick it if the first row holds data: otherwise that row is lost.")
        )
        self._set_row(
            self._label,
            self.tr("Label column"),
            self.tr(
                "The column the network learns to predict. You can also click a column's "
                "header in the table."
            ),
        )
        self._set_row(
            self._positive,
            self.tr("Class 1"),
            self.tr(
                "The label value the network calls 1. With more than two classes, choose one: "
                "it is learnt against all the others."
            ),
        )
        self._set_row(
            self._negative,
            self.tr("Class 0"),
            self.tr(
                "What the network calls 0: every other class, or a single class (the rows of "
                "the remaining classes are then dropped)."
            ),
        )
        self._set_row(
            self._missing,
            self.tr("Missing values"),
            self.tr(
                "An empty cell, NA, NaN or ?: stop and say where it is, or leave out the rows "
                "that have one (the summary says how many)."
            ),
        )
        self._missing.setItemText(0, self.tr("Refuse the file (say where)"))
        self._missing.setItemText(1, self.tr("Drop those rows"))
        self._table_title.setText(
            self.tr(
                "The first rows. Untick a column to ignore it; click a column's header to make "
                "it the label. Red cells would stop the load."
            )
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Load"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._preview is not None:
            self._show(self._preview)

    # ------------------------------------------------------------------ public

    def options(self) -> ImportOptions:
        """The options as the dialog shows them now: what Load would read with."""
        if self._preview is None:
            return ImportOptions(encoding=self._encoding_choice)
        positive = self._positive.currentData()
        negative = self._negative.currentData()
        keep = None
        if positive is not None and negative not in (None, _ALL_OTHERS):
            keep = (negative, positive)
        return self._shown(positive_class=positive, keep_classes=keep)

    def _shown(self, **changes: object) -> ImportOptions:
        """The options of the preview shown, as the student chose them (encoding "auto" stays
        automatic), with ``changes``; the class choices start afresh unless given."""
        assert self._preview is not None
        chosen = {
            "encoding": self._encoding_choice,
            "missing": self._missing.currentData(),
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
        return self._header_note.text()

    def load_result(self) -> CsvLoadResult | None:
        """The dataset and report, once a load succeeded (the dialog then accepts)."""
        return self._result

    def error_text(self) -> str:
        return self._error.text()

    def set_label_column(self, name: str) -> None:
        """Make a column the label, as a click on its header does."""
        index = self._label.findText(name)
        if index < 0:
            raise ValueError(f"no column {name!r}")
        self._label.setCurrentIndex(index)

    def set_ignored(self, name: str, ignored: bool) -> None:
        """Tick or untick a column's checkbox, as the student does."""
        column = self._label.findText(name)
        item = self._table.item(0, column)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            raise ValueError(f"column {name!r} cannot be ignored or used")
        item.setCheckState(Qt.CheckState.Unchecked if ignored else Qt.CheckState.Checked)

    def set_classes(self, positive: str | None, negative: str | None = None) -> None:
        """Choose class 1, and class 0 (None: every other class)."""
        with signals_blocked(self._positive):
            self._positive.setCurrentIndex(self._positive.findData(positive))
        self._fill_negative()
        self._negative.setCurrentIndex(
            self._negative.findData(_ALL_OTHERS if negative is None else negative)
        )

    def set_reading(
        self,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        decimal: str | None = None,
        header: bool | None = None,
        missing: str | None = None,
    ) -> None:
        """Change reading options as the combo boxes do (for the command line and tests)."""
        for combo, value in (
            (self._encoding, encoding),
            (self._delimiter, delimiter),
            (self._decimal, decimal),
            (self._missing, missing),
        ):
            if value is not None:
                combo.setCurrentIndex(combo.findData(value))
        if header is not None:
            self._header.setChecked(header)

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
        self._show(result, options)

    def _show(self, result: Preview, asked: ImportOptions | None = None) -> None:
        shown = result.options
        with signals_blocked(
            self._encoding, self._delimiter, self._decimal, self._header, self._label, self._missing
        ):
            self._encoding.setCurrentIndex(self._encoding.findData(self._encoding_choice))
            self._encoding.setItemText(
                0, self.tr("Automatic (found: {encoding})").format(encoding=shown.encoding)
            )
            self._delimiter.setCurrentIndex(self._delimiter.findData(shown.delimiter))
            self._decimal.setCurrentIndex(self._decimal.findData(shown.decimal))
            self._header.setChecked(bool(shown.header))
            self._missing.setCurrentIndex(self._missing.findData(shown.missing))
            self._label.clear()
            self._label.addItems(list(result.columns))
            self._label.setCurrentIndex(result.label)
        self._fill_classes(result, asked)
        self._header_note.setText(self._header_text(result))
        self._fill_table(result)
        self._summary.setText(self._summary_text(result))

    def _header_text(self, result: Preview) -> str:
        if not result.header_ambiguous:
            return ""
        if result.options.header:
            return self.tr(
                "Row {row} was taken as the header, but it could also be data: untick the box "
                "if it is."
            ).format(row=result.header_line)
        return self.tr(
            "Row {row} was taken as data, but it could also be a header: tick the box if it is."
        ).format(row=result.first_data_line)

    def _fill_classes(self, result: Preview, asked: ImportOptions | None) -> None:
        positive = self._positive.currentData() if asked is None else asked.positive_class
        negative = self._negative.currentData()
        if asked is not None and asked.keep_classes:
            negative = next(c for c in asked.keep_classes if c != asked.positive_class)
        with signals_blocked(self._positive):
            self._positive.clear()
            if len(result.classes) > 2:
                automatic = self.tr("Choose one: the first rows hold {count} classes").format(
                    count=len(result.classes)
                )
            else:
                automatic = self.tr("Automatic: '{name}' (the second in order)").format(
                    name=result.classes[-1] if result.classes else ""
                )
            self._positive.addItem(automatic, None)
            for name in result.classes:
                self._positive.addItem(name, name)
            if positive is not None and self._positive.findData(positive) < 0:
                self._positive.addItem(positive, positive)  # asked for, not in the first rows
            self._positive.setCurrentIndex(max(0, self._positive.findData(positive)))
        self._fill_negative(negative)

    def _fill_negative(self, keep: str | None = None) -> None:
        keep = keep if keep is not None else self._negative.currentData()
        positive = self._positive.currentData()
        classes = self._preview.classes if self._preview else ()
        with signals_blocked(self._negative):
            self._negative.clear()
            self._negative.addItem(self.tr("Every other class"), _ALL_OTHERS)
            if positive is not None:
                for name in classes:
                    if name != positive:
                        self._negative.addItem(name, name)
            self._negative.setCurrentIndex(max(0, self._negative.findData(keep)))
        self._negative.setEnabled(positive is not None and len(classes) > 2)

    def _fill_table(self, result: Preview) -> None:
        table = self._table
        with signals_blocked(table):
            table.clear()
            table.setColumnCount(len(result.columns))
            table.setRowCount(len(result.rows) + 1)
            palette = self.palette()
            muted = QBrush(palette.color(QPalette.ColorRole.PlaceholderText))
            bold = QFont(table.font())
            bold.setBold(True)
            for column, name in enumerate(result.columns):
                header = QTableWidgetItem(self._column_title(result, column, name))
                header.setToolTip(name)
                table.setHorizontalHeaderItem(column, header)
                table.setItem(0, column, self._use_item(result, column))
            rows = [self.tr("Use")] + [str(line) for line, _cells in result.rows]
            table.setVerticalHeaderLabels(rows)
            for row, (_line, cells) in enumerate(result.rows, start=1):
                for column, cell in enumerate(cells):
                    item = QTableWidgetItem(cell)
                    problem = result.problems.get((row - 1, column))
                    if column == result.label:
                        item.setBackground(_LABEL_BACKGROUND)
                        item.setFont(bold)
                    elif column in result.ignored:
                        item.setForeground(muted)
                    if problem is not None:
                        item.setBackground(_PROBLEM_BACKGROUND)
                        item.setToolTip(self._problem_text(problem))
                    table.setItem(row, column, item)
            table.resizeColumnsToContents()
            for column in range(table.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 160))

    def _column_title(self, result: Preview, column: int, name: str) -> str:
        if column == result.label:
            return self.tr("{name}\n(label)").format(name=name)
        if column in result.ignored:
            return self.tr("{name}\n(ignored)").format(name=name)
        return name

    def _use_item(self, result: Preview, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column == result.label:
            item.setText(self.tr("label"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(_LABEL_BACKGROUND)
            return item
        reason = result.ignored.get(column)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked if reason else Qt.CheckState.Checked)
        item.setText(ignore_reason(reason) if reason else self.tr("feature"))
        item.setToolTip(self.tr("Ticked: a feature the network learns from. Unticked: ignored."))
        return item

    def _problem_text(self, problem: str) -> str:
        return {
            "missing": self.tr("A missing value: the load stops here unless rows are dropped."),
            "not_a_number": self.tr(
                "Not a number: ignore this column, make it the label, or check the decimal mark."
            ),
            "not_finite": self.tr("Too large to standardise (or infinite)."),
            "ragged": self.tr("This row has a different number of cells than the others."),
        }[problem]

    def _summary_text(self, result: Preview) -> str:
        rows = (
            self.tr("{rows} rows").format(rows=result.sample_rows)
            if result.complete
            else self.tr("about {rows} rows (estimated from the first rows)").format(
                rows=f"{result.estimated_rows:,}"
            )
        )
        text = self.tr("{rows}, {columns} columns: {features} features, label '{label}'.").format(
            rows=rows,
            columns=len(result.columns),
            features=len(result.features),
            label=result.columns[result.label],
        )
        classes = result.classes
        if len(classes) > 2 and self._positive.currentData() is None:
            text += " " + self.tr(
                "The first rows hold {count} classes ({classes}): choose class 1, and class 0 "
                "or every other class."
            ).format(count=len(classes), classes=", ".join(classes))
        elif len(classes) >= 2:
            one = self._positive.currentData() or classes[1]
            zero = self._negative.currentData()
            if zero in (None, _ALL_OTHERS):
                zeros = [name for name in classes if name != one]
                zero = zeros[0] if len(zeros) == 1 else self.tr("every other class")
            text += " " + self.tr("'{zero}' → 0, '{one}' → 1.").format(zero=zero, one=one)
        if result.problems:
            text += " " + self.tr(
                "{count} cells of the first rows would stop the load (red: point at them to see "
                "why)."
            ).format(count=len({cell for cell in result.problems}))
        if result.ignored:
            shown = ", ".join(
                f"'{result.columns[i]}' ({ignore_reason(why)})" for i, why in result.ignored.items()
            )
            text += " " + self.tr("Ignored: {columns}.").format(columns=shown)
        return text

    # ------------------------------------------------------------------ reactions

    @Slot()
    def _on_reading_changed(self) -> None:
        """A new encoding, delimiter, decimal mark or header changes what the columns are:
        the label and the ignored columns are proposed anew."""
        if self._preview is None:
            return
        self._encoding_choice = self._encoding.currentData()
        self._refresh(
            ImportOptions(
                delimiter=self._delimiter.currentData(),
                decimal=self._decimal.currentData(),
                header=self._header.isChecked(),
                encoding=self._encoding_choice,
                missing=self._missing.currentData(),
            )
        )

    @Slot(int)
    def _on_label_changed(self, index: int) -> None:
        if self._preview is None or index < 0:
            return
        name = self._label.itemText(index)
        ignored = tuple(c for c in self._preview.options.ignore_columns or () if c != name)
        self._refresh(self._shown(label_column=name, ignore_columns=ignored))

    @Slot(int)
    def _on_header_clicked(self, column: int) -> None:
        self._label.setCurrentIndex(column)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.row() != 0 or self._preview is None:
            return
        result = self._preview
        ignored = {
            result.columns[column]
            for column in range(self._table.columnCount())
            if column != result.label
            and self._table.item(0, column).checkState() == Qt.CheckState.Unchecked
        }
        chosen = tuple(name for name in result.columns if name in ignored)
        self._refresh(replace(self.options(), ignore_columns=chosen))  # classes kept

    @Slot()
    def _on_classes_changed(self) -> None:
        if self.sender() is self._positive:
            self._fill_negative()
        if self._preview is not None:
            self._summary.setText(self._summary_text(self._preview))

    def _set_loading(self, loading: bool) -> None:
        self._progress.setVisible(loading)
        self._progress.setValue(0)
        for widget in (self._reading, self._learning, self._table):
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
