"""How fast, how big, and how smooth is reading a large CSV?

Generates a numeric CSV (default 1 000 000 rows x 30 columns: 29 features and a 0/1 label,
four decimals, about 250 MB) and reads it with each candidate, every candidate in a fresh
process so that its peak memory is its own:

- ``pandas``: ``pandas.read_csv(path)``, the reference;
- ``loadtxt``: NumPy's C reader (``np.loadtxt``) on 8 MB chunks, as a chunked reader would;
- ``csv_module``: Python's csv module and ``float()`` per cell, as the app read CSVs before
  (run on a tenth of the rows and multiplied by ten: the full file takes most of a minute);
- ``read_csv``: ``engine.csv_import.read_csv``, the app's reader (features and labels);
- ``load_csv``: ``engine.csv_import.load_csv``, what the app does: read, split, standardise.

Times are the best of N rounds, the candidates interleaved within each round; each is printed
with its spread (max/min) and as a ratio to pandas in the same run. Memory is the process's peak
RSS during the call minus its RSS before it (after imports), over the size of the float64
feature array. Targets: load_csv <= 2 x pandas, peak <= 3 x the array.

Then the window's side: the loading worker reads the file while a 5 ms QTimer in the GUI thread
records the longest gap between its ticks (target <= 50 ms), offscreen.

Other developers share this machine's two cores: expect single timings to vary by tens of per
cent; the ratios vary less. Usage, from the repository root:
``python bench/bench_csv.py [--rows N] [--rounds N] [--quick]``. Always exits 0.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CANDIDATES = ("pandas", "loadtxt", "csv_module", "read_csv", "load_csv")
TIME_TARGET = 2.0
MEMORY_TARGET = 3.0
STALL_TARGET_MS = 50.0
COLUMNS = 30


def generate(path: Path, rows: int) -> None:
    """Normal values with four decimals (like "-12.3456"), label 0/1 last; written in blocks."""
    import numpy as np

    rng = np.random.default_rng(0)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(f"f{i}" for i in range(COLUMNS - 1)) + ",label\n")
        for start in range(0, rows, 100_000):
            n = min(100_000, rows - start)
            block = np.column_stack(
                [rng.normal(0, 50, size=(n, COLUMNS - 1)), rng.integers(0, 2, n)]
            )
            buffer = io.StringIO()
            np.savetxt(buffer, block, fmt=["%.4f"] * (COLUMNS - 1) + ["%d"], delimiter=",")
            handle.write(buffer.getvalue())


# --------------------------------------------------------------------------- one candidate


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM starts afresh at exec; ru_maxrss would carry over the
    parent's peak (Linux keeps it across fork and exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pandas(path: str) -> tuple[int, int]:
    import pandas as pd

    frame = pd.read_csv(path)
    return frame.shape


def _loadtxt(path: str) -> tuple[int, int]:
    import numpy as np

    parts = []
    with open(path, encoding="utf-8") as handle:
        handle.readline()
        rest = ""
        while chunk := handle.read(8 * 1024 * 1024):
            chunk = rest + chunk
            cut = chunk.rfind("\n") + 1
            rest = chunk[cut:]
            parts.append(np.loadtxt(io.StringIO(chunk[:cut]), delimiter=",", ndmin=2))
    array = np.concatenate(parts)
    return array.shape


def _csv_module(path: str) -> tuple[int, int]:
    import csv

    import numpy as np

    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [[float(c) for c in cells] for cells, _ in zip(reader, range(_TENTH), strict=False)]
    array = np.array(rows)
    return array.shape


def _read_csv(path: str) -> tuple[int, int]:
    from engine.csv_import import read_csv

    return read_csv(path).x.shape


def _load_csv(path: str) -> tuple[int, int]:
    from engine.csv_import import load_csv

    data = load_csv(path)
    return (data.n_train + data.n_val, data.n_features)


_TENTH = 0  # rows the csv module reads: set by the child from --rows


def child(candidate: str, path: str, rows: int) -> None:
    """Import what the candidate needs, then time one call; print a JSON line."""
    global _TENTH
    _TENTH = max(1, rows // 10)
    import numpy  # noqa: F401 - every candidate needs it: imported before the baseline

    if candidate in ("pandas", "read_csv", "load_csv"):
        import pandas  # noqa: F401
    if candidate == "load_csv":
        import sklearn.model_selection
        import sklearn.preprocessing  # noqa: F401
    if candidate in ("read_csv", "load_csv"):
        import engine.csv_import  # noqa: F401
    function = {
        "pandas": _pandas,
        "loadtxt": _loadtxt,
        "csv_module": _csv_module,
        "read_csv": _read_csv,
        "load_csv": _load_csv,
    }[candidate]
    before = _peak_mb()
    start = time.perf_counter()
    shape = function(path)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds * (10 if candidate == "csv_module" else 1),
                "baseline_mb": before,
                "peak_mb": _peak_mb(),
                "shape": list(shape),
            }
        )
    )


def run_child(candidate: str, path: Path, rows: int) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", candidate, str(path), "--rows", str(rows)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{candidate} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- the window


@functools.cache
def _application() -> object:
    """One offscreen QApplication for every probe, kept alive by the cache."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def stall_probe(path: Path) -> tuple[float, float, int]:
    """(seconds to load in the worker, longest GUI-thread gap in ms, ticks) offscreen."""
    _application()
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from gui.csv_loader import CsvLoadJob

    job = CsvLoadJob(str(path), None, 0.2)
    gaps = [0.0]
    ticks = [0]
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(5)

    def tick() -> None:
        gaps[0] = max(gaps[0], clock.restart())
        ticks[0] += 1

    probe.timeout.connect(tick)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    failures: list[object] = []
    job.failed.connect(failures.append)
    job.crashed.connect(failures.append)
    start = time.perf_counter()
    clock.start()
    probe.start()
    job.start()
    loop.exec()
    probe.stop()
    seconds = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"the worker failed: {failures[0]}")
    return seconds, gaps[0], ticks[0]


# --------------------------------------------------------------------------- report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="200 000 rows, 2 rounds")
    parser.add_argument("--child", nargs=2, metavar=("CANDIDATE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.rows)
        return 0
    if args.quick:
        args.rows, args.rounds = 200_000, 2

    with tempfile.TemporaryDirectory(prefix="bench_csv_") as folder:
        path = Path(folder) / "numbers.csv"
        start = time.perf_counter()
        generate(path, args.rows)
        size_mb = path.stat().st_size / 2**20
        print(
            f"{args.rows:,} rows x {COLUMNS} columns, {size_mb:.0f} MB "
            f"(generated in {time.perf_counter() - start:.0f} s); best of {args.rounds} rounds, "
            "candidates interleaved, each call in a fresh process\n"
        )
        results: dict[str, list[dict]] = {name: [] for name in CANDIDATES}
        for _round in range(args.rounds):
            for name in CANDIDATES:
                results[name].append(run_child(name, path, args.rows))

        array_mb = args.rows * (COLUMNS - 1) * 8 / 2**20
        reference = min(r["seconds"] for r in results["pandas"])
        print(f"float64 feature array: {array_mb:.0f} MB\n")
        print(
            "| candidate | best s | spread | / pandas | peak - before (MB) | / array |\n"
            "|---|---:|---:|---:|---:|---:|"
        )
        for name in CANDIDATES:
            runs = results[name]
            times = [r["seconds"] for r in runs]
            best = min(times)
            memory = min(r["peak_mb"] - r["baseline_mb"] for r in runs)
            note = " (1/10 of the rows, x10)" if name == "csv_module" else ""
            print(
                f"| {name}{note} | {best:.2f} | {max(times) / best:.2f} | "
                f"{best / reference:.2f} | {memory:.0f} | {memory / array_mb:.2f} |"
            )
        load = min(r["seconds"] for r in results["load_csv"]) / reference
        peak = min(r["peak_mb"] - r["baseline_mb"] for r in results["load_csv"]) / array_mb
        print(
            f"\nload_csv / pandas.read_csv: {load:.2f} (target <= {TIME_TARGET}); "
            f"peak memory / array: {peak:.2f} (target <= {MEMORY_TARGET})"
        )

        print("\nWindow, offscreen: a 5 ms timer in the GUI thread while the worker loads")
        for run in ("first load (pandas and scikit-learn imported by the worker)", "again"):
            seconds, gap, ticks = stall_probe(path)
            print(
                f"  {run}: {seconds:.2f} s, {ticks} ticks, longest gap {gap:.0f} ms "
                f"(target <= {STALL_TARGET_MS:.0f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
