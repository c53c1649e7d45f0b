"""The run history as a file, so a comparison of runs survives closing the app.

A student compares batch sizes over an afternoon; an experiment file keeps every run's data,
hyperparameters and per-epoch record, with the exact numbers the app showed. The file is JSON:
names, settings and outcomes as readable text, and each record field as base64 of 8-byte
numbers (``engine.run_records``), exact to the bit and quick to load - a thousand runs open in
a fraction of a second. Version 1 files, with the records as JSON numbers, still open.

Files get edited by hand and damaged, so reading is a pure function that either returns runs or
raises `ExperimentError`, whose message names the file, the run and the field, and says what to
do. Every number must lie in the app's own ranges and every text be valid Unicode. It never
returns half an experiment, so the caller keeps its runs when a load fails. Writing never
produces a file that reading would refuse: text is made valid, and numbers out of range are an
OSError naming the run (the window reports OSErrors from exports).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path, PurePosixPath

import numpy as np

from engine.csv_import import ImportOptions, load_csv
from engine.curves import CURVE_COLUMNS, curves_csv, write_text_atomic
from engine.datasets import (
    N_SAMPLES_RANGE,
    NOISE_RANGE,
    SYNTHETIC_KINDS,
    VAL_RATIO_RANGE,
    Dataset,
    breast_cancer,
    synthetic,
)
from engine.hyperparameters import MAX_SEED, Hyperparameters, check_float, check_int
from engine.run_records import JSON_FIELDS, BadRecords, from_json, from_lists, to_json
from engine.safe_output import shown_path
from engine.training import EpochRecord

FORMAT = "minibatch-lab-experiment"
VERSION = 2  # 2: records as base64 columns; 1: records as JSON numbers (still read)

DATA_KINDS = ("breast_cancer", *SYNTHETIC_KINDS, "csv")
OUTCOMES = ("done", "stopped", "diverged")

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_RECORD_FIELDS = tuple(field.name for field in fields(EpochRecord))
# A lone surrogate is no character: text that holds one cannot even be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
# In a file name, though, Python writes each byte that is not UTF-8 as one of these (PEP 383):
# kept, they let a CSV with such a name be found again.
_NOT_A_FILE_NAME_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
# Bounds of the comparison's numbers: exact whole numbers, and room left on any plot.
_MAX_WHOLE = 2**53
_MAX_NUMBER = 1e300
_ADVICE = (
    "Correct it in a text editor, or open an experiment file saved by Minibatch Lab "
    "(Save experiment)."
)


class ExperimentError(ValueError):
    """A user-facing message: what is wrong, in which file (and run, and field), what to do."""


@dataclass(frozen=True)
class DataSpec:
    """How to rebuild a dataset, so a file holds a recipe instead of the data itself.

    ``samples``, ``noise`` and ``seed`` matter for the synthetic kinds (which keep the
    engine's own validation ratio); ``path``, ``label_column``, ``val_ratio``, ``csv_seed``
    and the import options after them (those of `engine.csv_import.ImportOptions`) for
    ``kind="csv"``. The unused fields are still checked so every stored spec is loadable
    after a switch of kind. Frozen and comparable, so equal specs can share one dataset.
    Files written before the import options existed lack them: they read as "proposed from
    the file", which is how those files were read.
    """

    kind: str
    samples: int = 300
    noise: float = 0.2
    seed: int = 0
    path: str = ""
    label_column: str | None = None
    val_ratio: float = 0.2
    csv_seed: int = 42
    delimiter: str | None = None
    decimal: str | None = None
    header: bool | None = None
    encoding: str = "auto"
    ignore_columns: tuple[str, ...] | None = None
    positive_class: str | None = None
    keep_classes: tuple[str, str] | None = None
    missing: str = "refuse"

    def __post_init__(self) -> None:
        if not isinstance(self.kind, str) or self.kind not in DATA_KINDS:
            raise ValueError(f"kind must be one of {', '.join(DATA_KINDS)}, got {self.kind!r}")
        set_ = object.__setattr__
        set_(self, "samples", check_int("samples", self.samples, *N_SAMPLES_RANGE))
        set_(self, "noise", check_float("noise", self.noise, *NOISE_RANGE, False))
        set_(self, "seed", check_int("seed", self.seed, 0, MAX_SEED))
        set_(self, "val_ratio", check_float("val_ratio", self.val_ratio, *VAL_RATIO_RANGE, False))
        set_(self, "csv_seed", check_int("csv_seed", self.csv_seed, 0, MAX_SEED))
        if not isinstance(self.path, str):
            raise ValueError(f"path must be text, got {self.path!r}")
        if self.kind == "csv" and not self.path:
            raise ValueError("a CSV dataset needs the path of its file")
        if self.label_column is not None and not isinstance(self.label_column, str):
            raise ValueError(f"label_column must be text or None, got {self.label_column!r}")
        for name in ("ignore_columns", "keep_classes"):  # JSON gives lists; keep specs hashable
            value = getattr(self, name)
            if isinstance(value, list):
                set_(self, name, tuple(value))
        self.csv_options()  # checks the import options, with messages that name the field

    def csv_options(self) -> ImportOptions:
        """The CSV import options this spec holds."""
        return ImportOptions(
            delimiter=self.delimiter,
            decimal=self.decimal,
            header=self.header,
            encoding=self.encoding,
            label_column=self.label_column,
            ignore_columns=self.ignore_columns,
            positive_class=self.positive_class,
            keep_classes=self.keep_classes,
            missing=self.missing,
        )

    def key(self) -> str:
        """A short name for file names and tables. A CSV is named by its file's stem, taken
        with either slash as separator, since the file may have been saved on Windows."""
        if self.kind != "csv":
            return self.kind
        return PurePosixPath(re.split(r"[\\/]", self.path)[-1]).stem or "csv"

    def load(self) -> Dataset:
        """Build the dataset; a CSV that moved or changed raises the engine's DatasetError."""
        if self.kind == "csv":
            return load_csv(
                self.path, val_ratio=self.val_ratio, seed=self.csv_seed, options=self.csv_options()
            )
        if self.kind == "breast_cancer":
            return breast_cancer()
        return synthetic(self.kind, n_samples=self.samples, noise=self.noise, seed=self.seed)


# The fields every file has, and the CSV import options that files of older versions lack.
_DATA_FIELDS = ("kind", "samples", "noise", "seed", "path", "label_column", "val_ratio", "csv_seed")
_CSV_IMPORT_FIELDS = tuple(f.name for f in fields(DataSpec) if f.name not in _DATA_FIELDS)


@dataclass(eq=False)
class Run:
    """One training run as the history shows it. Mutable because the user recolours, hides
    and renames runs; ``eq=False`` because its records hold arrays, which have no single
    truth value when compared: compare the fields instead."""

    name: str
    data: DataSpec
    hp: Hyperparameters
    records: Sequence[EpochRecord]  # a list, or RecordColumns when loaded from a file
    outcome: str
    color: str = ""
    visible: bool = True
    sklearn: dict[str, float | int | str] | None = None
    # True: the name was made from the settings, and a window names the run again in its own
    # language; False: the user's; None: the file does not say (written before files kept it).
    auto_name: bool | None = None
    # The training accuracy of the final weights (the window's comparison); NaN when unknown.
    train_acc: float = math.nan
    # MLPClassifier's loss per epoch for the comparison kept in ``sklearn``; empty when unknown.
    sklearn_loss: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, got {self.outcome!r}")
        if not isinstance(self.color, str) or (self.color and not _COLOR.fullmatch(self.color)):
            raise ValueError(f"color must be a colour like '#1f77b4' or empty, got {self.color!r}")

    # A run stopped before its first epoch has no records: NaN says "no value", not "zero loss".
    @property
    def final_train_loss(self) -> float:
        return self.records[-1].train_loss if self.records else math.nan

    @property
    def final_val_loss(self) -> float:
        return self.records[-1].val_loss if self.records else math.nan

    @property
    def final_val_acc(self) -> float:
        return self.records[-1].val_acc if self.records else math.nan

    @property
    def updates(self) -> int:
        return self.records[-1].updates if self.records else 0

    @property
    def seconds(self) -> float:
        return self.records[-1].seconds if self.records else 0.0


# --------------------------------------------------------------------------- writing


def _text(value: str) -> str:
    """Text as a file can hold it: a lone surrogate (broken text pasted into a name) becomes
    U+FFFD, the replacement character, so the file always opens again."""
    return _SURROGATE.sub("\ufffd", value)


def _data_json(data: DataSpec) -> dict[str, object]:
    return {
        key: value
        if not isinstance(value, str)
        else _NOT_A_FILE_NAME_BYTE.sub("\ufffd", value)
        if key == "path"
        else _text(value)
        for key, value in asdict(data).items()
    }


def _sklearn_value(value: object) -> object:
    """A comparison value as the file keeps it (NaN as null); ValueError if reading would
    refuse it."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(f"expected a number or text, got {value!r}")
    if isinstance(value, int | np.integer):
        if not -_MAX_WHOLE <= value <= _MAX_WHOLE:
            raise ValueError(f"{value} is out of range: whole numbers up to 2**53")
        return int(value)
    value = float(value)
    if math.isnan(value):
        return None
    if not -_MAX_NUMBER <= value <= _MAX_NUMBER:
        raise ValueError(f"{value!r} is out of range: a finite number up to {_MAX_NUMBER:g}")
    return value


def _run_json(run: Run, number: int) -> dict[str, object]:
    def unsavable(where: str, problem: str) -> OSError:
        return OSError(
            f"Cannot save run {number} ({_text(run.name)!r}), {where}: {problem}. Delete that "
            "run, or export the others."
        )

    sklearn = None
    if run.sklearn is not None:
        sklearn = {}
        for key, value in run.sklearn.items():
            try:
                sklearn[_text(str(key))] = _sklearn_value(value)
            except ValueError as error:
                raise unsavable(f"sklearn, {key}", str(error)) from None
    try:
        records = to_json(run.records)
    except BadRecords as error:
        raise unsavable(f"records, {error.field}, {error.where}", str(error)) from None
    return {
        "name": _text(run.name),
        "data": _data_json(run.data),
        "hyperparameters": run.hp.as_dict(),
        "outcome": run.outcome,
        "color": run.color,
        "visible": run.visible,
        "sklearn": sklearn,
        "auto_name": run.auto_name,
        "train_acc": None if math.isnan(run.train_acc) else run.train_acc,
        "sklearn_loss": [_loss_value(value, unsavable) for value in run.sklearn_loss],
        "records": records,
    }


def _loss_value(value: float, unsavable: Callable[[str, str], OSError]) -> float:
    """One of MLPClassifier's losses as a file keeps it: a finite number up to 1e300."""
    value = float(value)
    if not -_MAX_NUMBER <= value <= _MAX_NUMBER:
        raise unsavable("sklearn_loss", f"{value!r} is out of range: a finite number up to 1e300")
    return value


def _layout(value: object, depth: int = 0) -> str:
    """Objects with one member per line, so a reader finds a run's settings at a glance; any
    list without objects in it on one line."""
    inner = "  " * (depth + 1)
    if isinstance(value, dict) and value:
        members = [f"{inner}{json.dumps(k)}: {_layout(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(members) + "\n" + "  " * depth + "}"
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        items = [inner + _layout(item, depth + 1) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * depth + "]"
    # ASCII escapes keep any string writable as UTF-8, a file name's undecodable bytes too.
    return json.dumps(value, allow_nan=False)


def experiment_json(runs: list[Run]) -> str:
    """The whole experiment as strict JSON text, ending with a newline. OSError names a run
    whose numbers are beyond what a file keeps (e.g. a loss above 1e300)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "runs": [_run_json(run, number) for number, run in enumerate(runs, 1)],
    }
    return _layout(document) + "\n"


def save_experiment(path: str | os.PathLike[str], runs: list[Run]) -> None:
    """Write atomically: a failed save leaves the previous file as it was. Raises OSError."""
    write_text_atomic(path, experiment_json(runs))


# --------------------------------------------------------------------------- reading


def _shown(value: object) -> str:
    """A value as the file spells it (null, true), cut short: it may be a whole list."""
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class _At:
    """Where in the file a value sits, so every message can point at it."""

    source: str
    where: str

    def __truediv__(self, part: str) -> _At:
        return _At(self.source, f"{self.where}, {part}" if part else self.where)

    def error(self, problem: str) -> ExperimentError:
        return ExperimentError(f"{self.source}, {self.where}: {problem}. {_ADVICE}")


def _object(
    value: object, at: _At, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, object]:
    """A JSON object with exactly the expected members: a missing one is an error rather
    than a silent default, and an unknown one is most likely a misspelt name."""
    if not isinstance(value, dict):
        raise at.error(f"expected an object {{...}}, got {_shown(value)}")
    missing = [key for key in required if key not in value]
    if missing:
        raise at.error(f"the field {missing[0]!r} is missing")
    unknown = [key for key in value if key not in required and key not in optional]
    if unknown:
        raise at.error(f"unknown field {unknown[0]!r}; expected {', '.join(required + optional)}")
    return value


def _int(value: object, at: _At) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise at.error(f"expected a whole number, got {_shown(value)}")
    return value


def _valid_text(value: str, at: _At, allowed: re.Pattern[str] = _SURROGATE) -> str:
    bad = allowed.search(value)
    if bad is not None:
        raise at.error(
            f"the text holds {bad.group().encode('utf-8', 'backslashreplace').decode()}, which "
            "is not a valid character"
        )
    return value


def _str(value: object, at: _At) -> str:
    if not isinstance(value, str):
        raise at.error(f"expected text in quotes, got {_shown(value)}")
    return _valid_text(value, at)


def _records(value: object, at: _At, version: int) -> Sequence[EpochRecord]:
    try:
        if version == 1:
            return from_lists(_object(value, at, _RECORD_FIELDS))
        return from_json(_object(value, at, JSON_FIELDS))
    except BadRecords as error:
        raise (at / error.field / error.where).error(str(error)) from None


def _sklearn(value: object, at: _At) -> dict[str, float | int | str] | None:
    """Text stays text (the setup's name), whole numbers stay whole, null is NaN."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise at.error(f"expected an object {{...}} or null, got {_shown(value)}")
    values: dict[str, float | int | str] = {}
    for key, item in value.items():
        where = at / _valid_text(key, at)
        if isinstance(item, str):
            values[key] = _valid_text(item, where)
            continue
        if isinstance(item, bool) or not isinstance(item, int | float | None):
            raise where.error(f"expected a number, text or null, got {_shown(item)}")
        try:
            values[key] = math.nan if item is None else _sklearn_value(item)
        except ValueError as error:
            raise where.error(str(error)) from None
    return values


def _fraction(value: object, at: _At) -> float:
    """An accuracy from 0 to 1, or null for "not known" (NaN)."""
    if value is None:
        return math.nan
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise at.error(f"expected a number from 0 to 1 or null, got {_shown(value)}")
    return float(value)


def _losses(value: object, at: _At) -> tuple[float, ...]:
    """A list of finite losses up to 1e300 (a curve a plot can draw)."""
    if not isinstance(value, list):
        raise at.error(f"expected a list of numbers [...], got {_shown(value)}")
    for number, item in enumerate(value, 1):
        ok = isinstance(item, int | float) and not isinstance(item, bool)
        if not ok or not -_MAX_NUMBER <= item <= _MAX_NUMBER:
            raise (at / f"item {number}").error(
                f"expected a finite number up to 1e300, got {_shown(item)}"
            )
    return tuple(float(item) for item in value)


def _run(value: object, at: _At, version: int) -> Run:
    members = _object(
        value,
        at,
        ("name", "data", "hyperparameters", "records", "outcome"),
        # Presentation and extras may be left out of a hand-written file: they change no number.
        ("color", "visible", "sklearn", "auto_name", "train_acc", "sklearn_loss"),
    )
    name = _str(members["name"], at / "name")
    at = _At(at.source, f"{at.where} ({name!r})")
    data = _object(members["data"], at / "data", _DATA_FIELDS, _CSV_IMPORT_FIELDS)
    for key, item in data.items():
        # Column names and class values travel in lists: every text in them is checked too.
        texts = item if isinstance(item, list) else [item]
        for text in texts:
            if isinstance(text, str):
                _valid_text(
                    text, at / "data" / key, _NOT_A_FILE_NAME_BYTE if key == "path" else _SURROGATE
                )
    # Files written before the recipe fields existed lack them: the book's values apply.
    optional = Hyperparameters.OPTIONAL
    hp = _object(
        members["hyperparameters"],
        at / "hyperparameters",
        tuple(f.name for f in fields(Hyperparameters) if f.name not in optional),
        optional,
    )
    visible = members.get("visible", True)
    if not isinstance(visible, bool):
        raise (at / "visible").error(f"expected true or false, got {_shown(visible)}")
    records = _records(members["records"], at / "records", version)
    sklearn = _sklearn(members.get("sklearn"), at / "sklearn")
    outcome = _str(members["outcome"], at / "outcome")
    color = _str(members.get("color", ""), at / "color")
    auto_name = members.get("auto_name")
    if auto_name is not None and not isinstance(auto_name, bool):
        raise (at / "auto_name").error(f"expected true, false or null, got {_shown(auto_name)}")
    train_acc = _fraction(members.get("train_acc"), at / "train_acc")
    sklearn_loss = _losses(members.get("sklearn_loss", []), at / "sklearn_loss")
    # The constructors check ranges and names, and their messages name the field. A number
    # like 1e999 reads as infinity, which the whole-number checks refuse.
    try:
        spec = DataSpec(**data)
    except (ValueError, ArithmeticError) as error:
        raise (at / "data").error(str(error)) from None
    try:
        hyperparameters = Hyperparameters(**hp)
    except (ValueError, ArithmeticError) as error:
        raise (at / "hyperparameters").error(str(error)) from None
    try:
        return Run(
            name=name,
            data=spec,
            hp=hyperparameters,
            records=records,
            outcome=outcome,
            color=color,
            visible=visible,
            sklearn=sklearn,
            auto_name=auto_name,
            train_acc=train_acc,
            sklearn_loss=sklearn_loss,
        )
    except ValueError as error:
        raise at.error(str(error)) from None


def parse_experiment(text: str, source: str = "file") -> list[Run]:
    """The runs in ``text``, or ExperimentError; ``source`` names the file in messages."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExperimentError(
            f"{source} is not an experiment file (not JSON: line {error.lineno} column "
            f"{error.colno}). Open a file saved by Minibatch Lab (Save experiment)."
        ) from None
    except (ValueError, RecursionError):  # valid syntax, but beyond what Python will read
        raise ExperimentError(
            f"{source} is not an experiment file (its JSON nests too deeply or holds a number "
            "with thousands of digits). Open a file saved by Minibatch Lab (Save experiment)."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentError(
            f"{source} is JSON, but not a Minibatch Lab experiment (it lacks "
            f'"format": "{FORMAT}"). Open a file saved by Minibatch Lab (Save experiment).'
        )
    top = _At(source, "top level")
    if "version" not in document:
        raise top.error("the field 'version' is missing")
    version = _int(document["version"], top / "version")
    # Before the check of the other fields: a newer file may well have fields this one lacks.
    if version > VERSION:
        raise ExperimentError(
            f"{source} was saved by a newer Minibatch Lab (experiment format version "
            f"{version}; this one reads versions 1 to {VERSION}). Update Minibatch Lab to "
            "open it."
        )
    if version < 1:
        raise (top / "version").error(f"versions start at 1, got {version}")
    runs = _object(document, top, ("format", "version", "runs"))["runs"]
    if not isinstance(runs, list):
        raise (top / "runs").error(f"expected a list [...], got {_shown(runs)}")
    return [_run(item, _At(source, f"run {i}"), version) for i, item in enumerate(runs, 1)]


def load_experiment(path: str | os.PathLike[str]) -> list[Run]:
    """Read and parse a file; every failure, an unreadable file too, is an ExperimentError."""
    path = Path(path)
    shown = shown_path(path)  # messages stay printable for a name that is not UTF-8
    if path.is_dir():
        raise ExperimentError(f"{shown} is a folder. Choose an experiment file inside it.")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExperimentError(
            f"No such file: {shown}. Check the folder and the file name."
        ) from None
    except OSError as error:
        raise ExperimentError(
            f"Cannot read {shown}: {error.strerror}. Check that the file is readable."
        ) from None
    try:
        text = raw.decode("utf-8-sig")  # "-sig": an editor may have added a byte-order mark
    except UnicodeDecodeError:
        raise ExperimentError(
            f"{shown_path(path.name)} is not an experiment file (not UTF-8 text). Open a file "
            "saved by Minibatch Lab (Save experiment)."
        ) from None
    return parse_experiment(text, shown_path(path.name))


RUN_COLUMNS = ("run", "name", "data", "units", "batch_size", "learning_rate", "l1", "l2", "seed")


def runs_csv(runs: list[Run]) -> str:
    """Every run's curves in one table (long format: a row per run and epoch), so a whole
    comparison opens in a spreadsheet and plots with one pivot. The columns after the run's
    settings are those of a single run's curves CSV."""
    rows = []
    for number, run in enumerate(runs, start=1):
        hp = run.hp
        settings = [
            str(number),
            _text(run.name),  # a spreadsheet needs valid text: broken characters become U+FFFD
            _text(run.data.key()),
            str(hp.units),
            hp.batch_label(),
            repr(hp.learning_rate),
            repr(hp.l1),
            repr(hp.l2),
            str(hp.seed),
        ]
        for line in curves_csv(run.records).splitlines()[1:]:
            rows.append([*settings, *line.split(",")])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*RUN_COLUMNS, *CURVE_COLUMNS])
    writer.writerows(rows)
    return out.getvalue()
