"""Experiment files give back exactly the runs that were saved, and a damaged file is refused
with an ExperimentError that names the file, the run and the field, never a raw KeyError."""

import base64
import copy
import json
import math
import struct

import numpy as np
import pytest

from engine.csv_import import ImportOptions
from engine.datasets import breast_cancer, load_csv, synthetic
from engine.experiment import (
    FORMAT,
    VERSION,
    DataSpec,
    ExperimentError,
    Run,
    experiment_json,
    load_experiment,
    parse_experiment,
    runs_csv,
    save_experiment,
)
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.run_records import FIELDS, INT_FIELDS, RecordColumns
from engine.safe_output import write_text_atomic
from engine.training import EpochRecord

# Floats whose bits a careless writer or reader would change, within the bounds of a loss.
AWKWARD = [0.1 + 0.2, 5e-324, 1e300, -0.0, 1 / 3, 0.0, 2.2250738585072014e-308]


def bits(value: float) -> bytes:
    """Equal bits: tells -0.0 from 0.0, and makes NaN equal to NaN."""
    return struct.pack("<d", value)


def assert_same_runs(got: list[Run], expected: list[Run]) -> None:
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert (a.name, a.data, a.hp, a.outcome, a.color, a.visible) == (
            b.name,
            b.data,
            b.hp,
            b.outcome,
            b.color,
            b.visible,
        )
        if b.sklearn is None:
            assert a.sklearn is None
        else:
            assert a.sklearn.keys() == b.sklearn.keys()
            for key, value in b.sklearn.items():
                assert type(a.sklearn[key]) is type(value), key
                assert value == a.sklearn[key] or bits(value) == bits(a.sklearn[key]), key
        assert len(a.records) == len(b.records)
        for ra, rb in zip(a.records, b.records, strict=True):
            for name in ("epoch", "updates", "samples"):
                assert type(getattr(ra, name)) is int
                assert getattr(ra, name) == getattr(rb, name)
            for name in ("train_loss", "val_loss", "train_acc", "val_acc", "seconds"):
                assert type(getattr(ra, name)) is float
                assert bits(getattr(ra, name)) == bits(getattr(rb, name)), name
            assert ra.batch_losses.dtype == np.float64
            assert ra.batch_losses.tobytes() == np.asarray(rb.batch_losses, np.float64).tobytes()


def trained_runs() -> list[Run]:
    """A breast-cancer run with validation, a synthetic one without, and an empty one."""
    data = breast_cancer()
    hp = Hyperparameters(epochs=15)
    net = MinibatchNetwork(**{k: v for k, v in hp.as_dict().items() if k != "epochs"})
    net.fit(data.x_train, data.y_train, hp.epochs, data.x_val, data.y_val)
    moons = DataSpec("moons", samples=200, noise=0.3, seed=7)
    full = Hyperparameters(units=4, batch_size=None, learning_rate=0.5, l1=0.001, epochs=8)
    plain = MinibatchNetwork(units=4, batch_size=None, learning_rate=0.5, l1=0.001, l2=0.01)
    moons_data = moons.load()
    plain.fit(moons_data.x_train, moons_data.y_train, full.epochs)  # no validation: NaN
    sklearn = {"val_score": 0.967032967032967, "n_iter": 15, "seconds": 0.01, "setup": "same"}
    return [
        Run(
            "book run", DataSpec("breast_cancer"), hp, net.records, "done", "#1f77b4", True, sklearn
        ),
        Run("full batch 한글", moons, full, plain.records, "stopped", "#FF7F0E", False),
        Run("nothing yet", DataSpec("xor"), Hyperparameters(), [], "diverged"),
    ]


def record(epoch: int, value: float, losses: list[float]) -> EpochRecord:
    """A record that keeps the bounds: accuracies and seconds in range whatever ``value``."""
    fraction = min(value, 1.0)
    return EpochRecord(
        epoch, value, value, fraction, fraction, 3 * epoch, 90 * epoch, fraction, losses
    )


def document() -> dict:
    """A small valid file as JSON data, for the damage tests to break one piece at a time."""
    return json.loads(experiment_json(trained_runs()[1:2]))


def version_1(doc: dict) -> dict:
    """The same document as the first format wrote it: records as JSON numbers, NaN as null."""
    doc = copy.deepcopy(doc)
    doc["version"] = 1
    for run in doc["runs"]:
        table = parse_experiment(json.dumps({**doc, "version": 2, "runs": [run]}))[0].records
        columns = {}
        for name in FIELDS:
            values = table.column(name).tolist()
            columns[name] = [None if v != v else v for v in values]  # NaN as null
        columns["batch_losses"] = [r.batch_losses.tolist() for r in table]
        run["records"] = columns
    return doc


def encode(values, name: str) -> str:
    dtype = "<i8" if name in (*INT_FIELDS, "batch_counts") else "<f8"
    return base64.b64encode(np.asarray(values, dtype=dtype).tobytes()).decode()


def decode(text: str, name: str) -> np.ndarray:
    dtype = "<i8" if name in (*INT_FIELDS, "batch_counts") else "<f8"
    return np.frombuffer(base64.b64decode(text), dtype=dtype).copy()


def with_value(doc: dict, name: str, index: int, value) -> dict:
    """``doc`` with one record value changed, re-encoded as a saved file would hold it."""
    doc = copy.deepcopy(doc)
    records = doc["runs"][0]["records"]
    values = decode(records[name], name).astype(object)
    values[index] = value
    records[name] = encode(values.astype(float if isinstance(value, float) else values.dtype), name)
    return doc


def refuse(doc_or_text, *fragments: str) -> str:
    text = doc_or_text if isinstance(doc_or_text, str) else json.dumps(doc_or_text)
    with pytest.raises(ExperimentError) as caught:
        parse_experiment(text, "lab.json")
    message = str(caught.value)
    for fragment in ("lab.json", *fragments):
        assert fragment in message, (fragment, message)
    return message


# --------------------------------------------------------------------------- round trip


def test_round_trip_of_trained_runs_is_exact():
    runs = trained_runs()
    assert all(math.isnan(r.val_loss) for r in runs[1].records)
    assert_same_runs(parse_experiment(experiment_json(runs)), runs)


def test_round_trip_keeps_awkward_floats_bit_for_bit():
    records = [record(i + 1, v, [v, *AWKWARD]) for i, v in enumerate(AWKWARD)]
    records.append(EpochRecord(99, 0.5, math.nan, 0.5, math.nan, 300, 9000, 1.5, np.empty(0)))
    sklearn = {f"x{i}": v for i, v in enumerate(AWKWARD)} | {"n": 3, "setup": "book"}
    run = Run("awkward", DataSpec("blobs", noise=0), Hyperparameters(), records, "done", "", True)
    run.sklearn = sklearn | {"nan": math.nan}
    back = parse_experiment(experiment_json([run]))
    assert_same_runs(back, [run])
    assert_same_runs(
        parse_experiment(json.dumps(version_1(json.loads(experiment_json([run]))))), [run]
    )


def test_numpy_numbers_are_written_as_plain_json():
    rec = EpochRecord(
        np.int64(1), np.float64(0.5), np.nan, 0.5, 0.5, np.int64(2), 10, 0.1, np.ones(2)
    )
    run = Run("np", DataSpec("moons"), Hyperparameters(), [rec], "done")
    run.sklearn = {"n_iter": np.int64(4), "seconds": np.float64(0.25)}
    back = parse_experiment(experiment_json([run]))[0]
    assert back.records[0].epoch == 1 and back.sklearn == {"n_iter": 4, "seconds": 0.25}
    assert type(back.sklearn["n_iter"]) is int


def test_the_file_is_strict_json_with_exact_binary_columns():
    def no_constants(name):
        raise AssertionError(f"{name} is not strict JSON")

    runs = trained_runs()
    text = experiment_json(runs)
    doc = json.loads(text, parse_constant=no_constants)
    assert doc["format"] == FORMAT and doc["version"] == VERSION == 2
    records = doc["runs"][0]["records"]
    assert records["count"] == 15 and "base64" in records["encoding"]
    assert decode(records["epoch"], "epoch").tolist() == list(range(1, 16))
    assert decode(records["train_loss"], "train_loss").tolist() == [
        r.train_loss for r in runs[0].records
    ]
    assert decode(records["batch_counts"], "batch_counts").tolist() == [12] * 15
    assert np.isnan(decode(doc["runs"][1]["records"]["val_loss"], "val_loss")).all()
    assert doc["runs"][0]["hyperparameters"] == Hyperparameters(epochs=15).as_dict()
    assert doc["runs"][2]["records"]["count"] == 0 and doc["runs"][2]["records"]["epoch"] == ""
    assert text.isascii() and text.endswith("}\n")


def test_settings_stay_readable_one_per_line():
    text = experiment_json(trained_runs()[:1])
    # One line per setting (15 of the data, 15 of the training) and per record column.
    assert len(text.splitlines()) < 75
    lines = [line.strip() for line in text.splitlines()]
    assert '"learning_rate": 0.1,' in lines and '"name": "book run",' in lines
    assert any(line.startswith('"train_loss": "') for line in lines)


def test_version_1_files_still_open():
    runs = trained_runs()
    old = version_1(json.loads(experiment_json(runs)))
    assert old["runs"][1]["records"]["val_loss"][0] is None
    assert_same_runs(parse_experiment(json.dumps(old)), runs)


def test_loaded_records_read_like_the_list_they_were():
    runs = trained_runs()
    loaded = parse_experiment(experiment_json(runs))[0].records
    original = runs[0].records
    assert isinstance(loaded, RecordColumns) and len(loaded) == len(original) == 15
    assert loaded[-1].epoch == 15 and loaded[-1].train_loss == original[-1].train_loss
    assert [r.updates for r in loaded[2:5]] == [r.updates for r in original[2:5]]
    assert [r.val_loss for r in loaded] == [r.val_loss for r in original]
    np.testing.assert_array_equal(loaded.column("train_loss"), [r.train_loss for r in original])
    np.testing.assert_array_equal(loaded[3].batch_losses, original[3].batch_losses)
    with pytest.raises(ValueError, match="read-only"):
        loaded.column("train_loss")[0] = 1.0
    with pytest.raises(IndexError):
        loaded[15]


def test_no_runs_round_trips():
    assert parse_experiment(experiment_json([])) == []


def test_save_and_load_through_a_file(tmp_path):
    runs = trained_runs()
    path = tmp_path / "experiment.json"
    save_experiment(path, runs)
    assert_same_runs(load_experiment(path), runs)
    assert_same_runs(load_experiment(str(path)), runs)
    assert [p.name for p in tmp_path.iterdir()] == ["experiment.json"]  # no temporary left


def test_a_byte_order_mark_from_an_editor_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + experiment_json(trained_runs()).encode())
    assert len(load_experiment(path)) == 3


def test_optional_presentation_fields_may_be_left_out():
    doc = document()
    for key in ("color", "visible", "sklearn"):
        del doc["runs"][0][key]
    run = parse_experiment(json.dumps(doc))[0]
    assert (run.color, run.visible, run.sklearn) == ("", True, None)


# --------------------------------------------------------------------------- the dataclasses


def test_run_properties_come_from_the_last_record():
    book, _, empty = trained_runs()
    last = book.records[-1]
    assert (book.final_train_loss, book.final_val_loss, book.final_val_acc) == (
        last.train_loss,
        last.val_loss,
        last.val_acc,
    )
    assert (book.updates, book.seconds) == (15 * 12, last.seconds)
    assert math.isnan(empty.final_train_loss) and math.isnan(empty.final_val_loss)
    assert math.isnan(empty.final_val_acc) and (empty.updates, empty.seconds) == (0, 0.0)


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"outcome": "crashed"}, "outcome"),
        ({"color": "red"}, "color"),
        ({"color": "#12345G"}, "color"),
        ({"color": "#1234567"}, "color"),
        ({"color": None}, "color"),
    ],
)
def test_run_rejects_unknown_outcomes_and_colours(changes, fragment):
    arguments = {"outcome": "done", "color": "#a0b1c2"} | changes
    with pytest.raises(ValueError, match=fragment):
        Run("r", DataSpec("moons"), Hyperparameters(), [], **arguments)


def test_data_spec_keys():
    assert DataSpec("breast_cancer").key() == "breast_cancer"
    assert DataSpec("moons").key() == "moons"
    assert DataSpec("csv", path="/home/kim/data/iris two.csv").key() == "iris two"
    assert DataSpec("csv", path=r"C:\Users\kim\my.data.csv").key() == "my.data"


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        ({"kind": "iris"}, "kind"),
        ({"kind": "csv"}, "path"),
        ({"kind": "moons", "samples": 5}, "samples"),
        ({"kind": "moons", "samples": 30.5}, "samples"),
        ({"kind": "moons", "noise": -0.1}, "noise"),
        ({"kind": "moons", "noise": math.nan}, "noise"),
        ({"kind": "moons", "seed": -1}, "seed"),
        ({"kind": "csv", "path": "a.csv", "val_ratio": 0.9}, "val_ratio"),
        ({"kind": "csv", "path": "a.csv", "label_column": 3}, "label_column"),
        ({"kind": "csv", "path": 3}, "path"),
        ({"kind": "csv", "path": "a.csv", "delimiter": "|"}, "delimiter"),
        ({"kind": "csv", "path": "a.csv", "keep_classes": ["a"]}, "keep_classes"),
        ({"kind": "csv", "path": "a.csv", "missing": ["drop"]}, "missing"),
    ],
)
def test_data_spec_rejects_what_no_loader_accepts(arguments, fragment):
    with pytest.raises(ValueError, match=fragment):
        DataSpec(**arguments)


def test_data_spec_builds_the_same_datasets_as_the_loaders(tmp_path):
    csv = tmp_path / "points.csv"
    rows = [f"{i % 7},{(i * 3) % 5},{'yes' if i % 3 else 'no'}" for i in range(40)]
    csv.write_text("a,b,label\n" + "\n".join(rows) + "\n")
    pairs = [
        (DataSpec("breast_cancer"), breast_cancer()),
        (DataSpec("circles", samples=120, noise=0.1, seed=3), synthetic("circles", 120, 0.1, 3)),
        (
            DataSpec("csv", path=str(csv), label_column="label", val_ratio=0.25),
            load_csv(csv, "label", 0.25, 42),
        ),
    ]
    for spec, expected in pairs:
        got = spec.load()
        for name in ("x_train", "y_train", "x_val", "y_val"):
            np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))


def test_data_spec_keeps_the_csv_import_options_through_a_file(tmp_path):
    csv = tmp_path / "three.csv"
    rows = [f"{i};{(i * 3) % 5},5;{'abc'[i % 3]}" for i in range(60)]
    csv.write_text("id;x;kind\n" + "\n".join(rows) + "\n", encoding="cp949")
    spec = DataSpec(
        "csv",
        path=str(csv),
        label_column="kind",
        delimiter=";",
        decimal=",",
        header=True,
        encoding="cp949",
        ignore_columns=("id",),
        positive_class="c",
        keep_classes=("a", "c"),
        missing="drop",
    )
    run = Run("r", spec, Hyperparameters(epochs=1), [], outcome="done")
    (read,) = parse_experiment(experiment_json([run]))
    assert read.data == spec
    assert read.data.csv_options().keep_classes == ("a", "c")  # a JSON list, back to a tuple
    data = read.data.load()
    assert data.class_names == ("a", "c") and data.feature_names == ("x",)
    assert data.n_train + data.n_val == 40  # the 'b' rows dropped


def test_an_experiment_file_from_before_the_import_options_still_loads():
    document = json.loads(experiment_json([]))
    old_data = {
        "kind": "csv",
        "path": "/data/old.csv",
        "samples": 300,
        "noise": 0.2,
        "seed": 0,
        "label_column": "label",
        "val_ratio": 0.2,
        "csv_seed": 42,
    }
    run = json.loads(experiment_json(trained_runs()[:1]))["runs"][0]
    run["data"] = old_data
    document["runs"] = [run]
    (read,) = parse_experiment(json.dumps(document))
    assert read.data.csv_options() == ImportOptions(label_column="label")  # all else proposed


# --------------------------------------------------------------------------- damaged files


def test_text_that_is_not_json_names_the_line_and_column():
    text = '{\n  "format": "minibatch-lab-experiment",\n    oops\n}'
    message = refuse(text, "not an experiment file", "not JSON: line 3 column 5")
    assert message.endswith(".") and "Open" in message


@pytest.mark.parametrize("text", ["[1, 2]", '"text"', "null", '{"runs": []}', '{"format": "x"}'])
def test_foreign_json_is_not_a_minibatch_lab_experiment(text):
    refuse(text, "not a Minibatch Lab experiment")


def test_a_newer_version_asks_for_an_update():
    doc = document() | {"version": 3, "something_new": True}
    refuse(doc, "newer Minibatch Lab", "version 3", "Update")


def set_at(doc: dict, path: tuple, value) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


DELETE = object()
RUN = ("runs", 0)
RECORDS = (*RUN, "records")


@pytest.mark.parametrize(
    ("path", "value", "fragments"),
    [
        (("version",), DELETE, ["'version' is missing"]),
        (("version",), "1", ["version", "whole number"]),
        (("version",), 0, ["version"]),
        (("runs",), DELETE, ["'runs' is missing"]),
        (("runs",), {}, ["runs", "list"]),
        (("extra",), 1, ["unknown field 'extra'"]),
        (RUN, [], ["run 1", "object"]),
        ((*RUN, "records"), DELETE, ["run 1", "'records' is missing"]),
        ((*RUN, "hp"), {}, ["run 1", "unknown field 'hp'"]),
        ((*RUN, "name"), 3, ["run 1", "name", "text"]),
        ((*RUN, "hyperparameters", "learning_rate"), -1, ["run 1", "learning_rate", "(0,"]),
        ((*RUN, "hyperparameters", "batch_size"), "32", ["run 1", "batch_size"]),
        ((*RUN, "hyperparameters", "init"), "zeros", ["run 1", "init"]),
        ((*RUN, "hyperparameters", "units"), DELETE, ["run 1", "'units' is missing"]),
        ((*RUN, "data", "kind"), "iris", ["run 1", "data", "kind"]),
        ((*RUN, "data", "samples"), 5, ["run 1", "data", "samples"]),
        ((*RUN, "data", "seed"), DELETE, ["run 1", "data", "'seed' is missing"]),
        ((*RUN, "outcome"), "crashed", ["run 1", "outcome"]),
        ((*RUN, "color"), "blue", ["run 1", "color"]),
        ((*RUN, "color"), 255, ["run 1", "color", "text"]),
        ((*RUN, "visible"), "yes", ["run 1", "visible", "true or false"]),
        ((*RUN, "sklearn"), [1], ["run 1", "sklearn", "object"]),
        ((*RUN, "sklearn"), {"n_iter": True}, ["run 1", "sklearn, n_iter", "number"]),
        ((*RUN, "sklearn"), {"n_iter": [3]}, ["run 1", "sklearn, n_iter", "number"]),
        (RECORDS, [], ["run 1", "records", "object"]),
        ((*RECORDS, "samples"), DELETE, ["records", "'samples' is missing"]),
        ((*RECORDS, "count"), 9, ["records, epoch", "8 values, but 'count' says 9"]),
        ((*RECORDS, "count"), -1, ["records, count", "whole number from 0"]),
        ((*RECORDS, "encoding"), "hex", ["records, encoding", "expected"]),
        ((*RECORDS, "train_loss"), [0.5], ["records, train_loss", "base64"]),
        ((*RECORDS, "train_loss"), "not base64!", ["records, train_loss", "not valid base64"]),
        ((*RECORDS, "seconds"), "AAAA", ["records, seconds", "3 bytes"]),
        (
            (*RECORDS, "batch_counts"),
            encode([2] * 8, "batch_counts"),
            ["batch_losses", "holds 8 losses, but batch_counts add up to 16"],
        ),
        ((*RUN, "name"), "\ud800", ["run 1", "name", "\\ud800", "not a valid character"]),
        ((*RUN, "data", "path"), "a\ud800.csv", ["data, path", "\\ud800"]),
        ((*RUN, "data", "label_column"), "\udce9", ["data, label_column", "\\udce9"]),
        ((*RUN, "sklearn"), {"\udce9": 1}, ["run 1", "sklearn", "\\udce9"]),
        ((*RUN, "sklearn"), {"setup": "\ud800"}, ["sklearn, setup", "\\ud800"]),
        ((*RUN, "sklearn"), {"score": 1e308}, ["sklearn, score", "out of range"]),
        ((*RUN, "sklearn"), {"n_iter": 10**30}, ["sklearn, n_iter", "out of range"]),
        ((*RUN, "sklearn"), {"score": "Infinity", "n": 1e999}, ["sklearn, n", "out of range"]),
    ],
)
def test_damage_is_reported_with_its_place(path, value, fragments):
    message = refuse(set_at(document(), path, value), *fragments)
    assert "text editor" in message


@pytest.mark.parametrize(
    ("name", "index", "value", "fragments"),
    [
        ("train_loss", 2, 1e308, ["train_loss, value 3", "1e+308 is out of range", "1e+300"]),
        ("train_loss", 0, math.nan, ["train_loss, value 1", "nan is out of range"]),
        ("val_loss", 0, math.inf, ["val_loss, value 1", "inf is out of range"]),
        ("val_loss", 1, -0.5, ["val_loss, value 2", "out of range"]),
        ("train_acc", 7, 1.5, ["train_acc, value 8", "from 0 to 1"]),
        ("seconds", 3, 1e10, ["seconds, value 4", "from 0 to 1e+09"]),
        ("epoch", 1, 1, ["epoch, value 2", "follows epoch 1"]),
        ("epoch", 0, 0, ["epoch, value 1", "from 1 to 1000000"]),
        ("epoch", 7, 10**7, ["epoch, value 8", "from 1 to 1000000"]),
        ("updates", 0, 0, ["updates, value 1", "0 is out of range", "at least one update"]),
        ("updates", 0, 2**62, ["updates, value 1", "4611686018427387904 is out of range"]),
        ("samples", 4, 2**62, ["samples, value 5", "at most 1e+09 rows per epoch"]),
        ("samples", 4, -(2**63), ["value 5", "out of range"]),
        ("batch_counts", 2, -1, ["batch_counts, value 3", "out of range"]),
        ("batch_losses", 5, 1e301, ["batch_losses, list 1, value 6", "out of range"]),
        ("batch_losses", 13, math.nan, ["batch_losses, list 2, value 2", "out of range"]),
    ],
)
def test_record_values_beyond_the_apps_ranges_are_refused(name, index, value, fragments):
    doc = json.loads(experiment_json(trained_runs()[:1]))  # 15 epochs of 12 mini-batches
    refuse(with_value(doc, name, index, value), "run 1 ('book run'), records", *fragments)


@pytest.mark.parametrize(
    ("path", "value", "fragments"),
    [
        ((*RECORDS, "epoch", 1), 1, ["run 1", "epoch, value 2", "follows epoch 1"]),
        ((*RECORDS, "epoch", 0), 0, ["run 1", "epoch, value 1", "from 1"]),
        ((*RECORDS, "epoch", 2), 2.5, ["epoch, value 3", "whole number"]),
        ((*RECORDS, "epoch", 2), 10**400, ["epoch, value 3", "too large"]),
        ((*RECORDS, "updates", 2), 10**30, ["updates, value 3", "too large"]),
        ((*RECORDS, "samples", 2), 10**18, ["samples, value 3", "rows per epoch"]),
        ((*RECORDS, "updates", 0), None, ["updates, value 1", "whole number"]),
        ((*RECORDS, "val_loss"), [None], ["'val_loss' has 1 values but 'epoch' has 8"]),
        ((*RECORDS, "train_loss"), "0.5", ["train_loss", "list"]),
        ((*RECORDS, "train_loss", 4), "0.5", ["train_loss, value 5", "number"]),
        ((*RECORDS, "train_loss", 4), 1e308, ["train_loss, value 5", "out of range"]),
        ((*RECORDS, "train_loss", 4), "Infinity", ["train_loss, value 5", "number"]),
        ((*RECORDS, "seconds", 0), True, ["seconds, value 1", "number"]),
        ((*RECORDS, "batch_losses", 1), 0.5, ["batch_losses, value 2", "list"]),
        ((*RECORDS, "batch_losses", 1, 0), "x", ["batch_losses, list 2, value 1", "number"]),
        ((*RECORDS, "batch_losses", 1, 0), 1e301, ["batch_losses, list 2, value 1", "range"]),
    ],
)
def test_damage_to_a_version_1_file_is_reported_with_its_place(path, value, fragments):
    message = refuse(set_at(version_1(document()), path, value), *fragments)
    assert "text editor" in message


def test_the_run_is_named_by_number_and_name():
    doc = document()
    doc["runs"].append(copy.deepcopy(doc["runs"][0]))
    doc["runs"][1]["outcome"] = "?"
    refuse(doc, "run 2 ('full batch 한글')", "outcome")


def test_numbers_too_large_for_the_checks_are_errors_too():
    text = json.dumps(document())
    for old, new in [('"units": 4', '"units": 1e999'), ('"samples": 200', '"samples": 1e999')]:
        assert old in text
        refuse(text.replace(old, new), "run 1")
    big = json.dumps(set_at(version_1(document()), (*RECORDS, "seconds", 0), 10**400))
    refuse(big, "seconds, value 1")
    refuse("[" * 100_000, "not an experiment file")
    refuse('{"format": ' + "9" * 5000 + "}", "not an experiment file")


JUNK = [None, True, -1, 0.5, 1e300, "x", "", [], [None], {}, {"a": 1}]


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):  # two items show any list's handling
            yield from paths(item, (*prefix, index))


@pytest.mark.parametrize("version", [1, 2])
def test_any_value_replaced_by_junk_gives_runs_or_an_experiment_error(version):
    doc = json.loads(experiment_json(trained_runs()[1:2]))
    if version == 1:
        doc = version_1(doc)
        doc["runs"][0]["records"] = {k: v[:2] for k, v in doc["runs"][0]["records"].items()}
    outcomes = {"read": 0, "refused": 0}
    for path in list(paths(doc))[1:]:
        for junk in [DELETE, *JUNK]:
            try:
                parse_experiment(json.dumps(set_at(doc, path, junk)))
                outcomes["read"] += 1  # e.g. a float where a loss goes, or a name changed
            except ExperimentError:
                outcomes["refused"] += 1
    assert outcomes["read"] > 20 and outcomes["refused"] > 400, outcomes


def test_every_truncation_of_a_file_is_an_experiment_error():
    text = experiment_json(trained_runs()[2:])
    for end in range(len(text) - 2):
        with pytest.raises(ExperimentError):
            parse_experiment(text[:end])


def test_experiment_error_is_a_value_error():
    assert issubclass(ExperimentError, ValueError)


# --------------------------------------------------------------------------- files


def test_unreadable_files_are_experiment_errors(tmp_path):
    with pytest.raises(ExperimentError, match="No such file"):
        load_experiment(tmp_path / "missing.json")
    with pytest.raises(ExperimentError, match="is a folder"):
        load_experiment(tmp_path)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(ExperimentError, match=r"photo\.json is not an experiment file"):
        load_experiment(binary)


def test_a_damaged_file_names_the_file_and_stays_as_it_was(tmp_path):
    path = tmp_path / "runs.json"
    text = json.dumps(set_at(document(), (*RUN, "outcome"), "crashed"))
    path.write_text(text)
    with pytest.raises(ExperimentError, match=r"^runs\.json, run 1"):
        load_experiment(path)
    assert path.read_text() == text


# --------------------------------------------------------------------------- writing odd runs


def test_names_with_broken_characters_are_saved_so_that_they_load(tmp_path):
    runs = trained_runs()
    runs[0].name = "batch \ud800 32"  # broken text pasted into the rename box
    runs[1].data = DataSpec("csv", path="/data/caf\udce9.csv")  # a file name that is not UTF-8
    runs[1].sklearn = {"setup\udc80": "same\ud800"}
    path = tmp_path / "odd.json"
    save_experiment(path, runs)
    back = load_experiment(path)
    assert back[0].name == "batch \ufffd 32"
    assert back[1].data.path == "/data/caf\udce9.csv"  # still finds the file
    assert back[1].sklearn == {"setup\ufffd": "same\ufffd"}


def test_every_run_can_be_exported_whatever_its_names(tmp_path):
    runs = trained_runs()
    runs[0].name = "\ud800"
    runs[1].data = DataSpec("csv", path="/data/caf\udce9.csv")
    text = runs_csv(runs)
    assert "\ufffd" in text and "caf\ufffd" in text
    target = tmp_path / "r\udce9sultats.csv"  # a name typed in a non-UTF-8 locale
    write_text_atomic(target, text)
    assert target.read_text(encoding="utf-8") == text
    with pytest.raises(OSError, match="no file name can hold"):
        write_text_atomic(tmp_path / "\ud800.csv", text)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda run: setattr(run, "records", [record(1, 1e305, [0.5])]), "records, train_loss"),
        (lambda run: setattr(run, "sklearn", {"val_score": math.inf}), "sklearn, val_score"),
        (lambda run: setattr(run, "sklearn", {"n_iter": 2**60}), "sklearn, n_iter"),
    ],
)
def test_numbers_a_file_cannot_keep_are_an_oserror_naming_the_run(tmp_path, change, fragment):
    runs = trained_runs()
    change(runs[1])
    path = tmp_path / "lab.json"
    path.write_text("previous")
    with pytest.raises(OSError, match=rf"Cannot save run 2 \('full batch 한글'\), {fragment}"):
        save_experiment(path, runs)
    assert path.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["lab.json"]


def test_a_file_keeps_how_a_run_was_named_its_training_accuracy_and_sklearns_curve():
    run = Run("batch 32", DataSpec("breast_cancer"), Hyperparameters(), [], "done")
    run.auto_name, run.train_acc, run.sklearn_loss = True, 0.9615384615384616, (0.69, 0.25)
    (back,) = parse_experiment(experiment_json([run]))
    assert (back.auto_name, back.train_acc, back.sklearn_loss) == (
        True,
        0.9615384615384616,
        (0.69, 0.25),
    )
    document = json.loads(experiment_json([run]))
    for key in ("auto_name", "train_acc", "sklearn_loss"):
        del document["runs"][0][key]  # a file of an earlier version
    (old,) = parse_experiment(json.dumps(document))
    assert old.auto_name is None and math.isnan(old.train_acc) and old.sklearn_loss == ()


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("auto_name", "yes", "expected true, false or null"),
        ("train_acc", 1.5, "from 0 to 1"),
        ("sklearn_loss", [0.5, "x"], "item 2"),
        ("sklearn_loss", 0.5, "a list of numbers"),
    ],
)
def test_bad_naming_or_comparison_extras_are_named_in_the_message(key, value, words):
    run = Run("r", DataSpec("breast_cancer"), Hyperparameters(), [], "done")
    document = json.loads(experiment_json([run]))
    document["runs"][0][key] = value
    with pytest.raises(ExperimentError, match=words) as caught:
        parse_experiment(json.dumps(document), "x.json")
    assert key in str(caught.value)


def test_an_unsavable_sklearn_loss_names_the_run():
    run = Run("r", DataSpec("breast_cancer"), Hyperparameters(), [], "done")
    run.sklearn_loss = (0.5, math.inf)
    with pytest.raises(OSError, match="sklearn_loss"):
        experiment_json([run])
