"""Students' own data as it really comes: Kaggle and UCI downloads, Korean Excel, pandas exports.

Reading a CSV is two steps, and the window shows the first before it does the second:

1. `preview(path, options)` reads only the first rows (at most `SAMPLE_BYTES`, whatever the
   file's size) and proposes every option the caller left open: encoding, delimiter, decimal
   mark, header or not, the label column, columns to ignore. Each proposal carries its reason,
   so the dialog and the command line can say what was chosen and why; nothing is silent.
2. `read_csv(path, options)` reads the whole file with those options, in chunks: it reports
   progress, can be cancelled between chunks, and keeps memory near the size of the result.

Each chunk goes first through pandas' C parser, the fastest reader measured
(``bench/bench_csv.py``), and is accepted only if it is plainly clean: every line has the
expected number of fields, every feature is a finite number within range, no label is missing.
Anything else is read again by a strict Python reader, which either accepts the chunk (dropping
rows with missing values, if asked to) or raises a `DatasetError` that names the file, the row as
numbered in the file, the column and what to do. Both readers share one grammar of numbers:
ASCII digits with an optional decimal mark and exponent, so ``1_000`` or ``١٢`` (which Python's
``float`` accepts) are not numbers in a CSV.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import logging
import os
import re
import stat
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from engine.datasets import VAL_RATIO_RANGE, Dataset, DatasetError, _check_range, _split_and_scale

logger = logging.getLogger(__name__)

MAX_CELLS = 50_000_000  # beyond this a file is refused: ~400 MB of float64 before any copy
SAMPLE_BYTES = 256 * 1024  # what `preview` reads: the first rows only, at any file size
PREVIEW_ROWS = 20  # rows the dialog shows; the proposals look at the whole sample
CHUNK_BYTES = 4 * 1024 * 1024  # one step of the full read: progress, cancel, one parse call
PARSE_THREADS = 2  # chunks parsed at once (pandas releases the GIL while it parses)
MAX_LINE_BYTES = 16 * 1024 * 1024  # a longer line is a quote never closed, or not a CSV
# Values whose square overflows cannot be standardised; the scaler would silently leave the
# column unscaled. Below 1e150 only tens of millions of extreme values make a variance overflow
# (then the split's own check refuses the data).
VALUE_LIMIT = 1e150

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", " ": "space"}
DECIMALS = (".", ",")
ENCODINGS = ("auto", "utf-8", "utf-8-sig", "cp949", "utf-16", "latin-1")
MISSING_POLICIES = ("refuse", "drop")

# Proposals, compared case-insensitively. A label is named like this...
LABEL_NAMES = ("label", "labels", "target", "class", "y", "diagnosis", "진단", "정답", "레이블")
# ...and an identifier like this (pandas names an unnamed index column "Unnamed: 0").
_ID_NAME = re.compile(r"id|no\.?|index|번호|unnamed: \d+", re.IGNORECASE)

# Cells a spreadsheet or R/pandas export writes for "no value" (compared case-insensitively).
MISSING_TOKENS = frozenset({"", "na", "nan", "?"})


def _cases(word: str) -> set[str]:
    """Every upper/lower-case spelling of ``word``: pandas compares missing markers exactly."""
    spellings = {""}
    for letter in word:
        spellings = {s + c for s in spellings for c in {letter.lower(), letter.upper()}}
    return spellings


_NA_VALUES = sorted({"", "?"} | _cases("na") | _cases("nan"))

_NUMBER = {
    ".": re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"),
    ",": re.compile(r"[+-]?(?:[0-9]+,?[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?"),
}
_INFINITY = re.compile(r"[+-]?(?:inf|infinity)", re.IGNORECASE)
_INTEGER = re.compile(r"[+-]?[0-9]+")
_COLUMN_NUMBER = re.compile(r"[0-9]+")  # ASCII only: "²".isdigit() is True, int("²") fails


class LoadCancelled(Exception):
    """The caller's ``cancelled()`` said stop; nothing was loaded."""


# --------------------------------------------------------------------------- options


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


def describe_delimiter(delimiter: str) -> str:
    return DELIMITERS.get(delimiter, repr(delimiter))


# --------------------------------------------------------------------------- the first rows


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

    @property
    def features(self) -> tuple[int, ...]:
        return tuple(
            i for i in range(len(self.columns)) if i != self.label and i not in self.ignored
        )

    def column_text(self, index: int) -> str:
        return column_words(self.columns[index], index + 1, self.header_line is not None)

    def place(self, index: int) -> dict[str, object]:
        """The details that locate a column in a `DatasetError`."""
        return {
            "file": self.file,
            "column": self.columns[index],
            "column_number": index + 1,
            "header": self.header_line is not None,
        }


def column_words(name: str, number: int, header: bool) -> str:
    """How a message names a column: by name and number, or by number alone when the file
    has no header or the column no name ("column 33" is a generated name)."""
    if not header or name == f"column {number}":
        return f"column {number}"
    return f"column {name!r} ({number})"


def _check_file(path: Path) -> int:
    """The file's size; refuses what is not a readable regular file before opening it, so a
    device such as /dev/zero or a FIFO is never read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DatasetError(
            f"No such file: {path}. Check the folder and the file name.",
            kind="not_found",
            path=str(path),
        ) from None
    except OSError as error:
        raise DatasetError(
            f"Cannot read {path}: {error.strerror}. Check that the file is readable.",
            kind="unreadable",
            path=str(path),
            reason=str(error.strerror),
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise DatasetError(
            f"{path} is a folder, not a CSV file. Choose a .csv file inside it.",
            kind="folder",
            path=str(path),
        )
    if not stat.S_ISREG(info.st_mode):
        raise DatasetError(
            f"{path} is not a file but a device or a pipe; it is not read. Choose a CSV file.",
            kind="not_a_file",
            path=str(path),
        )
    return info.st_size


def _read_start(path: Path) -> tuple[bytes, int]:
    size = _check_file(path)
    try:
        with path.open("rb") as handle:
            return handle.read(SAMPLE_BYTES), size
    except OSError as error:
        raise DatasetError(
            f"Cannot read {path}: {error.strerror}. Check that the file is readable.",
            kind="unreadable",
            path=str(path),
            reason=str(error.strerror),
        ) from None


def _binary(file: str, row: int) -> DatasetError:
    return DatasetError(
        f"{file}, row {row}: the file holds binary data (NUL bytes), so it is not a text CSV "
        "file. Export the data as CSV and open that file.",
        kind="binary",
        file=file,
        row=row,
    )


def _encoding_error(file: str, error: UnicodeDecodeError, encoding: str, lines_before: int):
    """The row of a byte that does not decode: count the lines of what did decode before it."""
    before = error.object[: error.start].decode(encoding, errors="replace")
    row = lines_before + before.count("\n") + 1
    byte = error.object[error.start]
    return DatasetError(
        f"{file}, row {row}: byte 0x{byte:02x} is not valid {encoding} text. Choose the file's "
        "encoding (in the import dialog, or with --encoding; e.g. cp949 or latin-1), or save "
        "the file as 'CSV UTF-8'.",
        kind="bad_encoding",
        file=file,
        row=row,
        byte=byte,
        encoding=encoding,
    )


def _detect_encoding(file: str, raw: bytes, complete: bool) -> str:
    """A byte-order mark, else UTF-8 if the sample decodes as UTF-8, else cp949 (what Excel
    saves on a Korean Windows), else an error naming the first byte that is not UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in raw:
        raise _binary(file, raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, complete)
    except UnicodeDecodeError as utf8_error:
        try:
            codecs.getincrementaldecoder("cp949")().decode(raw, complete)
        except UnicodeDecodeError:
            raise _encoding_error(file, utf8_error, "utf-8", 0) from None
        return "cp949"
    return "utf-8"


def _decode(file: str, raw: bytes, encoding: str, complete: bool) -> str:
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(raw, complete)
    except UnicodeDecodeError as error:
        raise _encoding_error(file, error, encoding, 0) from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise _binary(file, text[: text.index("\x00")].count("\n") + 1)
    return text


def _rows(file: str, text: str, delimiter: str, first_line: int = 1) -> list[tuple[int, list[str]]]:
    """Non-blank rows as (row number in the file, stripped cells). A row of empty cells is
    blank too: spreadsheets export an empty row as ",,,"."""
    if delimiter == " ":
        lines = (line.strip() for line in io.StringIO(text, newline=""))
        reader = csv.reader(lines, delimiter=" ", skipinitialspace=True)
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    start = first_line  # where the row being read began: a bad quote is reported there
    try:
        for cells in reader:
            stripped = [cell.strip() for cell in cells]
            if any(stripped):
                rows.append((start, stripped))
            start = first_line + reader.line_num
    except csv.Error as error:
        row = start
        raise DatasetError(
            f"{file}, row {row}: {error}. Check the quotes from that row on.",
            kind="bad_quotes",
            file=file,
            row=row,
            reason=str(error),
        ) from None
    return rows


def _sniff_delimiter(text: str) -> str:
    """The first of tab, semicolon, comma, space that splits (nearly) every sampled line into
    the same number of fields, more than one. Semicolons come before commas because a
    semicolon file from a decimal-comma locale splits evenly on commas too, if wrongly."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if not lines:
        return ","
    for candidate in ("\t", ";", ",", " "):
        rows = [line.strip() for line in lines] if candidate == " " else lines
        try:
            counts = [
                len(cells) for cells in csv.reader(rows, delimiter=candidate, skipinitialspace=True)
            ]
        except csv.Error:
            continue
        mode = max(set(counts), key=counts.count)
        if mode > 1 and counts.count(mode) >= 0.9 * len(counts):
            return candidate
    # One column whatever the delimiter: name the one every line holds, for the message.
    return next((c for c in ("\t", ";") if all(c in line for line in lines)), ",")


def is_number(cell: str, decimal: str = ".") -> bool:
    """The CSV grammar of a number (or an infinity, which is a number but refused later)."""
    return bool(_NUMBER[decimal].fullmatch(cell) or _INFINITY.fullmatch(cell))


def is_missing(cell: str) -> bool:
    return cell.lower() in MISSING_TOKENS


def _sniff_decimal(rows: list[tuple[int, list[str]]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    commas = points = 0
    for _line, cells in rows:
        for cell in cells:
            if "," in cell and _NUMBER[","].fullmatch(cell):
                commas += 1
            elif "." in cell and _NUMBER["."].fullmatch(cell):
                points += 1
    return "," if commas > points else "."


def _header_votes(rows: list[list[str]], decimal: str) -> tuple[int, int]:
    """(votes for "the first row is a header", votes for "it is data"), one per column.

    A word above numbers votes header; a number votes data; a word that recurs below it (a
    label value such as "M") votes data; a word that does not ("diagnosis") votes header.
    """
    first, rest = rows[0], rows[1:]
    header = data = 0
    for index, cell in enumerate(first):
        if is_missing(cell):
            continue
        if is_number(cell, decimal):
            data += 1
            continue
        below = [r[index] for r in rest if index < len(r) and not is_missing(r[index])]
        numbers_below = 2 * sum(is_number(value, decimal) for value in below) > len(below)
        if below and not numbers_below and cell in below:
            data += 1
        else:
            header += 1
    return header, data


def _column_index(reference: str, columns: Sequence[str]) -> int | None:
    """A column by exact name, else by ASCII number from 1."""
    key = reference.strip()
    if key in columns:
        return columns.index(key)
    if _COLUMN_NUMBER.fullmatch(key) and 1 <= int(key) <= len(columns):
        return int(key) - 1
    return None


def _unknown_column(file: str, reference: str, option: str, columns: Sequence[str]):
    available = ", ".join(repr(name) for name in columns)
    role = "the label column" if option == "label" else "a column to ignore"
    return DatasetError(
        f"{file} has no column {reference!r} (asked for as {role}). Choose from: {available} "
        f"(or give its number, 1 to {len(columns)}).",
        kind="unknown_column",
        file=file,
        name=reference,
        option=option,
        columns=tuple(columns),
        count=len(columns),
    )


def _is_row_number(values: list[str], first: bool) -> bool:
    """Whole numbers, all different, counting up (or in the first column, where ids live)."""
    if len(values) < 2 or not all(_INTEGER.fullmatch(value) for value in values):
        return False
    numbers = [int(value) for value in values]
    if len(set(numbers)) != len(numbers):
        return False
    return first or all(a < b for a, b in itertools.pairwise(numbers))


def _propose_ignored(
    columns: tuple[str, ...], data: list[list[str]], has_header: bool, decimal: str
) -> dict[int, str]:
    reasons: dict[int, str] = {}
    for index, name in enumerate(columns):
        values = [cells[index] for cells in data if index < len(cells)]
        present = [value for value in values if not is_missing(value)]
        if not any(values):
            reasons[index] = "empty"
        elif has_header and _ID_NAME.fullmatch(name.strip()):
            reasons[index] = "id"
        elif _is_row_number(present, first=index == 0):
            reasons[index] = "row_number"
    return reasons


def _propose_label(
    columns: tuple[str, ...], data: list[list[str]], ignored: dict[int, str], decimal: str
) -> int:
    candidates = [i for i in range(len(columns)) if i not in ignored] or list(range(len(columns)))
    for index in candidates:
        if columns[index].strip().lower() in LABEL_NAMES:
            return index
    for index in candidates:  # mostly words: a typo in a column of numbers is not a label
        values = [c[index] for c in data if index < len(c) and not is_missing(c[index])]
        if values and 2 * sum(not is_number(v, decimal) for v in values) > len(values):
            return index
    return candidates[-1]


def _cell_problem(cell: str, decimal: str, label: bool) -> str | None:
    if is_missing(cell):
        return "missing"
    if label:
        return None
    if not is_number(cell, decimal):
        return "not_a_number"
    if abs(_to_float(cell, decimal)) > VALUE_LIMIT:
        return "not_finite"
    return None


def _to_float(cell: str, decimal: str) -> float:
    return float(cell.replace(",", ".") if decimal == "," else cell)


def preview(path: str | os.PathLike[str], options: ImportOptions | None = None) -> Preview:
    """The first rows of ``path`` read with ``options``, every open option proposed.

    Reads at most `SAMPLE_BYTES`. Raises `DatasetError` for what no option can fix (not a
    file, binary, empty, one column, duplicate names) and for explicit options that do not fit
    the file (an unknown column); problems in single cells are marked, not raised.
    """
    options = options or ImportOptions()
    path = Path(path)
    file = path.name
    raw, size = _read_start(path)
    complete = len(raw) >= size
    if not complete and b"\n" in raw:
        raw = raw[: raw.rindex(b"\n") + 1]  # whole lines only
    encoding = options.encoding
    if encoding == "auto":
        encoding = _detect_encoding(file, raw, complete)
    elif encoding != "utf-16" and b"\x00" in raw:
        raise _binary(file, raw[: raw.index(b"\x00")].count(b"\n") + 1)
    text = _decode(file, raw, encoding, complete)
    delimiter = options.delimiter or _sniff_delimiter(text)
    rows = _rows(file, text, delimiter)
    if not rows:
        raise DatasetError(
            f"{file} is empty. Choose a CSV file with data rows.", kind="empty", file=file
        )
    decimal = options.decimal or _sniff_decimal(rows, delimiter)
    if decimal == delimiter:
        decimal = "."
    cells = [row for _, row in rows]
    votes_header, votes_data = _header_votes(cells, decimal)
    has_header = options.header if options.header is not None else votes_header > votes_data
    ambiguous = options.header is None and votes_header > 0 and votes_data > 0

    first_line, first = rows[0]
    if has_header:
        columns = tuple(cell or f"column {i + 1}" for i, cell in enumerate(first))
        _check_duplicates(file, first)
        data_rows = rows[1:]
        if not data_rows and complete:
            raise DatasetError(
                f"{file} has a header line but no data rows. Add the data below the header.",
                kind="header_only",
                file=file,
            )
    else:
        columns = tuple(f"column {i + 1}" for i in range(len(first)))
        data_rows = rows
    if len(columns) < 2:
        raise DatasetError(
            f"{file}, row {first_line}: found {len(columns)} column (separator "
            f"{describe_delimiter(delimiter)}); at least 2 are needed, one or more features and "
            "the label. Choose the delimiter that separates the values.",
            kind="one_column",
            file=file,
            row=first_line,
            count=len(columns),
            separator=delimiter,
        )
    data = [row for _, row in data_rows]
    proposed = _propose_ignored(columns, data, has_header, decimal)
    # A column without a name and without a value is a trailing separator's artefact: ignored
    # whatever the options say, and reported like any other ignored column.
    unnamed_empty = {
        i
        for i, reason in proposed.items()
        if reason == "empty" and (not has_header or not first[i])
    }

    if options.label_column is not None:
        label = _column_index(options.label_column, columns)
        if label is None:
            raise _unknown_column(file, options.label_column, "label", columns)
    else:
        label = _propose_label(columns, data, proposed, decimal)
    if options.ignore_columns is None:
        ignored = {i: reason for i, reason in proposed.items() if i != label}
    else:
        ignored = {i: "empty" for i in unnamed_empty}
        for reference in options.ignore_columns:
            index = _column_index(reference, columns)
            if index is None:
                raise _unknown_column(file, reference, "ignore", columns)
            ignored[index] = proposed.get(index, "chosen")  # the reason, if there is one
    if label in ignored:
        raise DatasetError(
            f"{file}: {column_words(columns[label], label + 1, has_header)} cannot be both the "
            "label and ignored. Choose another label column or stop ignoring it.",
            kind="label_ignored",
            file=file,
            column=columns[label],
            column_number=label + 1,
            header=has_header,
        )
    if len(ignored) >= len(columns) - 1:
        raise DatasetError(
            f"{file}: every column except the label is ignored, so no feature is left. Ignore "
            "fewer columns.",
            kind="no_features",
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
                problem = _cell_problem(cell, decimal, index == label)
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
    )


def _check_duplicates(file: str, names: list[str]) -> None:
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if not name:
            continue
        if name in seen:
            raise DatasetError(
                f"{file}: columns {seen[name] + 1} and {index + 1} are both named {name!r}. "
                "Rename one of them in the header, so that each column can be chosen by name.",
                kind="duplicate_column",
                file=file,
                name=name,
                first=seen[name] + 1,
                second=index + 1,
            )
        seen[name] = index


def sniff(path: str | os.PathLike[str]) -> ImportOptions:
    """The options `preview` proposes for ``path``, from its first rows."""
    return preview(path).options


# --------------------------------------------------------------------------- classes


def _class_key(text: str, decimal: str) -> float | None:
    return _to_float(text, decimal) if _NUMBER[decimal].fullmatch(text) else None


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


# --------------------------------------------------------------------------- the whole file


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

    x: np.ndarray = field(repr=False)
    y: np.ndarray = field(repr=False)
    lines: np.ndarray = field(repr=False)
    feature_names: tuple[str, ...]
    report: CsvReport
    layout: Preview = field(repr=False)


class _Chunks:
    """The file's text after the header, in pieces of whole rows, each with its first row's
    number. Decoding is incremental, so an encoding error names its row, and a NUL byte
    anywhere stops the read at its row."""

    def __init__(self, path: Path, layout: Preview, size: int) -> None:
        self.path, self.layout, self.size = path, layout, size
        self.bytes_read = 0

    def __iter__(self):
        file, encoding = self.layout.file, self.layout.options.encoding
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        line = 1  # the number of the first row in `pending`
        pending = ""
        skip = self.layout.first_data_line - 1
        started = False
        with self.path.open("rb") as handle:
            while True:
                raw = handle.read(CHUNK_BYTES)
                self.bytes_read += len(raw)
                final = not raw
                try:
                    text = decoder.decode(raw, final)
                except UnicodeDecodeError as error:
                    lines_before = line - 1 + pending.count("\n")
                    raise _encoding_error(file, error, encoding, lines_before) from None
                if not started:
                    text = text.removeprefix("\ufeff")
                    started = True
                if "\x00" in text:
                    at = pending + text[: text.index("\x00")]
                    raise _binary(file, line + at.count("\n"))
                pending += text
                while skip and "\n" in pending:
                    pending = pending[pending.index("\n") + 1 :]
                    line += 1
                    skip -= 1
                cut = len(pending) if final else _cut(pending)
                if cut is None:
                    if len(pending) > MAX_LINE_BYTES:
                        megabytes = max(1, MAX_LINE_BYTES // 2**20)
                        raise DatasetError(
                            f"{file}, row {line}: the row runs over {megabytes} MB without "
                            "ending; a quote is probably never closed. Check the quotes from that "
                            "row on.",
                            kind="line_too_long",
                            file=file,
                            row=line,
                            megabytes=megabytes,
                        )
                    continue
                body, pending = pending[:cut], pending[cut:]
                if body:
                    breaks = body.count("\n")
                    yield line, body, breaks + (not body.endswith("\n"))
                    line += breaks
                if final:
                    return


def _cut(text: str) -> int | None:
    """Where to end a chunk: after its last line break outside quotes, or None if none."""
    end = text.rfind("\n")
    if '"' not in text:
        return end + 1 if end >= 0 else None
    while end >= 0:
        if text.count('"', 0, end) % 2 == 0:
            return end + 1
        end = text.rfind("\n", 0, end)
    return None


@dataclass(frozen=True, eq=False)
class _Parsed:
    """One chunk, parsed. Label values are coded within the chunk (``codes`` index ``texts``),
    so chunks can be parsed in parallel and coded for the whole file in order afterwards."""

    x: np.ndarray | list[np.ndarray]  # a 2-D array, or one array per feature column
    codes: np.ndarray
    texts: list[str]
    lines: np.ndarray
    dropped: int
    fast: bool
    size: int  # characters of the chunk's text, to estimate the rows of the whole file


class _Reader:
    """Turns chunks of rows into features, label values and row numbers. `parse` keeps no
    state, so two threads may run it at once."""

    def __init__(self, layout: Preview) -> None:
        self.layout = layout
        options = layout.options
        self.delimiter = options.delimiter or ","
        self.decimal = options.decimal or "."
        self.drop = options.missing == "drop"
        self.ncols = len(layout.columns)
        self.features = layout.features
        self.label = layout.label

    def parse(self, first_line: int, body: str, n_lines: int) -> _Parsed:
        """``n_lines``: the line breaks in ``body`` (one more if it ends without one)."""
        return self._fast(first_line, body, n_lines) or self._strict(first_line, body)

    # The fast path: pandas' C parser, accepted only when the chunk is plainly clean.
    def _fast(self, first_line: int, body: str, n_lines: int) -> _Parsed | None:
        """The parsed chunk, or None when the strict reader must judge it.

        pandas fills a short row with NaN and, given more names than a row's fields, takes its
        first one as an index: so every column is parsed, a non-default index or a NaN in any
        column sends the chunk to the strict reader, and an empty column (which pandas cannot
        tell from a short row) is accepted only if the chunk holds exactly the delimiters that
        full rows have. A longer row is pandas' own error. Blank lines go the strict way too,
        so that row numbers stay simple: data row i is line first_line + i.
        """
        import pandas as pd

        data = body.encode("utf-8")
        try:
            frame = pd.read_csv(
                io.BytesIO(data),
                sep=r"\s+" if self.delimiter == " " else self.delimiter,
                decimal=self.decimal,
                header=None,
                names=range(self.ncols),
                dtype={self.label: str},
                keep_default_na=False,
                na_values=_NA_VALUES,
                skipinitialspace=True,
                engine="c",
                encoding="utf-8",
            )
        except (ValueError, pd.errors.ParserError) as error:
            logger.debug("strict reading from row %d: %s", first_line, error)
            return None
        if len(frame) != n_lines or not isinstance(frame.index, pd.RangeIndex):
            return None
        if any(frame[i].dtype.kind not in "fiu" for i in self.features):
            return None
        # Column by column: the parser's own arrays, not a copy of the whole chunk.
        x = [frame[i].to_numpy(dtype=np.float64) for i in self.features]
        with np.errstate(invalid="ignore"):
            if not all(np.isfinite(c).all() and (np.abs(c) <= VALUE_LIMIT).all() for c in x):
                return None
        labels = frame[self.label]
        if labels.isna().any():
            return None
        empty = False
        for index in self.layout.ignored:
            gaps = frame[index].isna()
            if gaps.all():
                empty = True
            elif gaps.any():
                return None
        if empty and (
            self.delimiter == " "
            or data.count(self.delimiter.encode()) != n_lines * (self.ncols - 1)
        ):
            return None
        codes, uniques = pd.factorize(labels.to_numpy())
        texts = [str(text).strip() for text in uniques]
        if any(is_missing(text) for text in texts):
            return None
        lines = np.arange(first_line, first_line + n_lines)
        return _Parsed(x, codes.astype(np.int64), texts, lines, 0, fast=True, size=len(body))

    # The strict path: every cell checked, every problem reported where it is.
    def _strict(self, first_line: int, body: str) -> _Parsed:
        layout, file = self.layout, self.layout.file
        rows = _rows(file, body, self.delimiter, first_line)
        values: list[list[float]] = []
        texts: dict[str, int] = {}
        codes: list[int] = []
        lines: list[int] = []
        dropped = 0
        header = layout.header_line is not None
        reference = "the header" if header else f"row {layout.first_data_line}"
        for line, cells in rows:
            if len(cells) != self.ncols:
                raise DatasetError(
                    f"{file}, row {line}: {len(cells)} cells, but {reference} has {self.ncols}. "
                    "Give every row the same number of cells (look for a missing or extra "
                    "separator).",
                    kind="ragged_row",
                    file=file,
                    row=line,
                    count=len(cells),
                    expected=self.ncols,
                    header=header,
                    first_row=layout.header_line or layout.first_data_line,
                )
            row = self._strict_row(line, cells)
            if row is None:
                dropped += 1
                continue
            values.append(row)
            codes.append(texts.setdefault(cells[self.label], len(texts)))
            lines.append(line)
        x = np.array(values, dtype=np.float64).reshape(len(values), len(self.features))
        return _Parsed(
            x,
            np.array(codes, dtype=np.int64),
            list(texts),
            np.array(lines, dtype=np.int64),
            dropped,
            fast=False,
            size=len(body),
        )

    def _strict_row(self, line: int, cells: list[str]) -> list[float] | None:
        """The row's features, or None to drop it (a missing value, when asked to drop)."""
        layout, file = self.layout, self.layout.file
        label_cell = cells[self.label]
        if is_missing(label_cell):
            if self.drop:
                return None
            raise DatasetError(
                f"{file}, row {line}, {layout.column_text(self.label)}: {_missing(label_cell)}. "
                "Fill in the label, delete the row, or drop rows with missing values.",
                kind="missing_label",
                **layout.place(self.label),
                row=line,
                value=label_cell,
            )
        row = []
        for index in self.features:
            cell = cells[index]
            where = f"{file}, row {line}, {layout.column_text(index)}"
            details = {**layout.place(index), "row": line, "value": cell}
            if is_missing(cell):
                if self.drop:
                    return None
                raise DatasetError(
                    f"{where}: {_missing(cell)}. Fill it in, delete the row, or drop rows with "
                    "missing values.",
                    kind="missing_value",
                    **details,
                )
            if not is_number(cell, self.decimal):
                raise DatasetError(
                    f"{where}: {cell!r} is not a number{self._hint(cell, line)}. Feature "
                    "columns must hold numbers: correct the cell, ignore the column, or choose "
                    "it as the label.",
                    kind="not_a_number",
                    **details,
                    hint=self._hint_kind(cell, line),
                )
            number = _to_float(cell, self.decimal)
            if _INFINITY.fullmatch(cell) or abs(number) == float("inf"):
                raise DatasetError(
                    f"{where}: {cell!r} is infinite. Replace it with a finite number or delete "
                    "the row.",
                    kind="infinite",
                    **details,
                )
            if abs(number) > VALUE_LIMIT:
                raise DatasetError(
                    f"{where}: {cell!r} is too large to standardise (its square overflows). "
                    "Rescale the column, e.g. to other units, so that values stay below about "
                    "1e150.",
                    kind="value_too_large",
                    **details,
                )
            row.append(number)
        return row

    def _hint_kind(self, cell: str, line: int) -> str:
        """Why a cell might not be a number: it uses the other decimal mark ("comma" or
        "point"), or it sits in the first row of a file read without header ("header")."""
        other = "," if self.decimal == "." else "."
        if _NUMBER[other].fullmatch(cell):
            return "comma" if other == "," else "point"
        if line == self.layout.first_data_line and self.layout.header_line is None:
            return "header"
        return ""

    def _hint(self, cell: str, line: int) -> str:
        return {
            "comma": " (the decimal mark is set to point: choose comma)",
            "point": " (the decimal mark is set to comma: choose point)",
            "header": f" (if row {line} is a header, say so: --header yes, or tick it in the "
            "import dialog)",
            "": "",
        }[self._hint_kind(cell, line)]


def _missing(cell: str) -> str:
    return "the cell is empty" if not cell else f"the value is missing ({cell!r})"


class _Rows:
    """The rows read so far, in arrays sized from the file: the first chunks tell how many
    bytes a row takes, so the whole file usually fits without a single copy (growing, when
    the estimate was short, copies once per doubling)."""

    def __init__(self, n_features: int, file_size: int) -> None:
        self.file_size = file_size
        self.consumed = 0  # characters of text the rows so far came from
        self.n = 0
        self.x = np.empty((0, n_features))
        self.codes = np.empty(0, dtype=np.int64)
        self.lines = np.empty(0, dtype=np.int64)

    def append(self, parsed: _Parsed, codes: np.ndarray) -> None:
        """Add a chunk's rows, ``codes`` its labels coded for the whole file."""
        x, lines = parsed.x, parsed.lines
        self.consumed += parsed.size
        end = self.n + len(lines)
        if end > len(self.lines):
            estimate = int(end * self.file_size / max(self.consumed, 1) * 1.02) + 64
            self._grow(max(estimate, 2 * len(self.lines), end))
        if isinstance(x, list):
            for column, values in enumerate(x):
                self.x[self.n : end, column] = values
        else:
            self.x[self.n : end] = x
        self.codes[self.n : end] = codes
        self.lines[self.n : end] = lines
        self.n = end

    def _grow(self, capacity: int) -> None:
        for name in ("x", "codes", "lines"):
            old = getattr(self, name)
            new = np.empty((capacity, *old.shape[1:]), dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.x[: self.n], self.codes[: self.n], self.lines[: self.n]


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
    size = _check_file(path)
    file = layout.file
    reader = _Reader(layout)
    chunks = _Chunks(path, layout, size)
    rows = _Rows(len(layout.features), size)
    labels: dict[str, int] = {}  # label text -> code for the whole file, in order of appearance
    counts = {"dropped": 0, "fast": 0, "strict": 0}

    def take(parsed: _Parsed) -> None:
        """Add a parsed chunk, in file order: codes, limits and progress are the file's."""
        codes = np.array([labels.setdefault(t, len(labels)) for t in parsed.texts], np.int64)
        rows.append(parsed, codes[parsed.codes])
        counts["dropped"] += parsed.dropped
        counts["fast" if parsed.fast else "strict"] += 1
        if (rows.n + counts["dropped"]) * len(layout.columns) > MAX_CELLS:
            last = int(parsed.lines[-1]) if len(parsed.lines) else 0
            raise DatasetError(
                f"{file}, row {last}: more than {MAX_CELLS:,} cells so far "
                f"({len(layout.columns)} columns); this app reads up to {MAX_CELLS:,}. Use "
                "fewer rows or columns.",
                kind="too_many_cells",
                file=file,
                row=last,
                count=len(layout.columns),
                limit=MAX_CELLS,
            )
        if progress is not None:
            progress(min(1.0, chunks.bytes_read / max(size, 1)))

    # pandas parses without the GIL: while one thread parses a chunk, this one reads and
    # decodes the next, and a second core parses another. Results are taken in file order,
    # so the first problem in the file is the one reported.
    in_flight: deque[Future[_Parsed]] = deque()
    pieces = iter(chunks)
    with ThreadPoolExecutor(max_workers=PARSE_THREADS, thread_name_prefix="csv") as pool:
        try:
            while True:
                try:
                    first_line, body, n_lines = next(pieces)
                except StopIteration:
                    break
                except DatasetError:  # reading further on failed: earlier problems come first
                    while in_flight:
                        take(in_flight.popleft().result())
                    raise
                if cancelled is not None and cancelled():
                    raise LoadCancelled
                in_flight.append(pool.submit(reader.parse, first_line, body, n_lines))
                if len(in_flight) > PARSE_THREADS:
                    take(in_flight.popleft().result())
            while in_flight:
                take(in_flight.popleft().result())
        except BaseException:
            for future in in_flight:
                future.cancel()
            raise
    logger.info(
        "%s: %d chunks by the fast path, %d by the strict one",
        file,
        counts["fast"],
        counts["strict"],
    )
    x, codes, lines = rows.arrays()
    if not len(lines) and not counts["dropped"]:
        raise DatasetError(
            f"{file} has a header line but no data rows. Add the data below the header.",
            kind="header_only",
            file=file,
        )
    return _with_classes(layout, list(labels), counts["dropped"], x, codes, lines)


def _with_classes(
    layout: Preview,
    texts: list[str],
    dropped: int,
    x: np.ndarray,
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
        if numeric and _NUMBER[decimal].fullmatch(b.strip()):
            return _class_key(a, decimal) == _class_key(b.strip(), decimal)
        return a == b.strip()

    def find(value: str) -> str:
        for name in order:
            if same(name, value):
                return name
        shown = ", ".join(map(repr, order[:10])) + (" …" if len(order) > 10 else "")
        raise DatasetError(
            f"{file}, label {layout.column_text(label)}: no row has the class {value!r}. Choose "
            f"one of: {shown}.",
            kind="unknown_class",
            **layout.place(label),
            value=value,
            classes=order,
        )

    if len(order) == 1:
        raise DatasetError(
            f"{file}, label {layout.column_text(label)}: every row has the value {order[0]!r}; "
            "a classifier needs two classes. Choose another label column or add rows of the "
            "other class.",
            kind="one_class",
            **layout.place(label),
            value=order[0],
        )
    keep = tuple(find(v) for v in options.keep_classes) if options.keep_classes else None
    positive = find(options.positive_class) if options.positive_class is not None else None
    if keep is None and positive is None and len(order) > 2:
        listed = ", ".join(repr(name) for name in order[:5])
        more = f" and {len(order) - 5} more" if len(order) > 5 else ""
        raise DatasetError(
            f"{file}, label {layout.column_text(label)}: {len(order)} different values "
            f"({listed}{more}); the network here tells two classes apart. Choose the class that "
            "is 1, learnt against the rest (--positive-class, or Class 1 in the import dialog), "
            "or two classes to keep (--keep-classes A,B, or Class 0 in the dialog).",
            kind="too_many_classes",
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
    where = f"{layout.file}, label {layout.column_text(layout.label)}"
    x_train, y_train, x_val, y_val = _split_and_scale(
        table.x,
        table.y,
        val_ratio=val_ratio,
        seed=seed,
        where=where,
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
