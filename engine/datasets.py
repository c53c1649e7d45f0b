"""Where the network's data comes from: the book's breast-cancer split, synthetic 2-D sets, CSVs.

Every dataset leaves this module already split into training and validation rows and
standardised with a scaler fitted on the training rows only. That is the book's discipline in
chapter 6: the validation score must measure rows that neither the weights nor the scaler saw.

CSV files come from students, so every problem with one is reported as a `DatasetError` whose
message names the file, the row as numbered in the file, the column, and what to do about it.
The error also carries the same facts in machine-readable form (`kind` and `details`, listed in
`ERROR_KINDS`), so the window can say them in the student's language: this module has no Qt.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import numbers
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# scikit-learn is imported inside the functions that need it: importing it takes ~0.9 s, and the
# window should open in well under that with the book's data, which ships precomputed.
BOOK_SPLIT_FILE = Path(__file__).with_name("book_split.npz")

SYNTHETIC_KINDS = ("moons", "circles", "xor", "blobs")
DATASET_NAMES = ("breast_cancer", *SYNTHETIC_KINDS)

# Inclusive ranges, public so the GUI can bound its spin boxes with the same numbers.
N_SAMPLES_RANGE = (20, 100_000)
NOISE_RANGE = (0.0, 2.0)
VAL_RATIO_RANGE = (0.05, 0.5)

# Cells a spreadsheet or R/pandas export writes for "no value" (compared case-insensitively).
_MISSING_TOKENS = frozenset({"", "na", "nan", "?"})


# Every `DatasetError.kind`, with the keys its `details` always hold. Shared meanings:
#   path: the path as given; file: the file's name; row: the row as numbered in the file
#   (blank lines count); column: the column's name (generated "column N" without a header);
#   column_number: the column from 1; header: whether the file has a header line;
#   value: the cell as written (stripped); count: how many (rows, cells, columns, values).
# The split kinds (the last three) also hold the place the problem concerns: file, column,
# column_number and header (the label column) for a CSV, or dataset and n_samples for a
# synthetic set.
_CELL = ("file", "row", "column", "column_number", "header", "value")
_LABEL = ("file", "column", "column_number", "header")
ERROR_KINDS: dict[str, tuple[str, ...]] = {
    "not_found": ("path",),  # no such file
    "folder": ("path",),  # a folder was chosen
    "unreadable": ("path", "reason"),  # the OS refused (reason: its strerror)
    "binary": ("file",),  # NUL bytes: not a text file
    "not_utf8": ("file", "row", "byte"),  # byte: the first non-UTF-8 byte, an int
    "bad_quotes": ("file", "row", "reason"),  # the csv module's complaint (reason)
    "empty": ("file",),  # no non-blank row
    "header_only": ("file",),  # a header and nothing below it
    "one_column": ("file", "row", "count", "separator"),  # separator: the one sniffed
    "ragged_row": ("file", "row", "count", "expected", "header", "first_row"),
    "unknown_label": ("file", "label", "columns", "count"),  # label: as asked; count: columns
    "missing_value": _CELL,  # an empty or NA-like feature cell
    "not_a_number": _CELL,  # a feature cell that is not a number
    "infinite": _CELL,  # a feature cell that is inf or overflows
    "missing_label": _CELL,  # an empty or NA-like label cell
    "one_class": (*_LABEL, "value"),  # every label equals value
    "too_many_classes": (*_LABEL, "count", "classes"),  # classes: all, sorted as keys
    "class_too_small": ("class_name", "count"),  # fewer than 2 rows of a class
    "split_impossible": ("val_ratio", "rows", "train", "validation", "class_name", "count"),
    "too_large": (),  # values whose squares overflow when standardising
}


class DatasetError(ValueError):
    """A user-facing message: says what is wrong, where (file, row, column), and what to do.

    `str(error)` is the English message. `kind` (a key of `ERROR_KINDS`) and `details` hold
    the same facts for a caller that words the message itself, e.g. in another language.
    """

    def __init__(self, message: str, kind: str = "other", **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details: dict[str, object] = details

    def __reduce__(self) -> tuple[object, ...]:
        # The default rebuilds from `args` alone and would lose kind and details.
        return (type(self), (str(self), self.kind), {"details": self.details})


@dataclass(frozen=True, eq=False)
class Dataset:
    """A binary-classification problem, split and scaled, ready for training.

    `eq=False` because element-wise array comparison has no single truth value; compare the
    arrays explicitly instead.
    """

    name: str
    x_train: np.ndarray = field(repr=False)
    y_train: np.ndarray = field(repr=False)
    x_val: np.ndarray = field(repr=False)
    y_val: np.ndarray = field(repr=False)
    feature_names: tuple[str, ...]
    class_names: tuple[str, str]
    description: str

    @property
    def n_features(self) -> int:
        return self.x_train.shape[1]

    @property
    def n_train(self) -> int:
        return self.x_train.shape[0]

    @property
    def n_val(self) -> int:
        return self.x_val.shape[0]


# --------------------------------------------------------------------------- shared splitting


def _check_range(name: str, value: float, low: float, high: float) -> None:
    # Written as `not low <= value <= high` so that NaN is rejected too.
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}; got {value!r}")


def _split_and_scale(
    x: np.ndarray,
    y: np.ndarray,
    *,
    val_ratio: float,
    seed: int,
    where: str,
    place: dict[str, object],
    class_names: tuple[str, str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Stratified split, then a scaler fitted on the training rows alone.

    Impossible splits are reported here, in the user's terms, rather than as scikit-learn's
    messages about `test_size` and "the least populated class". `where` names the data in
    messages; `place` says the same in an error's details.
    """
    counts = np.bincount(y, minlength=2)
    smaller = int(np.argmin(counts))
    smaller_rows = int(counts[smaller])
    if smaller_rows < 2:
        raise DatasetError(
            f"{where}: class {class_names[smaller]!r} has only {smaller_rows} row(s); each class "
            "needs at least 2 (one for training, one for validation). Add rows of that class.",
            kind="class_too_small",
            **place,
            class_name=class_names[smaller],
            count=smaller_rows,
        )
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    n_val = math.ceil(val_ratio * len(y))  # how train_test_split sizes a fractional test_size
    n_train = len(y) - n_val
    fits = n_val >= 2 and n_train >= 2
    if fits:
        x_train, x_val, y_train, y_val = train_test_split(
            x, y, test_size=val_ratio, stratify=y, random_state=seed
        )
        # Stratification rounds per class, so a small class can still miss one side entirely.
        fits = len(np.unique(y_train)) == 2 and len(np.unique(y_val)) == 2
    if not fits:
        raise DatasetError(
            f"{where}: a validation ratio of {val_ratio:g} splits the {len(y)} rows into "
            f"{n_train} train / {n_val} validation, which cannot give both parts a row of each "
            f"class: the smaller class ({class_names[smaller]!r}) has {smaller_rows} rows. Add "
            "rows of that class or choose a validation ratio nearer 0.5.",
            kind="split_impossible",
            **place,
            val_ratio=val_ratio,
            rows=len(y),
            train=n_train,
            validation=n_val,
            class_name=class_names[smaller],
            count=smaller_rows,
        )
    with np.errstate(all="ignore"):  # overflow is reported below, in the user's terms
        scaler = StandardScaler().fit(x_train)
        x_train, x_val = scaler.transform(x_train), scaler.transform(x_val)
    if not (np.isfinite(x_train).all() and np.isfinite(x_val).all()):
        raise DatasetError(
            f"{where}: some values are too large to standardise (their squares overflow); "
            "rescale the columns, e.g. to other units, so that values stay below about 1e150.",
            kind="too_large",
            **place,
        )
    return (
        np.ascontiguousarray(x_train, dtype=np.float64),
        np.ascontiguousarray(y_train, dtype=np.int64),
        np.ascontiguousarray(x_val, dtype=np.float64),
        np.ascontiguousarray(y_val, dtype=np.int64),
    )


# --------------------------------------------------------------------------- the book's data


def book_split_from_sklearn() -> dict[str, np.ndarray]:
    """The book's two successive splits and its scaler, computed with scikit-learn as the
    book does. ``book_split.npz`` holds the result (a test checks it is bit for bit the same),
    so the window opens without importing scikit-learn."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    cancer = load_breast_cancer()
    x, y = cancer.data, cancer.target
    x_train_all, _x_test, y_train_all, _y_test = train_test_split(
        x, y, stratify=y, test_size=0.2, random_state=42
    )
    x_train, x_val, y_train, y_val = train_test_split(
        x_train_all, y_train_all, stratify=y_train_all, test_size=0.2, random_state=42
    )
    scaler = StandardScaler().fit(x_train)
    return {
        "x_train": np.ascontiguousarray(scaler.transform(x_train), dtype=np.float64),
        "y_train": np.ascontiguousarray(y_train, dtype=np.int64),
        "x_val": np.ascontiguousarray(scaler.transform(x_val), dtype=np.float64),
        "y_val": np.ascontiguousarray(y_val, dtype=np.int64),
        "feature_names": np.array([str(name) for name in cancer.feature_names]),
    }


def save_book_split(path: str | os.PathLike[str] = BOOK_SPLIT_FILE) -> None:
    """Rewrite the shipped split (after a scikit-learn change the test reports)."""
    np.savez_compressed(path, **book_split_from_sklearn())


@functools.cache
def _book_split() -> tuple[tuple[np.ndarray, ...], tuple[str, ...]]:
    """The book's split, read once because the GUI asks for it often; computed with
    scikit-learn only if the shipped file is missing."""
    if BOOK_SPLIT_FILE.exists():
        with np.load(BOOK_SPLIT_FILE) as stored:
            split = {key: stored[key] for key in stored.files}
    else:
        split = book_split_from_sklearn()
    arrays = tuple(split[key] for key in ("x_train", "y_train", "x_val", "y_val"))
    for array in arrays:
        array.flags.writeable = False  # the cache must stay exactly the book's numbers
    return arrays, tuple(str(name) for name in split["feature_names"])


def breast_cancer() -> Dataset:
    """The book's data: 364 training and 91 validation rows of the 569 (the test rows unused)."""
    (x_train, y_train, x_val, y_val), feature_names = _book_split()
    return Dataset(
        name="breast_cancer",
        # Copies, so a caller that edits its arrays cannot change what the next caller gets.
        x_train=x_train.copy(),
        y_train=y_train.copy(),
        x_val=x_val.copy(),
        y_val=y_val.copy(),
        feature_names=feature_names,
        class_names=("malignant", "benign"),
        description=(
            f"Breast cancer (569 rows, {len(feature_names)} features): the book's split, "
            f"{len(y_train)} train / {len(y_val)} validation"
        ),
    )


# --------------------------------------------------------------------------- synthetic 2-D sets

# Blobs are the linearly separable baseline. The base spread keeps two visible clouds at noise 0;
# each unit of noise widens them so that around noise 1 they overlap like noisy moons.
_BLOB_CENTERS = np.array([[-1.0, -1.0], [1.0, 1.0]])
_BLOB_BASE_STD = 0.3


def _moons(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import make_moons

    return make_moons(n_samples, noise=noise, random_state=seed)


def _circles(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import make_circles

    return make_circles(n_samples, noise=noise, factor=0.5, random_state=seed)


def _blobs(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import make_blobs

    return make_blobs(
        n_samples,
        centers=_BLOB_CENTERS,
        cluster_std=_BLOB_BASE_STD + noise,
        random_state=seed,
    )


def _xor(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    # The classic set no single line separates: why the book needs a hidden layer.
    rng = np.random.RandomState(seed)
    clean = rng.uniform(-1.0, 1.0, size=(n_samples, 2))
    y = (clean[:, 0] * clean[:, 1] > 0).astype(np.int64)
    return clean + rng.normal(0.0, noise, size=clean.shape), y


_GENERATORS: dict[str, tuple[str, Callable[[int, float, int], tuple[np.ndarray, np.ndarray]]]] = {
    "moons": ("Two moons", _moons),
    "circles": ("Two circles", _circles),
    "xor": ("XOR", _xor),
    "blobs": ("Two blobs", _blobs),
}


def synthetic(
    kind: str,
    n_samples: int = 300,
    noise: float = 0.2,
    seed: int = 0,
    val_ratio: float = 0.25,
) -> Dataset:
    """A small 2-D problem whose decision boundary the GUI can draw."""
    if kind not in _GENERATORS:
        raise ValueError(f"kind must be one of {', '.join(SYNTHETIC_KINDS)}; got {kind!r}")
    if isinstance(n_samples, bool) or not isinstance(n_samples, numbers.Integral):
        raise TypeError(f"n_samples must be a whole number; got {n_samples!r}")
    _check_range("n_samples", n_samples, *N_SAMPLES_RANGE)
    _check_range("noise", noise, *NOISE_RANGE)
    _check_range("val_ratio", val_ratio, *VAL_RATIO_RANGE)

    title, generate = _GENERATORS[kind]
    x, y = generate(int(n_samples), float(noise), seed)
    class_names = ("0", "1")
    x_train, y_train, x_val, y_val = _split_and_scale(
        np.asarray(x, dtype=np.float64),
        np.asarray(y, dtype=np.int64),
        val_ratio=val_ratio,
        seed=seed,
        where=f"{kind} (n_samples={n_samples})",
        place={"dataset": kind, "n_samples": n_samples},
        class_names=class_names,
    )
    return Dataset(
        name=kind,
        x_train=x_train,
        y_train=y_train,
        x_val=x_val,
        y_val=y_val,
        feature_names=("x1", "x2"),
        class_names=class_names,
        description=(
            f"{title} ({n_samples} points, noise {noise:g}, seed {seed}): "
            f"{len(y_train)} train / {len(y_val)} validation"
        ),
    )


def load(name: str, **kwargs: float) -> Dataset:
    """One entry point for the GUI's dataset chooser; keyword arguments go to `synthetic`."""
    if name == "breast_cancer":
        if kwargs:
            raise ValueError(
                f"breast_cancer takes no options (the book's split is fixed); got {sorted(kwargs)}"
            )
        return breast_cancer()
    if name in SYNTHETIC_KINDS:
        return synthetic(name, **kwargs)
    raise ValueError(f"dataset must be one of {', '.join(DATASET_NAMES)}; got {name!r}")


# --------------------------------------------------------------------------- CSV import


@dataclass(frozen=True)
class _Table:
    """A CSV file's cells after the structural checks, before any cell is interpreted."""

    file: str  # the file name, as messages show it
    columns: tuple[str, ...]
    has_header: bool
    rows: list[tuple[int, list[str]]]  # (row number as in the file, stripped cells)

    def column(self, index: int) -> str:
        """How a message names a column: by name and 1-based number, or by number alone."""
        if self.has_header:
            return f"column {self.columns[index]!r} ({index + 1})"
        return f"column {index + 1}"

    def place(self, index: int) -> dict[str, object]:
        """The details that locate a column in a `DatasetError` (what `column` says in words)."""
        return {
            "file": self.file,
            "column": self.columns[index],
            "column_number": index + 1,
            "header": self.has_header,
        }


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _missing(cell: str) -> str:
    return "the cell is empty" if not cell else f"the value is missing ({cell!r})"


def _sniff_delimiter(lines: list[str]) -> str:
    # Semicolons mean a locale whose decimal separator is the comma; tabs come from pasting a
    # spreadsheet. Either is chosen only if every sampled line contains it, so a stray ';' inside
    # a comma-separated file does not win.
    sample = lines[:10]
    for candidate in ("\t", ";"):
        if all(candidate in line for line in sample):
            return candidate
    return ","


def _looks_like_header(rows: list[list[str]]) -> bool:
    """A header is a first row with a word above a column of (mostly) numbers.

    "Mostly", not "all": one bad cell further down must be reported at its own row, not turn the
    header into a data row that fails at row 1.
    """
    first, rest = rows[0], rows[1:]
    for index, cell in enumerate(first):
        if _is_number(cell) or cell.lower() in _MISSING_TOKENS:
            continue
        if not rest:
            return True
        below = [
            cells[index]
            for cells in rest
            if index < len(cells) and cells[index].lower() not in _MISSING_TOKENS
        ]
        if below and 2 * sum(_is_number(value) for value in below) > len(below):
            return True
    return False


def _read_text(path: Path) -> str:
    """The file as text, or a message saying why it is not a readable UTF-8 text file."""
    if path.is_dir():
        raise DatasetError(
            f"{path} is a folder, not a CSV file. Choose a .csv file inside it.",
            kind="folder",
            path=str(path),
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read()
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

    file = path.name
    if b"\x00" in raw:
        raise DatasetError(
            f"{file} is not a text CSV file (it contains binary data). Export the data as CSV "
            "(UTF-8) and open that file.",
            kind="binary",
            file=file,
        )
    try:
        text = raw.decode("utf-8-sig")  # "-sig" drops the byte-order mark Excel writes
    except UnicodeDecodeError as error:
        row = raw[: error.start].count(b"\n") + 1
        raise DatasetError(
            f"{file}, row {row}: byte 0x{raw[error.start]:02x} is not UTF-8 text. Save the file "
            "as 'CSV UTF-8' and open it again.",
            kind="not_utf8",
            file=file,
            row=row,
            byte=raw[error.start],
        ) from None
    return text


def _read_table(path: str | os.PathLike[str]) -> _Table:
    path = Path(path)
    file = path.name
    text = _read_text(path)
    delimiter = _sniff_delimiter([line for line in text.splitlines() if line.strip()])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            stripped = [cell.strip() for cell in cells]
            # Spreadsheets export an empty row as ",,,", so a row of empty cells is blank too.
            if any(stripped):
                rows.append((reader.line_num, stripped))
    except csv.Error as error:
        raise DatasetError(
            f"{file}, row {reader.line_num}: {error}. Check the quotes on that row.",
            kind="bad_quotes",
            file=file,
            row=reader.line_num,
            reason=str(error),
        ) from None
    if not rows:
        raise DatasetError(
            f"{file} is empty. Choose a CSV file with data rows.", kind="empty", file=file
        )

    has_header = _looks_like_header([cells for _, cells in rows])
    first_line, first = rows[0]
    if has_header:
        columns = tuple(cell or f"column {i + 1}" for i, cell in enumerate(first))
        rows = rows[1:]
        if not rows:
            raise DatasetError(
                f"{file} has a header line but no data rows. Add the data below the header.",
                kind="header_only",
                file=file,
            )
    else:
        columns = tuple(f"column {i + 1}" for i in range(len(first)))

    if len(columns) < 2:
        shown = "tab" if delimiter == "\t" else repr(delimiter)
        raise DatasetError(
            f"{file}, row {first_line}: found {len(columns)} column (separator {shown}); at least "
            "2 are needed, one or more features and the label. Separate the values with commas, "
            "semicolons or tabs.",
            kind="one_column",
            file=file,
            row=first_line,
            count=len(columns),
            separator=delimiter,
        )
    reference = "the header" if has_header else f"row {first_line}"
    for line, cells in rows:
        if len(cells) != len(columns):
            raise DatasetError(
                f"{file}, row {line}: {len(cells)} cells, but {reference} has {len(columns)}. "
                "Give every row the same number of cells (look for a missing or extra separator).",
                kind="ragged_row",
                file=file,
                row=line,
                count=len(cells),
                expected=len(columns),
                header=has_header,
                first_row=first_line,
            )
    return _Table(file=file, columns=columns, has_header=has_header, rows=rows)


def _label_index(table: _Table, label_column: str | None) -> int:
    if label_column is None:
        return len(table.columns) - 1
    key = label_column.strip()
    if key in table.columns:
        return table.columns.index(key)
    if key.isdigit() and 1 <= int(key) <= len(table.columns):
        return int(key) - 1
    available = ", ".join(repr(name) for name in table.columns)
    raise DatasetError(
        f"{table.file} has no column {label_column!r}. Choose the label from: {available} "
        f"(or give its number, 1 to {len(table.columns)}).",
        kind="unknown_label",
        file=table.file,
        label=label_column,
        columns=table.columns,
        count=len(table.columns),
    )


def _parse_features(table: _Table, features: list[int]) -> np.ndarray:
    values = []
    for line, cells in table.rows:
        row = []
        for index in features:
            cell = cells[index]
            where = f"{table.file}, row {line}, {table.column(index)}"
            details = {**table.place(index), "row": line, "value": cell}
            if cell.lower() in _MISSING_TOKENS:
                raise DatasetError(
                    f"{where}: {_missing(cell)}. Fill it in or delete the row.",
                    kind="missing_value",
                    **details,
                )
            try:
                number = float(cell)
            except ValueError:
                hint = " (use a dot as the decimal separator)" if "," in cell else ""
                raise DatasetError(
                    f"{where}: {cell!r} is not a number{hint}. Feature columns must hold "
                    "numbers: correct the cell, or choose this column as the label.",
                    kind="not_a_number",
                    **details,
                ) from None
            if not math.isfinite(number):
                raise DatasetError(
                    f"{where}: {cell!r} is infinite. Replace it with a finite number or delete "
                    "the row.",
                    kind="infinite",
                    **details,
                )
            row.append(number)
        values.append(row)
    return np.array(values, dtype=np.float64)


def _parse_labels(table: _Table, label: int) -> tuple[np.ndarray, tuple[str, str]]:
    """Map the label column's two values to 0 and 1 in sorted order (numeric order if numeric)."""
    texts = []
    for line, cells in table.rows:
        cell = cells[label]
        if cell.lower() in _MISSING_TOKENS:
            raise DatasetError(
                f"{table.file}, row {line}, {table.column(label)}: {_missing(cell)}. "
                "Fill in the label or delete the row.",
                kind="missing_label",
                **table.place(label),
                row=line,
                value=cell,
            )
        texts.append(cell)
    # Numeric labels compare as numbers, so "9" sorts before "10" and "1" equals "1.0".
    keys: list[float] | list[str] = (
        [float(text) for text in texts] if all(_is_number(text) for text in texts) else texts
    )
    shown_as: dict[float | str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        shown_as.setdefault(key, text)
    distinct = sorted(shown_as)
    where = f"{table.file}, label {table.column(label)}"
    if len(distinct) == 1:
        raise DatasetError(
            f"{where}: every row has the value {texts[0]!r}; a classifier needs two classes. "
            "Choose another label column or add rows of the other class.",
            kind="one_class",
            **table.place(label),
            value=texts[0],
        )
    if len(distinct) > 2:
        listed = ", ".join(repr(shown_as[key]) for key in distinct[:5])
        more = f" and {len(distinct) - 5} more" if len(distinct) > 5 else ""
        raise DatasetError(
            f"{where}: {len(distinct)} different values ({listed}{more}); this app trains a "
            "two-class model, so the label must hold exactly two. Choose a two-valued column or "
            "keep only the rows of two classes.",
            kind="too_many_classes",
            **table.place(label),
            count=len(distinct),
            classes=tuple(shown_as[key] for key in distinct),
        )
    y = np.array([key == distinct[1] for key in keys], dtype=np.int64)
    return y, (shown_as[distinct[0]], shown_as[distinct[1]])


def csv_columns(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The names the GUI offers as label choices, so the user picks before anything is parsed.

    Structural problems (missing or empty file, ragged rows) are raised here already, so the user
    hears about them when choosing the file rather than after choosing a label.
    """
    return _read_table(path).columns


def load_csv(
    path: str | os.PathLike[str],
    label_column: str | None = None,
    val_ratio: float = 0.2,
    seed: int = 42,
) -> Dataset:
    """A student's own two-class data: numeric features plus a label column with two values.

    `label_column` is a header name, "column N" for a file without header, or a 1-based number
    as a string; by default the last column.
    """
    _check_range("val_ratio", val_ratio, *VAL_RATIO_RANGE)
    table = _read_table(path)
    label = _label_index(table, label_column)
    features = [index for index in range(len(table.columns)) if index != label]
    x = _parse_features(table, features)
    y, class_names = _parse_labels(table, label)
    label_name = table.columns[label]
    x_train, y_train, x_val, y_val = _split_and_scale(
        x,
        y,
        val_ratio=val_ratio,
        seed=seed,
        where=f"{table.file}, label {table.column(label)}",
        place=table.place(label),
        class_names=class_names,
    )
    return Dataset(
        name=table.file,
        x_train=x_train,
        y_train=y_train,
        x_val=x_val,
        y_val=y_val,
        feature_names=tuple(table.columns[index] for index in features),
        class_names=class_names,
        description=(
            f"{table.file} ({len(y)} rows, {len(features)} features): label {label_name!r}: "
            f"{class_names[0]!r} -> 0, {class_names[1]!r} -> 1; "
            f"{len(y_train)} train / {len(y_val)} validation"
        ),
    )
