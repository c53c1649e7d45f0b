"""The window's state in one place: every run (the live one included), the sweep queue, the
comparison with scikit-learn, the status line and the hint on the plot.

Panels send the session requests (``start``, ``stop``, ``select``, ``rename`` …) and watch its
signals, each named for what changed; they read what they show from the session and keep no copy
of their own. The training worker reports to the session only, through signals.

Why a ``QObject`` in ``gui/`` and not a Qt-free class in ``engine/`` behind an adapter: the
session's real work is ordering events that arrive from two background threads (training,
scikit-learn) and announcing them in the GUI thread, which is what queued Qt signals do; a
Qt-free core would need a callback list per event plus an adapter that re-emits each one as a
signal, two copies of every notification. What is rule rather than plumbing is plain and Qt-free
next to it: ``session_runs`` (runs, outcome states, colours, the comparison) and the engine.
The comparison with scikit-learn is a part of the session with signals of its own
(``session.comparison``, a ``ComparisonModel``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from engine.datasets import Dataset
from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.sweep import WholeRun
from engine.training import StepReport, learning_rate_warning
from gui import sweep_prefetch
from gui.comparison import ComparisonModel
from gui.run_names import is_settings_name, settings_name
from gui.session_runs import (
    END_STATES,
    RunState,
    SessionRun,
    Status,
    ended_status_args,
    pick_look,
    result_from_saved,
    runs_from_file,
    step_status_args,
    twin_of,
)
from gui.worker import Probe, RunEnd, TrainingJob, stop_and_join

logger = logging.getLogger(__name__)

ProbeFactory = Callable[[Dataset], Probe | None]


class RunSession(QObject):
    """The runs of one window and everything shown about them. Run ids are never reused."""

    run_added = Signal(int)  # a run started, or came from a file
    records_added = Signal(int, list)  # epochs appended to the live run
    cosines_added = Signal(int, list)  # CosinePoints appended to the live run
    stepped = Signal(int, object)  # run id, the StepReport of one update in step mode
    run_changed = Signal(int)  # its state, name, visibility or comparison numbers
    run_removed = Signal(int)
    runs_reset = Signal()  # every run replaced at once (Clear all, an opened experiment)
    selection_changed = Signal(int)  # the selected run's id, -1 for none
    probed = Signal(int, str, object)  # run id, probe name, value at the live weights
    busy_changed = Signal(bool)  # a run or a sweep is under way
    paused_changed = Signal(bool)
    run_ended = Signal(int, str)  # run id, final state's value; ready for the next run
    run_failed = Signal(str)  # traceback of an unexpected error in training
    sweep_finished = Signal()
    status_changed = Signal()
    hint_changed = Signal()
    idle = Signal()  # the last training thread has ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runs: dict[int, SessionRun] = {}  # in table order
        self._next_id = 1
        self._job: TrainingJob | None = None
        self._stuck: list[TrainingJob] = []  # abandoned jobs still inside a mini-batch
        self._datasets: dict[DataSpec, Dataset] = {}
        self._sweep: list[Hyperparameters] = []
        self._sweep_total, self._sweep_spec = 0, None  # its length; its data's DataSpec
        self._delay, self._track_cosines, self._pause_requested = 0.0, False, False
        self._ahead: sweep_prefetch.SweepPrefetch | None = None  # a sweep's runs trained ahead
        self._probes: dict[str, ProbeFactory] = {}
        self._selected: int | None = None
        self._status = Status("ready")
        self._hint: Status | None = None
        self.comparison = ComparisonModel(self)  # its own state and signals

    def ids(self) -> list[int]:
        return list(self._runs)

    def run(self, run_id: int) -> SessionRun:
        """KeyError for an id that is not (or no longer) in the session."""
        return self._runs[run_id]

    def runs(self) -> list[SessionRun]:
        return list(self._runs.values())

    def name(self, run_id: int) -> str:
        """The user's name for the run, or one made from its settings in today's language."""
        run = self._runs[run_id]
        return run.name or settings_name(run.data, run.hp)

    def live_id(self) -> int | None:
        """The run being trained (or paused), if any."""
        return self._job.run_id if self._job is not None else None

    def is_busy(self) -> bool:
        """A run trains, or a sweep has runs left."""
        return self._job is not None or bool(self._sweep)

    def is_paused(self) -> bool:
        """A pause was asked for (the run holds within one mini-batch)."""
        return self._pause_requested

    def selected(self) -> int | None:
        return self._selected

    def status(self) -> Status:
        return self._status

    def hint(self) -> Status | None:
        """The hint the plot shows about the latest run (a learning rate far too high)."""
        return self._hint

    def sweep_position(self) -> tuple[int, int]:
        """(run number, runs in the sweep), or (0, 0) outside a sweep."""
        done = self._sweep_total - len(self._sweep) if self._sweep_total else 0
        return done, self._sweep_total

    def runs_for_saving(self) -> list[Run]:
        """The ended runs as the engine's Runs, named as shown, for files and CSV."""
        return [run.to_run(self.name(run.run_id)) for run in self._runs.values() if run.ended]

    def add_probe(self, name: str, factory: ProbeFactory) -> None:
        """Ask every run to report ``factory(dataset)(weights)`` about ten times a second,
        computed in the training thread (``probed``); a factory may decline a dataset."""
        self._probes[name] = factory

    def start(self, hp: Hyperparameters, dataset: Dataset, spec: DataSpec) -> int | None:
        """Train once; returns the new run's id, or None while another run trains."""
        if self.is_busy():
            return None
        self._sweep, self._sweep_total = [], 0
        return self._launch(hp, dataset, spec, announce=True)

    def start_sweep(self, hps: list[Hyperparameters], dataset: Dataset, spec: DataSpec) -> bool:
        """Train each of ``hps`` in turn (the book's batch-size experiment)."""
        if self.is_busy() or not hps:
            return False
        self._sweep, self._sweep_total, self._sweep_spec = list(hps[1:]), len(hps), spec
        self._datasets[spec] = dataset
        if sweep_prefetch.pays(dataset, len(hps), self._delay):
            self._ahead = sweep_prefetch.SweepPrefetch(dataset, hps[1:], self._track_cosines)
        self._launch(hps[0], dataset, spec, announce=True)
        return True

    def pause(self) -> None:
        self._hold(True)

    def resume(self) -> None:
        self._hold(False)

    def _hold(self, paused: bool) -> None:
        if self._job is not None and self._pause_requested != paused:
            self._pause_requested = paused
            self._job.pause() if paused else self._job.resume()
            self.paused_changed.emit(paused)

    def toggle_pause(self) -> None:
        self.resume() if self._pause_requested else self.pause()

    def stop(self) -> None:
        """Stop the run within one mini-batch, and the rest of a sweep; it stays in the
        history, marked as stopped at its last whole epoch."""
        self._end_sweep()
        if self._job is not None:
            self._job.stop()

    def step(self, hp: Hyperparameters, dataset: Dataset, spec: DataSpec) -> int | None:
        """Exactly one mini-batch update: of the live run (which holds first, if it was
        running), or of a new run of ``hp``, started paused before its first batch. Returns
        the run's id, or None during a sweep."""
        if self._sweep:
            return None
        if self._job is None:
            self._sweep_total = 0
            self._launch(hp, dataset, spec, announce=True, paused=True)
        elif not self._pause_requested:
            self.pause()
        self._job.step()
        return self._job.run_id

    def set_track_cosines(self, on: bool) -> None:
        """Record the cosine chart during runs (from the live run's next epoch on)."""
        self._track_cosines = on
        self._train_live()  # the later runs of a sweep record as asked now
        if self._job is not None:
            self._job.set_track_cosines(on)

    def tracks_cosines(self) -> bool:
        return self._track_cosines

    def set_delay(self, seconds: float) -> None:
        """Seconds to wait after each epoch, so a class can watch; the numbers do not change."""
        self._delay = seconds
        if seconds:
            self._train_live()  # the later runs of a sweep train at this pace
        if self._job is not None:
            self._job.set_delay(seconds)

    def _launch(
        self,
        hp: Hyperparameters,
        dataset: Dataset,
        spec: DataSpec,
        announce: bool = False,
        paused: bool = False,
        ahead: Future[WholeRun] | None = None,
    ) -> int:
        """Start one run; ``announce`` the session busy (the first run of a start or sweep);
        ``paused`` holds it before its first batch (step mode); ``ahead``: the run as a
        sweep's child process trains it (``gui.sweep_prefetch``), shown instead of trained."""
        self.comparison.cancel()  # a fit under way must not slow this run down
        self._set_hint(None)
        self._datasets[spec] = dataset
        run_id = self._next_id
        self._next_id += 1
        color, style = pick_look((run.color, run.style) for run in self._runs.values())
        self._runs[run_id] = SessionRun(run_id, spec, hp, color, style)
        made = {name: factory(dataset) for name, factory in self._probes.items()}
        probes = {name: probe for name, probe in made.items() if probe is not None}
        job = TrainingJob(run_id, dataset, hp, probes, self._delay, self._track_cosines, ahead)
        job.records.connect(self._on_records)
        job.cosines.connect(self._on_cosines)
        job.stepped.connect(self._on_stepped)
        job.probed.connect(self.probed)
        job.paused.connect(self._on_paused)
        job.resumed.connect(self._on_resumed)
        job.finished.connect(self._on_finished)
        job.errored.connect(self._on_errored)
        job.thread_ended.connect(self._on_thread_ended)
        self._job = job
        self._pause_requested = paused
        if paused:
            job.pause()
        self.run_added.emit(run_id)
        self._set_status(Status("training", {"run_id": run_id}))
        if announce:
            self.busy_changed.emit(True)
        if paused:
            self.paused_changed.emit(True)
        # Last: from here on every Qt call of the GUI thread waits for the GIL, which the
        # training thread gives up only every few milliseconds (measured: the window's
        # reaction to "busy" took 0.6 s once the worker ran).
        job.start()
        return run_id

    @Slot(int, list)
    def _on_records(self, run_id: int, records: list) -> None:
        self._runs[run_id].records.extend(records)
        self.records_added.emit(run_id, records)

    @Slot(int, list)
    def _on_cosines(self, run_id: int, points: list) -> None:
        self._runs[run_id].cosines.extend(points)
        self.cosines_added.emit(run_id, points)

    @Slot(int, object)
    def _on_stepped(self, run_id: int, report: StepReport) -> None:
        self._runs[run_id].last_step, self._runs[run_id].held_after_step = report, True
        self.run_changed.emit(run_id)  # the history says where it holds
        self._set_status(Status("stepped", step_status_args(report)))
        self.stepped.emit(run_id, report)

    @Slot(int, int)
    def _on_paused(self, run_id: int, epoch: int) -> None:
        self._runs[run_id].state = RunState.PAUSED
        self.run_changed.emit(run_id)
        self._set_status(Status("paused", {"epoch": epoch}))

    @Slot(int)
    def _on_resumed(self, run_id: int) -> None:
        self._runs[run_id].state, self._runs[run_id].held_after_step = RunState.RUNNING, False
        self.run_changed.emit(run_id)
        self._set_status(Status("training", {"run_id": run_id}))

    @Slot(int, object)
    def _on_finished(self, run_id: int, end: RunEnd) -> None:
        run = self._runs[run_id]
        run.state, run.params, run.train_acc = END_STATES[end.outcome], end.params, end.train_acc
        if run.state is RunState.DIVERGED:
            self._set_hint(Status("diverged", {"epoch": end.epoch + 1}))
        elif learning_rate_warning([record.train_loss for record in run.records]):
            self._set_hint(Status("too_high"))
        self.run_changed.emit(run_id)  # its last epochs show now, not when the thread ends

    @Slot(int, str)
    def _on_errored(self, run_id: int, details: str) -> None:
        self._runs[run_id].state = RunState.FAILED
        self._end_sweep()
        self._set_status(Status("failed"))
        self.run_failed.emit(details)

    @Slot(int)
    def _on_thread_ended(self, run_id: int) -> None:
        """The run's thread is over: keep the run (or not), then the next sweep run or the
        comparison. Also ends abandoned jobs, which report nothing else."""
        job = next((job for job in self._stuck if job.run_id == run_id), None)
        if job is not None:
            self._stuck.remove(job)
            if not self.threads_running():
                self.idle.emit()
            return
        if self._job is None or self._job.run_id != run_id:
            return
        self._job = None
        if self._pause_requested:
            self._pause_requested = False
            self.paused_changed.emit(False)
        run = self._runs[run_id]
        if run.state in (RunState.RUNNING, RunState.PAUSED):  # ended without a word: failed
            run.state = RunState.FAILED
        kept = self._keep(run)
        if run.state in (RunState.STOPPED, RunState.FAILED):
            self._end_sweep()
        if self._sweep:
            QTimer.singleShot(0, self, self._next_sweep_run)
        elif kept is not None and kept.state in (RunState.FINISHED, RunState.DIVERGED):
            self.comparison.request(kept, self._datasets.get(kept.data))
        elif kept is not None:
            self.comparison.show(kept)
        self.run_ended.emit(run_id, run.state.value)
        if not self._sweep:
            self._end_sweep()
            if self._sweep_total:
                self._sweep_total = 0
                self.sweep_finished.emit()
            self.busy_changed.emit(False)
        if not self.threads_running():
            self.idle.emit()

    def _keep(self, run: SessionRun) -> SessionRun | None:
        """A run joins the history unless it failed or ended before its first epoch; a rerun
        of the same settings (the same numbers, to the last bit) replaces the earlier run,
        unless that one went further."""
        if run.state is RunState.FAILED or not run.records:
            self._remove(run.run_id)
            if run.state is not RunState.FAILED:
                self._set_status(Status("nothing_kept"))
            return None
        twin = twin_of(run, self._runs.values())
        state, args = run.state.value, ended_status_args(run)
        if twin is not None and twin.epoch > run.epoch:
            args["kept_earlier"] = self.name(twin.run_id)
            self._remove(run.run_id)
            run = twin
        elif twin is not None:
            args["replaced"] = self.name(twin.run_id)
            self._remove(twin.run_id)
        self.run_changed.emit(run.run_id)
        self._set_status(Status(state, args))
        return run

    def _next_sweep_run(self) -> None:
        if self._sweep and self._job is None and self._sweep_spec in self._datasets:
            spec = self._sweep_spec
            index = self._sweep_total - 1 - len(self._sweep)  # among the runs after the first
            ahead = self._ahead.claim(index) if self._ahead is not None else None
            self._launch(self._sweep.pop(0), self._datasets[spec], spec, ahead=ahead)

    def _end_sweep(self) -> None:
        """No more runs of this sweep, none trained ahead."""
        self._sweep = []
        self._train_live()

    def _train_live(self) -> None:
        """The sweep's runs from here on train live: none is trained ahead any more."""
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None

    def threads_running(self) -> bool:
        return self._job is not None or bool(self._stuck)

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop everything (closing the window); True when no thread is left running. A run
        inside a long mini-batch may need longer: ``idle`` is emitted when it ends."""
        self._end_sweep()
        self._abandon()
        self.comparison.close()
        self._stuck = stop_and_join(self._stuck, timeout_ms)
        return not self._stuck

    def _abandon(self) -> None:
        """Stop the live run without keeping it (Clear all, close). A thread inside a long
        mini-batch is not waited for here; it stays referenced until it ends."""
        job, self._job = self._job, None
        if job is None:
            return
        job.silence()
        self._stuck.append(job)
        if self._pause_requested:
            self._pause_requested = False
            self.paused_changed.emit(False)
        self.busy_changed.emit(False)

    def select(self, run_id: int | None) -> None:
        """Highlight one run (its curves thicker, the others faded), or none."""
        if run_id is not None and run_id not in self._runs:
            run_id = None
        if run_id != self._selected:
            self._selected = run_id
            self.selection_changed.emit(-1 if run_id is None else run_id)

    def rename(self, run_id: int, name: str) -> None:
        """A blank name gives the run back its name made from its settings."""
        run = self._runs[run_id]
        name = name.strip()
        if name == settings_name(run.data, run.hp):
            name = ""
        if name != run.name:
            run.name = name
            self.run_changed.emit(run_id)

    def set_visible(self, run_id: int, visible: bool) -> None:
        run = self._runs[run_id]
        if run.visible != visible:
            run.visible = visible
            self.run_changed.emit(run_id)

    def set_all_visible(self, visible: bool) -> None:
        for run_id in list(self._runs):
            self.set_visible(run_id, visible)

    def remove(self, run_ids: list[int]) -> None:
        """Delete runs from the history; the live run cannot be deleted while it trains."""
        for run_id in run_ids:
            if run_id in self._runs and run_id != self.live_id():
                self._remove(run_id)

    def _remove(self, run_id: int) -> None:
        del self._runs[run_id]
        if self._selected == run_id:
            self.select(None)
        self.run_removed.emit(run_id)

    def clear(self) -> None:
        """Clear all: every run, the live one stopped, the comparison, the hint, the status."""
        self._end_sweep()
        self._sweep_total = 0
        self._abandon()
        self.comparison.clear()
        self._runs.clear()
        self._selected = None
        self._set_hint(None)
        self.runs_reset.emit()
        self.selection_changed.emit(-1)
        self._set_status(Status("ready"))

    def load(self, runs: list[Run]) -> None:
        """Replace every run with those of an experiment file, and show the comparison the
        file kept with its last run."""
        self.clear()
        self._runs = runs_from_file(
            runs, self._next_id, lambda run: is_settings_name(run.name, run.data, run.hp)
        )
        self._next_id += len(runs)
        self.runs_reset.emit()
        if self._runs:
            last = next(reversed(self._runs.values()))
            saved = last.sklearn
            theirs = None if saved is None else result_from_saved(saved, last.hp, last.sklearn_loss)
            self.comparison.show(last, theirs)

    def notify(self, kind: str, **args: object) -> None:
        """A status of the window's own, e.g. ("saved", path=…), worded like the others."""
        self._set_status(Status(kind, args))

    def set_compare_setup(self, setup: str) -> None:
        """Compare "as in the book" or with "the same algorithm"; the run compared last is
        compared again in the new setup, unless a run trains now."""
        self.comparison.set_setup(setup, refit=not self.is_busy())

    def _set_status(self, status: Status) -> None:
        self._status = status
        self.status_changed.emit()

    def _set_hint(self, hint: Status | None) -> None:
        if hint != self._hint:
            self._hint = hint
            self.hint_changed.emit()
