"""How long opening a large experiment file takes, next to parsing its JSON alone.

A class's afternoon can leave a thousand runs in one file. The target: ``load_experiment`` of
1000 runs of 500 epochs, with every mini-batch loss as the app saves them (the book's run,
batch 32: 12 per epoch, 6 million in all), well under 1 s. The reference is ``json.loads`` of
the same text in the same process - the least any JSON reader must spend - so the ratio holds
on any machine even though the seconds do not. Loading and the reference are timed in turns
(interleaved) and the best of N is reported with the spread: other processes share the cores.

A version 1 file of the same runs (records as JSON numbers, as saved before version 2) is
timed once for comparison.

Usage, from the repository root: ``PYTHONPATH=. python bench/bench_experiment.py [--runs N]
[--repeats N]``. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from engine.datasets import breast_cancer
from engine.experiment import DataSpec, Run, experiment_json, load_experiment, parse_experiment
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.run_records import FIELDS

TARGET_SECONDS = 1.0


def book_runs(count: int) -> list[Run]:
    """``count`` runs of the book's training (batch 32, 500 epochs), differently named."""
    data = breast_cancer()
    hp = Hyperparameters()
    net = MinibatchNetwork(l2=hp.l2).fit(
        data.x_train, data.y_train, hp.epochs, data.x_val, data.y_val
    )
    spec = DataSpec("breast_cancer")
    return [Run(f"run {i}", spec, hp, net.records, "done") for i in range(1, count + 1)]


def version_1_text(text: str) -> str:
    """The same experiment as version 1 wrote it: records as JSON numbers."""
    document = json.loads(text)
    document["version"] = 1
    for run in document["runs"]:
        records = parse_experiment(json.dumps({**document, "version": 2, "runs": [run]}))
        table = records[0].records
        columns = {name: table.column(name).tolist() for name in FIELDS}
        columns["batch_losses"] = [r.batch_losses.tolist() for r in table]
        run["records"] = columns
    return json.dumps(document)


def timed(work, clock=time.perf_counter) -> float:
    start = clock()
    work()
    return clock() - start


def spread(times: list[float]) -> str:
    return f"best {min(times):.3f} s, median {statistics.median(times):.3f}, max {max(times):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()
    runs = book_runs(options.runs)
    with tempfile.TemporaryDirectory(prefix="bench-experiment-") as folder:
        path = Path(folder) / "experiment.json"
        save_s = timed(lambda: path.write_text(experiment_json(runs), encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        load_times, json_times, cpu_times = [], [], []
        for _ in range(options.repeats):
            load_times.append(timed(lambda: load_experiment(path)))
            json_times.append(timed(lambda: json.loads(text)))
            # Processor time of this process: what the others on the machine cannot inflate.
            cpu_times.append(timed(lambda: load_experiment(path), time.process_time))
        loaded = load_experiment(path)
        assert len(loaded) == options.runs and len(loaded[-1].records) == 500
        old = Path(folder) / "version1.json"
        old.write_text(version_1_text(text), encoding="utf-8")
        old_load_s = timed(lambda: load_experiment(old))
        old_json_s = timed(lambda: json.loads(old.read_text(encoding="utf-8")))
        sizes = path.stat().st_size / 1e6, old.stat().st_size / 1e6

    best_load, best_json = min(load_times), min(json_times)
    verdict = "PASS" if best_load <= TARGET_SECONDS else "FAIL"
    print(
        f"{options.runs} runs x 500 epochs x 12 mini-batches; "
        f"best of {options.repeats}, interleaved"
    )
    print(f"  file (version 2)         {sizes[0]:.1f} MB, written in {save_s:.2f} s")
    print(f"  json.loads (reference)   {spread(json_times)}")
    print(f"  load_experiment          {spread(load_times)}")
    print(f"  load_experiment, CPU     {spread(cpu_times)}")
    print(f"  load / json.loads        {best_load / best_json:.2f}")
    print(f"  target                   load_experiment <= {TARGET_SECONDS} s: {verdict}")
    print(
        f"  version 1 file           {sizes[1]:.1f} MB: json.loads {old_json_s:.2f} s, "
        f"load_experiment {old_load_s:.2f} s (timed once)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
