"""The engine's data errors in the window's language.

The engine has no Qt, so a `DatasetError` carries its English message plus a machine-readable
`kind` and `details` (see `engine.datasets.ERROR_KINDS`). Here each kind has one source string
that reads like the engine's message, translated in the context "DataErrors" and filled from the
details. A kind this module does not know, or details it cannot use, fall back to the engine's
English message: a student always sees what went wrong, if not always in their language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from engine.datasets import DatasetError

_SHOWN_CLASSES = 5  # the engine lists at most this many label values


def describe(error: DatasetError) -> str:
    """The error's message in the installed language, or `str(error)` if it cannot be worded."""
    template = _templates().get(getattr(error, "kind", ""))
    details = getattr(error, "details", None)
    if template is None or not isinstance(details, dict):
        return str(error)
    try:
        return template.format(**_fields(details))
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return str(error)


def _templates() -> dict[str, str]:
    """One message per kind, translated now so that a language switch takes effect at once."""

    return {
        "not_found": QCoreApplication.translate(
            "DataErrors", "No such file: {path}. Check the folder and the file name."
        ),
        "folder": QCoreApplication.translate(
            "DataErrors", "{path} is a folder, not a CSV file. Choose a .csv file inside it."
        ),
        "not_a_file": QCoreApplication.translate(
            "DataErrors",
            "{path} is not a file but a device or a pipe; it is not read. Choose a CSV file.",
        ),
        "unreadable": QCoreApplication.translate(
            "DataErrors", "Cannot read {path}: {reason}. Check that the file is readable."
        ),
        "binary": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: the file holds binary data (NUL bytes), so it is not a text CSV "
            "file. Export the data as CSV and open that file.",
        ),
        "bad_encoding": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: byte {byte} is not valid {encoding} text. Choose the file's "
            "encoding (in the import dialog, or with --encoding; e.g. cp949 or latin-1), or save "
            "the file as 'CSV UTF-8'.",
        ),
        "bad_quotes": QCoreApplication.translate(
            "DataErrors", "{file}, row {row}: {reason}. Check the quotes from that row on."
        ),
        "line_too_long": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: the row runs over {megabytes} MB without ending; a quote is "
            "probably never closed. Check the quotes from that row on.",
        ),
        "empty": QCoreApplication.translate(
            "DataErrors", "{file} is empty. Choose a CSV file with data rows."
        ),
        "header_only": QCoreApplication.translate(
            "DataErrors",
            "{file} has a header line but no data rows. Add the data below the header.",
        ),
        "one_column": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: found {count} column (separator {separator}); at least 2 are "
            "needed, one or more features and the label. Choose the delimiter that separates the "
            "values.",
        ),
        "duplicate_column": QCoreApplication.translate(
            "DataErrors",
            "{file}: columns {first} and {second} are both named {name}. Rename one of them in "
            "the header, so that each column can be chosen by name.",
        ),
        "unknown_column": QCoreApplication.translate(
            "DataErrors",
            "{file} has no column {name} (asked for as {role}). Choose from: {columns} (or give "
            "its number, 1 to {count}).",
        ),
        "label_ignored": QCoreApplication.translate(
            "DataErrors",
            "{file}: {column} cannot be both the label and ignored. Choose another label column "
            "or stop ignoring it.",
        ),
        "no_features": QCoreApplication.translate(
            "DataErrors",
            "{file}: every column except the label is ignored, so no feature is left. Ignore "
            "fewer columns.",
        ),
        "ragged_row": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: {count} cells, but {reference} has {expected}. Give every row the "
            "same number of cells (look for a missing or extra separator).",
        ),
        "missing_value": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}, {column}: {missing}. Fill it in, delete the row, or drop rows "
            "with missing values.",
        ),
        "not_a_number": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}, {column}: {value} is not a number{hint}. Feature columns must "
            "hold numbers: correct the cell, ignore the column, or choose it as the label.",
        ),
        "infinite": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}, {column}: {value} is infinite. Replace it with a finite number "
            "or delete the row.",
        ),
        "value_too_large": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}, {column}: {value} is too large to standardise (its square "
            "overflows). Rescale the column, e.g. to other units, so that values stay below "
            "about 1e150.",
        ),
        "missing_label": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}, {column}: {missing}. Fill in the label, delete the row, or drop "
            "rows with missing values.",
        ),
        "too_many_cells": QCoreApplication.translate(
            "DataErrors",
            "{file}, row {row}: more than {limit} cells so far ({count} columns); this app reads "
            "up to {limit}. Use fewer rows or columns.",
        ),
        "one_class": QCoreApplication.translate(
            "DataErrors",
            "{where}: every row has the value {value}; a classifier needs two classes. Choose "
            "another label column or add rows of the other class.",
        ),
        "too_many_classes": QCoreApplication.translate(
            "DataErrors",
            "{where}: {count} different values ({classes}); the network here tells two classes "
            "apart. Choose the class that is 1, learnt against the rest (--positive-class, or "
            "Class 1 in the import dialog), or two classes to keep (--keep-classes A,B, or "
            "Class 0 in the dialog).",
        ),
        "unknown_class": QCoreApplication.translate(
            "DataErrors", "{where}: no row has the class {value}. Choose one of: {choices}."
        ),
        "class_too_small": QCoreApplication.translate(
            "DataErrors",
            "{where}: class {class_name} has only {count} row(s); each class needs at least 2 "
            "(one for training, one for validation). Add rows of that class.",
        ),
        "split_impossible": QCoreApplication.translate(
            "DataErrors",
            "{where}: a validation ratio of {val_ratio} splits the {rows} rows into {train} "
            "train / {validation} validation, which cannot give both parts a row of each class: "
            "the smaller class ({class_name}) has {count} rows. Add rows of that class or choose "
            "a validation ratio nearer 0.5.",
        ),
        "too_large": QCoreApplication.translate(
            "DataErrors",
            "{where}: some values are too large to standardise (their squares overflow); "
            "rescale the columns, e.g. to other units, so that values stay below about 1e150.",
        ),
    }


def _fields(details: dict[str, object]) -> dict[str, object]:
    """The details as the templates show them: quoted texts, named columns, composed parts.

    Derived fields appear only when the details they come from are there, so a template that
    needs a missing one raises KeyError and `describe` falls back to the English message.
    """
    fields = dict(details)
    if "value" in details:
        fields["value"] = repr(details["value"])
        fields["missing"] = (
            QCoreApplication.translate("DataErrors", "the value is missing ({value})").format(
                value=repr(details["value"])
            )
            if details["value"]
            else QCoreApplication.translate("DataErrors", "the cell is empty")
        )
    if "hint" in details:
        fields["hint"] = _hint(details)
    if "column_number" in details:
        fields["column"] = _column(details)
    if "file" in details and "column_number" in details:
        fields["where"] = QCoreApplication.translate("DataErrors", "{file}, label {column}").format(
            file=details["file"], column=fields["column"]
        )
    elif "dataset" in details:
        # A built-in set is named as in code: the name and its argument are not translated.
        fields["where"] = f"{details['dataset']} (n_samples={details['n_samples']})"
    if "name" in details:
        fields["name"] = repr(details["name"])
    if "option" in details:
        fields["role"] = (
            QCoreApplication.translate("DataErrors", "the label column")
            if details["option"] == "label"
            else QCoreApplication.translate("DataErrors", "a column to ignore")
        )
    if "limit" in details:
        fields["limit"] = f"{details['limit']:,}"
    if "class_name" in details:
        fields["class_name"] = repr(details["class_name"])
    if "columns" in details:
        fields["columns"] = ", ".join(repr(name) for name in _sequence(details["columns"]))
    if "classes" in details:
        classes = _sequence(details["classes"])
        fields["classes"] = _classes(classes)
        fields["choices"] = ", ".join(map(repr, classes[:10])) + (" …" if len(classes) > 10 else "")
    if "byte" in details:
        fields["byte"] = f"0x{details['byte']:02x}"
    if "separator" in details:
        names = {
            ",": QCoreApplication.translate("DataErrors", "comma"),
            ";": QCoreApplication.translate("DataErrors", "semicolon"),
            "\t": QCoreApplication.translate("DataErrors", "tab"),
            " ": QCoreApplication.translate("DataErrors", "space"),
        }
        fields["separator"] = names.get(details["separator"], repr(details["separator"]))
    if "first_row" in details:
        fields["reference"] = (
            QCoreApplication.translate("DataErrors", "the header")
            if details["header"]
            else QCoreApplication.translate("DataErrors", "row {row}").format(
                row=details["first_row"]
            )
        )
    if "val_ratio" in details:
        fields["val_ratio"] = f"{details['val_ratio']:g}"
    return fields


def _hint(details: dict[str, object]) -> str:
    """Why a cell may not be a number, as `engine.csv_import` words it."""
    hint = details["hint"]
    if hint == "comma":
        return QCoreApplication.translate(
            "DataErrors", " (the decimal mark is set to point: choose comma)"
        )
    if hint == "point":
        return QCoreApplication.translate(
            "DataErrors", " (the decimal mark is set to comma: choose point)"
        )
    if hint == "header":
        return QCoreApplication.translate(
            "DataErrors",
            " (if row {row} is a header, say so: --header yes, or tick it in the import dialog)",
        ).format(row=details["row"])
    return ""


def _column(details: dict[str, object]) -> str:
    """A column by name and number when the file has a header and the column a name of its
    own, by number alone otherwise (as `engine.csv_import.column_words`)."""
    if details["header"] and details["column"] != f"column {details['column_number']}":
        return QCoreApplication.translate("DataErrors", "column {name} ({number})").format(
            name=repr(details["column"]), number=details["column_number"]
        )
    return QCoreApplication.translate("DataErrors", "column {number}").format(
        number=details["column_number"]
    )


def _classes(classes: Sequence[object]) -> str:
    """The first few label values, and how many more there are."""
    listed = ", ".join(repr(name) for name in classes[:_SHOWN_CLASSES])
    if len(classes) <= _SHOWN_CLASSES:
        return listed
    more = QCoreApplication.translate("DataErrors", " and {count} more").format(
        count=len(classes) - _SHOWN_CLASSES
    )
    return listed + more


def _sequence(value: object) -> Sequence[object]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"expected a sequence of names; got {value!r}")
    return value
