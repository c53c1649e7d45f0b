"""The "Copy as Python" script runs without the app and reproduces the run: its data are the
app's to the bit, its losses the engine's to rounding, and its MLPClassifier is the one the
comparison panel shows."""

import ast
import contextlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import csv_layouts as layouts
import numpy as np
import pytest

from engine.csv_import import ImportOptions, dataset_from_table, read_csv
from engine.datasets import breast_cancer, load_csv, synthetic
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.reference import mlp_arguments, run_sklearn
from engine.snippet import python_snippet
from engine.training import Trainer, run_to_end

ROOT = Path(__file__).resolve().parent.parent


def run_snippet(code: str) -> tuple[dict, str]:
    """Execute as a notebook cell would, keeping the printout and scikit-learn's expected
    warning (max_iter reached) out of the test output."""
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(code, "<snippet>", "exec"), namespace)
    return namespace, out.getvalue()


def engine_records(data, hp: Hyperparameters):
    trainer = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
    return run_to_end(trainer)


def assert_same_numbers(losses, val_losses, records) -> None:
    assert len(losses) == len(val_losses) == len(records)
    np.testing.assert_allclose(losses, [r.train_loss for r in records], rtol=0, atol=1e-12)
    np.testing.assert_allclose(val_losses, [r.val_loss for r in records], rtol=0, atol=1e-12)


def assert_same_data(namespace, expected) -> None:
    for name in ("x_train", "y_train", "x_val", "y_val"):
        np.testing.assert_array_equal(namespace[name], getattr(expected, name))


def mlp_call(code: str) -> dict:
    """The keyword arguments of the MLPClassifier call, as literals (or source text)."""
    (call,) = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "MLPClassifier"
    ]
    arguments = {}
    for keyword in call.keywords:
        try:
            arguments[keyword.arg] = ast.literal_eval(keyword.value)
        except ValueError:
            arguments[keyword.arg] = ast.unparse(keyword.value)
    return arguments


def imported_modules(code: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    ("hp", "setup"),
    [
        (Hyperparameters(epochs=40), "same"),
        (Hyperparameters(seed=1).with_recipe("sklearn"), "book"),
    ],
)
def test_the_script_runs_without_the_app_and_prints_the_runs_numbers(tmp_path, hp, setup):
    """A clean interpreter (-I: no PYTHONPATH, no current folder on the path), a folder
    outside the repository, and the app's packages made unimportable."""
    data = breast_cancer()
    code = python_snippet(DataSpec("breast_cancer"), hp, setup)
    assert imported_modules(code) <= {"numpy", "sklearn"}
    script = tmp_path / "snippet.py"
    dump = (
        "\nimport json\n"
        "print(json.dumps({'losses': losses, 'val_losses': val_losses, "
        "'mlp_epochs': mlp.n_iter_, 'mlp_score': mlp.score(x_val, y_val)}))\n"
    )
    script.write_text(code + dump, encoding="utf-8")
    guard = (
        "import sys; sys.modules.update(engine=None, gui=None, main=None); "
        "import runpy; runpy.run_path(sys.argv[1], run_name='__main__')"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-I", "-W", "ignore", "-c", guard, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    summary, numbers = result.stdout.splitlines()[0], json.loads(result.stdout.splitlines()[-1])
    records = engine_records(data, hp)
    assert_same_numbers(numbers["losses"], numbers["val_losses"], records)
    last = records[-1]
    assert summary == (
        f"after {last.epoch} epochs: training loss {last.train_loss:.6f}, validation loss "
        f"{last.val_loss:.6f}, validation accuracy {last.val_acc:.3f}"
    )
    theirs = run_sklearn(data.x_train, data.y_train, data.x_val, data.y_val, hp, setup)
    assert (numbers["mlp_epochs"], numbers["mlp_score"]) == (theirs.n_iter, theirs.val_score)


@pytest.mark.parametrize(
    "hp",
    [
        Hyperparameters(batch_size=None, l1=0.01, epochs=30),
        Hyperparameters(batch_size=7, init="ones", learning_rate=0.5, epochs=10),
        Hyperparameters(epochs=30, momentum=0.5, nesterov=False, n_iter_no_change=2, tol=0.01),
        Hyperparameters(epochs=25, seed=3, init="sklearn", shuffle="sklearn", loss="sklearn"),
        Hyperparameters(batch_size=None, epochs=20, shuffle="sklearn", momentum=0.9),
    ],
)
def test_every_recipe_piece_gives_the_engines_losses(hp):
    namespace, printed = run_snippet(python_snippet(DataSpec("breast_cancer"), hp))
    data = breast_cancer()
    assert_same_data(namespace, data)
    assert_same_numbers(namespace["losses"], namespace["val_losses"], engine_records(data, hp))
    assert printed.startswith(f"after {len(namespace['losses'])} epochs")


@pytest.mark.parametrize("kind", ["moons", "circles", "xor", "blobs"])
def test_synthetic_data_are_regenerated_bit_for_bit(kind):
    spec = DataSpec(kind, samples=120, noise=0.3, seed=5)
    hp = Hyperparameters(units=4, learning_rate=1.0, l2=0.0, epochs=15)
    namespace, _ = run_snippet(python_snippet(spec, hp))
    data = synthetic(kind, n_samples=120, noise=0.3, seed=5)
    assert_same_data(namespace, data)
    assert_same_numbers(namespace["losses"], namespace["val_losses"], engine_records(data, hp))


@pytest.mark.parametrize(("setup", "momentum", "seed"), [("book", None, None), ("same", 0.5, 7)])
def test_the_mlpclassifier_is_the_comparison_panels(setup, momentum, seed):
    hp = Hyperparameters(units=7, batch_size=None, l1=0.25, epochs=12)
    code = python_snippet(DataSpec("breast_cancer"), hp, setup, momentum, seed)
    expected = mlp_arguments(hp, setup, momentum, seed)
    expected["batch_size"] = "len(x_train)"  # full batch: every row, without the clip warning
    assert mlp_call(code) == {**expected, "hidden_layer_sizes": (7,)}
    assert "has no L1 penalty: L1 = 0.25" in code
    assert ("set up as in the book" in code) is (setup == "book")


def test_every_setting_is_written_exactly():
    hp = Hyperparameters(7, 13, 0.1 + 0.2, 1e-05, 1 / 3, epochs=12, seed=9, init="ones")
    code = python_snippet(DataSpec("xor", samples=80, noise=0.05, seed=4), hp)
    settings = {}
    for node in ast.parse(code).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id.isupper():
            settings[target.id.lower()] = ast.literal_eval(node.value)
    assert settings == hp.as_dict()
    assert code.startswith(
        "# Minibatch Lab: 7 hidden units, batch 13, learning rate 0.30000000000000004, "
        "L1 1e-05, L2 0.3333333333333333, 12 epochs, seed 9.\n# Recipe: the book's."
    )


AWKWARD_PATHS = [
    "/home/kim/data.csv",
    r"C:\Users\kim\new data\x.csv",
    'it\'s "quoted".csv',
    "ends with a backslash\\",
    "tab\tand\nnewline.csv",
    "한글 폴더/자료.csv",
    "lone surrogate \udc80.csv",
    '\\" trick.csv',
]


def read_csv_arguments(code: str) -> list:
    (call,) = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "read_csv"
    ]
    return [ast.literal_eval(arg) for arg in call.args]


@pytest.mark.parametrize("path", AWKWARD_PATHS)
def test_csv_path_and_label_are_literals_that_read_back_unchanged(path):
    spec = DataSpec("csv", path=path, label_column='la"bel\\', val_ratio=0.3, csv_seed=7)
    code = python_snippet(spec, Hyperparameters())
    compile(code, "<snippet>", "exec")
    assert read_csv_arguments(code) == [path, 'la"bel\\']
    assert "test_size=0.3" in code and "random_state=7" in code


def test_plain_paths_stay_readable_raw_strings():
    code = python_snippet(DataSpec("csv", path=r"C:\data\x.csv"), Hyperparameters())
    assert 'x, y = read_csv(r"C:\\data\\x.csv")' in code


@pytest.mark.parametrize(
    ("header", "rows", "label"),
    [
        (
            "a,b,the label",
            [f"{i % 7},{(i * 3) % 5},{'yes' if i % 3 else 'no'}" for i in range(60)],
            "the label",
        ),
        ("", [f"{i % 7};{(i * 3) % 5};{2 * (i % 3 > 0) + 8}" for i in range(60)], None),
        ("x\ty\tclass", [f"{i % 11}\t{i % 4}\t{i % 2}" for i in range(60)], "3"),
    ],
)
def test_csv_snippet_reads_the_file_as_the_app_does(tmp_path, header, rows, label):
    folder = tmp_path / 'it\'s "odd" \\ 폴더'
    folder.mkdir()
    csv = folder / "points.csv"
    separator = next((s for s in ("\t", ";") if s in rows[0]), ",")
    blank = [separator * 2]  # a spreadsheet's empty row: skipped, like an empty line
    lines = ([header] if header else []) + rows[:30] + ["", *blank] + rows[30:]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = DataSpec("csv", path=str(csv), label_column=label, val_ratio=0.25)
    hp = Hyperparameters(units=3, batch_size=8, epochs=20)
    namespace, _ = run_snippet(python_snippet(spec, hp))
    data = load_csv(csv, label, 0.25, 42)
    assert_same_data(namespace, data)
    assert_same_numbers(namespace["losses"], namespace["val_losses"], engine_records(data, hp))


IMPORT_FIELDS = (
    "label_column",
    "delimiter",
    "decimal",
    "header",
    "encoding",
    "ignore_columns",
    "positive_class",
    "keep_classes",
    "missing",
)


@pytest.mark.parametrize(
    ("make", "options"),
    [
        (layouts.kaggle, ImportOptions()),
        (layouts.uci, ImportOptions()),
        (layouts.korean_excel, ImportOptions()),
        (layouts.semicolon, ImportOptions()),
        (layouts.pandas_export, ImportOptions()),
        (layouts.three_classes, ImportOptions(positive_class="uncertain")),
        (layouts.three_classes, ImportOptions(keep_classes=("M", "uncertain"))),
        (layouts.with_missing, ImportOptions(missing="drop", ignore_columns=("perimeter_mean",))),
    ],
    ids=["kaggle", "uci", "cp949", "semicolon", "pandas", "one-vs-rest", "two-kept", "dropped"],
)
def test_csv_snippet_passes_the_import_options_the_app_chose(tmp_path, make, options):
    # The window's recipe holds the options the import resolved (as its data panel keeps them).
    path = make(tmp_path)
    table = read_csv(path, options)
    data = dataset_from_table(table, 0.3, 7)
    chosen = {name: getattr(table.report.options, name) for name in IMPORT_FIELDS}
    spec = DataSpec("csv", path=str(path), val_ratio=0.3, csv_seed=7, **chosen)
    code = python_snippet(spec, Hyperparameters(units=3, epochs=2))
    result = subprocess.run(
        [sys.executable, "-c", code + SAVE_DATA],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 0, result.stderr
    with np.load(tmp_path / "snippet_data.npz") as saved:
        assert_same_data(saved, data)


SAVE_DATA = """
np.savez("snippet_data.npz", x_train=x_train, y_train=y_train, x_val=x_val, y_val=y_val)
"""


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_the_snippet_is_already_formatted():
    sklearn = Hyperparameters(batch_size=None, l1=0.5).with_recipe("sklearn")
    cases = [
        (DataSpec("breast_cancer"), Hyperparameters(batch_size=None, l1=0.5)),
        (DataSpec("csv", path="/data/x.csv", label_column="y"), sklearn),
        (
            DataSpec(
                "csv",
                path="/data/x.csv",
                label_column="y",
                delimiter=";",
                decimal=",",
                header=True,
                encoding="cp949",
                ignore_columns=("id", "column 9"),
                keep_classes=("a", "b"),
                positive_class="a",
                missing="drop",
            ),
            Hyperparameters(),
        ),
        *((DataSpec(kind), replace(sklearn, seed=123456)) for kind in ("moons", "xor", "blobs")),
        (DataSpec("circles", samples=100000, noise=0.125, seed=4294967295), Hyperparameters()),
    ]
    for spec, hp in cases:
        for setup in ("book", "same"):
            code = python_snippet(spec, hp, setup)
            result = subprocess.run(
                [sys.executable, "-m", "ruff", "format", "--diff", "-"],
                input=code,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            assert result.returncode == 0, result.stdout
