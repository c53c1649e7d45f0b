"""What the CSV import says, in the window's language: why a column is ignored, what is wrong
with a cell, which row could be a header, and the summary under the preview.

Written once here and used by the dialog's parts (`gui.csv_options_form`, `gui.csv_preview`,
`gui.csv_dialog`) and by the data panel, which repeats what the loaded file's import chose.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from engine.csv_import import CsvReport, Preview

ALL_OTHERS = "\x00all"  # the "class 0" choice meaning "every other class" (no real value)
_GENERATED = re.compile(r"column ([0-9]+)")  # the engine's name for a column without one


def column_name(name: str) -> str:
    """A column's name as shown: the engine calls a column without a name "column 3" (its
    options and files keep that), the window says it in its own language."""
    generated = _GENERATED.fullmatch(name)
    if generated is None:
        return name
    return QCoreApplication.translate("CsvImport", "column {number}").format(
        number=generated.group(1)
    )


def ignore_reason(reason: str) -> str:
    """Why a column is ignored."""
    return {
        "chosen": QCoreApplication.translate("CsvImport", "ignored"),
        "id": QCoreApplication.translate("CsvImport", "named like an id"),
        "row_number": QCoreApplication.translate("CsvImport", "a row number"),
        "empty": QCoreApplication.translate("CsvImport", "empty"),
    }.get(reason, reason)


def import_summary(report: CsvReport | None) -> str:
    """What an import chose beyond the label (the data panel shows it under the file); empty
    when it chose nothing more, or for no report."""
    parts: list[str] = []
    if report is None:
        return ""
    if report.ignored:
        shown = ", ".join(
            f"'{column_name(name)}' ({ignore_reason(why)})" for name, why in report.ignored
        )
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


def problem_text(problem: str) -> str:
    """Why a cell of the preview would stop the load (a key of `Preview.problems`)."""
    return {
        "missing": QCoreApplication.translate(
            "CsvImportDialog", "A missing value: the load stops here unless rows are dropped."
        ),
        "not_a_number": QCoreApplication.translate(
            "CsvImportDialog",
            "Not a number: ignore this column, make it the label, or check the decimal mark.",
        ),
        "not_finite": QCoreApplication.translate(
            "CsvImportDialog", "Too large to standardise (or infinite)."
        ),
        "ragged": QCoreApplication.translate(
            "CsvImportDialog", "This row has a different number of cells than the others."
        ),
    }[problem]


def header_note(result: Preview) -> str:
    """Which way an ambiguous first row was taken, and how to take it the other way."""
    if not result.header_ambiguous:
        return ""
    if result.options.header:
        return QCoreApplication.translate(
            "CsvImportDialog",
            "Row {row} was taken as the header, but it could also be data: untick the box "
            "if it is.",
        ).format(row=result.header_line)
    return QCoreApplication.translate(
        "CsvImportDialog",
        "Row {row} was taken as data, but it could also be a header: tick the box if it is.",
    ).format(row=result.first_data_line)


def column_title(result: Preview, column: int) -> str:
    """A column's header in the preview: its name, and its role if it has one."""
    name = column_name(result.columns[column])
    if column == result.label:
        return QCoreApplication.translate("CsvImportDialog", "{name}\n(label)").format(name=name)
    if column in result.ignored:
        return QCoreApplication.translate("CsvImportDialog", "{name}\n(ignored)").format(name=name)
    return name


def preview_summary(result: Preview, positive: str | None, negative: str | None) -> str:
    """Rows, columns and roles, the class mapping (``positive`` the class chosen as 1 or None,
    ``negative`` the class chosen as 0, `ALL_OTHERS` or None), problem cells, ignored columns."""
    rows = (
        QCoreApplication.translate("CsvImportDialog", "{rows} rows").format(rows=result.sample_rows)
        if result.complete
        else QCoreApplication.translate(
            "CsvImportDialog", "about {rows} rows (estimated from the first rows)"
        ).format(rows=f"{result.estimated_rows:,}")
    )
    text = QCoreApplication.translate(
        "CsvImportDialog", "{rows}, {columns} columns: {features} features, label '{label}'."
    ).format(
        rows=rows,
        columns=len(result.columns),
        features=len(result.features),
        label=column_name(result.columns[result.label]),
    )
    classes = result.classes
    if len(classes) > 2 and positive is None:
        text += " " + QCoreApplication.translate(
            "CsvImportDialog",
            "The first rows hold {count} classes ({classes}): choose class 1, and class 0 "
            "or every other class.",
        ).format(count=len(classes), classes=", ".join(classes))
    elif len(classes) >= 2:
        one = positive or classes[1]
        zero = negative
        if zero in (None, ALL_OTHERS):
            zeros = [name for name in classes if name != one]
            zero = (
                zeros[0]
                if len(zeros) == 1
                else QCoreApplication.translate("CsvImportDialog", "every other class")
            )
        text += " " + QCoreApplication.translate(
            "CsvImportDialog", "'{zero}' → 0, '{one}' → 1."
        ).format(zero=zero, one=one)
    if result.problems:
        text += " " + QCoreApplication.translate(
            "CsvImportDialog",
            "{count} cells of the first rows would stop the load (red: point at them to see why).",
        ).format(count=len(result.problems))
    if result.ignored:
        shown = ", ".join(
            f"'{column_name(result.columns[i])}' ({ignore_reason(why)})"
            for i, why in result.ignored.items()
        )
        text += " " + QCoreApplication.translate("CsvImportDialog", "Ignored: {columns}.").format(
            columns=shown
        )
    return text
