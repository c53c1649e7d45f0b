"""A window's sweep trains its later runs ahead, in a child process, while the first ones train
live: the sweep ends when its parts allow, not when the window's one training thread does.

The window trains a sweep's runs one after the other in its training thread, the way a student
watches them; on a machine with a second core a child process (``engine.fit_process``) trains
the same runs from the last one backwards meanwhile (``engine.sweep.train_whole_run``: the
same Trainer, so the same numbers to the bit, and the same budget for the cosine chart). When
the live sweep reaches a run the child has begun, that run's worker shows the child's result
(waiting for it if need be) instead of training it again; a run the child has not begun is
trained live as before. The runs trained ahead appear whole at once, without their growth.

Measured on the 2-vCPU development machine: the book's sweep in the window took 1.5-1.6x the
time of the headless sweep, and the GUI thread's drawing slows the live training thread.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future

from engine.control import Cancelled
from engine.datasets import Dataset
from engine.fit_process import FitProcess
from engine.hyperparameters import Hyperparameters
from engine.parallel import cores
from engine.sweep import ONE_BLAS_THREAD, SHARE_LIMIT, WholeRun, train_whole_run

logger = logging.getLogger(__name__)

# One child for every window's sweeps, started at the first sweep (``close`` ends it); BLAS
# on one thread there, so that it takes one core beside the live run.
_AHEAD = FitProcess(environment=ONE_BLAS_THREAD)


def pays(dataset: Dataset, runs: int, delay: float) -> bool:
    """Train ahead? Only with a second core to do it on, a second run to do, data small enough
    to copy into the child, and no slowed-down class demonstration to keep in step."""
    size = dataset.x_train.nbytes + dataset.x_val.nbytes
    return cores() >= 2 and runs >= 2 and size <= SHARE_LIMIT and delay == 0


def close() -> None:
    """End the child process (killing a run under way): the application ends."""
    _AHEAD.close()


class SweepPrefetch:
    """The later runs of one sweep, trained ahead from the last backwards. ``claim(i)`` is
    asked by the live sweep as it reaches run ``i`` (0: the first run after the live one)."""

    def __init__(self, dataset: Dataset, hps: list[Hyperparameters], cosines: bool) -> None:
        self._dataset, self._hps, self._cosines = dataset, hps, cosines
        self._lock = threading.Lock()
        self._begun: dict[int, Future[WholeRun]] = {}
        self._claimed: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="sweep-ahead", daemon=True)
        self._thread.start()

    def claim(self, index: int) -> Future[WholeRun] | None:
        """The run ``index`` as the child trains or trained it, or None: the window trains it
        (and the child will not begin it)."""
        with self._lock:
            self._claimed.add(index)
            return self._begun.get(index)

    def cancel(self) -> None:
        """Begin nothing more and stop the run under way (the sweep was stopped or reset)."""
        self._stop.set()

    def _work(self) -> None:
        for index in reversed(range(len(self._hps))):
            with self._lock:
                if self._stop.is_set() or index in self._claimed:
                    return
                future: Future[WholeRun] = Future()
                future.set_running_or_notify_cancel()
                self._begun[index] = future
            try:
                whole = _AHEAD.call(
                    train_whole_run,
                    self._dataset,
                    self._hps[index],
                    self._cosines,
                    cancelled=self._stop.is_set,
                )
            except Cancelled as stopped:
                future.set_exception(stopped)
                return
            except Exception as error:  # its worker trains the run itself instead
                logger.warning("Training a sweep's run ahead failed: %s", error)
                future.set_exception(error)
                return
            future.set_result(whole)
