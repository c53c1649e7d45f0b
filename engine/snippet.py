"""Copy as Python: a run as a short script a student pastes into a notebook.

The app is where a student explores; the snippet is the bridge to writing the code themselves.
It uses only the engine's public API, spells out every hyperparameter (so nothing hides behind
a default), and ends with the MLPClassifier call that runs the same algorithm, so the student
sees which of our knobs is which of scikit-learn's. Numbers are written with ``repr()`` and
strings as literals Python reads back unchanged, so the script reproduces the run exactly.
"""

from __future__ import annotations

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters


def _text(value: str) -> str:
    """A string literal in double quotes when that is plain to read, else Python's repr."""
    if value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return repr(value)


def _path(value: str) -> str:
    """A file path as a raw literal, so a Windows path reads as it looks in the file dialog.
    A raw literal cannot hold its own quote or end in a backslash; repr covers those."""
    if value.isprintable() and '"' not in value and not value.endswith("\\"):
        return f'r"{value}"'
    return repr(value)


def _call(target: str, function: str, arguments: list[tuple[str, str, str]]) -> list[str]:
    """``target = function(...)`` with one argument per line, each ``(name, code, comment)``;
    an empty name makes the argument positional."""
    lines = [f"{target} = {function}("]
    for name, code, comment in arguments:
        keyword = f"{name}=" if name else ""
        note = f"  # {comment}" if comment else ""
        lines.append(f"    {keyword}{code},{note}")
    return [*lines, ")"]


def _dataset(data: DataSpec) -> tuple[str, list[str]]:
    """The loader to import and the lines that build ``data``."""
    if data.kind == "breast_cancer":
        return "breast_cancer", ["data = breast_cancer()"]
    if data.kind == "csv":
        label = "None" if data.label_column is None else _text(data.label_column)
        arguments = [
            ("", _path(data.path), ""),
            ("label_column", label, ""),
            ("val_ratio", repr(data.val_ratio), ""),
            ("seed", repr(data.csv_seed), "the split's seed"),
        ]
        return "load_csv", _call("data", "load_csv", arguments)
    return "synthetic", [
        f"data = synthetic({_text(data.kind)}, n_samples={data.samples!r}, "
        f"noise={data.noise!r}, seed={data.seed!r})"
    ]


def _summary(hp: Hyperparameters) -> str:
    parts = [
        f"{hp.units} hidden units",
        "full batch" if hp.batch_size is None else f"batch {hp.batch_size}",
        f"learning rate {hp.learning_rate!r}",
    ]
    if hp.l1:
        parts.append(f"L1 {hp.l1!r}")
    parts += [f"L2 {hp.l2!r}", f"{hp.epochs} epochs", f"seed {hp.seed}"]
    if hp.init != "random":
        parts.append(f"{hp.init} init")
    return ", ".join(parts)


def python_snippet(data: DataSpec, hp: Hyperparameters) -> str:
    """A commented script that trains ``hp`` on ``data`` with the engine, then the same
    network with scikit-learn. Meant to run from the project folder, where ``engine`` imports."""
    loader, load_lines = _dataset(data)
    full_batch = hp.batch_size is None
    lines = [
        f"# Minibatch Lab: {_summary(hp)}",
        "# Run from the Minibatch Lab folder (the one holding engine/) so the imports work.",
        f"from engine.datasets import {loader}",
        "from engine.model import MinibatchNetwork",
        "",
        *load_lines,
        *_call(
            "net",
            "MinibatchNetwork",
            [
                ("units", repr(hp.units), ""),
                (
                    "batch_size",
                    repr(hp.batch_size),
                    "full batch: one step per epoch" if full_batch else "",
                ),
                ("learning_rate", repr(hp.learning_rate), ""),
                ("l1", repr(hp.l1), ""),
                ("l2", repr(hp.l2), ""),
                ("seed", repr(hp.seed), ""),
                ("init", _text(hp.init), ""),
                ("shuffle", _text(hp.shuffle), ""),
                ("momentum", repr(hp.momentum), ""),
                ("nesterov", repr(hp.nesterov), ""),
                ("n_iter_no_change", repr(hp.n_iter_no_change), ""),
                ("tol", repr(hp.tol), ""),
                ("loss", _text(hp.loss), ""),
            ],
        ),
        f"net.fit(data.x_train, data.y_train, epochs={hp.epochs}, x_val=data.x_val, "
        "y_val=data.y_val)",
        'print("validation accuracy:", net.score(data.x_val, data.y_val))',
        "",
        "# The same algorithm in scikit-learn: momentum=0.0 makes its steps plain gradient",
        "# descent, and n_iter_no_change above max_iter makes it train every epoch. alpha is",
        "# the L2 strength. Its own random start and batch order give slightly other numbers,",
        "# and it warns that max_iter was reached: expected, as it is told to run every epoch.",
    ]
    if hp.l1:
        lines.append(f"# MLPClassifier has no L1 penalty: l1={hp.l1!r} has no counterpart.")
    lines += [
        "from sklearn.neural_network import MLPClassifier",
        "",
        *_call(
            "mlp",
            "MLPClassifier",
            [
                ("hidden_layer_sizes", f"({hp.units},)", ""),
                ("activation", '"logistic"', ""),
                ("solver", '"sgd"', ""),
                ("alpha", repr(hp.l2), ""),
                (
                    "batch_size",
                    "len(data.x_train)" if full_batch else repr(hp.batch_size),
                    "full batch: every training row in one step" if full_batch else "",
                ),
                ("learning_rate", '"constant"', ""),
                ("learning_rate_init", repr(hp.learning_rate), ""),
                ("momentum", "0.0", ""),
                ("max_iter", repr(hp.epochs), ""),
                ("n_iter_no_change", repr(hp.epochs + 1), ""),
                ("random_state", repr(hp.seed), ""),
            ],
        ),
        "mlp.fit(data.x_train, data.y_train)",
        'print("MLPClassifier validation accuracy:", mlp.score(data.x_val, data.y_val))',
    ]
    return "\n".join(lines) + "\n"
