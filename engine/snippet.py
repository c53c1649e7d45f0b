"""Copy as Python: a run as a script that runs anywhere NumPy and scikit-learn do.

The app is where a student explores; the snippet is the bridge to writing the code themselves,
so it imports nothing of the app: it rebuilds the data with scikit-learn, spells out every
setting, and trains with the book's own functions (sigmoid, forpass, backprop, update) plus
whichever of scikit-learn's pieces the run uses. Pasted into a notebook or run as a file, it
prints the run's numbers: the same losses as the app to rounding (tests run it in a clean
subprocess). It ends with the MLPClassifier the comparison panel shows ("book" or "same"),
so the student sees which of our knobs is which of scikit-learn's.

Numbers are written with ``repr()`` and strings as literals Python reads back unchanged.
A CSV is read by a short reader of its own, called with the import options the app chose
(delimiter, decimal mark, header, encoding, label, ignored columns, classes, missing values), so
it reads the same rows and columns; the app reports the problems of a messy file, the snippet
does not.
"""

from __future__ import annotations

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.reference import mlp_arguments

_IMPORTS = """\
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
"""

_SPLIT = """\
x_train, x_val, y_train, y_val = train_test_split(
    x,
    y,
    test_size={ratio!r},
    stratify=y,
    random_state={seed!r},
)
scaler = StandardScaler().fit(x_train)  # fitted on the training rows only, as in the book
x_train, x_val = scaler.transform(x_train), scaler.transform(x_val)
"""

_BREAST_CANCER = """\
# The book's data: two stratified splits with random_state 42, then the scaler.
cancer = load_breast_cancer()
x_train_all, x_test, y_train_all, y_test = train_test_split(
    cancer.data, cancer.target, stratify=cancer.target, test_size=0.2, random_state=42
)
x_train, x_val, y_train, y_val = train_test_split(
    x_train_all, y_train_all, stratify=y_train_all, test_size=0.2, random_state=42
)
scaler = StandardScaler().fit(x_train)  # fitted on the training rows only, as in the book
x_train, x_val = scaler.transform(x_train), scaler.transform(x_val)
"""

# The loader each dataset imports from sklearn.datasets, and the code that makes x and y.
_LOADERS = {
    "breast_cancer": "load_breast_cancer",
    "moons": "make_moons",
    "circles": "make_circles",
    "blobs": "make_blobs",
}
_SYNTHETIC = {
    "moons": "x, y = make_moons({samples!r}, noise={noise!r}, random_state={seed!r})\n",
    "circles": (
        "x, y = make_circles({samples!r}, noise={noise!r}, factor=0.5, random_state={seed!r})\n"
    ),
    "blobs": (
        "x, y = make_blobs(\n"
        "    {samples!r},\n"
        "    centers=[[-1.0, -1.0], [1.0, 1.0]],\n"
        "    cluster_std=0.3 + {noise!r},\n"
        "    random_state={seed!r},\n"
        ")\n"
    ),
    "xor": (
        "# XOR: points in the square, labelled by the sign of x1 * x2, then noise.\n"
        "rng = np.random.RandomState({seed!r})\n"
        "clean = rng.uniform(-1.0, 1.0, size=({samples!r}, 2))\n"
        "y = (clean[:, 0] * clean[:, 1] > 0).astype(int)\n"
        "x = clean + rng.normal(0.0, {noise!r}, size=clean.shape)\n"
    ),
}

_CSV_READER = """\
MISSING = {"", "na", "nan", "?"}  # a missing cell, in any case


def to_number(cell, decimal):
    \"\"\"The cell as a float (a decimal comma read as a point), or None if it is no number.\"\"\"
    try:
        return float(cell.replace(",", ".") if decimal == "," else cell)
    except ValueError:
        return None


def read_csv(
    path,
    label_column=None,
    *,
    delimiter=None,
    decimal=".",
    header=None,
    encoding="auto",
    ignore_columns=(),
    positive_class=None,
    keep_classes=None,
    missing="refuse",
):
    \"\"\"Features and 0/1 labels from a clean CSV, read with Minibatch Lab's import options.

    Columns are named by header name, "column N" or number from 1; the label's values become
    0 and 1 in sorted order (numeric order for numbers) unless positive_class says which is 1;
    keep_classes keeps the rows of two classes; missing="drop" drops rows with a missing cell.
    An option left as None is guessed as the app guesses it for a clean file: the delimiter
    from the first lines, a header when a name stands above a column of numbers, the label
    last. Encoding "auto": UTF-8 (with or without BOM), else cp949 (Korean Excel).
    \"\"\"
    with open(path, "rb") as file:
        data = file.read()
    if encoding == "auto":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp949")
    else:
        text = data.decode(encoding)
    lines = [line for line in text.splitlines() if line.strip()]
    if delimiter is None:
        delimiter = next((s for s in "\\t;" if all(s in line for line in lines[:10])), ",")
    cells = csv.reader(lines, delimiter=delimiter)
    rows = [row for row in ([cell.strip() for cell in row] for row in cells) if any(row)]
    if header is None:
        header = False
        for i, cell in enumerate(rows[0]):
            below = [row[i] for row in rows[1:] if row[i].lower() not in MISSING]
            numbers = sum(to_number(value, decimal) is not None for value in below)
            name = to_number(cell, decimal) is None and cell.lower() not in MISSING
            if name and 2 * numbers > len(below):
                header = True
                break
    names = [f"column {i + 1}" for i in range(len(rows[0]))]
    if header:
        names = [cell or f"column {i + 1}" for i, cell in enumerate(rows[0])]
        rows = rows[1:]

    def column(name):
        return names.index(name) if name in names else int(name) - 1

    label = len(names) - 1 if label_column is None else column(label_column)
    ignored = {column(name) for name in ignore_columns or ()}
    used = [i for i in range(len(names)) if i not in ignored]
    if missing == "drop":
        rows = [row for row in rows if not any(row[i].lower() in MISSING for i in used)]
    features = [i for i in used if i != label]
    x = np.array([[to_number(row[i], decimal) for i in features] for row in rows])
    labels = [row[label] for row in rows]
    if all(to_number(value, decimal) is not None for value in labels):
        labels = [to_number(value, decimal) for value in labels]  # "1" and "1.0" are one class
        positive_class = None if positive_class is None else to_number(positive_class, decimal)
        keep_classes = keep_classes and [to_number(value, decimal) for value in keep_classes]
    if keep_classes:
        kept = [value in keep_classes for value in labels]
        x, labels = x[kept], [value for value, keep in zip(labels, kept) if keep]
    classes = sorted(set(labels))
    one = classes[1] if positive_class is None else positive_class
    y = np.array([value == one for value in labels]).astype(int)
    return x, y


"""

_NETWORK = """\
def sigmoid(z):
    \"\"\"The book's logistic function; z is clipped at -100 so that exp never overflows.\"\"\"
    return 1 / (1 + np.exp(-np.maximum(z, -100)))


def glorot_uniform(rng, n_features):
    \"\"\"MLPClassifier's start: uniform in +-sqrt(2 / (fan_in + fan_out)), biases too.\"\"\"
    params = {}
    for layer, fan_in, fan_out in (("1", n_features, UNITS), ("2", UNITS, 1)):
        bound = np.sqrt(2.0 / (fan_in + fan_out))
        params["w" + layer] = rng.uniform(-bound, bound, (fan_in, fan_out))
        params["b" + layer] = rng.uniform(-bound, bound, fan_out)
    return params


def init_parameters(n_features):
    if INIT == "ones":  # the book's DualLayer: every hidden unit starts, and stays, the same
        w1, w2 = np.ones((n_features, UNITS)), np.ones((UNITS, 1))
        return {"w1": w1, "b1": np.zeros(UNITS), "w2": w2, "b2": np.zeros(1)}
    rng = np.random.RandomState(SEED)
    if INIT == "sklearn":
        return glorot_uniform(rng, n_features)
    w1 = rng.normal(0, 1, (n_features, UNITS))  # the book's RandomInitNetwork
    w2 = rng.normal(0, 1, (UNITS, 1))
    return {"w1": w1, "b1": np.zeros(UNITS), "w2": w2, "b2": np.zeros(1)}


def forpass(params, x):
    z1 = np.dot(x, params["w1"]) + params["b1"]
    a1 = sigmoid(z1)
    z2 = np.dot(a1, params["w2"]) + params["b2"]
    a = sigmoid(z2)
    return a1, a


def backprop(params, x, a1, err):
    m = len(x)
    w2_grad = np.dot(a1.T, err) / m
    b2_grad = np.sum(err) / m
    err_to_hidden = np.dot(err, params["w2"].T) * a1 * (1 - a1)
    w1_grad = np.dot(x.T, err_to_hidden) / m
    b1_grad = np.sum(err_to_hidden, axis=0) / m
    # The penalty's gradient, on the weights only.
    w1_grad += (L1 * np.sign(params["w1"]) + L2 * params["w1"]) / m
    w2_grad += (L1 * np.sign(params["w2"]) + L2 * params["w2"]) / m
    return {"w1": w1_grad, "b1": b1_grad, "w2": w2_grad, "b2": np.array([b2_grad])}


def update(params, grads, velocities):
    \"\"\"Gradient descent; with momentum, scikit-learn's SGD with (Nesterov) momentum.\"\"\"
    for name, grad in grads.items():
        if MOMENTUM == 0:
            params[name] = params[name] - LEARNING_RATE * grad
            continue
        velocities[name] = MOMENTUM * velocities[name] - LEARNING_RATE * grad
        step = MOMENTUM * velocities[name] - LEARNING_RATE * grad if NESTEROV else velocities[name]
        params[name] = params[name] + step


def cross_entropy(a, y):
    eps = 1e-10 if LOSS == "book" else np.finfo(np.float64).eps
    a = np.clip(a, eps, 1 - eps)
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))


def reg_loss(params):
    w1, w2 = params["w1"], params["w2"]
    return L1 * (np.sum(np.abs(w1)) + np.sum(np.abs(w2))) + L2 / 2 * (np.sum(w1**2) + np.sum(w2**2))


def batch_orders(n, n_features):
    \"\"\"The order of the training rows, one per epoch.\"\"\"
    rng = np.random.RandomState(SEED)
    if SHUFFLE == "sklearn":  # MLPClassifier: after its start, reorder the last order
        glorot_uniform(rng, n_features)
        order = np.arange(n)
        while True:
            order = order[rng.permutation(n)]
            yield order
    while True:  # the book: a fresh permutation per epoch, none for one full batch
        yield rng.permutation(n) if BATCH_SIZE is not None and BATCH_SIZE < n else np.arange(n)


def train(x, y, x_val, y_val):
    y, y_val = y.reshape(-1, 1), y_val.reshape(-1, 1)
    n = len(x)
    batch_size = n if BATCH_SIZE is None else min(BATCH_SIZE, n)
    params = init_parameters(x.shape[1])
    velocities = {name: np.zeros_like(value) for name, value in params.items()}
    orders = batch_orders(n, x.shape[1])
    losses, val_losses, best, no_gain = [], [], np.inf, 0
    for _epoch in range(EPOCHS):
        order = next(orders)
        loss = 0.0
        for start in range(0, n, batch_size):
            rows = order[start : start + batch_size]
            a1, a = forpass(params, x[rows])
            loss += np.sum(cross_entropy(a, y[rows]))  # with the weights before the step
            if LOSS == "sklearn":  # MLPClassifier's loss_curve_ adds the penalty every batch
                loss += reg_loss(params)
            update(params, backprop(params, x[rows], a1, a - y[rows]), velocities)
        if LOSS == "book":  # the book adds the end-of-epoch penalty once
            loss += reg_loss(params)
        losses.append(loss / n)
        _, a_val = forpass(params, x_val)
        val_losses.append((np.sum(cross_entropy(a_val, y_val)) + reg_loss(params)) / len(x_val))
        if N_ITER_NO_CHANGE is not None:  # MLPClassifier's stopping rule
            no_gain = no_gain + 1 if losses[-1] > best - TOL else 0
            best = min(best, losses[-1])
            if no_gain > N_ITER_NO_CHANGE:
                break
    return params, losses, val_losses


params, losses, val_losses = train(x_train, y_train, x_val, y_val)
_, a_val = forpass(params, x_val)
val_accuracy = np.mean((a_val[:, 0] > 0.5) == y_val)
print(f"after {len(losses)} epochs: training loss {losses[-1]:.6f}, ", end="")
print(f"validation loss {val_losses[-1]:.6f}, validation accuracy {val_accuracy:.3f}")
"""


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


def _read_csv_call(data: DataSpec) -> str:
    """The reader's call with every import option the app chose (those left to guessing are
    left out), so the script reads the same columns, classes and rows as the app."""
    arguments = [_path(data.path)]
    if data.label_column is not None:
        arguments.append(_text(data.label_column))
    options = {
        "delimiter": data.delimiter,
        "decimal": None if data.decimal == "." else data.decimal,
        "header": data.header,
        "encoding": None if data.encoding == "auto" else data.encoding,
        "ignore_columns": list(data.ignore_columns) if data.ignore_columns else None,
        "positive_class": data.positive_class,
        "keep_classes": list(data.keep_classes) if data.keep_classes else None,
        "missing": None if data.missing == "refuse" else data.missing,
    }
    for name, value in options.items():
        if value is not None:
            arguments.append(f"{name}={_literal(value)}")
    line = f"x, y = read_csv({', '.join(arguments)})\n"
    if len(line) <= 100:
        return line
    return "x, y = read_csv(\n" + "".join(f"    {argument},\n" for argument in arguments) + ")\n"


def _literal(value: object) -> str:
    """Text in the snippet's quotes, lists of text likewise, anything else as Python writes it."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    return repr(value)


def _dataset(data: DataSpec) -> str:
    """The lines that build x_train, y_train, x_val, y_val."""
    if data.kind == "breast_cancer":
        return _BREAST_CANCER
    if data.kind == "csv":
        return _read_csv_call(data) + _SPLIT.format(ratio=data.val_ratio, seed=data.csv_seed)
    generate = _SYNTHETIC[data.kind].format(samples=data.samples, noise=data.noise, seed=data.seed)
    # synthetic() holds out a quarter of the points, split with the data's own seed.
    return generate + _SPLIT.format(ratio=0.25, seed=data.seed)


def _summary(hp: Hyperparameters) -> str:
    parts = [
        f"{hp.units} hidden units",
        "full batch" if hp.batch_size is None else f"batch {hp.batch_size}",
        f"learning rate {hp.learning_rate!r}",
    ]
    if hp.l1:
        parts.append(f"L1 {hp.l1!r}")
    parts += [f"L2 {hp.l2!r}", f"{hp.epochs} epochs", f"seed {hp.seed}"]
    return ", ".join(parts)


def _settings(hp: Hyperparameters) -> str:
    """One constant per setting, each with what it means."""
    full = "  # None: full batch, one step per epoch" if hp.batch_size is None else ""
    return (
        f"UNITS = {hp.units!r}\n"
        f"BATCH_SIZE = {hp.batch_size!r}{full}\n"
        f"LEARNING_RATE = {hp.learning_rate!r}\n"
        f"L1 = {hp.l1!r}\n"
        f"L2 = {hp.l2!r}\n"
        f"EPOCHS = {hp.epochs!r}  # at most: the stopping rule may end the run sooner\n"
        f"SEED = {hp.seed!r}  # the start and the batch order\n"
        "# The recipe: the book's, or scikit-learn's pieces (see the functions below).\n"
        f'INIT = "{hp.init}"  # "random" (the book), "ones" (DualLayer), "sklearn" (Glorot)\n'
        f'SHUFFLE = "{hp.shuffle}"  # "book" or "sklearn" (its cumulative reshuffle)\n'
        f"MOMENTUM = {hp.momentum!r}  # 0: plain gradient descent, as in the book\n"
        f"NESTEROV = {hp.nesterov!r}  # Nesterov's momentum; used only when MOMENTUM > 0\n"
        f"N_ITER_NO_CHANGE = {hp.n_iter_no_change!r}  # None: train every epoch\n"
        f"TOL = {hp.tol!r}  # the stopping rule's least improvement\n"
        f'LOSS = "{hp.loss}"  # "book": L2 once per epoch; "sklearn": once per batch\n'
    )


def _mlp(hp: Hyperparameters, setup: str, momentum: float | None, seed: int | None) -> str:
    """The MLPClassifier call the comparison panel makes, argument by argument."""
    lines = []
    if setup == "book":
        lines.append(
            '# MLPClassifier set up as in the book: its defaults, so its own "recipe": Glorot\n'
            "# start, its shuffling, Nesterov momentum and its stopping rule.\n"
        )
    else:
        lines.append(
            "# MLPClassifier running this run's optimiser (momentum, stopping rule). It always\n"
            "# starts from its Glorot draw and shuffles its own way: with scikit-learn's recipe\n"
            "# above, its numbers are this run's. (It may warn that max_iter was reached.)\n"
        )
    if hp.l1:
        lines.append(f"# MLPClassifier has no L1 penalty: L1 = {hp.l1!r} has no counterpart.\n")
    lines.append("mlp = MLPClassifier(\n")
    for name, value in mlp_arguments(hp, setup, momentum, seed).items():
        code, comment = f'"{value}"' if isinstance(value, str) else repr(value), ""
        if name == "batch_size" and hp.batch_size is None:
            code, comment = "len(x_train)", "  # full batch: every training row in one step"
        lines.append(f"    {name}={code},{comment}\n")
    lines.append(")\n")
    lines.append("mlp.fit(x_train, y_train)\n")
    lines.append(
        "print(\n"
        '    f"MLPClassifier after {mlp.n_iter_} epochs: validation accuracy '
        '{mlp.score(x_val, y_val):.3f}"\n'
        ")\n"
    )
    return "".join(lines)


def python_snippet(
    data: DataSpec,
    hp: Hyperparameters,
    setup: str = "same",
    sklearn_momentum: float | None = None,
    sklearn_seed: int | None = None,
) -> str:
    """A standalone script that trains ``hp`` on ``data`` with the book's functions, then
    MLPClassifier as the comparison panel sets it up (``setup`` "book" or "same", with its
    momentum and seed when they differ from the setup's own)."""
    recipe = {"book": "the book's", "sklearn": "scikit-learn's"}.get(hp.recipe(), "mixed")
    header = (
        f"# Minibatch Lab: {_summary(hp)}.\n"
        f"# Recipe: {recipe}. Needs only NumPy and scikit-learn: run it as a file or paste it\n"
        "# into a notebook.\n"
    )
    imports, reader = _IMPORTS, ""
    if data.kind == "csv":
        imports, reader = "import csv\n\n" + _IMPORTS, _CSV_READER
    elif data.kind in _LOADERS:  # in isort's order, after numpy
        numpy, rest = imports.split("\n", 1)
        imports = f"{numpy}\nfrom sklearn.datasets import {_LOADERS[data.kind]}\n{rest}"
    return (
        f"{header}{imports}\n{reader}{_dataset(data)}\n{_settings(hp)}\n\n{_NETWORK}\n"
        f"{_mlp(hp, setup, sklearn_momentum, sklearn_seed)}"
    )
