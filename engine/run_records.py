"""A run's per-epoch records as columns of numbers, their bounds, and their form in a file.

A thousand runs of 500 epochs are half a million records and, at batch 32, six million
mini-batch losses. As Python objects they take seconds to build; as text they take seconds to
parse (a float written with ``repr()`` costs about 400 ns to read back, in ``json``, NumPy and
``float()`` alike). So an experiment file keeps each record field as one base64 string of
little-endian 8-byte numbers - exact to the bit, decoded at memory speed - and a loaded run
keeps them as NumPy columns (``RecordColumns``), which still read as a sequence of
``EpochRecord`` for code that walks a run epoch by epoch.

Every loaded number is checked against the app's own ranges, because a file can be edited by
hand: an epoch count of 10**400 or a loss of 1e308 once loaded and then broke the window.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from typing import overload

import numpy as np

from engine.hyperparameters import MAX_EPOCHS
from engine.training import EpochRecord

FIELDS = tuple(field.name for field in fields(EpochRecord) if field.name != "batch_losses")
INT_FIELDS = ("epoch", "updates", "samples")
ENCODING = "base64 of little-endian int64 (epoch, updates, samples, batch_counts) or float64"

# The largest number of training rows an epoch can see: the largest batch size allowed.
MAX_ROWS_PER_EPOCH = 10**9
# Above this a log-scale plot has no room left (the largest float is 1.8e308).
MAX_LOSS = 1e300
MAX_SECONDS = 1e9  # 32 years of training
_INT = np.dtype("<i8")
_FLOAT = np.dtype("<f8")


class BadRecords(ValueError):
    """A record column breaks a rule: ``field`` names it, ``where`` says where in it ("value
    17", "list 3, value 2", or "" for the whole column), the message what is wrong."""

    def __init__(self, field: str, problem: str, where: str = "") -> None:
        super().__init__(problem)
        self.field = field
        self.where = where


class RecordColumns(Sequence[EpochRecord]):
    """The records of one run as read-only NumPy columns (``column(name)`` for plots), and
    as a sequence of EpochRecord, each built when asked for. ``starts[i]`` is where epoch
    i's mini-batch losses begin in ``batch_losses`` (one entry more than epochs)."""

    def __init__(
        self,
        columns: Mapping[str, np.ndarray],
        batch_counts: np.ndarray,
        batch_losses: np.ndarray,
    ) -> None:
        self._columns = {name: _frozen(columns[name]) for name in FIELDS}
        self._losses = _frozen(batch_losses)
        self.starts = _frozen(np.concatenate([[0], np.cumsum(batch_counts)]))
        check(self)

    @classmethod
    def from_records(cls, records: Iterable[EpochRecord]) -> RecordColumns:
        """The columns of records kept as objects (a run trained in this session)."""
        if isinstance(records, RecordColumns):
            return records
        records = list(records)
        columns = {
            name: np.array(
                [getattr(r, name) for r in records], _INT if name in INT_FIELDS else _FLOAT
            )
            for name in FIELDS
        }
        losses = [np.asarray(r.batch_losses, dtype=np.float64).ravel() for r in records]
        counts = np.array([len(x) for x in losses], dtype=_INT)
        flat = np.concatenate(losses) if losses else np.empty(0)
        return cls(columns, counts, flat)

    def column(self, name: str) -> np.ndarray:
        """One field for every epoch (read-only): ints for epoch, updates, samples."""
        return self._columns[name]

    @property
    def batch_counts(self) -> np.ndarray:
        return np.diff(self.starts)

    @property
    def batch_losses(self) -> np.ndarray:
        """Every epoch's mini-batch losses, one after the other (see ``batch_counts``)."""
        return self._losses

    def __len__(self) -> int:
        return len(self._columns["epoch"])

    @overload
    def __getitem__(self, index: int) -> EpochRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[EpochRecord]: ...

    def __getitem__(self, index: int | slice) -> EpochRecord | list[EpochRecord]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = range(len(self))[index]  # negative indices, and IndexError past the end
        values = {
            name: (int if name in INT_FIELDS else float)(column[i])
            for name, column in self._columns.items()
        }
        losses = self._losses[self.starts[i] : self.starts[i + 1]]
        return EpochRecord(**values, batch_losses=losses)

    def __iter__(self) -> Iterator[EpochRecord]:
        return (self[i] for i in range(len(self)))


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only view: loaded numbers must stay what the file said (the caller's own array
    stays writable)."""
    view = np.asarray(array).view()
    view.flags.writeable = False
    return view


def _value(k: int) -> str:
    return f"value {k + 1}"


def _in_batches(starts: np.ndarray) -> Callable[[int], str]:
    """Where the k-th of all batch losses is: "list 3, value 2" is epoch 3's second."""

    def locate(k: int) -> str:
        epoch = int(np.searchsorted(starts, k, side="right")) - 1
        return f"list {epoch + 1}, value {k - int(starts[epoch]) + 1}"

    return locate


def _must(
    name: str,
    ok: np.ndarray,
    values: np.ndarray,
    rule: str,
    locate: Callable[[int], str] = _value,
) -> None:
    """BadRecords at the first of ``values`` where ``ok`` is false, quoting the rule."""
    if not ok.all():
        k = int(np.flatnonzero(~ok)[0])
        raise BadRecords(name, f"{values[k].item()!r} is out of range: {rule}", locate(k))


def _in_range(
    name: str,
    values: np.ndarray,
    low: float,
    high: float,
    rule: str,
    nan: bool = False,
    locate: Callable[[int], str] = _value,
) -> None:
    """Every value in [low, high] (NaN too when ``nan``)."""
    ok = (values >= low) & (values <= high)
    if nan:
        ok |= np.isnan(values)
    _must(name, ok, values, rule, locate)


def check(table: RecordColumns) -> None:
    """The rules every run's records keep; BadRecords names the first break."""
    n = len(table)
    columns = {name: table.column(name) for name in FIELDS}
    for name, column in columns.items():
        if len(column) != n:
            raise BadRecords(name, f"it has {len(column)} values but 'epoch' has {n}")
    epoch = columns["epoch"]
    _in_range("epoch", epoch, 1, MAX_EPOCHS, f"epochs are counted from 1 to {MAX_EPOCHS}")
    if n > 1 and not (np.diff(epoch) > 0).all():
        k = int(np.flatnonzero(np.diff(epoch) <= 0)[0]) + 1
        raise BadRecords(
            "epoch", f"epoch {epoch[k]} is out of order: it follows epoch {epoch[k - 1]}", _value(k)
        )
    # Compared as floats: a hand-made 2**63 - 1 must not wrap around.
    epochs, updates, samples = (columns[name].astype(np.float64) for name in INT_FIELDS)
    rows = f"at most {MAX_ROWS_PER_EPOCH:g} rows per epoch"
    _must("samples", samples <= epochs * MAX_ROWS_PER_EPOCH, columns["samples"], rows)
    one_row = "every update uses at least one row (updates <= samples)"
    _must("updates", updates <= samples, columns["updates"], one_row)
    one_update = "every epoch makes at least one update (updates >= epoch)"
    _must("updates", updates >= epochs, columns["updates"], one_update)
    loss = f"a loss is a number from 0 to {MAX_LOSS:g}"
    no_validation = " (or null: no validation data)"
    _in_range("train_loss", columns["train_loss"], 0, MAX_LOSS, loss)
    _in_range("val_loss", columns["val_loss"], 0, MAX_LOSS, loss + no_validation, nan=True)
    accuracy = "an accuracy is a number from 0 to 1"
    _in_range("train_acc", columns["train_acc"], 0, 1, accuracy)
    _in_range("val_acc", columns["val_acc"], 0, 1, accuracy + no_validation, nan=True)
    seconds = f"seconds are a number from 0 to {MAX_SECONDS:g}"
    _in_range("seconds", columns["seconds"], 0, MAX_SECONDS, seconds)
    counts = table.batch_counts
    _in_range("batch_counts", counts, 0, MAX_ROWS_PER_EPOCH, "a number of mini-batches")
    losses = table.batch_losses
    if counts.sum() != len(losses):
        raise BadRecords(
            "batch_losses",
            f"it holds {len(losses)} losses, but batch_counts add up to {counts.sum()}",
        )
    _in_range("batch_losses", losses, 0, MAX_LOSS, loss, locate=_in_batches(table.starts))


# --------------------------------------------------------------------------- version 2


def _encoded(array: np.ndarray, dtype: np.dtype) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode("ascii")


def to_json(records: Sequence[EpochRecord]) -> dict[str, object]:
    """The records as an experiment file (version 2) holds them; BadRecords if they break the
    rules (the file would not load again)."""
    table = RecordColumns.from_records(records)
    encoded: dict[str, object] = {"encoding": ENCODING, "count": len(table)}
    for name in FIELDS:
        encoded[name] = _encoded(table.column(name), _INT if name in INT_FIELDS else _FLOAT)
    encoded["batch_counts"] = _encoded(table.batch_counts, _INT)
    encoded["batch_losses"] = _encoded(table.batch_losses, _FLOAT)
    return encoded


JSON_FIELDS = ("encoding", "count", *FIELDS, "batch_counts", "batch_losses")


def _decoded(text: object, name: str, dtype: np.dtype, count: int | None) -> np.ndarray:
    if not isinstance(text, str):
        raise BadRecords(name, "expected a base64 text in quotes")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise BadRecords(name, "it is not valid base64 text (damaged?)") from None
    if len(raw) % 8:
        raise BadRecords(name, f"it holds {len(raw)} bytes, not a whole number of 8-byte values")
    array = np.frombuffer(raw, dtype=dtype)
    if count is not None and len(array) != count:
        raise BadRecords(name, f"it holds {len(array)} values, but 'count' says {count}")
    return array


def from_json(members: Mapping[str, object]) -> RecordColumns:
    """The records of a version 2 file (``members`` has exactly ``JSON_FIELDS``), checked."""
    if members["encoding"] != ENCODING:
        raise BadRecords("encoding", f"expected {ENCODING!r}")
    count = members["count"]
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_EPOCHS:
        raise BadRecords("count", f"expected a whole number from 0 to {MAX_EPOCHS}")
    columns = {
        name: _decoded(members[name], name, _INT if name in INT_FIELDS else _FLOAT, count)
        for name in FIELDS
    }
    counts = _decoded(members["batch_counts"], "batch_counts", _INT, count)
    losses = _decoded(members["batch_losses"], "batch_losses", _FLOAT, None)
    return RecordColumns(columns, counts, losses)


# --------------------------------------------------------------------------- version 1


def _numbers(
    values: list[object], name: str, whole: bool, locate: Callable[[int], str] = _value
) -> np.ndarray:
    """A list of JSON numbers as an array: whole numbers only for ``whole``, else numbers or
    null (NaN). The common case costs one pass in C; a bad value is looked for only then."""
    allowed = {int} if whole else {int, float, type(None)}
    if set(map(type, values)) <= allowed:
        try:
            return np.array(values, dtype=_INT if whole else _FLOAT)
        except OverflowError:
            pass  # an integer with too many digits: found below
    expected = "a whole number" if whole else "a number (or null for 'no value')"
    for k, value in enumerate(values):
        if type(value) not in allowed:
            raise BadRecords(name, f"expected {expected}, got {_shown(value)}", locate(k))
        if type(value) is int and not -(2**63) <= value < 2**63:
            raise BadRecords(name, f"{_shown(value)} is too large", locate(k))
    raise AssertionError("unreachable: the fast path refused a list the slow path accepts")


def _shown(value: object) -> str:
    """A value as the file spells it (null, true), cut short: it may be a whole list."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def from_lists(columns: Mapping[str, object]) -> RecordColumns:
    """The records of a version 1 file: one JSON list per field, batch losses as a list of
    lists (``columns`` has exactly the EpochRecord field names), checked."""
    for name, column in columns.items():
        if not isinstance(column, list):
            raise BadRecords(name, f"expected a list [...], got {_shown(column)}")
    n = len(columns["epoch"])
    for name, column in columns.items():
        if len(column) != n:
            raise BadRecords(name, f"{name!r} has {len(column)} values but 'epoch' has {n}")
    arrays = {name: _numbers(columns[name], name, name in INT_FIELDS) for name in FIELDS}
    per_epoch = columns["batch_losses"]
    for k, losses in enumerate(per_epoch):
        if not isinstance(losses, list):
            raise BadRecords(
                "batch_losses", f"expected a list [...], got {_shown(losses)}", _value(k)
            )
    counts = np.array([len(losses) for losses in per_epoch], dtype=_INT)
    locate = _in_batches(np.concatenate([[0], np.cumsum(counts)]))
    flat = [value for losses in per_epoch for value in losses]
    return RecordColumns(arrays, counts, _numbers(flat, "batch_losses", False, locate))
