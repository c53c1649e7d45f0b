"""One training run in a QThread: the engine's ``Trainer`` driven by a worker that reports what
happened through signals and nothing else.

The worker never touches a widget and nobody reads its attributes: records, step reports, the
cosines of the cosine chart, probe values (the decision boundary, the weights, whatever else a
view asks to see of the live weights) and the final weights all travel in signals. Stop, pause
and Step go through ``gui.stepping.StepControl``, which the engine asks between two
mini-batches, so all three act within one mini-batch however long the epoch. Pausing is
reported by the worker itself the moment the run holds.

``TrainingJob`` lives in the GUI thread and relays the worker's signals with the run's id, so
the session never has to ask which job a late signal came from (qt-pitfalls §3: a slot must be
a method of a GUI-thread QObject to run in the GUI thread).
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from engine.cosines import CosineBudget, CosinePoints
from engine.datasets import Dataset
from engine.hyperparameters import Hyperparameters
from engine.network import Parameters, init_parameters, predict_proba
from engine.sweep import WholeRun
from engine.training import EpochRecord, Trainer, TrainingDiverged
from gui.stepping import StepControl

logger = logging.getLogger(__name__)

# Records are handed to the GUI in bundles at most this often: the plot redraws at <= 30 Hz
# anyway, and one queued signal per epoch would cost more than a fast epoch.
EMIT_INTERVAL = 1 / 30
# A stopped run skips its final probes and training accuracy when they would take longer than
# a stop should (about 0.1 s of products: rows x features x units multiply-adds). Measured: 1M
# rows x 30 features x 1000 units took 20-50 s here, so Stop seemed not to work. A finished
# run always computes them: its numbers are what the student waited for.
STOP_WORK_LIMIT = 300_000_000
PROBE_INTERVAL = 1 / 10
AHEAD_POLL_SECONDS = 0.05  # how often a worker waiting for a run trained ahead looks for Stop

Probe = Callable[[Parameters], object]

# Every job whose thread may still run, wherever its owner went: a QThread destroyed while
# running aborts the process (qt-pitfalls §3), so a job is referenced here until it has ended.
_ALIVE: set[TrainingJob] = set()


def stop_and_join(jobs: list[TrainingJob], timeout_ms: int) -> list[TrainingJob]:
    """Stop ``jobs`` and wait for them, ``timeout_ms`` in all; returns those still running
    (inside a mini-batch that outlasts the wait)."""
    for job in jobs:
        job.stop()
    clock = time.perf_counter()
    left = []
    for job in jobs:
        remaining = max(0, timeout_ms - int((time.perf_counter() - clock) * 1000))
        if not job.join(remaining):
            left.append(job)
    return left


def join_every_job() -> None:
    """At exit, after the event loop: stop every run still going and wait for it, however
    long its mini-batch, so the process ends cleanly."""
    for job in list(_ALIVE):
        job.stop()
        job.join()


@dataclass(frozen=True)
class RunEnd:
    """How a run ended, with what the session keeps of it: the final weights and the training
    accuracy they score (computed here, in the training thread: on a large CSV it takes a
    while). ``epoch`` is the last whole epoch; ``outcome`` is "done" (the epochs ran, or the
    stopping rule ended the run), "stopped" or "diverged"."""

    outcome: str
    epoch: int
    params: Parameters
    train_acc: float


def _not_begun() -> RunEnd:
    """The end of a run stopped before its first epoch (a reset, a close, a Stop while its
    run trained ahead was awaited)."""
    return RunEnd("stopped", 0, init_parameters(1, 1, "ones", 0), math.nan)


class TrainingWorker(QObject):
    """Trains one run; lives in its own QThread (see ``TrainingJob``).

    It drives a ``Trainer`` epoch by epoch (``run_epoch``), or one mini-batch at a time
    (``step``) while the run is paused and Step is pressed: the same run either way, so a run
    stepped through gives the numbers of a run run through.
    """

    records = Signal(list)  # list[EpochRecord], in epoch order
    cosines = Signal(list)  # list[CosinePoints] recorded during epochs, in order
    stepped = Signal(object)  # StepReport of one update made in step mode
    probed = Signal(str, object)  # probe name, its value at the live weights
    paused = Signal(int)  # the last whole epoch before the hold
    resumed = Signal()
    finished = Signal(object)  # RunEnd
    errored = Signal(str)  # traceback text of an unexpected exception

    def __init__(
        self,
        dataset: Dataset,
        hp: Hyperparameters,
        probes: dict[str, Probe] | None = None,
        delay: float = 0.0,
        track_cosines: bool = False,
        ahead: Future[WholeRun] | None = None,
    ) -> None:
        super().__init__()
        self._ahead = ahead  # the run as a sweep's child process trains it (gui.sweep_prefetch)
        self._dataset = dataset
        self._hp = hp
        self._probes = dict(probes or {})
        self._delay = delay
        self._track_cosines = track_cosines
        self._wake = threading.Event()  # cuts a slowed-down wait short
        self._abandoned = threading.Event()  # nobody waits for the outcome: skip the extras
        self._control = StepControl()
        self._bundle: list[EpochRecord] = []
        self._cosine_bundle: list[CosinePoints] = []
        self._stepped: set[int] = set()  # batches of this epoch reported by a step
        self._holding = False

    # Called from the GUI thread: each only sets thread-safe flags.
    def stop(self) -> None:
        self._control.request_stop()
        self._wake.set()

    def abandon(self) -> None:
        """Stop, and skip the final probes and training accuracy: nobody will see them (a
        reset, a close), and on a large dataset they take a while."""
        self._abandoned.set()
        self.stop()

    def pause(self) -> None:
        self._control.request_pause()

    def resume(self) -> None:
        self._control.resume()

    def step(self) -> None:
        """Hold the run (if it is running) and make exactly one mini-batch update."""
        self._control.request_step()
        self._wake.set()

    def set_delay(self, seconds: float) -> None:
        """Seconds to wait after each epoch, so a class can watch the curves form."""
        self._delay = seconds
        self._wake.set()

    def set_track_cosines(self, on: bool) -> None:
        """Record the cosine chart from the next epoch on (within its time budget)."""
        self._track_cosines = on

    @Slot()
    def run(self) -> None:
        try:
            self._train()
        except Exception:
            logger.exception("training run failed")
            self.errored.emit(traceback.format_exc())
        finally:
            # Hand the worker back to the GUI thread, where deleteLater destroys it once its
            # thread has ended. Destroyed in its own thread, ~QObject waited for the GIL while
            # holding one of Qt's shared signal-slot locks, and a GUI thread that held the GIL
            # and connected any object hashed to that lock froze the window (seen twice in a
            # full test run: py-spy showed exactly these two stacks).
            self.moveToThread(QCoreApplication.instance().thread())
            QThread.currentThread().quit()

    def _train(self) -> None:
        data, hp, control = self._dataset, self._hp, self._control
        if control.stop_requested:  # stopped (a reset, a close) before it began
            self.finished.emit(_not_begun())
            return
        if self._ahead is not None and self._show_ahead(self._ahead):
            return
        trainer = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
        budget: CosineBudget | None = None
        last_emit = last_probe = time.perf_counter()
        outcome = "done"
        try:
            while not trainer.done:
                if control.pending.is_set():
                    action = self._hold(trainer)
                    if action == "stop":
                        break
                    if action == "step":
                        self._step(trainer)
                    continue
                if self._holding:  # resumed right after a step, before the run held again
                    self._holding = False
                    self.resumed.emit()
                if trainer.batch == 0:
                    if self._track_cosines and budget is None:
                        budget = CosineBudget.measured(trainer, data.n_train)
                    trainer.track_cosine = self._track_cosines and budget.next_epoch(
                        trainer.seconds
                    )
                record = trainer.run_epoch(control)
                if record is None:  # a request came in mid-epoch: answered at the loop's top
                    continue
                self._add(record, trainer)
                now = time.perf_counter()
                if self._delay or now - last_emit >= EMIT_INTERVAL:
                    self._flush()
                    last_emit = now
                if self._probes and now - last_probe >= PROBE_INTERVAL:
                    self._probe(trainer.params)
                    last_probe = now
                if self._delay:
                    self._wake.clear()
                    self._wake.wait(self._delay)
        except TrainingDiverged:
            outcome = "diverged"
        if outcome == "done" and not trainer.done:
            outcome = "stopped"
        self._flush()
        params = trainer.params
        train_acc = float("nan")
        if outcome == "stopped" and _final_work(data, hp) > STOP_WORK_LIMIT:
            logger.info("Stopped: the training accuracy of %d rows is left out", len(data.y_train))
        elif outcome != "diverged" and not self._abandoned.is_set():
            self._probe(params)
            hits = (predict_proba(params, data.x_train) > 0.5) == (data.y_train > 0.5)
            train_acc = float(np.mean(hits))
        self.finished.emit(RunEnd(outcome, trainer.epoch, params, train_acc))

    def _show_ahead(self, ahead: Future[WholeRun]) -> bool:
        """Report the run trained ahead, waiting for it if it is still training; False when
        that failed (this worker then trains the run itself). Pause holds it before it shows,
        Stop ends it, as between two mini-batches of a live run."""
        while True:
            try:
                whole = ahead.result(timeout=AHEAD_POLL_SECONDS)
            except FutureTimeout:
                if self._held():
                    self.finished.emit(_not_begun())
                    return True
                continue
            except Exception as error:
                logger.info("The run trained ahead is not there (%s): trained here", error)
                return False
            break
        if self._held():
            self.finished.emit(_not_begun())
            return True
        if whole.records:
            self.records.emit(list(whole.records))
        if whole.cosines:
            self.cosines.emit(list(whole.cosines))
        if not whole.diverged:
            self._probe(whole.params)
        outcome = "diverged" if whole.diverged else "done"
        self.finished.emit(RunEnd(outcome, len(whole.records), whole.params, whole.train_acc))
        return True

    def _held(self) -> bool:
        """Answer a pause or stop asked for before a run trained ahead shows: hold until
        Resume (a Step resumes too: the run has no batch to step); True for Stop."""
        control = self._control
        if control.stop_requested or not control.pending.is_set():
            return control.stop_requested
        self.paused.emit(0)
        action = control.hold()
        if action != "stop":
            self.resumed.emit()
        return action == "stop"

    def _hold(self, trainer: Trainer) -> str:
        """Answer a request waiting between two mini-batches: "stop", "step" or "go". The
        first time the run holds, everything it did shows first and "paused" is reported:
        "Paused" is shown when it is true, not when it was asked for."""
        control = self._control
        if control.stop_requested:
            return "stop"
        if not self._holding:
            self._holding = True
            self._flush()
            self._probe(trainer.params)
            self.paused.emit(trainer.epoch)
        action = control.hold()
        if action == "go":
            self._holding = False
            self.resumed.emit()
        return action

    def _step(self, trainer: Trainer) -> None:
        """One update in step mode, reported with what it did (and its epoch, if it ended one)."""
        if trainer.batch == 0:
            trainer.track_cosine = False  # the step reports its own cosine
        report = trainer.step()
        self._stepped.add(report.batch - 1)
        self._cosine_bundle.append(
            CosinePoints.of_step(report.epoch, report.batch, report.batches, report.cosine)
        )
        if report.record is not None:
            self._add(report.record, trainer)
        self._flush()
        self._probe(trainer.params)
        self.stepped.emit(report)

    def _add(self, record: EpochRecord, trainer: Trainer) -> None:
        self._bundle.append(record)
        if trainer.track_cosine:
            points = CosinePoints.of_epoch(record.epoch, trainer.epoch_cosines, self._stepped)
            if len(points.values):
                self._cosine_bundle.append(points)
        self._stepped.clear()

    def _flush(self) -> None:
        if self._bundle:
            bundle, self._bundle = self._bundle, []
            self.records.emit(bundle)
        if self._cosine_bundle:
            points, self._cosine_bundle = self._cosine_bundle, []
            self.cosines.emit(points)

    def _probe(self, params: Parameters) -> None:
        for name, probe in self._probes.items():
            self.probed.emit(name, probe(params))


class TrainingJob(QObject):
    """One worker and its thread, owned by the GUI thread, relaying the worker's signals with
    the run's id. ``join`` ends the thread without the deadlock of qt-pitfalls §3."""

    records = Signal(int, list)
    cosines = Signal(int, list)
    stepped = Signal(int, object)
    probed = Signal(int, str, object)
    paused = Signal(int, int)
    resumed = Signal(int)
    finished = Signal(int, object)
    errored = Signal(int, str)
    thread_ended = Signal(int)

    def __init__(
        self,
        run_id: int,
        dataset: Dataset,
        hp: Hyperparameters,
        probes: dict[str, Probe],
        delay: float,
        track_cosines: bool = False,
        ahead: Future[WholeRun] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.run_id = run_id
        self._silent = False
        self._thread = QThread()
        self._worker = TrainingWorker(dataset, hp, probes, delay, track_cosines, ahead)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # The worker is destroyed by deleteLater in the GUI thread (it moves there as its run
        # ends), at a known moment: never by the garbage collector while its thread runs.
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.records.connect(self._on_records)
        self._worker.cosines.connect(self._on_cosines)
        self._worker.stepped.connect(self._on_stepped)
        self._worker.probed.connect(self._on_probed)
        self._worker.paused.connect(self._on_paused)
        self._worker.resumed.connect(self._on_resumed)
        self._worker.finished.connect(self._on_finished)
        self._worker.errored.connect(self._on_errored)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        _ALIVE.add(self)
        self._thread.start()

    def stop(self) -> None:
        self._worker.stop()

    def pause(self) -> None:
        self._worker.pause()

    def resume(self) -> None:
        self._worker.resume()

    def step(self) -> None:
        self._worker.step()

    def set_delay(self, seconds: float) -> None:
        self._worker.set_delay(seconds)

    def set_track_cosines(self, on: bool) -> None:
        self._worker.set_track_cosines(on)

    def silence(self) -> None:
        """Stop, and relay nothing more but the thread's end: a reset or a close abandoned the
        run, and its queued signals must not draw into the next one."""
        self._silent = True
        self._worker.abandon()

    def join(self, timeout_ms: int | None = None) -> bool:
        """Wait for the thread (without a limit when ``timeout_ms`` is None). ``quit`` is
        called directly: waiting on a queued ``quit`` from the GUI thread would deadlock
        (qt-pitfalls §3). False if the thread is still inside a long mini-batch."""
        self._thread.quit()
        ended = self._thread.wait() if timeout_ms is None else self._thread.wait(timeout_ms)
        if ended:
            _ALIVE.discard(self)
        return ended

    @Slot(list)
    def _on_records(self, records: list) -> None:
        if not self._silent:
            self.records.emit(self.run_id, records)

    @Slot(list)
    def _on_cosines(self, points: list) -> None:
        if not self._silent:
            self.cosines.emit(self.run_id, points)

    @Slot(object)
    def _on_stepped(self, report: object) -> None:
        if not self._silent:
            self.stepped.emit(self.run_id, report)

    @Slot(str, object)
    def _on_probed(self, name: str, value: object) -> None:
        if not self._silent:
            self.probed.emit(self.run_id, name, value)

    @Slot(int)
    def _on_paused(self, epoch: int) -> None:
        if not self._silent:
            self.paused.emit(self.run_id, epoch)

    @Slot()
    def _on_resumed(self) -> None:
        if not self._silent:
            self.resumed.emit(self.run_id)

    @Slot(object)
    def _on_finished(self, end: RunEnd) -> None:
        if not self._silent:
            self.finished.emit(self.run_id, end)

    @Slot(str)
    def _on_errored(self, details: str) -> None:
        if not self._silent:
            self.errored.emit(self.run_id, details)

    @Slot()
    def _on_thread_finished(self) -> None:
        self.join()  # "finished" comes just before the thread ends: let it end
        self.thread_ended.emit(self.run_id)


def _final_work(data: Dataset, hp: Hyperparameters) -> int:
    """Multiply-adds of the final probes and training accuracy: every row through the layer."""
    return (len(data.y_train) + len(data.y_val)) * data.n_features * hp.units
