"""The "Copy as Python" script really reproduces the run: executed, its network has the very
losses of a direct run, and its MLPClassifier is the reference module's "same" setup."""

import ast
import contextlib
import importlib.util
import io
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from engine.datasets import breast_cancer, load_csv, synthetic
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.reference import make_mlp
from engine.snippet import python_snippet

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


def direct_losses(data, hp: Hyperparameters) -> list[float]:
    arguments = {k: v for k, v in hp.as_dict().items() if k != "epochs"}
    net = MinibatchNetwork(**arguments)
    net.fit(data.x_train, data.y_train, hp.epochs, data.x_val, data.y_val)
    return net.losses


def assert_same_data(got, expected) -> None:
    for name in ("x_train", "y_train", "x_val", "y_val"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))


def literal_arguments(code: str, function: str) -> tuple[list, dict]:
    """The literal arguments of the one call to ``function`` in ``code``."""
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function
    ]
    assert len(calls) == 1
    (call,) = calls
    return (
        [ast.literal_eval(arg) for arg in call.args],
        {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords},
    )


def test_book_run_reproduces_our_losses_and_the_reference_mlp():
    hp = Hyperparameters(epochs=20)
    namespace, printed = run_snippet(python_snippet(DataSpec("breast_cancer"), hp))
    data = breast_cancer()
    assert_same_data(namespace["data"], data)
    assert namespace["net"].losses == direct_losses(data, hp)
    assert (
        namespace["net"].val_losses
        == MinibatchNetwork(l2=0.01)
        .fit(data.x_train, data.y_train, 20, data.x_val, data.y_val)
        .val_losses
    )
    assert namespace["mlp"].get_params() == make_mlp(hp, "same").get_params()
    assert namespace["mlp"].n_iter_ == 20  # trained every epoch: no early stop
    assert "validation accuracy:" in printed and "MLPClassifier validation accuracy:" in printed


def test_every_hyperparameter_is_written_exactly():
    hp = Hyperparameters(7, 13, 0.1 + 0.2, 1e-05, 1 / 3, epochs=12, seed=9, init="ones")
    code = python_snippet(DataSpec("xor", samples=80, noise=0.05, seed=4), hp)
    _, ours = literal_arguments(code, "MinibatchNetwork")
    assert ours == {k: v for k, v in hp.as_dict().items() if k != "epochs"}
    namespace, _ = run_snippet(code)
    data = synthetic("xor", 80, 0.05, 4)
    assert_same_data(namespace["data"], data)
    assert namespace["net"].losses == direct_losses(data, hp)
    assert namespace["mlp"].get_params() == make_mlp(hp, "same").get_params()
    assert code.startswith(
        "# Minibatch Lab: 7 hidden units, batch 13, learning rate 0.30000000000000004, "
        "L1 1e-05, L2 0.3333333333333333, 12 epochs, seed 9, ones init\n"
    )
    assert "has no L1 penalty: l1=1e-05" in code


def test_full_batch_is_none_for_us_and_every_row_for_scikit_learn():
    hp = Hyperparameters(batch_size=None, learning_rate=0.5, epochs=20)
    spec = DataSpec("moons", samples=300, noise=0.2, seed=0)
    code = python_snippet(spec, hp)
    assert 'data = synthetic("moons", n_samples=300, noise=0.2, seed=0)' in code
    assert "batch_size=None,  # full batch" in code
    assert "batch_size=len(data.x_train),  # full batch" in code
    namespace, _ = run_snippet(code)
    data = synthetic("moons", 300, 0.2, 0)
    assert namespace["net"].losses == direct_losses(data, hp)
    assert all(r.updates == r.epoch for r in namespace["net"].records)  # one step per epoch
    params = namespace["mlp"].get_params()
    assert params["batch_size"] == len(data.x_train)
    reference = make_mlp(hp, "same").get_params()
    assert min(reference.pop("batch_size"), len(data.x_train)) == params.pop("batch_size")
    assert params == reference


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


@pytest.mark.parametrize("path", AWKWARD_PATHS)
def test_csv_path_and_label_are_literals_that_read_back_unchanged(path):
    spec = DataSpec("csv", path=path, label_column='la"bel\\', val_ratio=0.3, csv_seed=7)
    code = python_snippet(spec, Hyperparameters())
    compile(code, "<snippet>", "exec")
    args, keywords = literal_arguments(code, "load_csv")
    assert args == [path]
    assert keywords == {"label_column": 'la"bel\\', "val_ratio": 0.3, "seed": 7}


def test_plain_paths_stay_readable_raw_strings():
    code = python_snippet(DataSpec("csv", path=r"C:\data\x.csv"), Hyperparameters())
    assert 'r"C:\\data\\x.csv",' in code
    assert "label_column=None," in code


def test_csv_snippet_runs_on_a_file_in_an_awkward_folder(tmp_path):
    folder = tmp_path / 'it\'s "odd" \\ 폴더'
    folder.mkdir()
    csv = folder / "points.csv"
    rows = [f"{i % 7},{(i * 3) % 5},{'yes' if i % 3 else 'no'}" for i in range(60)]
    csv.write_text("a,b,the label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    spec = DataSpec("csv", path=str(csv), label_column="the label", val_ratio=0.25)
    hp = Hyperparameters(units=3, batch_size=8, epochs=20)
    namespace, _ = run_snippet(python_snippet(spec, hp))
    data = load_csv(csv, "the label", 0.25, 42)
    assert_same_data(namespace["data"], data)
    assert namespace["net"].losses == direct_losses(data, hp)


@pytest.mark.parametrize("kind", ["breast_cancer", "moons", "circles", "xor", "blobs"])
def test_snippets_compile_for_every_dataset(kind):
    code = python_snippet(DataSpec(kind), Hyperparameters())
    compile(code, "<snippet>", "exec")
    assert "from engine.model import MinibatchNetwork" in code
    assert "from sklearn.neural_network import MLPClassifier" in code


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_the_snippet_is_already_formatted():
    specs = [DataSpec("breast_cancer"), DataSpec("csv", path="/data/x.csv", label_column="y")]
    for spec in specs:
        code = python_snippet(spec, Hyperparameters(batch_size=None, l1=0.5))
        result = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--diff", "-"],
            input=code,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stdout
