"""How fast, how big, and how smooth is loading a large CSV?

Generates a numeric CSV (default 1 000 000 rows x 30 columns: 29 features and a 0/1 label,
four decimals, about 250 MB), then:

1. Time and memory, every call in a fresh process (so that its peak memory is its own and no
   import is warm), the candidates interleaved within each round, best of N:
   - ``pandas``: ``pandas.read_csv(path)``, the reference. pandas 3.1 reads a file path with one
     thread per core (here: up to two);
   - ``pandas_1_thread``: the same with ``mode.max_threads = 1``, for scale;
   - ``read_csv``: ``engine.csv_import.read_csv``, the app's reading (features and labels);
   - ``load_csv``: ``engine.csv_import.load_csv``, what the app does: read, split, standardise.
   Each is printed with its spread (max/min), its ratio to pandas in the same run, its CPU time
   (less disturbed by other programs than the wall clock) and its peak memory: peak RSS during
   the call minus RSS before it (after imports), over the size of the float64 feature array.
   Targets: load_csv <= 2 x pandas, peak <= 3 x the array.

2. The window's side, offscreen, each sequence in a fresh process: a 5 ms QTimer in the GUI
   thread records the longest gap between its ticks (target <= 50 ms) while
   - ``warm-up``: the import dialog, on opening, imports pandas in a background thread;
   - ``first load``: then the loading worker reads, splits and standardises the file;
   - ``again``: a second load in the same session;
   - ``cold load``: a load with no warm-up (a reload at start-up): the worker imports pandas;
   - ``baseline``: no load at all, but a thread computing without the GIL for two seconds:
     what the machine's own scheduling costs the timer (other programs share the cores).

Other developers share this machine's two cores: expect single timings to vary by tens of per
cent; the ratios and CPU times vary less. Usage, from the repository root:
``python bench/bench_csv.py [--rows N] [--rounds N] [--quick]``. Always exits 0.
"""

from __future__ import annotations

import argparse
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

CANDIDATES = ("pandas", "pandas_1_thread", "read_csv", "load_csv")
PROBES = ("warm-up", "first load", "again", "cold load", "baseline")
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


# --------------------------------------------------------------------------- time and memory


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

    return pd.read_csv(path).shape


def _pandas_1_thread(path: str) -> tuple[int, int]:
    import pandas as pd

    with pd.option_context("mode.max_threads", 1):
        return pd.read_csv(path).shape


def _read_csv(path: str) -> tuple[int, int]:
    from engine.csv_import import read_csv

    return read_csv(path).x.shape


def _load_csv(path: str) -> tuple[int, int]:
    from engine.csv_import import load_csv

    data = load_csv(path)
    return (data.n_train + data.n_val, data.n_features)


def time_child(candidate: str, path: str) -> None:
    """Import what the candidate needs, then time one call; print a JSON line."""
    import numpy  # noqa: F401 - every candidate needs it: imported before the baseline
    import pandas  # noqa: F401

    if candidate in ("read_csv", "load_csv"):
        import engine.csv_import  # noqa: F401
    function = {
        "pandas": _pandas,
        "pandas_1_thread": _pandas_1_thread,
        "read_csv": _read_csv,
        "load_csv": _load_csv,
    }[candidate]
    before = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    shape = function(path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "baseline_mb": before,
                "peak_mb": _peak_mb(),
                "shape": list(shape),
            }
        )
    )


# --------------------------------------------------------------------------- the window


def probe_child(sequence: str, path: str) -> None:
    """Run one sequence of probes offscreen; print {probe: [longest gap ms, seconds]}."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results: dict[str, list[float]] = {}

    def measure(name: str, start: object, done: object) -> None:
        """``start()`` begins the work; ``done()`` says whether it has ended."""
        gaps = [0.0]
        clock = QElapsedTimer()
        probe = QTimer()
        probe.setInterval(5)
        loop = QEventLoop()

        def tick() -> None:
            gaps[0] = max(gaps[0], clock.restart())
            if done():
                loop.quit()

        probe.timeout.connect(tick)
        began = time.perf_counter()
        clock.start()
        probe.start()
        start()
        loop.exec()
        probe.stop()
        results[name] = [gaps[0], time.perf_counter() - began]

    def load(name: str) -> None:
        from gui.csv_loader import CsvLoadJob

        job = CsvLoadJob(path, None, 0.2)
        ended: list[object] = []
        job.finished.connect(lambda: ended.append(True))
        job.failed.connect(lambda error: print(f"load failed: {error}", file=sys.stderr))
        measure(name, job.start, lambda: bool(ended))

    if sequence == "warm":
        from gui import csv_loader

        measure("warm-up", csv_loader.warm_up, csv_loader.warmed_up)
        load("first load")
        load("again")
    elif sequence == "cold":
        load("cold load")
    else:
        import threading

        import numpy as np

        def busy() -> None:
            a = np.random.default_rng(0).normal(size=(500, 500))
            until = time.perf_counter() + 2.0
            while time.perf_counter() < until:
                a @ a  # BLAS releases the GIL

        worker = threading.Thread(target=busy)
        measure("baseline", worker.start, lambda: not worker.is_alive())
    app.processEvents()
    print(json.dumps(results))


# --------------------------------------------------------------------------- report


def run_child(arguments: list[str]) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, __file__, *arguments], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode != 0:
        raise RuntimeError(f"{arguments} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report_times(path: Path, rows: int, rounds: int) -> None:
    results: dict[str, list[dict]] = {name: [] for name in CANDIDATES}
    for _round in range(rounds):
        for name in CANDIDATES:
            results[name].append(run_child(["--time", name, str(path)]))
    array_mb = rows * (COLUMNS - 1) * 8 / 2**20
    reference = min(r["seconds"] for r in results["pandas"])
    reference_cpu = min(r["cpu"] for r in results["pandas"])
    print(f"float64 feature array: {array_mb:.0f} MB\n")
    print(
        "| candidate | best s | spread | / pandas | CPU s | CPU / pandas | "
        "peak - before (MB) | / array |\n|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    for name in CANDIDATES:
        runs = results[name]
        times = [r["seconds"] for r in runs]
        best, cpu = min(times), min(r["cpu"] for r in runs)
        memory = min(r["peak_mb"] - r["baseline_mb"] for r in runs)
        print(
            f"| {name} | {best:.2f} | {max(times) / best:.2f} | {best / reference:.2f} | "
            f"{cpu:.2f} | {cpu / reference_cpu:.2f} | {memory:.0f} | {memory / array_mb:.2f} |"
        )
    load = min(r["seconds"] for r in results["load_csv"]) / reference
    peak = min(r["peak_mb"] - r["baseline_mb"] for r in results["load_csv"]) / array_mb
    print(
        f"\nload_csv / pandas.read_csv: {load:.2f} (target <= {TIME_TARGET}); "
        f"peak memory / array: {peak:.2f} (target <= {MEMORY_TARGET})"
    )


def report_stalls(path: Path, rounds: int) -> None:
    gaps: dict[str, list[float]] = {name: [] for name in PROBES}
    seconds: dict[str, list[float]] = {name: [] for name in PROBES}
    for _round in range(rounds):
        for sequence in ("warm", "cold", "baseline"):
            for name, (gap, took) in run_child(["--probe", sequence, str(path)]).items():
                gaps[name].append(gap)
                seconds[name].append(took)
    print(
        f"\nWindow, offscreen: longest gap of a 5 ms GUI-thread timer (target <= "
        f"{STALL_TARGET_MS:.0f} ms), {rounds} fresh sessions\n\n"
        "| while | best s | longest gap, best session | longest gap, worst session |\n"
        "|---|---:|---:|---:|"
    )
    for name in PROBES:
        print(
            f"| {name} | {min(seconds[name]):.2f} | {min(gaps[name]):.0f} ms | "
            f"{max(gaps[name]):.0f} ms |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="200 000 rows, 2 rounds")
    parser.add_argument("--time", nargs=2, metavar=("CANDIDATE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--probe", nargs=2, metavar=("SEQUENCE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.time:
        time_child(*args.time)
        return 0
    if args.probe:
        probe_child(*args.probe)
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
            f"candidates interleaved, each call in a fresh process; {os.cpu_count()} cores, "
            f"load average {os.getloadavg()[0]:.1f} at the start\n"
        )
        report_times(path, args.rows, args.rounds)
        report_stalls(path, args.rounds)
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
