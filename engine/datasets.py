"""Where the network's data comes from: the book's breast-cancer split, synthetic 2-D sets, and
(through `engine.csv_import`) students' own CSV files.

Every dataset leaves this module already split into training and validation rows and
standardised with a scaler fitted on the training rows only. That is the book's discipline in
chapter 6: the validation score must measure rows that neither the weights nor the scaler saw.

Every problem with the data is a `DatasetError` whose message names the file, the row as
numbered in the file, the column, and what to do about it. The error also carries the same facts
in machine-readable form (`kind` and `details`, listed in `ERROR_KINDS`), so the window can say
them in the student's language: the engine has no Qt.
"""

from __future__ import annotations

import functools
import math
import numbers
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine import parallel, standardise
from engine.error_catalog import error_text

# scikit-learn is imported inside the functions that need it: importing it takes ~0.9 s, and the
# window should open in well under that with the book's data, which ships precomputed.
BOOK_SPLIT_FILE = Path(__file__).with_name("book_split.npz")

SYNTHETIC_KINDS = ("moons", "circles", "xor", "blobs")
DATASET_NAMES = ("breast_cancer", *SYNTHETIC_KINDS)

# Inclusive ranges, public so the GUI can bound its spin boxes with the same numbers.
N_SAMPLES_RANGE = (20, 100_000)
NOISE_RANGE = (0.0, 2.0)
VAL_RATIO_RANGE = (0.05, 0.5)
# Values whose square overflows cannot be standardised; the scaler would silently leave the
# column unscaled. Below 1e150 only tens of millions of extreme values make a variance overflow
# (then the split's own check refuses the data).
VALUE_LIMIT = 1e150

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
    "not_a_file": ("path",),  # a device or a pipe (e.g. /dev/zero): refused unread
    "unreadable": ("path", "reason"),  # the OS refused (reason: its strerror)
    "binary": ("file", "row"),  # NUL bytes: not a text file
    "bad_encoding": ("file", "row", "byte", "encoding"),  # byte: the first bad one, an int
    "bad_quotes": ("file", "row", "reason"),  # the csv module's complaint (reason)
    "line_too_long": ("file", "row", "megabytes"),  # a row of megabytes: a quote never closed
    "empty": ("file",),  # no non-blank row
    "header_only": ("file",),  # a header and nothing below it
    "one_column": ("file", "row", "count", "separator"),  # separator: the one used
    "duplicate_column": ("file", "name", "first", "second"),  # first, second: numbers from 1
    # name: as asked; option: "label" or "ignore"; count: how many columns
    "unknown_column": ("file", "name", "option", "columns", "count"),
    "label_ignored": _LABEL,  # the label column is also to be ignored
    "no_features": ("file",),  # every column but the label ignored
    "ragged_row": ("file", "row", "count", "expected", "header", "first_row"),
    "missing_value": _CELL,  # an empty or NA-like feature cell
    # hint: "comma"/"point" (the cell uses the other decimal mark), "header" (first row) or ""
    "not_a_number": (*_CELL, "hint"),
    "infinite": _CELL,  # a feature cell that is inf or overflows
    # its square (or its column's variance) overflows; value_limit: VALUE_LIMIT
    "value_too_large": (*_CELL, "value_limit"),
    "missing_label": _CELL,  # an empty or NA-like label cell
    "too_many_cells": ("file", "row", "count", "limit"),  # count: columns; limit: cells
    "one_class": (*_LABEL, "value"),  # every label equals value
    "too_many_classes": (*_LABEL, "count", "classes"),  # classes: all, in class order
    "unknown_class": (*_LABEL, "value", "classes"),  # value: a class asked for, not in the file
    "class_too_small": ("class_name", "count"),  # fewer than 2 rows of a class
    "split_impossible": ("val_ratio", "rows", "train", "validation", "class_name", "count"),
    "too_large": ("value_limit",),  # values whose squares overflow when standardising
}


class DatasetError(ValueError):
    """A user-facing message: says what is wrong, where (file, row, column), and what to do.

    `str(error)` is the English message. `kind` (a key of `ERROR_KINDS`) and `details` hold
    the same facts for a caller that words the message itself, e.g. in another language.
    Raise it through `data_error`, which words it from the one catalog of templates.
    """

    def __init__(self, message: str, kind: str = "other", **details: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.details: dict[str, object] = details

    def __reduce__(self) -> tuple[object, ...]:
        # The default rebuilds from `args` alone and would lose kind and details.
        return (type(self), (str(self), self.kind), {"details": self.details})


def data_error(kind: str, **details: object) -> DatasetError:
    """The error of ``kind``, its English message worded from `engine.error_catalog` (the
    templates the window translates), so both say the same."""
    return DatasetError(error_text(kind, details), kind, **details)


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


def _approximate_mode(counts: np.ndarray, draws: int, rng: np.random.RandomState) -> np.ndarray:
    """How many of ``draws`` rows each class gets: scikit-learn's approximation to the mode of
    the multivariate hypergeometric, ties broken with ``rng`` as it does."""
    continuous = counts / counts.sum() * draws
    floored = np.floor(continuous)
    need = int(draws - floored.sum())
    if need > 0:
        remainder = continuous - floored
        for value in np.sort(np.unique(remainder))[::-1]:
            (ties,) = np.where(remainder == value)
            add = min(len(ties), need)
            floored[rng.choice(ties, size=add, replace=False)] += 1
            need -= add
            if need == 0:
                break
    return floored.astype(int)


def stratified_split(
    y: np.ndarray, n_train: int, n_val: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """The row numbers ``train_test_split(..., stratify=y, random_state=seed)`` puts in each
    part (y: class numbers from 0), drawn exactly as scikit-learn's StratifiedShuffleSplit
    draws them (a test checks it), with arrays where it builds Python lists: on a million rows
    those lists take most of a second, holding the GIL all the while, which would freeze the
    window."""
    # y holds class numbers from 0: its distinct values in order, and each class's rows in
    # order, are what scikit-learn gets from np.unique and a stable argsort, without sorting.
    present = np.flatnonzero(np.bincount(y))
    by_class = [np.flatnonzero(y == label) for label in present]
    counts = np.array([len(rows) for rows in by_class])
    rng = np.random.RandomState(seed)
    train_counts = _approximate_mode(counts, n_train, rng)
    val_counts = _approximate_mode(counts - train_counts, n_val, rng)
    train, val = [], []
    for rows, count, n_t, n_v in zip(by_class, counts, train_counts, val_counts, strict=True):
        permuted = rows.take(rng.permutation(count), mode="clip")
        train.append(permuted[:n_t])
        val.append(permuted[n_t : n_t + n_v])
    return rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(val))


def _split_and_scale(
    x: np.ndarray,
    y: np.ndarray,
    *,
    val_ratio: float,
    seed: int,
    place: dict[str, object],
    class_names: tuple[str, str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Stratified split, then a scaler fitted on the training rows alone (scikit-learn's
    `train_test_split` and `StandardScaler`, to the bit, done by `stratified_split` and
    `engine.standardise` without their copies and without importing scikit-learn).

    Impossible splits are reported here, in the user's terms, rather than as scikit-learn's
    messages about `test_size` and "the least populated class". `place` names the data in an
    error's details (a file's label column, or a built-in set and its size).
    """
    counts = np.bincount(y, minlength=2)
    smaller = int(np.argmin(counts))
    smaller_rows = int(counts[smaller])
    if smaller_rows < 2:
        raise data_error(
            "class_too_small",
            **place,
            class_name=class_names[smaller],
            count=smaller_rows,
        )
    n_val = math.ceil(val_ratio * len(y))  # how train_test_split sizes a fractional test_size
    n_train = len(y) - n_val
    fits = n_val >= 2 and n_train >= 2
    if fits:
        train, val = stratified_split(y, n_train, n_val, seed)
        y_train, y_val = y[train], y[val]
        # Stratification rounds per class, so a small class can still miss one side entirely.
        fits = all(np.bincount(part, minlength=2).min() > 0 for part in (y_train, y_val))
    if not fits:
        raise data_error(
            "split_impossible",
            **place,
            val_ratio=val_ratio,
            rows=len(y),
            train=n_train,
            validation=n_val,
            class_name=class_names[smaller],
            count=smaller_rows,
        )
    # Each part is gathered once into its own array and standardised there, in place: no
    # other copy of the rows is made (a million rows of 30 features are 240 MB each time).
    x_train, x_val = _take_parts(x, (train, val))
    with np.errstate(all="ignore"):  # overflow is reported below, in the user's terms
        mean, variance, scale = standardise.fit(x_train)
        # An overflowing variance gives an infinite scale, which maps its column to zeros:
        # finite, and silently wrong. So the scale is checked as well as the result.
        finite = bool(np.isfinite(variance).all() and np.isfinite(mean).all())
        finite = standardise.transform(x_train, mean, scale) and finite
        finite = standardise.transform(x_val, mean, scale) and finite
    if not finite:
        raise data_error(
            "too_large",
            value_limit=VALUE_LIMIT,
            **place,
        )
    y_train, y_val = (np.ascontiguousarray(part, dtype=np.int64) for part in (y_train, y_val))
    return x_train, y_train, x_val, y_val


def _take_parts(x: np.ndarray, parts: tuple[np.ndarray, ...]) -> list[np.ndarray]:
    """``[x[rows] for rows in parts]`` as new C-ordered float64 arrays (the order the scaler's
    sums rely on), side by side. ``x`` may also be features kept as columns
    (`engine.feature_columns`), which gather their rows themselves."""
    if hasattr(x, "take_parts"):
        return x.take_parts(parts)
    x = np.asarray(x, dtype=np.float64)
    taken = [np.empty((len(rows), x.shape[1]), dtype=np.float64) for rows in parts]
    tasks = [
        functools.partial(np.take, x, rows, axis=0, out=part, mode="clip")  # "raise" buffers
        for rows, part in zip(parts, taken, strict=True)
    ]
    parallel.run_all(tasks, cells=x.size, name="gather")
    return taken


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


def __getattr__(name: str) -> object:
    """``load_csv`` moved to `engine.csv_import`; scripts (and "Copy as Python" snippets) that
    import it from here keep working. Imported on first use, as csv_import imports this module."""
    if name == "load_csv":
        from engine.csv_import import load_csv

        return load_csv
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
