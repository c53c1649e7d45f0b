"""A long history: how long opening it takes, and what it costs the runs after it.

In one process, offscreen, the real window:

1. Opening an experiment of N runs of 5 epochs each (the quick runs a class makes), from the
   click to everything drawn: the file read, the history table, the curves and the legend.
   N = 250, 500, 1000, 2000; the seconds per run should stay flat (linear work).
   Target: 1000 runs in at most 2 s.
2. One run hidden and shown again with N runs on the plot: what the plot and its legend redo
   when one run changes, which should not grow with N.
3. The book's run (500 epochs) and a 5-epoch run through two windows, one with an empty history
   and one with 1000 runs in it (opened and drawn first), interleaved: the later runs must not
   be slowed (ratio about 1). Each run ends in the history, so the empty window's grows by a
   few runs too.

Usage, from the repository root: ``python bench/bench_history.py [--quick]``. Always exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from engine.datasets import breast_cancer
from engine.experiment import DataSpec, Run, load_experiment, save_experiment
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.training import iter_epochs
from gui.main_window import MainWindow

OPEN_TARGET = 2.0
SIZES = (250, 500, 1000, 2000)
BATCHES = (8, 16, 32, 64, 128, None)
RATES = (0.05, 0.1, 0.2, 0.5)


def make_runs(n: int) -> list[Run]:
    """Real 5-epoch runs on the book's data, settings varied as a class varies them."""
    data = breast_cancer()
    runs = []
    for i in range(n):
        hp = Hyperparameters(
            batch_size=BATCHES[i % len(BATCHES)],
            learning_rate=RATES[(i // len(BATCHES)) % len(RATES)],
            epochs=5,
            seed=i,
        )
        params = init_parameters(data.n_features, hp.units, hp.init, hp.seed)
        records = list(iter_epochs(params, hp, data.x_train, data.y_train, data.x_val, data.y_val))
        runs.append(Run(f"run {i}", DataSpec("breast_cancer"), hp, records, "done"))
    return runs


def open_seconds(app: QApplication, window: MainWindow, path: str) -> float:
    """From "open" to the window fully drawn (a grab paints every widget)."""
    window.session.clear()
    app.processEvents()
    start = time.perf_counter()
    assert window.files.open_experiment(path)
    app.processEvents()
    window.plot.flush()
    window.grab()
    return time.perf_counter() - start


def toggle_seconds(app: QApplication, window: MainWindow, repeats: int) -> float:
    """Hide the newest run and show it again; the best of ``repeats`` round trips."""
    session, best = window.session, float("inf")
    last = session.ids()[-1]
    for _ in range(repeats):
        start = time.perf_counter()
        for visible in (False, True):
            session.set_visible(last, visible)
            window.plot.flush()
        best = min(best, time.perf_counter() - start)
    return best


def run_seconds(window: MainWindow, hp: Hyperparameters) -> float:
    """From Start until the run is in the history; then waits for its comparison, so the
    comparison never overlaps the next measurement."""
    session = window.session
    window.params.set_hyperparameters(hp)
    ended, loop = [0.0], QEventLoop()

    def done(_run_id: int, _state: str) -> None:
        ended[0] = time.perf_counter()

    session.run_ended.connect(done)
    session.comparison.finished.connect(loop.quit)
    start = time.perf_counter()
    window.start()
    loop.exec()
    session.run_ended.disconnect(done)
    session.comparison.finished.disconnect(loop.quit)
    return ended[0] - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat instead of three")
    repeats = 1 if parser.parse_args().quick else 3
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.confirm = lambda title, question: True
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    made = time.perf_counter()
    runs = make_runs(max(SIZES))
    paths = {}
    for n in SIZES:
        paths[n] = str(folder / f"runs{n}.json")
        save_experiment(paths[n], runs[:n])
    print(f"{max(SIZES)} runs trained and saved in {time.perf_counter() - made:.1f} s\n")

    print(f"Opening an experiment (best of {repeats}; the file read is in 'total'):\n")
    print("| runs | read file s | total s | ms per run | one run hidden and shown, ms |")
    print("|---:|---:|---:|---:|---:|")
    opened = {}
    for n in SIZES:
        read = min(_timed(lambda n=n: load_experiment(paths[n])) for _ in range(repeats))
        total = min(open_seconds(app, window, paths[n]) for _ in range(repeats))
        toggle = toggle_seconds(app, window, 5) * 1000
        opened[n] = total
        print(f"| {n} | {read:.3f} | {total:.3f} | {1000 * total / n:.2f} | {toggle:.1f} |")
    verdict = "PASS" if opened[1000] <= OPEN_TARGET else "FAIL"
    growth = (opened[2000] / 2000) / (opened[250] / 250)
    print(f"\n1000 runs: {opened[1000]:.2f} s, {verdict} (target <= {OPEN_TARGET:.0f} s).")
    print(f"Time per run at 2000 runs / at 250 runs: {growth:.2f} (1 = linear).\n")

    print(f"Later runs, empty history against 1000 runs in it (best of {repeats}, interleaved):\n")
    full_window = window
    open_seconds(app, full_window, paths[1000])  # opened and drawn once, as a teacher sees it
    empty_window = MainWindow(QSettings(str(folder / "e.ini"), QSettings.Format.IniFormat))
    empty_window.resize(1280, 800)
    empty_window.show()
    app.processEvents()
    print("| run | empty s | with 1000 runs s | ratio |")
    print("|---|---:|---:|---|")
    for label, hp in (
        ("book default, 500 epochs", Hyperparameters()),
        ("5 epochs, batch 32", Hyperparameters(epochs=5)),
    ):
        empty, full = [], []
        for _ in range(repeats):
            empty.append(run_seconds(empty_window, hp))
            full.append(run_seconds(full_window, hp))
        print(f"| {label} | {min(empty):.3f} | {min(full):.3f} | {min(full) / min(empty):.2f} |")
    empty_window.close()
    print(
        "\nSpread: on this shared 2-core machine single timings vary by about 30 %; the "
        "minimum of the repeats is the run least disturbed by other processes."
    )
    window.close()
    return 0


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
