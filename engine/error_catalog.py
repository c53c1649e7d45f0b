"""The words of every data error and training hint, in one place: English templates by kind.

A `DatasetError` carries its kind and its facts (``details``, listed in
`engine.datasets.ERROR_KINDS`); `error_text` words them. The engine words them in English
(`DatasetError`'s message), and the window words them through Qt's translator, by the same
function with its translation lookup (``localise``): one template per kind, so a message
cannot say one thing in the terminal and another in the window.

The engine has no Qt, so the templates are marked with a no-op `QT_TRANSLATE_NOOP` of the same
name as Qt's: ``pyside6-lupdate engine/*.py gui/*.py`` finds them, in the context "DataErrors".
Numbers the engine decides (the value limit, the cell limit) travel in the details, never
copied into a template. The hints about a run (`hint_text`, context "TrainingHints") work the
same way: the terminal prints them in English, the plot shows them translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

CONTEXT = "DataErrors"
HINT_CONTEXT = "TrainingHints"
SHOWN_CLASSES = 5  # label values listed before " and N more"

Localise = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def english(context: str, text: str) -> str:
    """The templates as written: what the engine and the terminal show."""
    return text


def error_text(kind: str, details: Mapping[str, object], localise: Localise = english) -> str:
    """The message for an error of ``kind`` with these ``details``, in the language
    ``localise`` looks up (English by default). KeyError for an unknown kind or for details
    that lack a field its template needs."""
    return localise(CONTEXT, TEMPLATES[kind]).format(**_fields(details, localise))


TEMPLATES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP(
        "DataErrors", "No such file: {path}. Check the folder and the file name."
    ),
    "folder": QT_TRANSLATE_NOOP(
        "DataErrors", "{path} is a folder, not a CSV file. Choose a .csv file inside it."
    ),
    "not_a_file": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{path} is not a file but a device or a pipe; it is not read. Choose a CSV file.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "DataErrors", "Cannot read {path}: {reason}. Check that the file is readable."
    ),
    "binary": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: the file holds binary data (NUL bytes), so it is not a text CSV "
        "file. Export the data as CSV and open that file.",
    ),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: byte {byte} is not valid {encoding} text. Choose the file's "
        "encoding (in the import dialog, or with --encoding; e.g. cp949 or latin-1), or save "
        "the file as 'CSV UTF-8'.",
    ),
    "bad_quotes": QT_TRANSLATE_NOOP(
        "DataErrors", "{file}, row {row}: {reason}. Check the quotes from that row on."
    ),
    "line_too_long": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: the row runs over {megabytes} MB without ending; a quote is "
        "probably never closed. Check the quotes from that row on.",
    ),
    "empty": QT_TRANSLATE_NOOP("DataErrors", "{file} is empty. Choose a CSV file with data rows."),
    "header_only": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file} has a header line but no data rows. Add the data below the header.",
    ),
    "one_column": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: found {count} column (separator {separator}); at least 2 are "
        "needed, one or more features and the label. Choose the delimiter that separates the "
        "values.",
    ),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}: columns {first} and {second} are both named {name}. Rename one of them in "
        "the header, so that each column can be chosen by name.",
    ),
    "unknown_column": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file} has no column {name} (asked for as {role}). Choose from: {columns} (or give "
        "its number, 1 to {count}).",
    ),
    "label_ignored": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}: {column} cannot be both the label and ignored. Choose another label column "
        "or stop ignoring it.",
    ),
    "no_features": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}: every column except the label is ignored, so no feature is left. Ignore "
        "fewer columns.",
    ),
    "ragged_row": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: {count} cells, but {reference} has {expected}. Give every row the "
        "same number of cells (look for a missing or extra separator).",
    ),
    "missing_value": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}, {column}: {missing}. Fill it in, delete the row, or drop rows "
        "with missing values.",
    ),
    "not_a_number": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}, {column}: {value} is not a number{hint}. Feature columns must "
        "hold numbers: correct the cell, ignore the column, or choose it as the label.",
    ),
    "infinite": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}, {column}: {value} is infinite. Replace it with a finite number "
        "or delete the row.",
    ),
    "value_too_large": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}, {column}: {value} is too large to standardise (its square "
        "overflows). Rescale the column, e.g. to other units, so that values stay below "
        "about {value_limit}.",
    ),
    "missing_label": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}, {column}: {missing}. Fill in the label, delete the row, or drop "
        "rows with missing values.",
    ),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{file}, row {row}: more than {limit} cells so far ({count} columns); this app reads "
        "up to {limit}. Use fewer rows or columns.",
    ),
    "one_class": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{where}: every row has the value {value}; a classifier needs two classes. Choose "
        "another label column or add rows of the other class.",
    ),
    "too_many_classes": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{where}: {count} different values ({classes}); the network here tells two classes "
        "apart. Choose the class that is 1, learnt against the rest (--positive-class, or "
        "Class 1 in the import dialog), or two classes to keep (--keep-classes A,B, or "
        "Class 0 in the dialog).",
    ),
    "unknown_class": QT_TRANSLATE_NOOP(
        "DataErrors", "{where}: no row has the class {value}. Choose one of: {choices}."
    ),
    "class_too_small": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{where}: class {class_name} has only {count} row(s); each class needs at least 2 "
        "(one for training, one for validation). Add rows of that class.",
    ),
    "split_impossible": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{where}: a validation ratio of {val_ratio} splits the {rows} rows into {train} "
        "train / {validation} validation, which cannot give both parts a row of each class: "
        "the smaller class ({class_name}) has {count} rows. Add rows of that class or choose "
        "a validation ratio nearer 0.5.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "DataErrors",
        "{where}: some values are too large to standardise (their squares overflow); "
        "rescale the columns, e.g. to other units, so that values stay below about {value_limit}.",
    ),
}
HINTS: dict[str, str] = {
    "diverged": QT_TRANSLATE_NOOP(
        "TrainingHints",
        "Training stopped at epoch {epoch}: the loss or the weights became infinite or NaN. "
        "The learning rate is far too high; try one 10 or 100 times smaller.",
    ),
    "too_high": QT_TRANSLATE_NOOP(
        "TrainingHints",
        "The training loss climbs and jumps instead of falling: the learning rate is "
        "probably too high. Try a smaller one (for example 10 times smaller).",
    ),
}


def hint_text(kind: str, localise: Localise = english, **fields: object) -> str:
    """The hint of ``kind`` ("diverged" with ``epoch``, or "too_high") in the language
    ``localise`` looks up."""
    return localise(HINT_CONTEXT, HINTS[kind]).format(**fields)


# The pieces that messages compose from the details, translated with them.
_WORDS: dict[str, str] = {
    "value_missing": QT_TRANSLATE_NOOP("DataErrors", "the value is missing ({value})"),
    "cell_empty": QT_TRANSLATE_NOOP("DataErrors", "the cell is empty"),
    "label_place": QT_TRANSLATE_NOOP("DataErrors", "{file}, label {column}"),
    "role_label": QT_TRANSLATE_NOOP("DataErrors", "the label column"),
    "role_ignore": QT_TRANSLATE_NOOP("DataErrors", "a column to ignore"),
    ",": QT_TRANSLATE_NOOP("DataErrors", "comma"),
    ";": QT_TRANSLATE_NOOP("DataErrors", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("DataErrors", "tab"),
    " ": QT_TRANSLATE_NOOP("DataErrors", "space"),
    "header": QT_TRANSLATE_NOOP("DataErrors", "the header"),
    "row": QT_TRANSLATE_NOOP("DataErrors", "row {row}"),
    "hint_comma": QT_TRANSLATE_NOOP(
        "DataErrors", " (the decimal mark is set to point: choose comma)"
    ),
    "hint_point": QT_TRANSLATE_NOOP(
        "DataErrors", " (the decimal mark is set to comma: choose point)"
    ),
    "hint_header": QT_TRANSLATE_NOOP(
        "DataErrors",
        " (if row {row} is a header, say so: --header yes, or tick it in the import dialog)",
    ),
    "named_column": QT_TRANSLATE_NOOP("DataErrors", "column {name} ({number})"),
    "numbered_column": QT_TRANSLATE_NOOP("DataErrors", "column {number}"),
    "more": QT_TRANSLATE_NOOP("DataErrors", " and {count} more"),
}


def _fields(details: Mapping[str, object], localise: Localise) -> dict[str, object]:
    """The details as the templates show them: quoted texts, named columns, composed parts.

    Derived fields appear only when the details they come from are there, so a template that
    needs a missing one raises KeyError.
    """

    def word(key: str) -> str:
        return localise(CONTEXT, _WORDS[key])

    fields = dict(details)
    if "value" in details:
        fields["value"] = repr(details["value"])
        fields["missing"] = (
            word("value_missing").format(value=repr(details["value"]))
            if details["value"]
            else word("cell_empty")
        )
    if "hint" in details:
        hint = details["hint"]
        fields["hint"] = word(f"hint_{hint}").format(row=details["row"]) if hint else ""
    if "column_number" in details:
        fields["column"] = _column(details, word)
    if "file" in details and "column_number" in details:
        fields["where"] = word("label_place").format(file=details["file"], column=fields["column"])
    elif "dataset" in details:
        # A built-in set is named as in code: the name and its argument are not translated.
        fields["where"] = f"{details['dataset']} (n_samples={details['n_samples']})"
    if "name" in details:
        fields["name"] = repr(details["name"])
    if "option" in details:
        fields["role"] = word("role_label" if details["option"] == "label" else "role_ignore")
    if "limit" in details:
        fields["limit"] = f"{details['limit']:,}"
    if "value_limit" in details:
        fields["value_limit"] = power_of_ten(details["value_limit"])
    if "class_name" in details:
        fields["class_name"] = repr(details["class_name"])
    if "columns" in details:
        fields["columns"] = ", ".join(repr(name) for name in _sequence(details["columns"]))
    if "classes" in details:
        classes = _sequence(details["classes"])
        fields["classes"] = _classes(classes, word)
        fields["choices"] = ", ".join(map(repr, classes[:10])) + (" …" if len(classes) > 10 else "")
    if "byte" in details:
        fields["byte"] = f"0x{details['byte']:02x}"
    if "separator" in details:
        separator = details["separator"]
        fields["separator"] = word(separator) if separator in ",;\t " else repr(separator)
    if "first_row" in details:
        fields["reference"] = (
            word("header") if details["header"] else word("row").format(row=details["first_row"])
        )
    if "val_ratio" in details:
        fields["val_ratio"] = f"{details['val_ratio']:g}"
    return fields


def power_of_ten(value: object) -> str:
    """1e150 as a student writes it, not Python's 1e+150."""
    return f"{value:.0e}".replace("e+", "e")


def _column(details: Mapping[str, object], word: Callable[[str], str]) -> str:
    """A column by name and number when the file has a header and the column a name of its
    own, by number alone otherwise."""
    if details["header"] and details["column"] != f"column {details['column_number']}":
        return word("named_column").format(
            name=repr(details["column"]), number=details["column_number"]
        )
    return word("numbered_column").format(number=details["column_number"])


def _classes(classes: Sequence[object], word: Callable[[str], str]) -> str:
    """The first few label values, and how many more there are."""
    listed = ", ".join(repr(name) for name in classes[:SHOWN_CLASSES])
    if len(classes) <= SHOWN_CLASSES:
        return listed
    return listed + word("more").format(count=len(classes) - SHOWN_CLASSES)


def _sequence(value: object) -> Sequence[object]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(f"expected a sequence of names; got {value!r}")
    return value
