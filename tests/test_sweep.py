"""The batch-size sweep without a window: the same numbers in worker processes as in one, the
choice between them, and ``main.py --headless --sweep``."""

import contextlib
import csv
import io
import os
from pathlib import Path

import pytest
from test_cli import run_main

from engine import headless_sweep, sweep
from engine.datasets import breast_cancer
from engine.fit_process import FitProcessDied
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.sweep import SweepPlan, plan, run_sweep

SIZES = (1, 8, 32, 128, None)


def book_sweep(epochs: int) -> list[Hyperparameters]:
    return [Hyperparameters(batch_size=size, epochs=epochs) for size in SIZES]


def numbers(run):
    """A run's records without their seconds (timing differs, nothing else may)."""
    return [(r.epoch, r.train_loss, r.val_loss, r.train_acc, r.val_acc) for r in run.records]


def test_runs_in_worker_processes_give_this_process_s_numbers_to_the_bit():
    data, hps = breast_cancer(), book_sweep(40)
    serial = run_sweep(data, hps, SweepPlan(1, (tuple(range(5)),), 1.0, 1.0))
    ended = []
    spread = run_sweep(
        data, hps, SweepPlan(2, ((0, 3), (1, 2, 4)), 1.0, 1.0), lambda i, _run: ended.append(i)
    )
    assert [numbers(run) for run in spread] == [numbers(run) for run in serial]
    assert [run.hp.batch_size for run in spread] == list(SIZES) and sorted(ended) == [0, 1, 2, 3, 4]
    net = MinibatchNetwork(batch_size=32, l2=0.01).fit(data.x_train, data.y_train, epochs=40)
    assert spread[2].records[-1].train_loss == pytest.approx(net.losses[-1], abs=1e-12)


def test_a_short_sweep_stays_in_one_process_where_starting_workers_costs_more(monkeypatch):
    monkeypatch.delenv(sweep.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(sweep, "cores", lambda: 2)
    assert plan(breast_cancer(), book_sweep(50)).workers == 1
    assert plan(breast_cancer(), book_sweep(500)).workers == 2  # measured 1.6-1.7x faster


def test_long_sweeps_go_to_several_processes_with_the_longest_runs_apart(monkeypatch):
    monkeypatch.delenv(sweep.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(sweep, "cores", lambda: 8)
    chosen = plan(breast_cancer(), book_sweep(20_000))
    assert chosen.workers > 1 and chosen.gain >= sweep.MIN_GAIN
    assert sorted(i for group in chosen.groups for i in group) == [0, 1, 2, 3, 4]
    assert (0,) in chosen.groups  # batch 1, the longest, has a worker to itself


def test_one_core_or_large_data_keeps_one_process(monkeypatch):
    monkeypatch.delenv(sweep.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(sweep, "cores", lambda: 1)
    assert plan(breast_cancer(), book_sweep(20_000)).workers == 1
    monkeypatch.setattr(sweep, "cores", lambda: 8)
    monkeypatch.setattr(sweep, "SHARE_LIMIT", 1000)  # each worker would get a copy of the data
    assert plan(breast_cancer(), book_sweep(20_000)).workers == 1


def test_the_workers_variable_decides_for_benchmarks(monkeypatch):
    monkeypatch.setenv(sweep.WORKERS_VARIABLE, "2")
    assert plan(breast_cancer(), book_sweep(50)).workers == 2
    monkeypatch.setenv(sweep.WORKERS_VARIABLE, "1")
    assert plan(breast_cancer(), book_sweep(50_000)).workers == 1


def test_a_diverging_run_ends_early_with_its_epochs_and_says_why():
    hps = [Hyperparameters(batch_size=size, epochs=50, learning_rate=1e9) for size in (32, None)]
    runs = run_sweep(breast_cancer(), hps, SweepPlan(2, ((0,), (1,)), 1.0, 1.0))
    assert all("stopped at epoch" in run.diverged for run in runs)
    assert all(len(run.records) < 50 for run in runs)


def test_headless_sweep_prints_a_line_per_run_and_writes_every_curve(tmp_path, capsys):
    out = tmp_path / "sweep.csv"
    argv = ["--headless", "--sweep", "1, 32, full", "--epochs", "25", "--out", str(out)]
    status, stdout, stderr = run_main(argv, capsys)
    assert status == 0, stderr
    assert "3 runs, one after the other in this process." in stdout
    lines = [line.split() for line in stdout.splitlines() if line.split()[:1] in (["1"], ["32"])]
    assert [line[:2] for line in lines] == [["1", "25"], ["32", "25"]]
    assert stdout.splitlines()[-2].split()[:2] == ["full", "25"]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["batch_size"] for row in rows[::25]] == ["1", "32", "full"] and len(rows) == 75
    data = breast_cancer()
    net = MinibatchNetwork(batch_size=32, l2=0.01).fit(data.x_train, data.y_train, epochs=25)
    assert float(rows[49]["train_loss"]) == pytest.approx(net.losses[-1], abs=1e-12)
    assert f"{net.losses[-1]:.6f}" in stdout


@pytest.mark.parametrize("option", [["--batch-size", "8"], ["--compare-sklearn"]])
def test_headless_sweep_refuses_one_run_s_options(capsys, option):
    status, _, stderr = run_main(["--headless", "--sweep", *option], capsys)
    assert status == 2 and "is for one run: leave out --sweep" in stderr


def test_headless_sweep_marks_runs_the_stopping_rule_ended(capsys):
    argv = ["--headless", "--sweep", "1, full", "--epochs", "100", "--recipe", "sklearn"]
    status, stdout, _ = run_main(argv, capsys)
    rows = {
        line.split()[0]: line
        for line in stdout.splitlines()
        if line.split()[:1] in (["1"], ["full"])
    }
    assert status == 0
    assert rows["1"].endswith("stopped early") and int(rows["1"].split()[1]) < 100


def fit_children() -> set[int]:
    """This process's children that are fit processes (Linux's /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes()
                if int(fields[1]) == os.getpid() and b"engine.fit_process" in command:
                    found.add(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_an_interrupted_sweep_leaves_no_worker_process_behind():
    before = fit_children()

    def interrupt(_index, _run):
        raise KeyboardInterrupt

    short = [Hyperparameters(batch_size=None, epochs=2)] * 12  # the threads mostly between runs
    halves = SweepPlan(2, (tuple(range(6)), tuple(range(6, 12))), 1.0, 1.0)
    for _ in range(10):
        with pytest.raises(KeyboardInterrupt):
            run_sweep(breast_cancer(), short, halves, interrupt)
    assert fit_children() <= before


def test_a_dead_worker_ends_the_headless_sweep_with_a_message(capsys, monkeypatch):
    def died(*args, **kwargs):
        raise FitProcessDied()

    monkeypatch.setattr(headless_sweep, "run_sweep", died)
    status, _, stderr = run_main(["--headless", "--sweep", "--epochs", "5"], capsys)
    assert status == 1 and "a worker process ended unexpectedly" in stderr
    assert "Traceback" not in stderr
