"""The import dialog's choices: how to read the file, and what to learn from it.

"How to read the file": encoding, delimiter, decimal mark, whether the first row is a header
(with a note when it could be either). "What to learn": the label column, the class that is 1,
the class that is 0 (every other class, or one class: the rows of the rest are dropped), and
what a missing value does. The form shows the choices of a `Preview` and reports the
student's changes by signal; the dialog reads the file again with them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from engine.csv_import import DECIMALS, ENCODINGS, MISSING_POLICIES, ImportOptions, Preview
from engine.csv_text import DELIMITERS
from gui.csv_texts import ALL_OTHERS, column_name, header_note
from gui.language import Retranslatable
from gui.widgets import set_row_texts, signals_blocked


class CsvOptionsForm(Retranslatable, QWidget):
    """Signals: ``reading_changed()`` (encoding, delimiter, decimal mark or header: the columns
    may be others now), ``label_changed(name)``, ``classes_changed()``."""

    reading_changed = Signal()
    label_changed = Signal(str)
    classes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._classes: tuple[str, ...] = ()
        self._found: str | None = None  # the encoding "Automatic" found
        self._encoding = QComboBox()
        self._delimiter = QComboBox()
        self._decimal = QComboBox()
        self._missing = QComboBox()
        for combo, keys in (
            (self._encoding, ENCODINGS),
            (self._delimiter, DELIMITERS),
            (self._decimal, DECIMALS),
            (self._missing, MISSING_POLICIES),
        ):
            for key in keys:
                combo.addItem("", key)
        self._header = QCheckBox()
        self._header_note = QLabel()
        self._header_note.setWordWrap(True)
        self._label = QComboBox()
        self._positive = QComboBox()
        self._negative = QComboBox()
        self._labels: dict[QWidget, QLabel] = {}
        self._reading = QGroupBox()
        self._learning = QGroupBox()
        reading = self._form(self._reading, [self._encoding, self._delimiter, self._decimal])
        reading.addRow(self._header)
        reading.addRow(self._header_note)
        self._form(self._learning, [self._label, self._positive, self._negative, self._missing])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._reading, 1)
        layout.addWidget(self._learning, 1)
        self.retranslate()

        for combo in (self._encoding, self._delimiter, self._decimal):
            combo.currentIndexChanged.connect(self.reading_changed)
        self._header.toggled.connect(self.reading_changed)
        self._label.currentIndexChanged.connect(self._on_label_changed)
        self._positive.currentIndexChanged.connect(self._on_positive_changed)
        self._negative.currentIndexChanged.connect(self.classes_changed)

    def _form(self, group: QGroupBox, fields: list[QWidget]) -> QFormLayout:
        layout = QFormLayout(group)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            label = QLabel()
            label.setBuddy(field)
            self._labels[field] = label
            layout.addRow(label, field)
        return layout

    def retranslate(self) -> None:
        self._reading.setTitle(self.tr("How to read the file"))
        self._learning.setTitle(self.tr("What to learn"))
        set_row_texts(
            self._labels[self._encoding],
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
        if self._found:
            encodings["auto"] = self.tr("Automatic (found: {encoding})").format(
                encoding=self._found
            )
        for index in range(self._encoding.count()):
            self._encoding.setItemText(index, encodings[self._encoding.itemData(index)])
        set_row_texts(
            self._labels[self._delimiter],
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
        set_row_texts(
            self._labels[self._decimal],
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
        set_row_texts(
            self._labels[self._label],
            self._label,
            self.tr("Label column"),
            self.tr(
                "The column the network learns to predict. You can also click a column's "
                "header in the table."
            ),
        )
        set_row_texts(
            self._labels[self._positive],
            self._positive,
            self.tr("Class 1"),
            self.tr(
                "The label value the network calls 1. With more than two classes, choose one: "
                "it is learnt against all the others."
            ),
        )
        set_row_texts(
            self._labels[self._negative],
            self._negative,
            self.tr("Class 0"),
            self.tr(
                "What the network calls 0: every other class, or a single class (the rows of "
                "the remaining classes are then dropped)."
            ),
        )
        set_row_texts(
            self._labels[self._missing],
            self._missing,
            self.tr("Missing values"),
            self.tr(
                "An empty cell, NA, NaN or ?: stop and say where it is, or leave out the rows "
                "that have one (the summary says how many)."
            ),
        )
        self._missing.setItemText(0, self.tr("Refuse the file (say where)"))
        self._missing.setItemText(1, self.tr("Drop those rows"))
        if self._classes:
            self._fill_classes(self._positive.currentData(), self._negative.currentData())

    # ------------------------------------------------------------------ what is shown

    def show_preview(self, result: Preview, encoding: str, asked: ImportOptions | None) -> None:
        """Show ``result``'s choices; ``encoding`` is the student's ("auto" stays automatic),
        ``asked`` the options asked for (None: keep the class choices shown)."""
        shown = result.options
        self._found = shown.encoding
        with signals_blocked(
            self._encoding, self._delimiter, self._decimal, self._header, self._label, self._missing
        ):
            self._encoding.setCurrentIndex(self._encoding.findData(encoding))
            self._encoding.setItemText(
                0, self.tr("Automatic (found: {encoding})").format(encoding=self._found)
            )
            self._delimiter.setCurrentIndex(self._delimiter.findData(shown.delimiter))
            self._decimal.setCurrentIndex(self._decimal.findData(shown.decimal))
            self._header.setChecked(bool(shown.header))
            self._missing.setCurrentIndex(self._missing.findData(shown.missing))
            self._label.clear()
            for name in result.columns:
                self._label.addItem(column_name(name), name)
            self._label.setCurrentIndex(result.label)
        self._classes = result.classes
        positive, negative = self.classes()
        if asked is not None:
            positive, negative = asked.positive_class, None
            if asked.keep_classes:
                negative = next(c for c in asked.keep_classes if c != asked.positive_class)
        self._fill_classes(positive, negative)
        self._header_note.setText(header_note(result))

    def header_note(self) -> str:
        return self._header_note.text()

    def encoding(self) -> str:
        """The encoding chosen: "auto" or a name."""
        return self._encoding.currentData()

    def encoding_text(self) -> str:
        """The encoding as the student reads it, e.g. "Automatic (found: cp949)"."""
        return self._encoding.currentText()

    def reading(self) -> ImportOptions:
        """The reading choices as shown; the label, the ignored columns and the classes are
        left for the file's first rows to propose."""
        return ImportOptions(
            delimiter=self._delimiter.currentData(),
            decimal=self._decimal.currentData(),
            header=self._header.isChecked(),
            encoding=self.encoding(),
            missing=self.missing(),
        )

    def missing(self) -> str:
        return self._missing.currentData()

    def classes(self) -> tuple[str | None, str | None]:
        """(class 1 or None: automatic, class 0: a class, `ALL_OTHERS` or None)."""
        return self._positive.currentData(), self._negative.currentData()

    def class_choice(self) -> dict[str, object]:
        """The class choices as `ImportOptions` fields."""
        positive, negative = self.classes()
        keep = None
        if positive is not None and negative not in (None, ALL_OTHERS):
            keep = (negative, positive)
        return {"positive_class": positive, "keep_classes": keep}

    # ------------------------------------------------------------------ changes from code

    def set_label(self, name: str) -> None:
        """Make a column the label, as choosing it in the list does."""
        index = self._label.findData(name)
        if index < 0:
            raise ValueError(f"no column {name!r}")
        self._label.setCurrentIndex(index)

    def set_classes(self, positive: str | None, negative: str | None = None) -> None:
        """Choose class 1, and class 0 (None: every other class)."""
        with signals_blocked(self._positive):
            self._positive.setCurrentIndex(self._positive.findData(positive))
        self._fill_negative(None)
        self._negative.setCurrentIndex(
            self._negative.findData(ALL_OTHERS if negative is None else negative)
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
        """Change reading options as the combo boxes do."""
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

    # ------------------------------------------------------------------ the class choices

    def _fill_classes(self, positive: str | None, negative: str | None) -> None:
        with signals_blocked(self._positive):
            self._positive.clear()
            if len(self._classes) > 2:
                automatic = self.tr("Choose one: the first rows hold {count} classes").format(
                    count=len(self._classes)
                )
            else:
                automatic = self.tr("Automatic: '{name}' (the second in order)").format(
                    name=self._classes[-1] if self._classes else ""
                )
            self._positive.addItem(automatic, None)
            for name in self._classes:
                self._positive.addItem(name, name)
            if positive is not None and self._positive.findData(positive) < 0:
                self._positive.addItem(positive, positive)  # asked for, not in the first rows
            self._positive.setCurrentIndex(max(0, self._positive.findData(positive)))
        self._fill_negative(negative)

    def _fill_negative(self, keep: str | None) -> None:
        keep = keep if keep is not None else self._negative.currentData()
        positive = self._positive.currentData()
        with signals_blocked(self._negative):
            self._negative.clear()
            self._negative.addItem(self.tr("Every other class"), ALL_OTHERS)
            if positive is not None:
                for name in self._classes:
                    if name != positive:
                        self._negative.addItem(name, name)
            self._negative.setCurrentIndex(max(0, self._negative.findData(keep)))
        self._negative.setEnabled(positive is not None and len(self._classes) > 2)

    @Slot(int)
    def _on_label_changed(self, index: int) -> None:
        if index >= 0:
            self.label_changed.emit(self._label.itemData(index))

    @Slot()
    def _on_positive_changed(self) -> None:
        self._fill_negative(None)
        self.classes_changed.emit()
