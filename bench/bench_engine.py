"""How fast (and how lean) the engine is next to the codes a student would compare it with:
every row of issue 11's table, as ratios measured in the same run.

- The book's loop transcribed (``bench/book_loop.py``) and scikit-learn's MLPClassifier set up
  to do the same arithmetic (plain SGD, momentum 0, every epoch run), in this process, on the
  same data. The engine runs as the window runs it once the compiled kernel is warmed up
  ("auto": numba for small layers, NumPy with BLAS on one thread for large ones); the NumPy
  kernel alone is timed too, as the fallback where numba is missing.
- ``python main.py --headless`` against the book's code as a process (``bench/book_process.py``),
  whole processes.
- Peak memory (ru_maxrss) of a 1 000 000 x 30 run against MLPClassifier's on the same data, each
  in a fresh process.

Timing is interleaved: each round runs every contender of a case once, in turn, so a burst of
load from the rest of the machine hits all of them alike. A ratio is the minimum over the
minimum (the runs least disturbed), followed by the spread of the per-round ratios (min, median,
max) and N, the number of rounds. Seconds vary by machine and load; ratios much less.

Usage, from the repository root: ``python bench/bench_engine.py [--rounds N] [--quick]``.
Always exits 0; the PASS/FAIL column is for the reader.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import numpy as np  # noqa: E402
from book_loop import book_train  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from engine.datasets import Dataset, breast_cancer  # noqa: E402
from engine.hyperparameters import Hyperparameters  # noqa: E402
from engine.kernels import warm_compiled  # noqa: E402
from engine.training import EpochRecord, Trainer, trainer_epochs  # noqa: E402

EPOCHS = 500
LARGE_A = (100_000, 100, 64, 256, 5)  # rows, features, units, batch, epochs
LARGE_B = (100_000, 30, 1000, 32, 1)
MEMORY_SHAPE = (1_000_000, 30)
MEMORY_EPOCHS = 2


@dataclass
class Row:
    case: str
    ours: list[float]
    theirs: list[float]
    against: str
    target: float | None
    every_round: bool = False  # the target holds for every round, not just the minima
    note: str = ""

    @property
    def ratio(self) -> float:
        return min(self.ours) / min(self.theirs)

    def rounds(self) -> list[float]:
        return sorted(a / b for a, b in zip(self.ours, self.theirs, strict=True))

    def verdict(self) -> str:
        if self.target is None:
            return "-"
        worst = self.rounds()[-1] if self.every_round else self.ratio
        return f"{'PASS' if worst <= self.target else 'FAIL'} (<= {self.target:g})"

    def line(self) -> str:
        r = self.rounds()
        spread = f"{r[0]:.3f} / {r[len(r) // 2]:.3f} / {r[-1]:.3f}"
        return (
            f"| {self.case} | {min(self.ours):.3f} | {min(self.theirs):.3f} | {self.against} "
            f"| {self.ratio:.3f} | {spread} | {len(r)} | {self.verdict()} |"
        )


def interleaved(contenders: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Seconds of each contender per round, the contenders run in turn within a round."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, work in contenders.items():
            gc.collect()
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return times


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
    # It warns that the epochs did not "converge"; running them all is the point here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return mlp.fit(x, y)


def engine_run(
    hp: Hyperparameters, x, y, x_val=None, y_val=None, kernel: str = "auto"
) -> tuple[Trainer, list[EpochRecord]]:
    trainer = Trainer(hp, x, y, x_val, y_val, kernel=kernel)
    return trainer, list(trainer_epochs(trainer))


def book_rows(rounds: int, batch_1_rounds: int, compiled: bool) -> tuple[list[Row], list[str]]:
    """The book's data: batch 32 (the book's run), batch 1 and full batch, each against the
    book's loop; batch 32 against MLPClassifier as well. Each with the kernel a run chooses,
    the NumPy kernel and (``compiled``: where numba loads) the compiled kernel."""
    data: Dataset = breast_cancer()
    xy = (data.x_train, data.y_train, data.x_val, data.y_val)
    rows, notes = [], []
    for label, batch, n in (("32", 32, rounds), ("1", 1, batch_1_rounds), ("full", None, rounds)):
        hp = Hyperparameters(batch_size=batch, epochs=EPOCHS)
        kernel = Trainer(hp, *xy).kernel_name
        results: dict[str, object] = {}

        def keep(
            name: str, work: Callable[[], object], results: dict[str, object] = results
        ) -> Callable[[], object]:
            return lambda: results.__setitem__(name, work())

        contenders = {
            "engine": keep("engine", lambda hp=hp: engine_run(hp, *xy)),
            "engine, NumPy kernel": keep("numpy", lambda hp=hp: engine_run(hp, *xy, "numpy")),
        }
        if compiled:
            contenders["engine, compiled kernel"] = keep(
                "numba", lambda hp=hp: engine_run(hp, *xy, "numba")
            )
        contenders |= {
            "book loop": keep(
                "book", lambda b=batch: book_train(*xy, batch_size=b, l2=0.01, epochs=EPOCHS)
            ),
        }
        if batch == 32:
            contenders["MLPClassifier"] = lambda: fit_quietly(
                plain_sgd_mlp(10, 32, EPOCHS), data.x_train, data.y_train
            )
        times = interleaved(contenders, n)
        case = f"book's data, batch {label}, {EPOCHS} epochs"
        # Each kernel's row with its contender's key; the target is the app's choice's. The
        # compiled kernel alone shows what it is worth where the app chooses NumPy for a run
        # too short to pay for loading it (and for the same bits in every place,
        # engine.kernels).
        kernels = [(kernel, "engine"), ("NumPy kernel", "engine, NumPy kernel")]
        if compiled:
            kernels.append(("compiled kernel", "engine, compiled kernel"))
        book_target = {"32": 0.15, "1": 0.05, "full": 0.5}[label]
        for name, key in kernels:
            target = book_target if key == "engine" else None
            rows.append(
                Row(f"{case} ({name})", times[key], times["book loop"], "book loop", target)
            )
        if batch == 32:
            for name, key in kernels:
                if key != "engine, NumPy kernel":
                    target = 0.08 if key == "engine" else None
                    row = Row(
                        f"{case} ({name})",
                        times[key],
                        times["MLPClassifier"],
                        "MLPClassifier",
                        target,
                    )
                    rows.append(row)
        # Same work, or the ratio means nothing: the engine must match the book's loop.
        book_losses = results["book"][0]
        for name in ("engine", "numpy", *(("numba",) if compiled else ())):
            trainer, records = results[name]
            gap = np.max(np.abs(np.subtract([r.train_loss for r in records], book_losses)))
            notes.append(
                f"batch {label}, {trainer.kernel_name}: max |engine loss - book loss| over "
                f"{EPOCHS} epochs = {gap:.1e}"
            )
    return rows, notes


SWEEP_EPOCHS = (500, 5000)


def sweep_rows(rounds: int) -> tuple[list[Row], list[str]]:
    """The book's batch-size sweep (1, 8, 32, 128, full) as a student runs it in the terminal,
    ``main.py --headless --sweep``, whole processes: its runs one after the other in one
    process against two worker processes (``MINIBATCH_LAB_WORKERS`` decides), and what
    ``engine.sweep.plan`` chooses by itself."""
    from engine.sweep import MIN_GAIN, WORKERS_VARIABLE, plan

    rows, notes = [], []
    for epochs in SWEEP_EPOCHS:
        command = [sys.executable, str(ROOT / "main.py"), "--headless", "--sweep"]
        command += ["--epochs", str(epochs)]

        def run(workers: str, command: list[str] = command) -> None:
            env = {**os.environ, WORKERS_VARIABLE: workers}
            subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=env)

        times = interleaved({"one": lambda: run("1"), "two": lambda: run("2")}, rounds)
        hps = [Hyperparameters(batch_size=b, epochs=epochs) for b in (1, 8, 32, 128, None)]
        chosen = plan(breast_cancer(), hps)
        os.environ[WORKERS_VARIABLE] = "2"
        two = plan(breast_cancer(), hps)
        del os.environ[WORKERS_VARIABLE]
        rows.append(
            Row(
                f"book's sweep, {epochs} epochs, `--headless --sweep`: 2 worker processes",
                times["two"],
                times["one"],
                "one process",
                None,
            )
        )
        notes.append(
            f"The sweep of {epochs} epochs: engine.sweep.plan chooses {chosen.workers} "
            f"process{'es' * (chosen.workers > 1)} on this machine (two processes estimated "
            f"{two.gain:.2f}x faster; processes only from {MIN_GAIN}x)."
        )
    return rows, notes


def large_data(rows: int, features: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(0)
    x = rng.normal(size=(rows, features))
    y = (x @ rng.normal(size=features) + rng.normal(size=rows) > 0).astype(np.float64)
    return x, y


def large_rows(shape: tuple[int, ...], rounds: int, target: float) -> list[Row]:
    """Large data, where the time is in matrix products: MLPClassifier as it ships (BLAS with
    every thread it likes), the engine as it runs (BLAS pinned to one thread)."""
    n, d, units, batch, epochs = shape
    x, y = large_data(n, d)
    hp = Hyperparameters(units=units, batch_size=batch, epochs=epochs, l2=0.01)
    kernel = Trainer(hp, x[:1000], y[:1000]).kernel_name

    def pinned_mlp() -> None:
        with threadpool_limits(1, user_api="blas"):
            fit_quietly(plain_sgd_mlp(units, batch, epochs), x, y)

    times = interleaved(
        {
            "engine": lambda: engine_run(hp, x, y),
            "MLPClassifier": lambda: fit_quietly(plain_sgd_mlp(units, batch, epochs), x, y),
            "pinned": pinned_mlp,
        },
        rounds,
    )
    case = f"{n} x {d}, {units} units, batch {batch}, {epochs} epoch{'s' * (epochs > 1)} ({kernel})"
    pinned = "MLPClassifier, BLAS pinned to 1 thread too"
    return [
        Row(case, times["engine"], times["MLPClassifier"], "MLPClassifier", target, True),
        Row(case, times["engine"], times["pinned"], pinned, None),
    ]


def process_row(rounds: int) -> Row:
    """Whole processes: the headless book run against the book's code run as a script."""
    commands = {
        "headless": [sys.executable, str(ROOT / "main.py"), "--headless"],
        "book": [sys.executable, str(ROOT / "bench" / "book_process.py")],
    }
    for command in commands.values():  # warm the file cache and the .pyc files
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    times = interleaved(
        {
            name: lambda c=command: subprocess.run(c, cwd=ROOT, capture_output=True, check=True)
            for name, command in commands.items()
        },
        rounds,
    )
    return Row(
        "`python main.py --headless`, whole process", times["headless"], times["book"],
        "the book's code as a process", 0.25,
    )  # fmt: skip


MEMORY_CONTENDERS = ("data", "engine", "numpy", "numba", "MLPClassifier")
MEMORY_NAMES = {
    "data": "the data alone",
    "engine": "engine",
    "numpy": "engine, NumPy kernel",
    "numba": "engine, numba kernel",
    "MLPClassifier": "MLPClassifier",
}


def memory_rows(rounds: int) -> tuple[list[Row], list[str]]:
    """Each contender in a fresh process (``bench/memory_child.py``), the rounds interleaved."""
    peaks: dict[str, list[float]] = {name: [] for name in MEMORY_CONTENDERS}
    kernels: dict[str, str] = {}
    n, d = MEMORY_SHAPE
    for _ in range(rounds):
        for name in MEMORY_CONTENDERS:
            command = [sys.executable, str(ROOT / "bench" / "memory_child.py"), name]
            done = subprocess.run(
                [*command, str(n), str(d), str(MEMORY_EPOCHS)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            kernel, peak = done.stdout.split()
            kernels[name] = kernel
            peaks[name].append(float(peak))
    rows = [
        Row(
            f"peak memory (MiB), {n} x {d}, batch 32, {MEMORY_EPOCHS} epochs: "
            f"{MEMORY_NAMES[name]} ({kernels[name]})",
            peaks[name],
            peaks["MLPClassifier"],
            "MLPClassifier",
            1.0 if name == "engine" else None,
            every_round=True,
        )
        for name in MEMORY_CONTENDERS[1:-1]
    ]
    notes = [
        f"peak RSS MiB (max of {rounds}): "
        + ", ".join(f"{MEMORY_NAMES[name]} {max(p):.0f}" for name, p in peaks.items()),
        f"the training rows alone are {n * d * 8 / 2**20:.0f} MiB",
    ]
    return rows, notes


def table(rows: list[Row]) -> str:
    lines = [
        "| case | ours s | theirs s | against | ratio | rounds min / median / max | N | target |",
        "|---|---:|---:|---|---:|---|---:|---|",
    ]
    return "\n".join(lines + [row.line() for row in rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    parser.add_argument("--quick", action="store_true", help="2 rounds, 1 of the slow cases")
    args = parser.parse_args()
    rounds = 2 if args.quick else args.rounds
    slow = 1 if args.quick else max(3, rounds // 2)  # batch 1 in the book's loop: ~8 s a run
    start = time.perf_counter()
    loaded = time.perf_counter()
    compiled = warm_compiled()  # as the window's background warm-up leaves it
    loaded = time.perf_counter() - loaded
    rows, notes = book_rows(rounds, slow, compiled)
    rows += large_rows(LARGE_A, slow, 0.6)
    rows += large_rows(LARGE_B, slow, 0.8)
    sweep, sweep_notes = sweep_rows(max(3, rounds // 2))
    rows += sweep
    notes += sweep_notes
    rows.append(process_row(max(rounds, 9)))
    memory, memory_notes = memory_rows(1 if args.quick else 2)
    rows += memory
    notes += memory_notes
    print(
        f"Interleaved rounds; N per row. Compiled kernel: "
        f"{f'loaded in {loaded:.2f} s' if compiled else 'unavailable (NumPy only)'}. "
        f"Load average at the end: {', '.join(f'{v:.1f}' for v in os.getloadavg())} on "
        f"{os.cpu_count()} CPUs (other work on the machine shows as spread)."
    )
    print("MLPClassifier runs with BLAS's default threads; the engine pins BLAS to one thread")
    print("where its products are large enough to be threaded.\n")
    print(table(rows))
    print()
    print("\n".join(notes))
    print(f"\n{time.perf_counter() - start:.0f} s in all.")
    print("The window's sweep against the headless sweep is measured by bench/bench_gui.py.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
