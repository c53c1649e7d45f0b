"""Students' own data as it really comes: Kaggle and UCI downloads, Korean Excel, pandas exports.

Reading a CSV is two steps, and the window shows the first before it does the second:

1. `preview(path, options)` reads only the first rows (at most `SAMPLE_BYTES`, whatever the
   file's size) and proposes every option the caller left open: encoding, delimiter, decimal
   mark, header or not, the label column, columns to ignore. Each proposal carries its reason,
   so the dialog and the command line can say what was chosen and why; nothing is silent.
2. `read_csv(path, options)` reads the whole file with those options (`engine.csv_reader`:
   in chunks, with progress and cancel, memory near the size of the result), then maps the
   label values to 0 and 1 as the options say: two classes, one class against the rest, or
   two classes kept and the other rows dropped.

`load_csv` does both and splits and scales the rows as `engine.datasets` does for every
dataset. Every refusal is a `DatasetError` naming the file, the row as numbered in the file,
the column and what to do.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from engine.csv_reader import read_rows
from engine.csv_text import (
    DELIMITERS,
    NUMBER,
    binary_error,
    cell_problem,
    check_duplicates,
    check_file,
    column_index,
    decode_text,
    describe_delimiter,
    detect_encoding,
    header_votes,
    is_missing,
    propose_ignored,
    propose_label,
    read_start,
    sniff_decimal,
    sniff_delimiter,
    split_rows,
    to_float,
)
from engine.datasets import (
    VAL_RATIO_RANGE,
    Dataset,
    _check_range,
    _split_and_scale,
    data_error,
)
from engine.feature_columns import FeatureColumns

logger = logging.getLogger(__name__)

MAX_CELLS = 50_000_000  # beyond this a file is refused: ~400 MB of float64 before any copy


PREVIEW_ROWS = 20  # rows the dialog shows; the proposals look at the whole sample


DECIMALS = (".", ",")


ENCODINGS = ("auto", "utf-8", "utf-8-sig", "cp949", "utf-16", "latin-1")


MISSING_POLICIES = ("refuse", "drop")


class LoadCancelled(Exception):
    """The caller's ``cancelled()`` said stop; nothing was loaded."""


@dataclass(frozen=True)
class ImportOptions:
    """How to read a CSV. ``None`` (and encoding ``"auto"``) leave the choice to `preview`.

    ``label_column`` and ``ignore_columns`` name columns by header name, by the generated name
    ("column 3") or by number from 1. ``positive_class`` is the label value that becomes 1 (with
    more than two classes: one against the rest); ``keep_classes`` keeps the rows of two classes
    and drops the others. ``missing`` says what a missing feature or label does: "refuse" (an
    error naming row and column) or "drop" (the row is dropped and counted).
    """

    delimiter: str | None = None
    decimal: str | None = None
    header: bool | None = None
    encoding: str = "auto"
    label_column: str | None = None
    ignore_columns: tuple[str, ...] | None = None
    positive_class: str | None = None
    keep_classes: tuple[str, str] | None = None
    missing: str = "refuse"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if self.delimiter is not None and not _one_of(self.delimiter, DELIMITERS):
            raise ValueError(
                f"delimiter must be one of {', '.join(map(repr, DELIMITERS))} or None (detect); "
                f"got {self.delimiter!r}"
            )
        if self.decimal is not None and not _one_of(self.decimal, DECIMALS):
            raise ValueError(f"decimal must be '.' or ',' or None (detect); got {self.decimal!r}")
        if self.decimal == "," and self.delimiter == ",":
            raise ValueError("decimal ',' needs another delimiter than ',' (e.g. ';')")
        if self.header is not None and not isinstance(self.header, bool):
            raise ValueError(f"header must be True, False or None (detect); got {self.header!r}")
        if not _one_of(self.encoding, ENCODINGS):
            raise ValueError(
                f"encoding must be one of {', '.join(ENCODINGS)}; got {self.encoding!r}"
            )
        if not _one_of(self.missing, MISSING_POLICIES):
            raise ValueError(f"missing must be 'refuse' or 'drop'; got {self.missing!r}")
        for name in ("label_column", "positive_class"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be text or None; got {value!r}")
        if self.ignore_columns is not None:
            if not isinstance(self.ignore_columns, list | tuple) or not all(
                isinstance(name, str) for name in self.ignore_columns
            ):
                raise ValueError(
                    f"ignore_columns must be a list of texts; got {self.ignore_columns!r}"
                )
            set_(self, "ignore_columns", tuple(self.ignore_columns))
        if self.keep_classes is not None:
            keep = self.keep_classes
            if (
                not isinstance(keep, list | tuple)
                or len(keep) != 2
                or not all(isinstance(name, str) for name in keep)
                or keep[0] == keep[1]
            ):
                raise ValueError(f"keep_classes must be two different values; got {keep!r}")
            set_(self, "keep_classes", (keep[0], keep[1]))
            if self.positive_class is not None and self.positive_class not in keep:
                raise ValueError(
                    f"positive_class {self.positive_class!r} must be one of the kept classes "
                    f"{keep[0]!r} and {keep[1]!r}"
                )


def _one_of(value: object, allowed: object) -> bool:
    """``value in allowed`` for a value read from a file, which may be any JSON value."""
    return isinstance(value, str) and value in allowed


@dataclass(frozen=True)
class Preview:
    """The first rows of a file and the options that read it, every open choice resolved.

    ``rows`` are the first `PREVIEW_ROWS` data rows as ``(row number in the file, cells)``;
    ``ignored`` maps a column index to why it is ignored ("chosen", "id", "row_number",
    "empty"); ``problems`` maps ``(index in rows, column)`` to what is wrong with that cell
    ("missing", "not_a_number", "not_finite", "ragged"); ``classes`` are the label values seen
    in the sample (the whole file may hold more).
    """

    file: str
    options: ImportOptions
    columns: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    label: int
    ignored: dict[int, str]
    header_line: int | None
    header_ambiguous: bool
    encoding_detected: bool
    classes: tuple[str, ...]
    problems: dict[tuple[int, int], str]
    sample_rows: int
    estimated_rows: int
    complete: bool  # the sample is the whole file
    first_data_line: int  # where the data starts (after blank lines and the header)
    bare_cr: bool = False  # lines end in a carriage return alone (old Mac files)

    @property
    def features(self) -> tuple[int, ...]:
        return tuple(
            i for i in range(len(self.columns)) if i != self.label and i not in self.ignored
        )

    def place(self, index: int) -> dict[str, object]:
        """The details that locate a column in a `DatasetError`."""
        return {
            "file": self.file,
            "column": self.columns[index],
            "column_number": index + 1,
            "header": self.header_line is not None,
        }


def _unknown_column(file: str, reference: str, option: str, columns: Sequence[str]):
    return data_error(
        "unknown_column",
        file=file,
        name=reference,
        option=option,
        columns=tuple(columns),
        count=len(columns),
    )


def preview(path: str | os.PathLike[str], options: ImportOptions | None = None) -> Preview:
    """The first rows of ``path`` read with ``options``, every open option proposed.

    Reads at most `SAMPLE_BYTES`. Raises `DatasetError` for what no option can fix (not a
    file, binary, empty, one column, duplicate names) and for explicit options that do not fit
    the file (an unknown column); problems in single cells are marked, not raised.
    """
    options = options or ImportOptions()
    path = Path(path)
    file = path.name
    raw, size = read_start(path)
    complete = len(raw) >= size
    if not complete and b"\n" in raw:
        raw = raw[: raw.rindex(b"\n") + 1]  # whole lines only
    encoding = options.encoding
    if encoding == "auto":
        encoding = detect_encoding(file, raw, complete)
    elif encoding != "utf-16" and b"\x00" in raw:
        raise binary_error(file, raw[: raw.index(b"\x00")].count(b"\n") + 1)
    text = decode_text(file, raw, encoding, complete)
    delimiter = options.delimiter or sniff_delimiter(text)
    rows = split_rows(file, text, delimiter)
    if not rows:
        raise data_error("empty", file=file)
    decimal = options.decimal or sniff_decimal(rows, delimiter)
    if decimal == delimiter:
        decimal = "."
    cells = [row for _, row in rows]
    votes_header, votes_data = header_votes(cells, decimal)
    has_header = options.header if options.header is not None else votes_header > votes_data
    ambiguous = options.header is None and votes_header > 0 and votes_data > 0

    first_line, first = rows[0]
    if has_header:
        columns = tuple(cell or f"column {i + 1}" for i, cell in enumerate(first))
        check_duplicates(file, first)
        data_rows = rows[1:]
        if not data_rows and complete:
            raise data_error(
                "header_only",
                file=file,
            )
    else:
        columns = tuple(f"column {i + 1}" for i in range(len(first)))
        data_rows = rows
    if len(columns) < 2:
        raise data_error(
            "one_column",
            file=file,
            row=first_line,
            count=len(columns),
            separator=delimiter,
        )
    data = [row for _, row in data_rows]
    proposed = propose_ignored(columns, data, has_header)
    # A column without a name and without a value is a trailing separator's artefact: ignored
    # whatever the options say, and reported like any other ignored column.
    unnamed_empty = {
        i
        for i, reason in proposed.items()
        if reason == "empty" and (not has_header or not first[i])
    }

    if options.label_column is not None:
        label = column_index(options.label_column, columns)
        if label is None:
            raise _unknown_column(file, options.label_column, "label", columns)
    else:
        label = propose_label(columns, data, proposed, decimal)
    if options.ignore_columns is None:
        ignored = {i: reason for i, reason in proposed.items() if i != label}
    else:
        ignored = {i: "empty" for i in unnamed_empty}
        for reference in options.ignore_columns:
            index = column_index(reference, columns)
            if index is None:
                raise _unknown_column(file, reference, "ignore", columns)
            ignored[index] = proposed.get(index, "chosen")  # the reason, if there is one
    if label in ignored:
        raise data_error(
            "label_ignored",
            file=file,
            column=columns[label],
            column_number=label + 1,
            header=has_header,
        )
    if len(ignored) >= len(columns) - 1:
        raise data_error(
            "no_features",
            file=file,
        )

    classes: dict[str, None] = {}
    problems: dict[tuple[int, int], str] = {}
    for number, cells_ in enumerate(data):
        if len(cells_) != len(columns):
            if number < PREVIEW_ROWS:
                problems.update({(number, i): "ragged" for i in range(len(cells_))})
            continue
        if not is_missing(cells_[label]):
            classes.setdefault(cells_[label])
        if number < PREVIEW_ROWS:
            for index, cell in enumerate(cells_):
                if index in ignored:
                    continue
                problem = cell_problem(cell, decimal, index == label)
                if problem:
                    problems[(number, index)] = problem

    data_start = data_rows[0][0] if data_rows else first_line + 1
    average = len(raw) / max(1, rows[-1][0])
    resolved = replace(
        options,
        delimiter=delimiter,
        decimal=decimal,
        header=has_header,
        encoding=encoding,
        label_column=columns[label],
        ignore_columns=tuple(columns[i] for i in sorted(ignored)),
    )
    return Preview(
        file=file,
        options=resolved,
        columns=columns,
        rows=tuple((line, tuple(c)) for line, c in data_rows[:PREVIEW_ROWS]),
        label=label,
        ignored=dict(sorted(ignored.items())),
        header_line=first_line if has_header else None,
        header_ambiguous=ambiguous,
        encoding_detected=options.encoding == "auto",
        classes=_sorted_classes(list(classes), decimal),
        problems=problems,
        sample_rows=len(data_rows),
        estimated_rows=len(data_rows) if complete else int(size / average) - (data_start - 1),
        complete=complete,
        first_data_line=data_start,
        bare_cr="\r" in text and "\n" not in text,
    )


def sniff(path: str | os.PathLike[str]) -> ImportOptions:
    """The options `preview` proposes for ``path``, from its first rows."""
    return preview(path).options


def _class_key(text: str, decimal: str) -> float | None:
    return to_float(text, decimal) if NUMBER[decimal].fullmatch(text) else None


def _sorted_classes(texts: list[str], decimal: str) -> tuple[str, ...]:
    """Label values in class order: numeric order if every value is a number ("9" before
    "10", "1" equal to "1.0"), else text order. Equal numbers keep the first spelling."""
    keys = [_class_key(text, decimal) for text in texts]
    if texts and all(key is not None for key in keys):
        shown: dict[float, str] = {}
        for key, text in zip(keys, texts, strict=True):
            shown.setdefault(key, text)
        return tuple(shown[key] for key in sorted(shown))
    return tuple(sorted(dict.fromkeys(texts)))


@dataclass(frozen=True)
class CsvReport:
    """What was chosen and what happened, for the summary a student reads before training."""

    file: str
    options: ImportOptions
    columns: tuple[str, ...]
    label: str
    ignored: tuple[tuple[str, str], ...]  # (column name, reason: a key of IGNORE_REASONS)
    header_ambiguous: bool
    encoding_detected: bool
    rows_read: int
    dropped_missing: int
    dropped_classes: int
    classes: tuple[str, ...]  # every label value in the file, in class order
    class_names: tuple[str, str]  # what 0 and 1 mean

    def lines(self) -> list[str]:
        """The choices in English, one line each, for the command line's summary."""
        options = self.options
        encoding = f"{options.encoding}{' (detected)' if self.encoding_detected else ''}"
        header = "first row is the header" if options.header else "no header: row 1 is data"
        if self.header_ambiguous:
            header += " (it could be either: use --header to choose)"
        lines = [
            f"Read:      {self.file}: encoding {encoding}, delimiter "
            f"{describe_delimiter(options.delimiter or ',')}, decimal mark {options.decimal!r}; "
            f"{header}"
        ]
        if len(self.classes) > 2:
            listed = ", ".join(map(repr, self.classes))
            if options.keep_classes:
                chosen = f"kept {self.class_names[0]!r} and {self.class_names[1]!r}"
            else:
                chosen = f"{self.class_names[1]!r} (1) against the rest (0)"
            lines.append(f"Classes:   {len(self.classes)} in {self.label!r} ({listed}): {chosen}")
        if self.ignored:
            shown = ", ".join(f"{name!r} ({IGNORE_REASONS[why]})" for name, why in self.ignored)
            lines.append(f"Ignored:   {shown}")
        dropped = []
        if self.dropped_missing:
            dropped.append(f"{self.dropped_missing} rows with missing values")
        if self.dropped_classes:
            dropped.append(f"{self.dropped_classes} rows of other classes")
        if dropped:
            lines.append(f"Dropped:   {' and '.join(dropped)} (of {self.rows_read} rows read)")
        return lines


IGNORE_REASONS = {
    "chosen": "as asked",
    "id": "named like an id",
    "row_number": "whole numbers all different: a row number",
    "empty": "empty",
}


@dataclass(frozen=True, eq=False)
class CsvTable:
    """A file's features and binary labels before the split; ``lines`` are the rows' numbers
    in the file, so a problem found later (a variance that overflows) can still name its row."""

    x: np.ndarray | FeatureColumns = field(repr=False)  # gathered into rows by the split
    y: np.ndarray = field(repr=False)
    lines: np.ndarray = field(repr=False)
    feature_names: tuple[str, ...]
    report: CsvReport
    layout: Preview = field(repr=False)


def read_csv(
    path: str | os.PathLike[str],
    options: ImportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CsvTable:
    """The whole file read with ``options`` (open choices proposed as `preview` does).

    ``progress`` is called with the share of the file read so far; ``cancelled`` is asked
    between chunks and raises `LoadCancelled` when it says yes. Raises `DatasetError`.
    """
    path = Path(path)
    layout = preview(path, options)
    size = check_file(path)
    file = layout.file
    rows = read_rows(
        path, layout, size, max_cells=MAX_CELLS, progress=progress, cancelled=cancelled
    )
    if rows is None:
        raise LoadCancelled
    x, codes, lines = rows.x, rows.codes, rows.lines
    if not len(lines) and not rows.dropped:
        raise data_error(
            "header_only",
            file=file,
        )
    return _with_classes(layout, rows.texts, rows.dropped, x, codes, lines)


def _with_classes(
    layout: Preview,
    texts: list[str],
    dropped: int,
    x: np.ndarray | FeatureColumns,
    codes: np.ndarray,
    lines: np.ndarray,
) -> CsvTable:
    """Map label values to 0 and 1 as the options say; drop the rows of classes not kept."""
    file, options, label = layout.file, layout.options, layout.label
    decimal = options.decimal or "."
    order = _sorted_classes(texts, decimal)
    keys = [_class_key(text, decimal) for text in texts]
    numeric = all(key is not None for key in keys)

    def same(a: str, b: str) -> bool:
        if numeric and NUMBER[decimal].fullmatch(b.strip()):
            return _class_key(a, decimal) == _class_key(b.strip(), decimal)
        return a == b.strip()

    def find(value: str) -> str:
        for name in order:
            if same(name, value):
                return name
        raise data_error(
            "unknown_class",
            **layout.place(label),
            value=value,
            classes=order,
        )

    if len(order) == 1:
        raise data_error(
            "one_class",
            **layout.place(label),
            value=order[0],
        )
    keep = tuple(find(v) for v in options.keep_classes) if options.keep_classes else None
    positive = find(options.positive_class) if options.positive_class is not None else None
    if keep is None and positive is None and len(order) > 2:
        raise data_error(
            "too_many_classes",
            **layout.place(label),
            count=len(order),
            classes=order,
        )

    name_of_code = np.array([order.index(_canonical(text, order, same)) for text in texts])
    class_index = name_of_code[codes] if len(codes) else codes
    dropped_classes = 0
    if keep is not None:
        kept = [order.index(name) for name in keep]
        mask = np.isin(class_index, kept)
        dropped_classes = int(len(mask) - mask.sum())
        if dropped_classes:
            x, class_index, lines = x[mask], class_index[mask], lines[mask]
        pair = sorted(kept)
        one = order.index(positive) if positive is not None else pair[1]
        zero_name = order[pair[0] if one == pair[1] else pair[1]]
        class_names = (zero_name, order[one])
    elif positive is not None:
        one = order.index(positive)
        rest = [name for name in order if name != positive]
        class_names = (rest[0] if len(rest) == 1 else "+".join(rest), positive)
    else:
        one = 1
        class_names = (order[0], order[1])
    y = (class_index == one).astype(np.int64)

    report = CsvReport(
        file=file,
        options=options,
        columns=layout.columns,
        label=layout.columns[label],
        ignored=tuple((layout.columns[i], reason) for i, reason in layout.ignored.items()),
        header_ambiguous=layout.header_ambiguous,
        encoding_detected=layout.encoding_detected,
        rows_read=len(lines) + dropped + dropped_classes,
        dropped_missing=dropped,
        dropped_classes=dropped_classes,
        classes=order,
        class_names=class_names,
    )
    return CsvTable(
        x=x,
        y=y,
        lines=lines,
        feature_names=tuple(layout.columns[i] for i in layout.features),
        report=report,
        layout=layout,
    )


def _canonical(text: str, order: tuple[str, ...], same: Callable[[str, str], bool]) -> str:
    for name in order:
        if same(name, text):
            return name
    raise AssertionError(text)  # every text read is in `order`


def dataset_from_table(table: CsvTable, val_ratio: float = 0.2, seed: int = 42) -> Dataset:
    """The stratified split and the scaler of `engine.datasets`, applied to a read file."""
    _check_range("val_ratio", val_ratio, *VAL_RATIO_RANGE)
    layout, report = table.layout, table.report
    x_train, y_train, x_val, y_val = _split_and_scale(
        table.x,
        table.y,
        val_ratio=val_ratio,
        seed=seed,
        place=layout.place(layout.label),
        class_names=report.class_names,
    )
    zero, one = report.class_names
    n = len(table.y)
    return Dataset(
        name=layout.file,
        x_train=x_train,
        y_train=y_train,
        x_val=x_val,
        y_val=y_val,
        feature_names=table.feature_names,
        class_names=report.class_names,
        description=(
            f"{layout.file} ({n} rows, {len(table.feature_names)} features): label "
            f"{report.label!r}: {zero!r} -> 0, {one!r} -> 1; "
            f"{len(y_train)} train / {len(y_val)} validation"
        ),
    )


def load_csv(
    path: str | os.PathLike[str],
    label_column: str | None = None,
    val_ratio: float = 0.2,
    seed: int = 42,
    *,
    options: ImportOptions | None = None,
) -> Dataset:
    """A student's own data, split and scaled. ``label_column`` (a name, "column N" or a
    number from 1) overrides ``options.label_column``; every other choice left open is proposed
    from the first rows, as `preview` does."""
    _check_range("val_ratio", val_ratio, *VAL_RATIO_RANGE)
    options = options or ImportOptions()
    if label_column is not None:
        options = replace(options, label_column=label_column)
    return dataset_from_table(read_csv(path, options), val_ratio, seed)
