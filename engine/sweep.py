"""A batch-size sweep without a window: its runs one after the other in this process, or spread
over worker processes where an estimate says that pays.

The runs of a sweep are independent, so on a machine with several cores they can train side by
side, each in a process of its own (``engine.fit_process``: NumPy holds the GIL through the
small products of these layers, so threads would take turns). A worker costs its start (Python,
NumPy and the engine: about 0.2 s) and, for a run the compiled kernel trains, numba's load
(``WORKER_LOAD_SECONDS``). ``plan`` weighs that against the runs' estimated lengths and picks
processes only when they are estimated at least ``MIN_GAIN`` times faster. Measured on the
idle 2-vCPU development machine (``main.py --headless --sweep``, whole processes): two processes
took 0.57-0.64x the time of one at 500 epochs, 0.65-0.73x at 5000 and 0.61x at 20 000, and
the estimate chooses two for all three.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from engine.control import Cancelled, RunControl
from engine.cosines import CosineBudget, CosinePoints
from engine.datasets import Dataset
from engine.fit_process import FitProcess
from engine.hyperparameters import Hyperparameters
from engine.kernels import planned_kernel
from engine.network import Parameters, init_parameters, predict_proba
from engine.parallel import cores
from engine.training import NO_BATCH_LOSSES, EpochRecord, Trainer, TrainingDiverged

PROCESS_START_SECONDS = 0.2  # a worker with Python, NumPy and the engine imported (0.18 s)
# Each run is slower beside another: 1.00-1.04x measured on the 2-vCPU development machine.
PARALLEL_SLOWDOWN = 1.05
# numba's load in a worker: 0.3-0.8 s measured with the files in the OS cache, up to 1.2 s cold
# (``kernels.LOAD_SECONDS`` takes the slowest, to decide whether a run should load it at all).
WORKER_LOAD_SECONDS = 0.6
MIN_GAIN = 1.25  # processes only when estimated at least this much faster
MAX_WORKERS = 4
WORKERS_VARIABLE = "MINIBATCH_LAB_WORKERS"
SHARE_LIMIT = 64 * 2**20  # bytes of data a worker may be sent a copy of
# A NumPy batch: its calls, and each multiply-add of its three products (measured on the book's
# sweep: 12 us a batch at batch size 8, 18 us at 32, 92 us at 364 rows).
BATCH_CALLS_SECONDS = 10e-6
MULTIPLY_ADD_SECONDS = 0.25e-9
# The compiled kernel's batch: 0.9 us at batch size 1, 3.6 us at 8, 6.8 us at 32.
COMPILED_BATCH_SECONDS = 0.7e-6
COMPILED_MULTIPLY_ADD_SECONDS = 0.65e-9
ONE_BLAS_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class SweepRun:
    """One run of a sweep: its settings, its epochs (without the mini-batch losses), and the
    message of the divergence that ended it early, if one did."""

    hp: Hyperparameters
    records: tuple[EpochRecord, ...]
    diverged: str | None = None


@dataclass(frozen=True)
class SweepPlan:
    """How many worker processes (1: this process, one run after the other), which runs each
    takes, and the estimated seconds of both ways."""

    workers: int
    groups: tuple[tuple[int, ...], ...]
    serial_seconds: float
    seconds: float

    @property
    def gain(self) -> float:
        return self.serial_seconds / self.seconds


def estimated_seconds(n_rows: int, n_features: int, hp: Hyperparameters) -> tuple[float, bool]:
    """(a rough length of the run's training, whether the compiled kernel trains it). It only
    chooses between one process and several, never a number a run computes."""
    m = hp.effective_batch_size(n_rows)
    batches = hp.updates_per_epoch(n_rows) * hp.epochs
    work = m * (n_features + 2) * hp.units
    compiled = planned_kernel(n_rows, n_features, hp) == "numba"
    if compiled:
        per_batch = COMPILED_BATCH_SECONDS + work * COMPILED_MULTIPLY_ADD_SECONDS
    else:
        per_batch = BATCH_CALLS_SECONDS + 3 * work * MULTIPLY_ADD_SECONDS
    return batches * per_batch, compiled


def plan(data: Dataset, hps: Sequence[Hyperparameters]) -> SweepPlan:
    """One process or several for these runs: the longest runs first, each to the worker that
    is estimated to finish first (loading the compiled kernel counted once per worker that
    needs it), and the fewest workers that are fastest. ``MINIBATCH_LAB_WORKERS=N`` asks for
    N workers whatever the estimate (1: this process), for benchmarks."""
    estimates = [estimated_seconds(data.n_train, data.n_features, hp) for hp in hps]
    serial = sum(s for s, _ in estimates) + WORKER_LOAD_SECONDS * any(c for _, c in estimates)
    one = SweepPlan(1, (tuple(range(len(hps))),), serial, serial)
    asked = os.environ.get(WORKERS_VARIABLE, "").strip()
    if asked.isdigit() and int(asked) > 0:
        workers = min(int(asked), len(hps))
        return one if workers == 1 else _spread(estimates, workers, serial)
    if data.x_train.nbytes + data.x_val.nbytes > SHARE_LIMIT:
        return one
    best = one
    for workers in range(2, min(cores(), MAX_WORKERS, len(hps)) + 1):
        spread = _spread(estimates, workers, serial)
        if spread.seconds < best.seconds:
            best = spread
    return best if best.gain >= MIN_GAIN else one


def _spread(estimates: list[tuple[float, bool]], workers: int, serial: float) -> SweepPlan:
    groups: list[list[int]] = [[] for _ in range(workers)]
    ends = [PROCESS_START_SECONDS] * workers
    loaded = [False] * workers
    for i in sorted(range(len(estimates)), key=lambda i: -estimates[i][0]):
        seconds, compiled = estimates[i]
        finish = [
            ends[w]
            + seconds * PARALLEL_SLOWDOWN
            + WORKER_LOAD_SECONDS * (compiled and not loaded[w])
            for w in range(workers)
        ]
        w = min(range(workers), key=finish.__getitem__)
        ends[w] = finish[w]
        loaded[w] = loaded[w] or compiled
        groups[w].append(i)
    return SweepPlan(workers, tuple(tuple(g) for g in groups if g), serial, max(ends))


def train_run(
    data: Dataset,
    hp: Hyperparameters,
    *,
    control: RunControl | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SweepRun:
    """One run of a terminal's sweep: ``train_whole_run`` without what only the window shows
    (the mini-batch losses, kept for every epoch of every run, and the training accuracy)."""
    whole = train_whole_run(data, hp, whole=False, control=control, progress=progress)
    return SweepRun(hp, whole.records, whole.diverged)


@dataclass(frozen=True)
class WholeRun:
    """A run trained ahead for the window's sweep (``gui.sweep_prefetch``): what its live
    worker would have reported, mini-batch losses and the cosine chart's points included;
    ``diverged`` is the divergence's message, None for a run that ended."""

    records: tuple[EpochRecord, ...]
    cosines: tuple[CosinePoints, ...]
    params: Parameters
    train_acc: float
    diverged: str | None


def train_whole_run(
    data: Dataset,
    hp: Hyperparameters,
    track_cosines: bool = False,
    whole: bool = True,
    *,
    control: RunControl | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> WholeRun:
    """One run to its end as the window's worker trains it: the same Trainer, so the same
    numbers to the bit, the cosine chart's epochs chosen by the same budget, and the training
    accuracy its worker measures at the end (none after a divergence, nor without
    ``whole``, which also drops the mini-batch losses). ``control`` can stop it
    (Cancelled); ``progress`` is called with (epochs done, epochs) after each epoch."""
    params = init_parameters(data.n_features, hp.units, hp.init, hp.seed)
    trainer = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val, params=params)
    budget = CosineBudget.measured(trainer, data.n_train) if track_cosines else None
    records: list[EpochRecord] = []
    cosines: list[CosinePoints] = []
    try:
        while not trainer.done:
            if budget is not None and trainer.batch == 0:
                trainer.track_cosine = budget.next_epoch(trainer.seconds)
            record = trainer.run_epoch(control)
            if record is None or (control is not None and control.stop_requested):
                raise Cancelled  # stopped within the epoch, or as it ended
            records.append(record if whole else replace(record, batch_losses=NO_BATCH_LOSSES))
            if trainer.track_cosine:
                points = CosinePoints.of_epoch(record.epoch, trainer.epoch_cosines, set())
                if len(points.values):
                    cosines.append(points)
            if progress is not None:
                progress(record.epoch, hp.epochs)
    except TrainingDiverged as error:
        return WholeRun(tuple(records), tuple(cosines), trainer.params, math.nan, str(error))
    accuracy = math.nan
    if whole:
        hits = (predict_proba(trainer.params, data.x_train) > 0.5) == (data.y_train > 0.5)
        accuracy = float(np.mean(hits))
    return WholeRun(tuple(records), tuple(cosines), trainer.params, accuracy, None)


def run_sweep(
    data: Dataset,
    hps: Sequence[Hyperparameters],
    sweep_plan: SweepPlan | None = None,
    on_run: Callable[[int, SweepRun], None] | None = None,
) -> list[SweepRun]:
    """Every run of the sweep, in the order of ``hps``, as ``sweep_plan`` (by default
    ``plan``) spreads them. ``on_run(index, run)`` is called in this thread as each run
    ends, in any order. Ctrl+C stops the workers at once and is raised here."""
    chosen = plan(data, hps) if sweep_plan is None else sweep_plan
    results: dict[int, SweepRun] = {}
    if chosen.workers == 1:
        for i, hp in enumerate(hps):
            results[i] = train_run(data, hp)
            if on_run is not None:
                on_run(i, results[i])
        return [results[i] for i in range(len(hps))]
    return _in_workers(data, hps, chosen, on_run)


def _in_workers(
    data: Dataset,
    hps: Sequence[Hyperparameters],
    chosen: SweepPlan,
    on_run: Callable[[int, SweepRun], None] | None,
) -> list[SweepRun]:
    """The runs in ``chosen.workers`` processes, one thread here waiting for each."""
    import queue

    done: queue.Queue[tuple[int, SweepRun | BaseException]] = queue.Queue()
    stop = threading.Event()
    workers = [FitProcess(environment=ONE_BLAS_THREAD) for _ in chosen.groups]

    def serve(worker: FitProcess, group: tuple[int, ...]) -> None:
        for i in group:
            if stop.is_set():  # no new child once the sweep has ended
                return
            try:
                run = worker.call(train_run, data, hps[i], cancelled=stop.is_set)
            except BaseException as error:  # reported in the waiting thread
                done.put((i, error))
                return
            done.put((i, run))

    threads = [
        threading.Thread(target=serve, args=(w, g), name="sweep-worker", daemon=True)
        for w, g in zip(workers, chosen.groups, strict=True)
    ]
    results: dict[int, SweepRun] = {}
    try:
        for thread in threads:
            thread.start()
        while len(results) < len(hps):
            try:
                i, outcome = done.get(timeout=0.1)  # a short wait, so that Ctrl+C is seen
            except queue.Empty:
                continue
            if isinstance(outcome, BaseException):
                raise outcome
            results[i] = outcome
            if on_run is not None:
                on_run(i, outcome)
    finally:
        stop.set()
        for worker in workers:
            worker.close()
        for thread in threads:
            with contextlib.suppress(RuntimeError):  # a thread that never started
                thread.join()
        for worker in workers:  # a child a thread started while the first close ran
            worker.close()
    return [results[i] for i in range(len(hps))]
