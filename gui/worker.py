"""Background work: the engine's epoch generator driven from a QThread, and scikit-learn's fit.

The worker is the only place where Qt meets the engine. It never touches a widget; it emits
what happened (``records``, ``finished``, ``diverged``, ``errored``). Stop and pause are plain
flags set from the GUI thread (a queued "stop" signal would arrive only after the loop ends),
checked between epochs, so both take effect within one epoch.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from engine.datasets import Dataset
from engine.hyperparameters import Hyperparameters
from engine.network import Parameters, init_parameters, predict_proba
from engine.reference import SklearnCancelled, SklearnDiverged, SklearnResult, run_sklearn
from engine.training import EpochRecord, TrainingDiverged, iter_epochs

# Records are handed to the GUI in bundles at most this often: the plot redraws at <= 30 Hz
# anyway, and one queued signal per epoch would cost more than a fast epoch.
EMIT_INTERVAL = 1 / 30
BOUNDARY_INTERVAL = 1 / 10


class TrainingWorker(QObject):
    """Runs one training run; lives in its own QThread (see ``TrainingJob``)."""

    records = Signal(list)  # list[EpochRecord], in epoch order
    boundary = Signal(object)  # np.ndarray: P(y = 1) at ``grid``, for the 2-D picture
    paused = Signal(int)  # the last finished epoch
    resumed = Signal()
    finished = Signal(bool)  # True if it ran all epochs, False if stopped
    diverged = Signal(str, int)  # message, epoch
    errored = Signal(str)  # traceback text of an unexpected exception

    def __init__(self, dataset: Dataset, hp: Hyperparameters) -> None:
        super().__init__()
        self.dataset = dataset
        self.hp = hp
        self.params: Parameters | None = None
        self._stop = threading.Event()
        self._running = threading.Event()  # cleared while paused
        self._running.set()
        self.epoch_delay = 0.0  # seconds to wait after each epoch, for a slowed-down lesson
        # Points where the GUI draws the decision boundary; computed here, in this thread,
        # from the live weights, so the GUI never reads weights that are being updated.
        self.grid: np.ndarray | None = None

    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @Slot()
    def run(self) -> None:
        try:
            self._train()
        except Exception:
            self.errored.emit(traceback.format_exc())
        finally:
            QThread.currentThread().quit()

    def _train(self) -> None:
        data, hp = self.dataset, self.hp
        self.params = init_parameters(data.n_features, hp.units, hp.init, hp.seed)
        bundle: list[EpochRecord] = []
        last_emit = last_boundary = time.perf_counter()
        epochs = iter_epochs(self.params, hp, data.x_train, data.y_train, data.x_val, data.y_val)
        try:
            for record in epochs:
                bundle.append(record)
                now = time.perf_counter()
                if self.epoch_delay or now - last_emit >= EMIT_INTERVAL:
                    self.records.emit(bundle)
                    bundle, last_emit = [], now
                if self.grid is not None and now - last_boundary >= BOUNDARY_INTERVAL:
                    self._emit_boundary()
                    last_boundary = now
                if self.epoch_delay:
                    self._stop.wait(self.epoch_delay)
                # A pause asked for during the last epoch has nothing left to hold.
                if not self._running.is_set() and record.epoch < hp.epochs:
                    if bundle:
                        self.records.emit(bundle)
                        bundle = []
                    self.paused.emit(record.epoch)
                    self._running.wait()
                    if not self._stop.is_set():
                        self.resumed.emit()
                if self._stop.is_set():
                    break
        except TrainingDiverged as exc:
            if bundle:
                self.records.emit(bundle)
            self.diverged.emit(str(exc), exc.epoch)
            return
        if bundle:
            self.records.emit(bundle)
        if self.grid is not None:
            self._emit_boundary()
        self.finished.emit(not self._stop.is_set())

    def _emit_boundary(self) -> None:
        assert self.params is not None and self.grid is not None
        self.boundary.emit(predict_proba(self.params, self.grid))


class TrainingJob(QObject):
    """Owns one worker and its thread, and tears both down safely from the GUI thread."""

    def __init__(self, dataset: Dataset, hp: Hyperparameters, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread()
        self.worker = TrainingWorker(dataset, hp)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)

    def start(self) -> None:
        self.thread.start()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop and join. ``quit`` is called directly: waiting on a queued ``quit`` from the GUI
        thread would deadlock (qt-pitfalls §3). Returns False if the thread did not end."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)


class SklearnRunner(QObject):
    """Trains MLPClassifier in one daemon thread, one fit at a time, and reports back in the
    GUI thread.

    A daemon ``threading.Thread``, not a QThread: a long comparison must never hold up closing
    the window. A new request cancels the fit under way (between two of its epochs) and
    replaces any waiting one, so fits never pile up and compete with training for the GIL;
    ``cancel()`` drops both. Only the newest request's outcome is reported.
    """

    result = Signal(object, int)  # SklearnResult, request id
    diverged = Signal(str, int)  # message, request id: expected at absurd settings, no dialog
    errored = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = 0
        self._pending: tuple | None = None
        self._wake = threading.Condition()
        self._closed = False
        self.busy = False  # a fit is under way (read by tests and the window, set here)
        self._thread = threading.Thread(target=self._loop, name="sklearn", daemon=True)
        self._thread.start()

    def request(
        self, dataset: Dataset, hp: Hyperparameters, setup: str, momentum: float | None = None
    ) -> int:
        with self._wake:
            self._latest += 1
            self._pending = (self._latest, dataset, hp, setup, momentum)
            self._wake.notify()
            return self._latest

    def cancel(self) -> None:
        """Forget every request: nothing more will be reported for them."""
        with self._wake:
            self._latest += 1
            self._pending = None

    def is_current(self, request_id: int) -> bool:
        return request_id == self._latest and not self._closed

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._pending = None
            self._wake.notify()

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                job, self._pending = self._pending, None
                self.busy = True
            try:
                self._run(*job)
            finally:
                self.busy = False

    def _run(
        self,
        request_id: int,
        dataset: Dataset,
        hp: Hyperparameters,
        setup: str,
        momentum: float | None,
    ) -> None:
        try:
            outcome: SklearnResult = run_sklearn(
                dataset.x_train,
                dataset.y_train,
                dataset.x_val,
                dataset.y_val,
                hp,
                setup=setup,
                momentum=momentum,
                cancelled=lambda: not self.is_current(request_id),
            )
        except SklearnCancelled:
            return
        except SklearnDiverged as exc:
            if self.is_current(request_id):
                self._emit(self.diverged, str(exc), request_id)
            return
        except Exception:
            if self.is_current(request_id):
                self._emit(self.errored, traceback.format_exc(), request_id)
            return
        if self.is_current(request_id):
            self._emit(self.result, outcome, request_id)

    @staticmethod
    def _emit(signal, *args: object) -> None:
        """The window may have been destroyed while scikit-learn trained: then nobody listens."""
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)
