"""The main window: parameters on the left, live curves in the middle, scikit-learn on the right.

The window owns at most one training job at a time. Everything the worker says arrives here as
a queued signal, in the GUI thread; the window decides what the student sees.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import Dataset
from engine.hyperparameters import Hyperparameters
from engine.network import predict_proba
from engine.reference import SklearnResult
from engine.training import EpochRecord, learning_rate_warning
from gui.compare_panel import ComparePanel
from gui.export import export_curves_csv, suggested_name
from gui.params_panel import ParamsPanel
from gui.plot_panel import PlotPanel
from gui.worker import SklearnRunner, TrainingJob

# The status line is a number to read, not an animation: ten updates a second are plenty,
# and each costs the training thread the GIL.
STATUS_INTERVAL = 0.1
# Seconds to wait after each epoch, so a class can watch the curves form.
SPEEDS = (0.0, 0.01, 0.04, 0.2)


class MainWindow(QMainWindow):
    """Signals named for what happened, so tests and the screenshot mode can wait on them."""

    run_finished = Signal(str)  # "done", "stopped", "diverged" or "error"
    comparison_finished = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.params = ParamsPanel()
        self.plot = PlotPanel()
        self.compare = ComparePanel()
        self.sklearn = SklearnRunner(self)
        self.job: TrainingJob | None = None
        self.run_hp: Hyperparameters | None = None
        self.run_dataset: Dataset | None = None
        self.last_outcome = ""
        self._status_shown = 0.0
        self._sklearn_request = 0
        self._paused = False

        self._build_actions()
        self._build_layout()
        self._connect()
        self._restore()
        self.retranslate()
        self._update_actions()

    # ----------------------------------------------------------------- construction
    def _build_actions(self) -> None:
        def action(slot, shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.act_start = action(self.start, "Ctrl+Return")
        self.act_pause = action(self.toggle_pause, "Ctrl+P")
        self.act_stop = action(self.stop, "Esc")
        self.act_reset = action(self.reset, "Ctrl+R")
        self.act_defaults = action(self.params.reset_defaults)
        self.act_png = action(self.export_png, "Ctrl+E")
        self.act_svg = action(self.export_svg)
        self.act_csv = action(self.export_csv, "Ctrl+Shift+E")
        self.act_quit = action(self.close, QKeySequence.StandardKey.Quit)
        self.act_about = action(self.show_about)

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
        self.speed_label = QLabel()
        self.toolbar.addWidget(self.speed_label)
        self.toolbar.addWidget(self.speed)
        self.toolbar.addSeparator()
        for act in (self.act_png, self.act_svg, self.act_csv):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_png, self.act_svg, self.act_csv):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_run = bar.addMenu("")
        for act in (self.act_start, self.act_pause, self.act_stop, self.act_reset):
            self.menu_run.addAction(act)
        self.menu_run.addSeparator()
        self.menu_run.addAction(self.act_defaults)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _build_layout(self) -> None:
        scroll = QScrollArea()
        scroll.setWidget(self.params)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.params.sizeHint().width() + 24)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare)
        right_layout.addStretch(1)
        right.setMinimumWidth(280)
        right.setMaximumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.plot)
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
        self.params.dataset_changed.connect(self._on_params_changed)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry", QByteArray(), type=QByteArray)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.params.restore_settings(s)
        self.compare.set_setup(s.value("compare/setup", "book", type=str))
        self.speed.setCurrentIndex(min(max(s.value("run/speed", 0, type=int), 0), len(SPEEDS) - 1))

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("compare/setup", self.compare.setup())
        s.setValue("run/speed", self.speed.currentIndex())
        self.params.save_settings(s)
        s.sync()

    # ----------------------------------------------------------------- texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
                self.tr("Clear the curves and the results (Ctrl+R)."),
            ),
            self.act_defaults: (self.tr("Restore the book's settings"), ""),
            self.act_png: (self.tr("Export PNG…"), self.tr("Save the plot as a picture (Ctrl+E).")),
            self.act_svg: (self.tr("Export SVG…"), self.tr("Save the plot as a vector drawing.")),
            self.act_csv: (self.tr("Export CSV…"), self.tr("Save the curves, one row per epoch.")),
            self.act_quit: (self.tr("Quit"), ""),
            self.act_about: (self.tr("About Minibatch Lab"), ""),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip or text)
            act.setStatusTip(tip)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_run.setTitle(self.tr("&Run"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.speed_label.setText(self.tr(" Speed: "))
        names = (
            self.tr("Full speed"),
            self.tr("Slow"),
            self.tr("Slower"),
            self.tr("Slowest"),
        )
        for index, name in enumerate(names):
            self.speed.setItemText(index, name)
        self.speed.setToolTip(
            self.tr(
                "Slow the run down so a class can watch the curves form; the numbers do not change."
            )
        )
        if not self.status_text.text():
            self.status_text.setText(self.tr("Ready. Press Start to train."))

    # ----------------------------------------------------------------- running
    def is_running(self) -> bool:
        return self.job is not None

    def _update_actions(self) -> None:
        running = self.is_running()
        self.act_start.setEnabled(not running)
        self.act_pause.setEnabled(running)
        self.act_stop.setEnabled(running)
        self.act_defaults.setEnabled(not running)
        self.params.set_running(running)

    @Slot()
    def start(self) -> None:
        if self.is_running():
            return
        try:
            dataset = self.params.dataset()
            hp = self.params.hyperparameters()
        except ValueError as exc:
            self.show_error(self.tr("Cannot start"), str(exc))
            return
        self.run_hp, self.run_dataset = hp, dataset
        self._paused = False
        self.plot.clear_message()
        self.plot.start_run(self.tr("batch {0}").format(hp.batch_label()))
        self.compare.clear_ours()
        self.compare.set_l1(hp.l1)
        self.progress.setRange(0, hp.epochs)
        self.progress.setValue(0)
        self.job = TrainingJob(dataset, hp, self)
        worker = self.job.worker
        worker.epoch_delay = SPEEDS[self.speed.currentIndex()]
        worker.records.connect(self._on_records)
        worker.paused.connect(self._on_paused)
        worker.resumed.connect(self._on_resumed)
        worker.finished.connect(self._on_finished)
        worker.diverged.connect(self._on_diverged)
        worker.errored.connect(self._on_errored)
        self.job.thread.finished.connect(self._on_thread_finished)
        self.compare.set_theirs(None)
        self.plot.set_sklearn_curve(None, "")
        self.status_text.setText(self.tr("Training…"))
        self.retranslate()
        self._update_actions()
        # Last: from here on the GUI thread competes with the worker for the GIL.
        self.job.start()

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
        if self.job is not None:
            self.job.worker.stop()

    @Slot()
    def reset(self) -> None:
        """Clear what is shown; a running job is stopped first (its curves go too)."""
        if self.job is not None:
            self.job.shutdown()
            self._on_thread_finished()
        self.plot.start_run("")
        self.plot.clear_message()
        self.plot.set_sklearn_curve(None, "")
        self.compare.clear_ours()
        self.compare.set_theirs(None)
        self.progress.setValue(0)
        self.status_text.setText(self.tr("Ready. Press Start to train."))

    def _apply_speed(self, index: int) -> None:
        if self.job is not None:
            self.job.worker.epoch_delay = SPEEDS[index]

    @Slot(list)
    def _on_records(self, records: list[EpochRecord]) -> None:
        self.plot.extend(records)
        now = time.perf_counter()
        if now - self._status_shown >= STATUS_INTERVAL:
            self._status_shown = now
            self._show_progress(records[-1])

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
        self.progress.setValue(epoch)
        self.status_text.setText(
            self.tr("Paused after epoch {0}. Press Resume to go on.").format(epoch)
        )

    @Slot()
    def _on_resumed(self) -> None:
        self.status_text.setText(self.tr("Training…"))

    @Slot(bool)
    def _on_finished(self, completed: bool) -> None:
        records = self.plot.records()
        if records:
            self._show_progress(records[-1])
            self._show_our_scores(records)
            hint = learning_rate_warning([r.train_loss for r in records])
            if hint:
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
    def _on_diverged(self, message: str, epoch: int) -> None:
        self.plot.message(
            self.tr(
                "Training stopped at epoch {0}: the loss became infinite or NaN. "
                "The learning rate is far too high; try one 10 or 100 times smaller."
            ).format(epoch)
        )
        self.status_text.setText(self.tr("Stopped at epoch {0}: numbers overflowed.").format(epoch))
        self.last_outcome = "diverged"

    @Slot(str)
    def _on_errored(self, details: str) -> None:
        self.last_outcome = "error"
        self.status_text.setText(self.tr("The run failed."))
        self.show_error(self.tr("The run failed"), details.strip().splitlines()[-1], details)

    @Slot()
    def _on_thread_finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.thread.wait()
            job.deleteLater()
        self._paused = False
        self.retranslate()
        self._update_actions()
        if self.last_outcome in ("done", "diverged"):
            self._request_comparison()
        if self.last_outcome:
            self.run_finished.emit(self.last_outcome)
            self.last_outcome = ""

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

    # ----------------------------------------------------------------- export
    def _ask_path(self, title: str, ext: str, filter_: str) -> str | None:
        hp = self.run_hp or self.params.hyperparameters()
        folder = self.settings.value("files/last_folder", str(Path.home()), type=str)
        name = suggested_name(hp, self.params.dataset_key(), ext)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_)
        if not path:
            return None
        if not path.lower().endswith("." + ext):
            path += "." + ext
        self.settings.setValue("files/last_folder", str(Path(path).parent))
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
        if path := self._ask_path(self.tr("Export CSV"), "csv", "CSV (*.csv)"):
            self._export(lambda: export_curves_csv(path, self.plot.records()), path)

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

    # ----------------------------------------------------------------- dialogs
    def show_error(self, title: str, text: str, details: str = "") -> None:
        """Every error the student sees goes through here (tests replace it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        if details:
            box.setDetailedText(details)
        box.exec()

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
        if self.job is not None:
            self.job.shutdown()
            self._on_thread_finished()
        self.sklearn.close()
        self.save_settings()
        super().closeEvent(event)
