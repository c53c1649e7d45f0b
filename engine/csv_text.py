"""A CSV file as text: opened safely, decoded, split into rows, and read for proposals.

Everything here looks at the first rows only (`SAMPLE_BYTES`), or at one cell: the grammar of a
number in a CSV (ASCII digits, one decimal mark, an optional exponent; Python's ``float``
accepts ``1_000`` and ``١٢``, a CSV must not), what counts as missing, which delimiter and
decimal mark the rows use, whether the first row is a header, and which columns look like a
label, an id, a row number or nothing at all. `engine.csv_import` turns these into proposals;
`engine.csv_reader` uses the same grammar on the whole file.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from engine.datasets import VALUE_LIMIT, DatasetError, data_error

SAMPLE_BYTES = 256 * 1024  # what `preview` reads: the first rows only, at any file size


DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", " ": "space"}


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


NA_VALUES = sorted({"", "?"} | _cases("na") | _cases("nan"))


NUMBER = {
    ".": re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"),
    ",": re.compile(r"[+-]?(?:[0-9]+,?[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?"),
}


INFINITY = re.compile(r"[+-]?(?:inf|infinity)", re.IGNORECASE)


_INTEGER = re.compile(r"[+-]?[0-9]+")


_COLUMN_NUMBER = re.compile(r"[0-9]+")  # ASCII only: "²".isdigit() is True, int("²") fails


def describe_delimiter(delimiter: str) -> str:
    return DELIMITERS.get(delimiter, repr(delimiter))


def _unreadable(path: Path, error: OSError) -> DatasetError:
    return data_error(
        "unreadable",
        path=str(path),
        reason=str(error.strerror),
    )


def check_file(path: Path) -> int:
    """The file's size; refuses what is not a readable regular file before opening it, so a
    device such as /dev/zero or a FIFO is never read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise data_error(
            "not_found",
            path=str(path),
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise data_error(
            "folder",
            path=str(path),
        )
    if not stat.S_ISREG(info.st_mode):
        raise data_error(
            "not_a_file",
            path=str(path),
        )
    return info.st_size


def read_start(path: Path) -> tuple[bytes, int]:
    size = check_file(path)
    try:
        with path.open("rb") as handle:
            return handle.read(SAMPLE_BYTES), size
    except OSError as error:
        raise _unreadable(path, error) from None


def binary_error(file: str, row: int) -> DatasetError:
    return data_error(
        "binary",
        file=file,
        row=row,
    )


def encoding_error(
    file: str, error: UnicodeDecodeError, encoding: str, lines_before: int, counted: bool = False
):
    """The row of a byte that does not decode: count the lines of what did decode before it
    (unless ``counted``: ``lines_before`` are then all the lines before the byte)."""
    row = lines_before + 1
    if not counted:
        row += error.object[: error.start].decode(encoding, errors="replace").count("\n")
    byte = error.object[error.start]
    return data_error(
        "bad_encoding",
        file=file,
        row=row,
        byte=byte,
        encoding=encoding,
    )


def detect_encoding(file: str, raw: bytes, complete: bool) -> str:
    """A byte-order mark, else UTF-8 if the sample decodes as UTF-8, else cp949 (what Excel
    saves on a Korean Windows), else an error naming the first byte that is not UTF-8."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in raw:
        raise binary_error(file, raw[: raw.index(b"\x00")].count(b"\n") + 1)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, complete)
    except UnicodeDecodeError as utf8_error:
        try:
            codecs.getincrementaldecoder("cp949")().decode(raw, complete)
        except UnicodeDecodeError:
            raise encoding_error(file, utf8_error, "utf-8", 0) from None
        return "cp949"
    return "utf-8"


def decode_text(file: str, raw: bytes, encoding: str, complete: bool) -> str:
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(raw, complete)
    except UnicodeDecodeError as error:
        raise encoding_error(file, error, encoding, 0) from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise binary_error(file, text[: text.index("\x00")].count("\n") + 1)
    return text


def split_rows(
    file: str, text: str, delimiter: str, first_line: int = 1
) -> list[tuple[int, list[str]]]:
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
        raise data_error(
            "bad_quotes",
            file=file,
            row=row,
            reason=str(error),
        ) from None
    return rows


def sniff_delimiter(text: str) -> str:
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
    return bool(NUMBER[decimal].fullmatch(cell) or INFINITY.fullmatch(cell))


def is_missing(cell: str) -> bool:
    return cell.lower() in MISSING_TOKENS


def sniff_decimal(rows: list[tuple[int, list[str]]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    commas = points = 0
    for _line, cells in rows:
        for cell in cells:
            if "," in cell and NUMBER[","].fullmatch(cell):
                commas += 1
            elif "." in cell and NUMBER["."].fullmatch(cell):
                points += 1
    return "," if commas > points else "."


def header_votes(rows: list[list[str]], decimal: str) -> tuple[int, int]:
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


def column_index(reference: str, columns: Sequence[str]) -> int | None:
    """A column by exact name, else by ASCII number from 1."""
    key = reference.strip()
    if key in columns:
        return columns.index(key)
    if _COLUMN_NUMBER.fullmatch(key) and 1 <= int(key) <= len(columns):
        return int(key) - 1
    return None


def is_row_number(values: list[str], first: bool) -> bool:
    """Whole numbers, all different, counting up (or in the first column, where ids live)."""
    if len(values) < 2 or not all(_INTEGER.fullmatch(value) for value in values):
        return False
    numbers = [int(value) for value in values]
    if len(set(numbers)) != len(numbers):
        return False
    return first or all(a < b for a, b in itertools.pairwise(numbers))


def propose_ignored(
    columns: tuple[str, ...], data: list[list[str]], has_header: bool
) -> dict[int, str]:
    """Columns that are not features, with why: "empty" (no value in the first rows), "id"
    (named like one) or "row_number" (whole numbers, all different, counting up or first)."""
    reasons: dict[int, str] = {}
    for index, name in enumerate(columns):
        values = [cells[index] for cells in data if index < len(cells)]
        present = [value for value in values if not is_missing(value)]
        if not any(values):
            reasons[index] = "empty"
        elif has_header and _ID_NAME.fullmatch(name.strip()):
            reasons[index] = "id"
        elif is_row_number(present, first=index == 0):
            reasons[index] = "row_number"
    return reasons


def propose_label(
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


def cell_problem(cell: str, decimal: str, label: bool) -> str | None:
    if is_missing(cell):
        return "missing"
    if label:
        return None
    if not is_number(cell, decimal):
        return "not_a_number"
    if abs(to_float(cell, decimal)) > VALUE_LIMIT:
        return "not_finite"
    return None


def to_float(cell: str, decimal: str) -> float:
    return float(cell.replace(",", ".") if decimal == "," else cell)


def check_duplicates(file: str, names: list[str]) -> None:
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if not name:
            continue
        if name in seen:
            raise data_error(
                "duplicate_column",
                file=file,
                name=name,
                first=seen[name] + 1,
                second=index + 1,
            )
        seen[name] = index
