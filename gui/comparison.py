"""The comparison with scikit-learn, as part of the run session: which run and settings it
belongs to, whether the panel still shows those settings, and MLPClassifier's result.

The fit runs in a child process (``engine.fit_process``), waited for by a background thread
(``gui.tasks``): in a thread of the window's process it starved the GUI thread of the GIL for
the whole fit. Only the newest request reports, so a new run never sees an old comparison's
numbers, and the session asks for one only between runs.

MLPClassifier's ``random_state`` is the run's seed unless the panel sets its own (``set_seed``):
its score depends on it (0.967 to 0.989 on the book's data). Two studies belong to the
comparison (``gui.studies``): ``differences``, the book's recipe turned into MLPClassifier one
difference at a time, and ``seeds``, both networks over seeds 0-9.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from engine.control import RunControl
from engine.datasets import Dataset
from engine.differences import explain_difference
from engine.experiment import DataSpec
from engine.fit_process import FitProcess
from engine.hyperparameters import Hyperparameters
from engine.reference import SETUPS, SklearnDiverged, SklearnResult, run_sklearn_controlled
from engine.seeds import over_seeds
from gui.session_runs import Comparison, OurScores, SessionRun, saved_numbers
from gui.studies import Progress, Study
from gui.tasks import BackgroundTasks

# Child processes shared by every window (``close_fit_processes`` ends them): one for the
# comparison after each run, one for the studies, so that a study never delays a comparison.
_FITS = FitProcess()
_STUDY_FITS = FitProcess()


def close_fit_processes() -> None:
    """End the child processes (killing a fit under way): the application ends."""
    _FITS.close()
    _STUDY_FITS.close()


class ComparisonModel(QObject):
    """One comparison at a time. ``state()`` is a frozen ``Comparison``; ``changed`` whenever
    it is replaced, ``finished`` when a requested fit has its outcome."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = Comparison()
        self._setup = "book"
        self._seed: int | None = None  # MLPClassifier's random_state; None: the run's seed
        self._settings: tuple[DataSpec, Hyperparameters] | None = None
        self._made_with: tuple[DataSpec, Hyperparameters] | None = None  # then, the panel's
        self._run: SessionRun | None = None
        self._dataset: Dataset | None = None
        self._tasks = BackgroundTasks(self)
        self._tasks.result.connect(self._on_result)
        self._tasks.errored.connect(self._on_error)
        self._task_id = 0
        self.differences = Study(self)
        self.seeds = Study(self)

    def state(self) -> Comparison:
        return self._state

    def setup(self) -> str:
        """The setup the next fit uses: "book" or "same"."""
        return self._setup

    def settings(self) -> tuple[DataSpec, Hyperparameters] | None:
        """The panel's settings as last reported, the ones the next run will train."""
        return self._settings

    def set_settings(self, data: DataSpec, hp: Hyperparameters) -> None:
        """The settings the panel shows now: a comparison made for others is stale."""
        if (data, hp) != self._settings:
            self._settings = (data, hp)
            self._set(dataclasses.replace(self._state, stale=self._is_stale(self._state)))

    def set_setup(self, setup: str, refit: bool) -> None:
        """Compare "as in the book" or with "the same algorithm"; with ``refit`` the run
        compared last is compared again in the new setup."""
        if setup not in SETUPS:
            raise ValueError(f"setup must be one of {', '.join(SETUPS)}, got {setup!r}")
        if setup != self._setup:
            self._setup = setup
            if refit and self._run is not None:
                self.request(self._run, self._dataset)

    def seed(self) -> int | None:
        """MLPClassifier's random_state for the next fit; None: the run's own seed."""
        return self._seed

    def set_seed(self, seed: int | None, refit: bool) -> None:
        """Give MLPClassifier a random_state of its own (None: the run's seed); with ``refit``
        the run compared last is compared again with it."""
        if seed != self._seed:
            self._seed = seed
            if refit and self._run is not None:
                self.request(self._run, self._dataset)

    def request(self, run: SessionRun, dataset: Dataset | None) -> None:
        """Fit MLPClassifier with ``run``'s settings (its data loaded in the background when
        ``dataset`` is None, e.g. for a run from a file)."""
        spec, hp, setup, seed = run.data, run.hp, self._setup, self._seed
        self._run, self._dataset = run, dataset

        def compare(cancelled: Callable[[], bool]) -> SklearnResult | SklearnDiverged:
            data = dataset if dataset is not None else spec.load()
            x_train, y_train, x_val, y_val = data.x_train, data.y_train, data.x_val, data.y_val
            try:
                return _FITS.call(
                    run_sklearn_controlled,
                    x_train,
                    y_train,
                    x_val,
                    y_val,
                    hp,
                    setup,
                    None,
                    seed,
                    cancelled=cancelled,
                )
            except SklearnDiverged as exc:
                return exc

        self._task_id = self._tasks.submit(compare)
        self._set(self._of(run, "running"))

    def show(self, run: SessionRun, theirs: SklearnResult | None = None) -> None:
        """Show ``run``'s side only (a stopped run), or a result kept in a file."""
        self.cancel()
        self._run, self._dataset = run, None
        setup = self._setup if theirs is None else theirs.setup
        self._set(self._of(run, "none" if theirs is None else "done", theirs, setup))

    def cancel(self) -> None:
        """Drop a fit under way: it must neither show next to a new run nor slow it down."""
        self._tasks.cancel()
        self._task_id = 0
        if self._state.state == "running":
            self._set(dataclasses.replace(self._state, state="none"))

    def clear(self) -> None:
        self.cancel()
        self._run = self._dataset = None
        self._set(Comparison(setup=self._setup))

    def close(self) -> None:
        self._tasks.close()
        self.differences.close()
        self.seeds.close()

    def explain(self, dataset: Dataset, data: DataSpec, hp: Hyperparameters) -> None:
        """Why do the scores differ? The book's recipe with scikit-learn's differences
        switched on one at a time, ending at MLPClassifier itself (with the panel's seed)."""
        seed = self._seed

        def work(progress: Progress, control: RunControl) -> object:
            return _STUDY_FITS.call(
                explain_difference,
                dataset,
                hp,
                seed,
                cancelled=lambda: control.stop_requested,
                progress=progress,
            )

        self.differences.start(work, data, hp, seed)

    def study_seeds(self, dataset: Dataset, data: DataSpec, hp: Hyperparameters) -> None:
        """Both networks over seeds 0-9, MLPClassifier set up as the panel shows."""
        setup = self._setup

        def work(progress: Progress, control: RunControl) -> object:
            return _STUDY_FITS.call(
                over_seeds,
                dataset,
                hp,
                setup,
                cancelled=lambda: control.stop_requested,
                progress=progress,
            )

        self.seeds.start(work, data, hp)

    def is_fitting(self) -> bool:
        """A fit is being computed (a cancelled one may still finish its epoch)."""
        return self._tasks.is_busy()

    def _is_stale(self, comparison: Comparison) -> bool:
        """Stale once the panel shows settings other than the compared run's and other than
        the panel's when the comparison was made: after a sweep the panel keeps its batch size
        while the run compared (the last) had another, and nothing is stale about that."""
        if comparison.data is None:
            return False
        return self._settings not in (self._made_with, (comparison.data, comparison.hp))

    def _of(
        self,
        run: SessionRun,
        state: str,
        theirs: SklearnResult | None = None,
        setup: str | None = None,
    ) -> Comparison:
        self._made_with = self._settings
        last = run.records[-1]
        ours = OurScores(last.val_acc, run.train_acc, last.epoch, last.seconds)
        made = Comparison(state, run.run_id, run.data, run.hp, setup or self._setup, ours, theirs)
        return dataclasses.replace(made, stale=self._is_stale(made))

    @Slot(int, object)
    def _on_result(self, task_id: int, value: object) -> None:
        if task_id != self._task_id:
            return
        self._task_id = 0
        if isinstance(value, SklearnResult):
            if self._run is not None:
                self._run.sklearn = saved_numbers(value)  # kept in experiment files
                self._run.sklearn_loss = tuple(value.loss_curve)
            self._set(dataclasses.replace(self._state, state="done", theirs=value))
        else:
            self._set(dataclasses.replace(self._state, state="diverged"))
        self.finished.emit()

    @Slot(int, str)
    def _on_error(self, task_id: int, details: str) -> None:
        if task_id != self._task_id:
            return
        self._task_id = 0
        self._set(dataclasses.replace(self._state, state="failed", details=details))
        self.finished.emit()

    def _set(self, comparison: Comparison) -> None:
        self._state = comparison
        self.changed.emit()
