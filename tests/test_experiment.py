"""Experiment files give back exactly the runs that were saved, and a damaged file is refused
with an ExperimentError that names the file, the run and the field, never a raw KeyError."""

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
    save_experiment,
)
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.training import EpochRecord

AWKWARD = [0.1 + 0.2, 5e-324, 1.7976931348623157e308, -0.0, 1 / 3, math.inf, -math.inf, math.nan]


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
    return EpochRecord(epoch, value, value, value, value, 3 * epoch, 90 * epoch, value, losses)


def document() -> dict:
    """A small valid file as JSON data, for the damage tests to break one piece at a time."""
    return json.loads(experiment_json(trained_runs()[1:2]))


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
    sklearn = {f"x{i}": v for i, v in enumerate(AWKWARD)} | {"n": 3, "setup": "book"}
    run = Run("awkward", DataSpec("blobs", noise=0), Hyperparameters(), records, "done", "", True)
    run.sklearn = sklearn
    assert_same_runs(parse_experiment(experiment_json([run])), [run])


def test_numpy_numbers_are_written_as_plain_json():
    rec = EpochRecord(
        np.int64(1), np.float64(0.5), np.nan, 0.5, 0.5, np.int64(2), 10, 0.1, np.ones(2)
    )
    run = Run("np", DataSpec("moons"), Hyperparameters(), [rec], "done")
    run.sklearn = {"n_iter": np.int64(4), "seconds": np.float64(0.25)}
    back = parse_experiment(experiment_json([run]))[0]
    assert back.records[0].epoch == 1 and back.sklearn == {"n_iter": 4, "seconds": 0.25}
    assert type(back.sklearn["n_iter"]) is int


def test_the_file_is_strict_json_with_null_for_nan():
    def no_constants(name):
        raise AssertionError(f"{name} is not strict JSON")

    text = experiment_json(trained_runs())
    doc = json.loads(text, parse_constant=no_constants)
    assert doc["format"] == FORMAT and doc["version"] == VERSION == 1
    assert doc["runs"][1]["records"]["val_loss"][0] is None
    assert doc["runs"][0]["hyperparameters"] == Hyperparameters(epochs=15).as_dict()
    assert doc["runs"][2]["records"]["epoch"] == []
    assert text.isascii() and text.endswith("}\n")


def test_each_curve_is_one_line_so_the_file_stays_readable():
    text = experiment_json(trained_runs()[:1])
    assert len(text.splitlines()) < 60
    assert any(line.strip().startswith('"train_loss": [') for line in text.splitlines())


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
    doc = document() | {"version": 2, "something_new": True}
    refuse(doc, "newer Minibatch Lab", "version 2", "Update")


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
        ((*RECORDS, "epoch", 1), 1, ["run 1", "epoch, value 2", "follows epoch 1"]),
        ((*RECORDS, "epoch", 0), 0, ["run 1", "epoch, value 1", "1 or more"]),
        ((*RECORDS, "epoch", 2), 2.5, ["epoch, value 3", "whole number"]),
        ((*RECORDS, "updates", 0), None, ["updates, value 1", "whole number"]),
        ((*RECORDS, "val_loss"), [None], ["'val_loss' has 1 values but 'epoch' has 8"]),
        ((*RECORDS, "train_loss"), "0.5", ["train_loss", "list"]),
        ((*RECORDS, "train_loss", 4), "0.5", ["train_loss, value 5", "number"]),
        ((*RECORDS, "seconds", 0), True, ["seconds, value 1", "number"]),
        ((*RECORDS, "batch_losses", 1), 0.5, ["batch_losses, value 2", "list"]),
        ((*RECORDS, "batch_losses", 1, 0), "x", ["batch_losses, list 2, value 1", "number"]),
        ((*RECORDS, "samples"), DELETE, ["records", "'samples' is missing"]),
    ],
)
def test_damage_is_reported_with_its_place(path, value, fragments):
    message = refuse(set_at(document(), path, value), *fragments)
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
    big = json.dumps(set_at(document(), (*RECORDS, "seconds", 0), 10**400))
    refuse(big, "too large")
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


def test_any_value_replaced_by_junk_gives_runs_or_an_experiment_error():
    doc = json.loads(experiment_json(trained_runs()[1:2]))
    doc["runs"][0]["records"] = {k: v[:2] for k, v in doc["runs"][0]["records"].items()}
    outcomes = {"read": 0, "refused": 0}
    for path in list(paths(doc))[1:]:
        for junk in [DELETE, *JUNK]:
            try:
                parse_experiment(json.dumps(set_at(doc, path, junk)))
                outcomes["read"] += 1  # e.g. a float where a loss goes, or a name changed
            except ExperimentError:
                outcomes["refused"] += 1
    assert outcomes["read"] > 50 and outcomes["refused"] > 500, outcomes


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
