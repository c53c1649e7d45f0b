"""What does recording the cosine chart cost a run?

Each recorded update costs a mini-batch gradient and a full-batch gradient besides its own step,
so ``gui.stepping.CosineBudget`` records whole epochs only while that stays within a twentieth
of the training time. This measures it: the same run through a ``RunSession`` (no window), from
``start`` to ``run_ended``, with the chart off and on, interleaved, best of N. Target: on <= 1.15
x off (the budget's 5 % plus the first epoch it may spend up to half a second on, and noise).

The machine may be shared: the spread (worst / best) is printed beside each figure; read the
ratio of the best times, and run again if the spreads are wide.

Usage, from the repository root: ``python bench/bench_cosine.py [--quick]``. Always exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from engine.datasets import breast_cancer
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.session import RunSession

TARGET = 1.15
CASES = (("book, batch 32, 500 epochs", 32, 500), ("batch 1, 100 epochs", 1, 100))


def session_seconds(session: RunSession, hp: Hyperparameters, chart: bool) -> tuple[float, int]:
    """Seconds from start to the run's end, and how many cosines it recorded."""
    session.clear()
    session.set_track_cosines(chart)
    points = [0]

    def record(_run: int, batch: list) -> None:
        points[0] += sum(len(p.values) for p in batch)

    session.cosines_added.connect(record)
    loop = QEventLoop()
    session.run_ended.connect(loop.quit)
    QTimer.singleShot(300_000, loop.quit)
    start = time.perf_counter()
    session.start(hp, breast_cancer(), DataSpec("breast_cancer"))
    loop.exec()
    seconds = time.perf_counter() - start
    session.run_ended.disconnect(loop.quit)
    session.cosines_added.disconnect(record)
    return seconds, points[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 7")
    rounds = 3 if parser.parse_args().quick else 7
    QApplication.instance() or QApplication([])
    session = RunSession()
    print(f"best of {rounds}, interleaved (off, on, off, on, ...); spread = worst / best")
    for name, batch, epochs in CASES:
        hp = Hyperparameters(batch_size=batch, epochs=epochs)
        times: dict[bool, list[float]] = {False: [], True: []}
        recorded = 0
        session_seconds(session, hp, True)  # warm-up: kernels, caches
        for _ in range(rounds):
            for chart in (False, True):
                seconds, points = session_seconds(session, hp, chart)
                times[chart].append(seconds)
                recorded = max(recorded, points) if chart else recorded
        off, on = min(times[False]), min(times[True])
        spread = {chart: max(t) / min(t) for chart, t in times.items()}
        verdict = "ok" if on / off <= TARGET else f"over the {TARGET} target"
        print(
            f"{name}: off {off:.3f} s (spread {spread[False]:.2f}), on {on:.3f} s "
            f"(spread {spread[True]:.2f}), on/off {on / off:.2f} [{verdict}]; "
            f"{recorded} cosines recorded"
        )
    session.shutdown(30_000)


if __name__ == "__main__":
    main()
