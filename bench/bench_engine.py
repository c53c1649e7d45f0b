"""How fast the engine is next to the two codes a student would compare it with.

Everything runs in one process on the same data, so the ratios hold on any machine even though
the seconds do not: the book's loop transcribed (``bench/book_loop.py``), and scikit-learn's
MLPClassifier set up to do the same arithmetic (plain SGD, momentum 0, every epoch run). Each
case is timed best of 3 (best of 1 with ``--quick``): the minimum is the run least disturbed by
the rest of the machine.

Usage, from the repository root: ``PYTHONPATH=. python bench/bench_engine.py [--quick]``.
Always exits 0; the PASS/FAIL column is for the reader.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from threadpoolctl import threadpool_info

from bench.book_loop import book_train
from engine.datasets import Dataset, breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.reference import make_mlp
from engine.training import EpochRecord, Trainer, run_to_end

BOOK_TARGET = 0.5  # engine / book loop
SKLEARN_TARGET = 0.25  # engine / MLPClassifier, the book's data
LARGE_TARGET = 1.0  # engine / MLPClassifier, large data: there BLAS does the work for both

EPOCHS = 500
LARGE_SHAPE = (100_000, 100)
LARGE_UNITS, LARGE_BATCH, LARGE_EPOCHS = 64, 256, 5

T = TypeVar("T")


def best_of(repeats: int, work: Callable[..., T], *args: object) -> tuple[float, T]:
    """(fastest time, a result): the result lets the caller check what was timed for free."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work(*args)
        times.append(time.perf_counter() - start)
    return min(times), result


def plain_sgd_mlp(units: int, batch_size: int, epochs: int) -> MLPClassifier:
    """MLPClassifier doing our arithmetic: no momentum, constant rate, no early stop."""
    return MLPClassifier(
        hidden_layer_sizes=(units,),
        activation="logistic",
        solver="sgd",
        momentum=0,
        learning_rate="constant",
        learning_rate_init=0.1,
        alpha=0.01,
        batch_size=batch_size,
        max_iter=epochs,
        n_iter_no_change=10**6,
        random_state=42,
    )


def fit_quietly(mlp: MLPClassifier, x: np.ndarray, y: np.ndarray) -> MLPClassifier:
    # It warns that 500 epochs did not "converge"; running them all is the point here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return mlp.fit(x, y)


def engine_run(data: Dataset, batch: int | None) -> MinibatchNetwork:
    net = MinibatchNetwork(batch_size=batch, learning_rate=0.1, l2=0.01, seed=42)
    return net.fit(data.x_train, data.y_train, EPOCHS, data.x_val, data.y_val)


def book_run(data: Dataset, batch: int | None) -> list[float]:
    losses, _, _ = book_train(
        data.x_train,
        data.y_train,
        data.x_val,
        data.y_val,
        batch_size=batch,
        learning_rate=0.1,
        l2=0.01,
        epochs=EPOCHS,
    )
    return losses


def sklearn_run(data: Dataset, batch: int | None) -> MLPClassifier:
    mlp = plain_sgd_mlp(10, batch or data.n_train, EPOCHS)
    return fit_quietly(mlp, data.x_train, data.y_train)


@dataclass
class Row:
    case: str
    engine: float
    sklearn: float
    sklearn_target: float | None  # None: reported, no target (batch 1 and full batch)
    book: float | None = None  # the book's loop is not timed on the large data
    book_target: float | None = None


def verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return f"{ratio:.3f}"
    return f"{ratio:.3f} {'PASS' if ratio <= target else 'FAIL'} (<= {target:g})"


def book_rows(repeats: int) -> tuple[list[Row], list[str]]:
    """The book's run at batch 32, and at the two extremes the chapter contrasts it with."""
    data = breast_cancer()
    rows, notes = [], []
    for label, batch in (("32", 32), ("1", 1), ("full", None)):
        engine_s, net = best_of(repeats, engine_run, data, batch)
        book_s, book_losses = best_of(repeats, book_run, data, batch)
        sklearn_s, mlp = best_of(repeats, sklearn_run, data, batch)
        # Same work, or the ratio means nothing: the engine must match the book's loop.
        gap = np.max(np.abs(np.subtract(net.losses, book_losses)))
        notes.append(
            f"batch {label}: max |engine loss - book loss| over {EPOCHS} epochs = {gap:.1e}"
        )
        if mlp.n_iter_ != EPOCHS:
            notes.append(f"batch {label}: MLPClassifier stopped after {mlp.n_iter_} epochs")
        rows.append(
            Row(
                f"breast cancer, batch {label}, {EPOCHS} epochs",
                engine_s,
                sklearn_s,
                SKLEARN_TARGET if batch == 32 else None,
                book_s,
                BOOK_TARGET if batch == 32 else None,
            )
        )
    return rows, notes


def recipe_row(repeats: int) -> tuple[Row, str]:
    """scikit-learn's recipe against MLPClassifier itself (the book's call: momentum 0.9,
    Nesterov, its stopping rule): the same run, so the same epochs, timed both ways."""
    data = breast_cancer()
    hp = Hyperparameters().with_recipe("sklearn")

    def engine() -> list[EpochRecord]:
        trainer = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
        return run_to_end(trainer)

    def sklearn() -> MLPClassifier:
        return fit_quietly(make_mlp(hp, "book"), data.x_train, data.y_train)

    engine_s, records = best_of(repeats, engine)
    sklearn_s, mlp = best_of(repeats, sklearn)
    gap = np.max(np.abs(np.subtract([r.train_loss for r in records], mlp.loss_curve_)))
    note = (
        f"scikit-learn's recipe: {len(records)} epochs here, {mlp.n_iter_} in MLPClassifier; "
        f"max |loss - loss_curve_| = {gap:.1e}"
    )
    case = f"breast cancer, scikit-learn's recipe, batch 32 ({mlp.n_iter_} epochs)"
    return Row(case, engine_s, sklearn_s, None), note


def large_row(repeats: int) -> Row:
    """Large data, where the time is in matrix products, not in Python: no hiding overhead."""
    rng = np.random.RandomState(0)
    x = rng.normal(size=LARGE_SHAPE)
    y = (x @ rng.normal(size=LARGE_SHAPE[1]) + rng.normal(size=LARGE_SHAPE[0]) > 0).astype(int)

    def engine() -> MinibatchNetwork:
        net = MinibatchNetwork(units=LARGE_UNITS, batch_size=LARGE_BATCH, l2=0.01, seed=42)
        return net.fit(x, y, LARGE_EPOCHS)

    def sklearn() -> MLPClassifier:
        return fit_quietly(plain_sgd_mlp(LARGE_UNITS, LARGE_BATCH, LARGE_EPOCHS), x, y)

    rows, cols = LARGE_SHAPE
    case = f"{rows} x {cols}, {LARGE_UNITS} units, batch {LARGE_BATCH}, {LARGE_EPOCHS} epochs"
    return Row(case, best_of(repeats, engine)[0], best_of(repeats, sklearn)[0], LARGE_TARGET)


def table(rows: list[Row]) -> str:
    lines = [
        "| case | engine s | book loop s | MLPClassifier s | engine / book | engine / sklearn |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        book = "-" if row.book is None else f"{row.book:.3f}"
        to_book = "-" if row.book is None else verdict(row.engine / row.book, row.book_target)
        lines.append(
            f"| {row.case} | {row.engine:.3f} | {book} | {row.sklearn:.3f} | {to_book} | "
            f"{verdict(row.engine / row.sklearn, row.sklearn_target)} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="time each case once, not 3 times")
    repeats = 1 if parser.parse_args().quick else 3
    rows, notes = book_rows(repeats)
    row, note = recipe_row(repeats)
    rows.append(row)
    notes.append(note)
    rows.append(large_row(repeats))
    threads = ", ".join(f"{i['internal_api']} {i['num_threads']}" for i in threadpool_info())
    print(f"Best of {repeats}; thread pools: {threads}.")
    print("The engine and the book loop compute the validation loss every epoch;")
    print("MLPClassifier has no per-epoch validation loss.\n")
    print(table(rows))
    print()
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
