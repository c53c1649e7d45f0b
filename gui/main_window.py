"""The main window: parameters on the left, curves and the run history in the middle,
scikit-learn, the decision boundary and the help on the right.

The window owns at most one training job at a time. Everything the worker says arrives here as
a queued signal, in the GUI thread; the window decides what the student sees. A finished run
joins the history, and lives on in the plot as an overlay in its history colour.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from engine.curves import write_text_atomic
from engine.datasets import Dataset
from engine.experiment import (
    DataSpec,
    ExperimentError,
    Run,
    load_experiment,
    runs_csv,
    save_experiment,
)
from engine.hyperparameters import Hyperparameters
from engine.network import predict_proba
from engine.reference import SklearnResult
from engine.snippet import python_snippet
from engine.training import EpochRecord, learning_rate_warning
from gui.boundary_view import BoundaryView
from gui.compare_panel import ComparePanel
from gui.dialogs import DEFAULT_SWEEP, CodeDialog, parse_batch_sizes
from gui.export import export_curves_csv, suggested_name
from gui.help_panel import HelpPanel
from gui.history_panel import HistoryPanel, pick_color
from gui.language import Retranslatable, current_language, install_language, resolve
from gui.params_panel import ParamsPanel
from gui.plot_panel import PlotPanel
from gui.worker import SklearnRunner, TrainingJob

# The status line is a number to read, not an animation: ten updates a second are plenty,
# and each costs the training thread the GIL.
STATUS_INTERVAL = 0.1
# Seconds to wait after each epoch, so a class can watch the curves form.
SPEEDS = (0.0, 0.01, 0.04, 0.2)
LANGUAGE_CHOICES = ("auto", "en", "ko")


class MainWindow(Retranslatable, QMainWindow):
    """Signals named for what happened, so tests and the screenshot mode can wait on them."""

    run_completed = Signal()  # the last epoch is on the plot (the history is updated next)
    run_finished = Signal(str)  # "done", "stopped", "diverged" or "error"; ready for the next
    comparison_finished = Signal()
    sweep_finished = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.params = ParamsPanel()
        self.plot = PlotPanel()
        self.compare = ComparePanel()
        self.history = HistoryPanel()
        self.boundary = BoundaryView()
        self.help = HelpPanel()
        self.sklearn = SklearnRunner(self)
        self.job: TrainingJob | None = None
        self.run_hp: Hyperparameters | None = None
        self.run_dataset: Dataset | None = None
        self.run_spec: DataSpec | None = None
        self.run_name = ""
        self.run_color = ""
        self.last_outcome = ""
        self._sweep: list[Hyperparameters] = []
        self._sweep_total = 0
        self._status_shown = 0.0
        self._sklearn_request = 0
        self._paused = False
        self._ready = True  # nothing run yet (or reset): the status line invites to start
        self._stuck_jobs: list[TrainingJob] = []
        self._last_run_id = -1  # the history entry of the latest run, for its comparison

        self._build_actions()
        self._build_menus()
        self._build_layout()
        self._connect()
        self._restore()
        self.retranslate()
        self._update_actions()

    # ----------------------------------------------------------------- construction
    def _action(self, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_start = self._action(self.start, "Ctrl+Return")
        self.act_pause = self._action(self.toggle_pause, "Ctrl+P")
        self.act_stop = self._action(self.stop, "Esc")
        self.act_reset = self._action(self.reset, "Ctrl+R")
        self.act_sweep = self._action(self.ask_sweep, "Ctrl+B")
        self.act_defaults = self._action(self.params.reset_defaults)
        self.act_open_csv = self._action(self.params.choose_csv, "Ctrl+Shift+O")
        self.act_png = self._action(self.export_png, "Ctrl+E")
        self.act_svg = self._action(self.export_svg)
        self.act_csv = self._action(self.export_csv, "Ctrl+Shift+E")
        self.act_runs_csv = self._action(self.export_runs_csv)
        self.act_save = self._action(self.save_experiment, QKeySequence.StandardKey.Save)
        self.act_open = self._action(self.open_experiment, QKeySequence.StandardKey.Open)
        self.act_code = self._action(self.copy_as_python, "Ctrl+Shift+C")
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_help = self._action(self.show_help, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_CHOICES:
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _checked, code=code: self.set_language(code))
            self.language_group.addAction(act)
            self.language_actions[code] = act

        self.speed = QComboBox()
        self.speed.addItems([""] * len(SPEEDS))
        self.speed.currentIndexChanged.connect(self._apply_speed)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_start, self.act_pause, self.act_stop, self.act_reset):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_sweep)
        self.speed_label = QLabel()
        self.toolbar.addWidget(self.speed_label)
        self.toolbar.addWidget(self.speed)
        self.toolbar.addSeparator()
        for act in (self.act_png, self.act_csv, self.act_save, self.act_code):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_open, self.act_save, None, self.act_png, self.act_svg):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        for act in (self.act_csv, self.act_runs_csv, None, self.act_code, None, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_data = bar.addMenu("")
        self.menu_data.addAction(self.act_open_csv)
        self.menu_run = bar.addMenu("")
        for act in (self.act_start, self.act_pause, self.act_stop, self.act_reset, self.act_sweep):
            self.menu_run.addAction(act)
        self.menu_run.addSeparator()
        self.menu_run.addAction(self.act_defaults)
        self.menu_view = bar.addMenu("")
        self.menu_language = self.menu_view.addMenu("")
        for act in self.language_actions.values():
            self.menu_language.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_help)
        self.menu_help.addAction(self.act_about)

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.params)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.params.sizeHint().width() + 24)

        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.plot)
        middle.addWidget(self.history)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)
        middle.setChildrenCollapsible(False)
        middle.setSizes([520, 200])

        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.boundary, "")
        self.side_tabs.addTab(self.help, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare)
        right_layout.addWidget(self.side_tabs, 1)
        right.setMinimumWidth(300)
        right.setMaximumWidth(420)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.status_text = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _connect(self) -> None:
        self.sklearn.result.connect(self._on_sklearn_result)
        self.sklearn.errored.connect(self._on_sklearn_error)
        self.sklearn.diverged.connect(self._on_sklearn_diverged)
        self.compare.setup_changed.connect(lambda _setup: self._request_comparison())
        self.params.changed.connect(self._on_params_changed)
        self.params.dataset_changed.connect(self._on_dataset_changed)
        self.history.run_added.connect(self._on_run_added)
        self.history.visibility_changed.connect(self.plot.set_overlay_visible)
        self.history.run_renamed.connect(self._on_run_renamed)
        self.history.run_removed.connect(self.plot.remove_overlay)
        self.history.cleared.connect(self.plot.clear_overlays)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry", QByteArray(), type=QByteArray)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.params.restore_settings(s)
        self.params.last_folder = s.value("files/last_folder", str(Path.home()), type=str)
        self.compare.set_setup(s.value("compare/setup", "book", type=str))
        self.speed.setCurrentIndex(min(max(s.value("run/speed", 0, type=int), 0), len(SPEEDS) - 1))
        language = s.value("ui/language", "auto", type=str)
        self.language_actions.get(language, self.language_actions["auto"]).setChecked(True)
        self.help.set_language(current_language())
        self._on_dataset_changed()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("compare/setup", self.compare.setup())
        s.setValue("run/speed", self.speed.currentIndex())
        s.setValue("files/last_folder", self.params.last_folder)
        self.params.save_settings(s)
        s.sync()

    # ----------------------------------------------------------------- texts
    def set_language(self, choice: str) -> None:
        """Switch now, and remember: every panel retranslates itself on LanguageChange."""
        app = QApplication.instance()
        code = install_language(app, choice) if app is not None else resolve(choice)
        self.language_actions[choice].setChecked(True)
        self.settings.setValue("ui/language", choice)
        self.help.set_language(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Minibatch Lab — mini-batch gradient descent"))
        texts = {
            self.act_start: (
                self.tr("▶ Start"),
                self.tr("Train the network with these settings (Ctrl+Enter)."),
            ),
            self.act_pause: (
                self.tr("Resume") if self._paused else self.tr("Pause"),
                self.tr("Pause or resume the run after the current epoch (Ctrl+P)."),
            ),
            self.act_stop: (
                self.tr("■ Stop"),
                self.tr("Stop after the current epoch; the curves stay (Esc)."),
            ),
            self.act_reset: (
                self.tr("Reset"),
                self.tr("Clear the curves, the run history and the results (Ctrl+R)."),
            ),
            self.act_sweep: (
                self.tr("Batch-size sweep…"),
                self.tr(
                    "Train these settings once per batch size (1, 8, 32, 128, full) and overlay "
                    "the curves: the book's experiment (Ctrl+B)."
                ),
            ),
            self.act_defaults: (self.tr("Restore the book's settings"), ""),
            self.act_open_csv: (
                self.tr("Open CSV…"),
                self.tr("Train on your own CSV file: preview it and choose how to read it."),
            ),
            self.act_png: (self.tr("Export PNG…"), self.tr("Save the plot as a picture (Ctrl+E).")),
            self.act_svg: (self.tr("Export SVG…"), self.tr("Save the plot as a vector drawing.")),
            self.act_csv: (
                self.tr("Export CSV…"),
                self.tr("Save the latest run's curves, one row per epoch (Ctrl+Shift+E)."),
            ),
            self.act_runs_csv: (
                self.tr("Export all runs as CSV…"),
                self.tr("Save the curves of every run in the history in one table."),
            ),
            self.act_save: (
                self.tr("Save experiment…"),
                self.tr("Save every run in the history, settings and curves, to a file (Ctrl+S)."),
            ),
            self.act_open: (
                self.tr("Open experiment…"),
                self.tr("Open a saved experiment: its runs replace the history (Ctrl+O)."),
            ),
            self.act_code: (
                self.tr("Copy as Python"),
                self.tr("The code of this run and of the matching MLPClassifier (Ctrl+Shift+C)."),
            ),
            self.act_quit: (self.tr("Quit"), ""),
            self.act_help: (self.tr("Explain"), self.tr("Epochs, mini-batches, L1/L2 … (F1)")),
            self.act_about: (self.tr("About Minibatch Lab"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text)
            act.setStatusTip(tip)
        names = {"auto": self.tr("System language"), "en": "English", "ko": "한국어"}
        for code, act in self.language_actions.items():
            act.setText(names[code])
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_data.setTitle(self.tr("&Data"))
        self.menu_run.setTitle(self.tr("&Run"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.side_tabs.setTabText(0, self.tr("Decision boundary"))
        self.side_tabs.setTabText(1, self.tr("Explain"))
        self.speed_label.setText(self.tr(" Speed: "))
        names = (self.tr("Full speed"), self.tr("Slow"), self.tr("Slower"), self.tr("Slowest"))
        for index, name in enumerate(names):
            self.speed.setItemText(index, name)
        self.speed.setToolTip(
            self.tr(
                "Slow the run down so a class can watch the curves form; the numbers do not change."
            )
        )
        if not self.status_text.text() or self._ready:
            self.status_text.setText(self.tr("Ready. Press Start to train."))
        elif self._paused and self.progress.value() > 0:
            self._show_paused(self.progress.value())

    # ----------------------------------------------------------------- running
    def is_running(self) -> bool:
        return self.job is not None

    def _update_actions(self) -> None:
        running = self.is_running()
        for act in (self.act_start, self.act_sweep, self.act_defaults, self.act_open):
            act.setEnabled(not running)
        self.act_pause.setEnabled(running)
        self.act_stop.setEnabled(running)
        self.params.set_running(running)

    @Slot()
    def start(self) -> None:
        """Train the panel's settings once."""
        if self.is_running():
            return
        self._sweep, self._sweep_total = [], 0
        try:
            hp = self.params.hyperparameters()
        except ValueError as exc:
            self.show_error(self.tr("Cannot start"), str(exc))
            return
        self._launch(hp)

    def ask_sweep(self) -> None:
        text, ok = self.ask_text(
            self.tr("Batch-size sweep"),
            self.tr("Batch sizes to train, separated by commas ('full' = all rows):"),
            self.settings.value("sweep/batch_sizes", DEFAULT_SWEEP, type=str),
        )
        if ok:
            self.start_sweep(text)

    def start_sweep(self, text: str) -> bool:
        """The book's experiment, generalised: the panel's settings once per batch size."""
        if self.is_running():
            return False
        try:
            sizes = parse_batch_sizes(text)
            base = self.params.hyperparameters()
        except ValueError as exc:
            self.show_error(self.tr("Batch-size sweep"), str(exc))
            return False
        self.settings.setValue("sweep/batch_sizes", text)
        self._sweep = [Hyperparameters(**{**base.as_dict(), "batch_size": size}) for size in sizes]
        self._sweep_total = len(self._sweep)
        self._launch(self._sweep.pop(0))
        return True

    def _launch(self, hp: Hyperparameters) -> None:
        dataset = self.params.dataset()
        with self.plot.legend_update():
            # An older comparison must neither show next to this run nor slow it down.
            self._forget_results()
            self.run_hp, self.run_dataset, self.run_spec = hp, dataset, self.params.data_spec()
            self.run_name = self._run_name(hp)
            self.run_color = pick_color([run.color for run in self.history.runs()])
            self.plot.start_run(self.run_name, self.run_color)
        self._paused = False
        self._ready = False
        self.compare.set_l1(hp.l1)
        self.progress.setRange(0, hp.epochs)
        self.progress.setValue(0)
        self.job = TrainingJob(dataset, hp, self)
        worker = self.job.worker
        worker.epoch_delay = SPEEDS[self.speed.currentIndex()]
        if self.boundary.is_available():
            worker.grid = self.boundary.grid_points()
        worker.records.connect(self._on_records)
        worker.boundary.connect(self._on_boundary)
        worker.paused.connect(self._on_paused)
        worker.resumed.connect(self._on_resumed)
        worker.finished.connect(self._on_finished)
        worker.diverged.connect(self._on_diverged)
        worker.errored.connect(self._on_errored)
        self.job.thread.finished.connect(self._on_thread_finished)
        self.status_text.setText(self._training_text())
        self.retranslate()
        self._update_actions()
        # Last: from here on the GUI thread competes with the worker for the GIL.
        self.job.start()

    def _run_name(self, hp: Hyperparameters) -> str:
        """ "batch 32", plus whatever differs from the book's run, made unique in the history."""
        book = Hyperparameters()
        batch = self.tr("full") if hp.batch_size is None else str(hp.batch_size)
        parts = [self.tr("batch {0}").format(batch)]
        if hp.learning_rate != book.learning_rate:
            parts.append(self.tr("lr {0:g}").format(hp.learning_rate))
        if hp.l1:
            parts.append(f"L1 {hp.l1:g}")
        if hp.l2 != book.l2:
            parts.append(f"L2 {hp.l2:g}")
        if hp.units != book.units:
            parts.append(self.tr("{0} units").format(hp.units))
        if hp.init != book.init:
            parts.append(self.tr("all ones"))
        if hp.seed != book.seed:
            parts.append(self.tr("seed {0}").format(hp.seed))
        name = ", ".join(parts)
        taken = {run.name for run in self.history.runs()}
        candidate, number = name, 2
        while candidate in taken:
            candidate, number = f"{name} ({number})", number + 1
        return candidate

    def _training_text(self) -> str:
        if self._sweep_total:
            done = self._sweep_total - len(self._sweep)
            return self.tr("Sweep: run {0} of {1} ({2})…").format(
                done, self._sweep_total, self.run_name
            )
        return self.tr("Training…")

    def _is_current(self) -> bool:
        """True in a slot called by the current job's worker: a stopped job's queued signals
        may still arrive after a reset, and must not draw into the next run."""
        return self.job is not None and self.sender() is self.job.worker

    @Slot()
    def toggle_pause(self) -> None:
        if self.job is None:
            return
        if self._paused:
            self.job.worker.resume()
        else:
            self.job.worker.pause()
        self._paused = not self._paused
        self.retranslate()

    @Slot()
    def stop(self) -> None:
        """Stop the run (and the rest of a sweep); the runs finished so far stay."""
        self._sweep = []
        if self.job is not None:
            self.job.worker.stop()

    @Slot()
    def reset(self) -> None:
        """Clear what is shown: the run, the history and the comparison. A running job is
        stopped first; a history worth keeping is confirmed."""
        if self.history.ids() and not self.confirm(
            self.tr("Reset"), self.tr("Clear all runs in the history?")
        ):
            return
        self._sweep = []
        self._abandon_job()
        self._forget_results()
        self.history.clear()
        self.plot.start_run("")
        self.progress.setValue(0)
        self._ready = True
        self.retranslate()

    def _forget_results(self) -> None:
        """What was shown about the last run goes, and a comparison under way is dropped."""
        self.sklearn.cancel()
        self._sklearn_request = 0
        self.run_hp = self.run_dataset = None
        self.plot.set_sklearn_curve(None, "")
        self.boundary.clear_probabilities()
        self.compare.clear_ours()
        self.compare.set_theirs(None)

    def _apply_speed(self, index: int) -> None:
        if self.job is not None:
            self.job.worker.epoch_delay = SPEEDS[index]

    @Slot(list)
    def _on_records(self, records: list[EpochRecord]) -> None:
        if not self._is_current():
            return
        self.plot.extend(records)
        now = time.perf_counter()
        if now - self._status_shown >= STATUS_INTERVAL:
            self._status_shown = now
            self._show_progress(records[-1])

    @Slot(object)
    def _on_boundary(self, probabilities: np.ndarray) -> None:
        if self._is_current() and self.boundary.is_available():
            self.boundary.set_probabilities(probabilities)

    def _show_progress(self, last: EpochRecord) -> None:
        self.progress.setValue(last.epoch)
        self.status_text.setText(self._status_line(last))

    def _status_line(self, last: EpochRecord) -> str:
        assert self.run_hp is not None
        return self.tr("Epoch {0}/{1} · {2} weight updates · {3:.2f} s · loss {4:.4f}").format(
            last.epoch, self.run_hp.epochs, last.updates, last.seconds, last.train_loss
        )

    @Slot(int)
    def _on_paused(self, epoch: int) -> None:
        if not self._is_current():
            return
        self._show_paused(epoch)

    def _show_paused(self, epoch: int) -> None:
        self.progress.setValue(epoch)
        self.status_text.setText(
            self.tr("Paused after epoch {0}. Press Resume to go on.").format(epoch)
        )

    @Slot()
    def _on_resumed(self) -> None:
        if self._is_current():
            self.status_text.setText(self._training_text())

    @Slot(bool)
    def _on_finished(self, completed: bool) -> None:
        if not self._is_current():
            return
        records = self.plot.records()
        if records:
            self._show_progress(records[-1])
            self._show_our_scores(records)
            if learning_rate_warning([r.train_loss for r in records]):
                self.plot.message(
                    self.tr(
                        "The loss climbs and jumps: the learning rate is probably too high. "
                        "Try a smaller one."
                    )
                )
            line = self._status_line(records[-1])
            done = self.tr("Finished") if completed else self.tr("Stopped")
            self.status_text.setText(f"{done}: {line}")
        self.last_outcome = "done" if completed else "stopped"
        self.plot.flush()
        self.run_completed.emit()

    def _show_our_scores(self, records: list[EpochRecord]) -> None:
        job, data = self.job, self.run_dataset
        if job is None or data is None or job.worker.params is None:
            return
        params = job.worker.params
        train_acc = float(np.mean((predict_proba(params, data.x_train) > 0.5) == data.y_train))
        self.compare.set_ours(
            records[-1].val_acc, train_acc, records[-1].epoch, records[-1].seconds
        )

    @Slot(str, int)
    def _on_diverged(self, _message: str, epoch: int) -> None:
        if not self._is_current():
            return
        self.plot.message(
            self.tr(
                "Training stopped at epoch {0}: the loss became infinite or NaN. "
                "The learning rate is far too high; try one 10 or 100 times smaller."
            ).format(epoch)
        )
        self.status_text.setText(self.tr("Stopped at epoch {0}: numbers overflowed.").format(epoch))
        self.last_outcome = "diverged"
        self.plot.flush()
        self.run_completed.emit()

    @Slot(str)
    def _on_errored(self, details: str) -> None:
        if not self._is_current():
            return
        self.last_outcome = "error"
        self._sweep = []
        self.status_text.setText(self.tr("The run failed."))
        self.show_error(self.tr("The run failed"), details.strip().splitlines()[-1], details)

    @Slot()
    def _on_thread_finished(self) -> None:
        """The current job's thread has ended; a stopped job's late signal is ignored."""
        if self.job is not None and self.sender() is self.job.thread:
            self._finish_job()

    def _abandon_job(self) -> None:
        """Stop the current job now (reset, close): its outcome is not kept. A thread that does
        not end in time is kept referenced until it does, never destroyed while running."""
        job = self.job
        if job is None:
            return
        if not job.shutdown():
            self._stuck_jobs.append(job)
        self.last_outcome = ""
        self._finish_job()

    def _finish_job(self) -> None:
        job, self.job = self.job, None
        if job is not None and not job.is_running():
            job.deleteLater()
        self._paused = False
        outcome, self.last_outcome = self.last_outcome, ""
        if outcome in ("done", "stopped", "diverged"):
            self._keep_run(outcome)
        if outcome == "stopped":
            self._sweep = []
        self.retranslate()
        self._update_actions()
        if self._sweep:
            QTimer.singleShot(0, self._next_sweep_run)
        elif outcome in ("done", "diverged"):
            self._request_comparison()
        if outcome:
            self.run_finished.emit(outcome)
        if self._sweep_total and not self._sweep:
            self._sweep_total = 0
            self.sweep_finished.emit()

    def _next_sweep_run(self) -> None:
        if self._sweep and not self.is_running():
            self._launch(self._sweep.pop(0))

    def _keep_run(self, outcome: str) -> None:
        """The finished run joins the history; its overlay replaces the live curves."""
        records = self.plot.records()
        if not records or self.run_hp is None or self.run_spec is None:
            return
        run = Run(
            name=self.run_name,
            data=self.run_spec,
            hp=self.run_hp,
            records=records,
            outcome=outcome,
            color=self.run_color,
        )
        with self.plot.legend_update():
            self.plot.set_live_visible(False)
            self._last_run_id = self.history.add_run(run)

    def _on_run_added(self, run_id: int) -> None:
        run = self.history.run(run_id)
        self.plot.add_overlay(run_id, run.name, run.color, run.records)
        self.plot.set_overlay_visible(run_id, run.visible)

    def _on_run_renamed(self, run_id: int, _name: str) -> None:
        self._on_run_added(run_id)

    # ----------------------------------------------------------------- scikit-learn
    def _request_comparison(self) -> None:
        """Only between runs: scikit-learn's Python loop would compete with ours for the GIL
        and make our run look several times slower than it is."""
        if self.run_hp is None or self.run_dataset is None or self.is_running():
            return
        self.compare.set_theirs_running()
        self.plot.set_sklearn_curve(None, "")
        self._sklearn_request = self.sklearn.request(
            self.run_dataset, self.run_hp, self.compare.setup()
        )

    @Slot(object, int)
    def _on_sklearn_result(self, result: SklearnResult, request_id: int) -> None:
        if request_id != self._sklearn_request:
            return
        self.compare.set_theirs(result)
        self.history.set_sklearn(
            self._last_run_id,
            {
                "setup": result.setup,
                "val_score": result.val_score,
                "train_score": result.train_score,
                "n_iter": result.n_iter,
                "seconds": result.seconds,
                "seed": result.seed,
                "momentum": result.momentum,
            },
        )
        self.plot.set_sklearn_curve(
            result.loss_curve, self.tr("MLPClassifier loss (L2 added per batch)")
        )
        self.comparison_finished.emit()

    @Slot(str, int)
    def _on_sklearn_diverged(self, _message: str, request_id: int) -> None:
        if request_id != self._sklearn_request:
            return
        self.compare.set_theirs(None, "diverged")
        self.comparison_finished.emit()

    @Slot(str, int)
    def _on_sklearn_error(self, details: str, request_id: int) -> None:
        if request_id != self._sklearn_request:
            return
        self.compare.set_theirs(None, "failed")
        self.comparison_finished.emit()
        self.show_error(self.tr("scikit-learn failed"), details.strip().splitlines()[-1], details)

    def _on_params_changed(self) -> None:
        self.compare.set_l1(self.params.hyperparameters().l1)

    def _on_dataset_changed(self) -> None:
        """A 2-D dataset brings its decision boundary to the front; otherwise the help."""
        self.boundary.set_dataset(self.params.dataset())
        front = self.boundary if self.boundary.is_available() else self.help
        self.side_tabs.setCurrentWidget(front)
        self._on_params_changed()

    # ----------------------------------------------------------------- files
    def _ask_path(self, title: str, ext: str, filter_: str, name: str | None = None) -> str | None:
        hp = self.run_hp or self.params.hyperparameters()
        folder = self.params.last_folder or str(Path.home())
        name = name or suggested_name(hp, self.params.dataset_key(), ext)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_)
        if not path:
            return None
        if not path.lower().endswith("." + ext):
            path += "." + ext
        self.params.last_folder = str(Path(path).parent)
        return path

    @Slot()
    def export_png(self) -> None:
        width, ok = QInputDialog.getInt(
            self, self.tr("Export PNG"), self.tr("Width in pixels:"), 1600, 200, 10_000, 100
        )
        if ok and (path := self._ask_path(self.tr("Export PNG"), "png", "PNG (*.png)")):
            self._export(lambda: self.plot.export_png(path, width), path)

    @Slot()
    def export_svg(self) -> None:
        if path := self._ask_path(self.tr("Export SVG"), "svg", "SVG (*.svg)"):
            self._export(lambda: self.plot.export_svg(path), path)

    @Slot()
    def export_csv(self) -> None:
        if not self.plot.records():
            self.show_error(self.tr("Export CSV"), self.tr("Nothing to export yet: train a run."))
            return
        if path := self._ask_path(self.tr("Export CSV"), "csv", "CSV (*.csv)"):
            self._export(lambda: export_curves_csv(path, self.plot.records()), path)

    @Slot()
    def export_runs_csv(self) -> None:
        title = self.tr("Export all runs as CSV")
        if path := self._ask_path(title, "csv", "CSV (*.csv)", "minibatch_runs.csv"):
            self._export(lambda: write_text_atomic(path, runs_csv(self.history.runs())), path)

    @Slot()
    def save_experiment(self) -> None:
        title = self.tr("Save experiment")
        if path := self._ask_path(title, "json", self.tr("Experiment (*.json)"), "experiment.json"):
            self._export(lambda: save_experiment(path, self.history.runs()), path)

    @Slot()
    def open_experiment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open experiment"),
            self.params.last_folder,
            self.tr("Experiment (*.json);;All files (*)"),
        )
        if path and self._may_replace_history():
            self.params.last_folder = str(Path(path).parent)
            self.load_experiment_file(path)

    def _may_replace_history(self) -> bool:
        return not self.history.ids() or self.confirm(
            self.tr("Open experiment"),
            self.tr("The runs in the history will be replaced. Continue?"),
        )

    def load_experiment_file(self, path: str) -> bool:
        """Replace the history with the file's runs; a damaged file changes nothing."""
        if self.is_running():
            return False
        try:
            runs = load_experiment(path)
        except ExperimentError as exc:
            self.show_error(self.tr("Cannot open the experiment"), str(exc))
            return False
        self._forget_results()
        with self.plot.legend_update():
            self.plot.start_run("")
            self.plot.set_live_visible(False)
            self.history.set_runs(runs)
        self.status_text.setText(self.tr("Opened {0}: {1} runs.").format(path, len(runs)))
        return True

    def _export(self, write, path: str) -> bool:
        try:
            write()
        except OSError as exc:
            self.show_error(
                self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(path, exc)
            )
            return False
        self.status_text.setText(self.tr("Saved {0}").format(path))
        return True

    @Slot()
    def copy_as_python(self) -> CodeDialog:
        code = python_snippet(self.params.data_spec(), self.params.hyperparameters())
        dialog = CodeDialog(code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ----------------------------------------------------------------- dialogs
    def show_error(self, title: str, text: str, details: str = "") -> None:
        """Every error the student sees goes through here (tests replace it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, title: str, question: str) -> bool:
        """Yes/no questions go through here (tests replace it)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, default: str) -> tuple[str, bool]:
        """Free-text questions go through here (tests replace it)."""
        return QInputDialog.getText(self, title, label, text=default)

    @Slot()
    def show_help(self) -> None:
        self.side_tabs.setCurrentWidget(self.help)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Minibatch Lab"),
            self.tr(
                "Minibatch Lab trains the two-layer network of “Do it! 딥러닝 입문”, section 6-3, "
                "with mini-batch gradient descent, and shows the loss curves as they grow."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop and join the training thread before the window goes: no thread outlives it."""
        self._sweep = []
        self._abandon_job()
        self.sklearn.close()
        self.save_settings()
        super().closeEvent(event)
