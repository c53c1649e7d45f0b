"""The main window: parameters on the left, curves and the run history in the middle,
scikit-learn, the decision boundary and the help on the right.

The window holds actions, menus and the layout. The state lives in the run session
(``gui.session``): the window turns clicks into session requests, and every panel watches the
session and draws what it holds. Spin-box -> ``ParamsPanel.hyperparameters()`` -> Start ->
``RunSession.start`` -> training thread -> ``records_added`` -> ``PlotPanel`` buffers -> redraw.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
)

from engine.hyperparameters import Hyperparameters
from engine.snippet import python_snippet
from gui import settings_store
from gui.boundary_view import PROBE, BoundaryView
from gui.compare_panel import ComparePanel
from gui.dialogs import DEFAULT_SWEEP, CodeDialog, parse_batch_sizes, show_about
from gui.file_actions import FileActions
from gui.help_panel import HelpPanel
from gui.history_panel import HistoryPanel
from gui.insight_actions import InsightActions
from gui.language import LANGUAGES, Retranslatable, current_language, install_language, resolve
from gui.params_panel import ParamsPanel
from gui.plot_panel import PlotPanel
from gui.session import RunSession
from gui.status_line import StatusLine
from gui.step_panel import StepPanel
from gui.tooltips import wrap_long_tooltips
from gui.weights_view import PROBE as WEIGHTS_PROBE
from gui.weights_view import WeightsView
from gui.window_layout import WindowColumns
from gui.window_texts import action_texts

logger = logging.getLogger(__name__)

# Seconds to wait after each epoch, so a class can watch the curves form.
SPEEDS = (0.0, 0.01, 0.04, 0.2)
LANGUAGE_CHOICES = ("auto", *LANGUAGES)
CLOSE_WAIT_MS = 2000  # then the window hides and the process ends when the run's batch does


class MainWindow(Retranslatable, QMainWindow):
    """The window of one run session. ``show_error``, ``confirm`` and ``ask_text`` are the
    only dialogs it opens itself; tests and the screenshot mode replace them."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.session = RunSession(self)
        self.params = ParamsPanel()
        self.plot = PlotPanel(self.session)
        self.compare = ComparePanel(self.session)
        self.history = HistoryPanel(self.session)
        self.boundary = BoundaryView()
        self.weights = WeightsView(self.session)
        self.minibatch = StepPanel(self.session)
        self.help = HelpPanel()
        self.files = FileActions(self)
        self.insight = InsightActions(self)
        self._closing = False
        self._sized = False
        self.session.add_probe(PROBE, self.boundary.probe)
        self.session.add_probe(WEIGHTS_PROBE, self.weights.probe)

        self._build_actions()
        self._build_menus()
        self._build_layout()
        self.status = StatusLine(self.session, self.statusBar())
        self._connect()
        self._restore()
        self.retranslate()
        self._update_actions()

    # ------------------------------------------------------------------ construction

    def _action(self, key: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        """An action whose texts are ``window_texts.action_texts()[key]``."""
        act = QAction(self)
        self._actions[key] = act
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        session, files = self.session, self.files
        self._actions: dict[str, QAction] = {}
        self.act_start = self._action("start", self.start, "Ctrl+Return")
        self.act_pause = self._action("pause", session.toggle_pause, "Ctrl+P")
        self.act_stop = self._action("stop", session.stop, "Esc")
        self.act_reset = self._action("reset", self.reset, "Ctrl+R")
        self.act_sweep = self._action("sweep", self.ask_sweep, "Ctrl+B")
        self.act_step = self._action("step", self.insight.step, "F10")
        self.act_defaults = self._action("defaults", self.params.reset_defaults)
        self.act_open_csv = self._action("open_csv", self.params.choose_csv, "Ctrl+Shift+O")
        self.act_png = self._action("png", lambda: files.export_png(), "Ctrl+E")
        self.act_svg = self._action("svg", lambda: files.export_svg())
        self.act_csv = self._action("csv", lambda: files.export_csv(), "Ctrl+Shift+E")
        self.act_runs_csv = self._action("runs_csv", lambda: files.export_runs_csv())
        self.act_save = self._action(
            "save", lambda: files.save_experiment(), QKeySequence.StandardKey.Save
        )
        self.act_open = self._action(
            "open", lambda: files.open_experiment(), QKeySequence.StandardKey.Open
        )
        self.act_code = self._action("code", self.copy_as_python, "Ctrl+Alt+C")
        self.act_copy_plot = self._action("copy_plot", lambda: files.copy_plot(), "Ctrl+Shift+C")
        self.act_batch_csv = self._action("batch_csv", lambda: files.export_batch_csv())
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_help = self._action("help", self.show_help, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action("about", lambda: show_about(self))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_CHOICES:
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _checked, code=code: self.set_language(code))
            self.language_group.addAction(act)
            self.language_actions[code] = act

        self.speed = QComboBox()
        self.speed.addItems([""] * len(SPEEDS))
        self.speed.currentIndexChanged.connect(lambda i: session.set_delay(SPEEDS[i]))
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.act_start, self.act_pause, self.act_stop, self.act_reset, self.act_step):
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
        files = (self.act_open, self.act_save, None, self.act_png, self.act_svg, self.act_copy_plot)
        files += (self.act_csv, self.act_runs_csv, self.act_batch_csv, None, self.act_code, None)
        for act in (*files, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_data = bar.addMenu("")
        self.menu_data.addAction(self.act_open_csv)
        self.menu_run = bar.addMenu("")
        run_actions = (self.act_start, self.act_pause, self.act_stop, self.act_reset)
        for act in (*run_actions, self.act_sweep, self.act_step):
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
        self.columns = WindowColumns(
            self.params,
            self.plot,
            self.history,
            self.compare,
            (self.boundary, self.weights, self.minibatch, self.help),
        )
        self.side_tabs = self.columns.side_tabs
        self.setCentralWidget(self.columns)
        for widget in self.plot.plot_widgets():  # the plot's right-click menu
            widget.add_menu_actions(self.act_png, self.act_svg, self.act_copy_plot)

    def _connect(self) -> None:
        session = self.session
        self.params.changed.connect(self._on_settings_changed)
        self.params.dataset_changed.connect(self._on_dataset_changed)
        self.params.data_notice.connect(lambda kind, path: session.notify(kind, path=path))
        self.history.use_settings.connect(self.use_settings)
        self.compare.seeds_requested.connect(self.insight.study_seeds)
        self.compare.explain_requested.connect(self.insight.explain)
        session.busy_changed.connect(self._update_actions)
        session.paused_changed.connect(self._show_pause)
        session.probed.connect(self.boundary.show_probe)
        session.runs_reset.connect(self.boundary.clear_probabilities)
        session.run_failed.connect(self._on_run_failed)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry", QByteArray())
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.params.restore_settings(s)
        self.plot.restore_settings(s)
        self.files.last_folder = settings_store.read_text(s, "files/last_folder", "")
        self.compare.restore_settings(s)
        self.speed.setCurrentIndex(settings_store.read_int(s, "run/speed", 0, 0, len(SPEEDS) - 1))
        language = settings_store.read_choice(s, "ui/language", "auto", LANGUAGE_CHOICES)
        self.language_actions[language].setChecked(True)
        self.help.set_language(current_language())
        self._on_dataset_changed()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        self.compare.save_settings(s)
        settings_store.write_number(s, "run/speed", self.speed.currentIndex())
        s.setValue("files/last_folder", self.files.last_folder)
        self.params.save_settings(s)
        self.plot.save_settings(s)
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        """At the first show, share the space among the columns; then the user's splitters."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.columns.share_space()

    # ------------------------------------------------------------------ texts

    def set_language(self, choice: str) -> None:
        """Switch now, and remember: every panel retranslates itself on LanguageChange."""
        app = QApplication.instance()
        code = install_language(app, choice) if app is not None else resolve(choice)
        self.language_actions[choice].setChecked(True)
        self.settings.setValue("ui/language", choice)
        self.help.set_language(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Minibatch Lab — mini-batch gradient descent"))
        texts = action_texts(self.session.is_paused())
        for key, act in self._actions.items():
            text, tip = texts[key]
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
        # Once every panel has its new texts (they retranslate after the window).
        QTimer.singleShot(0, self, lambda: wrap_long_tooltips(self))
        tabs = self.side_tabs
        # Four tabs fit the column only with a short name for the boundary; the tip has it all.
        tabs.setTabText(tabs.indexOf(self.boundary), self.tr("Boundary"))
        tabs.setTabToolTip(tabs.indexOf(self.boundary), self.tr("Decision boundary"))
        tabs.setTabText(tabs.indexOf(self.weights), self.tr("Weights"))
        tabs.setTabText(tabs.indexOf(self.minibatch), self.tr("Mini-batch"))
        tabs.setTabText(tabs.indexOf(self.help), self.tr("Explain"))
        self.speed_label.setText(self.tr(" Speed: "))
        names = (self.tr("Full speed"), self.tr("Slow"), self.tr("Slower"), self.tr("Slowest"))
        for index, name in enumerate(names):
            self.speed.setItemText(index, name)
        self.speed.setToolTip(
            self.tr(
                "Slow the run down so a class can watch the curves form; the numbers do not change."
            )
        )
        QTimer.singleShot(0, self.columns, self.columns.fit_contents)  # after the panels' words

    # ------------------------------------------------------------------ running

    def is_running(self) -> bool:
        return self.session.is_busy()

    def _update_actions(self) -> None:
        busy = self.session.is_busy()
        for act in (self.act_start, self.act_sweep, self.act_defaults, self.act_open):
            act.setEnabled(not busy)
        self.act_pause.setEnabled(busy)
        self.act_stop.setEnabled(busy)
        self.act_step.setEnabled(self.session.sweep_position() == (0, 0))
        self.params.set_running(busy)

    @Slot()
    def _show_pause(self) -> None:
        text, tip = action_texts(self.session.is_paused())["pause"]
        self.act_pause.setText(text)
        self.act_pause.setToolTip(tip)

    @Slot()
    def start(self) -> int | None:
        """Train the panel's settings once; the new run's id, or None."""
        hp = None if self.session.is_busy() else self.checked_settings(self.tr("Cannot start"))
        if hp is None:
            return None
        return self.session.start(hp, self.params.dataset(), self.params.data_spec())

    def checked_settings(self, title: str) -> Hyperparameters | None:
        """The panel's settings, or None once a dialog titled ``title`` said what is wrong."""
        try:
            return self.params.hyperparameters()
        except ValueError as exc:
            self.show_error(title, str(exc))
            return None

    def ask_sweep(self) -> None:
        default = settings_store.read_text(self.settings, "sweep/batch_sizes", DEFAULT_SWEEP)
        text, ok = self.ask_text(
            self.tr("Batch-size sweep"),
            self.tr("Batch sizes to train, separated by commas ('full' = all rows):"),
            default,
        )
        if ok:
            self.start_sweep(text)

    def start_sweep(self, text: str) -> bool:
        """The book's experiment, generalised: the panel's settings once per batch size."""
        if self.session.is_busy():
            return False
        try:
            sizes = parse_batch_sizes(text)
            base = self.params.hyperparameters()
        except ValueError as exc:
            self.show_error(self.tr("Batch-size sweep"), str(exc))
            return False
        self.settings.setValue("sweep/batch_sizes", text)
        hps = [Hyperparameters(**{**base.as_dict(), "batch_size": size}) for size in sizes]
        return self.session.start_sweep(hps, self.params.dataset(), self.params.data_spec())

    @Slot()
    def reset(self) -> None:
        """Clear all: runs, comparison, hints, status. A history worth keeping is confirmed."""
        if self.session.ids() and not self.confirm(
            self.tr("Reset"), self.tr("Clear all runs in the history?")
        ):
            return
        self.session.clear()

    @Slot(int)
    def use_settings(self, run_id: int) -> bool:
        """Put a run's data and settings back into the panel; False if its data cannot be."""
        run = self.session.run(run_id)
        loaded = self.params.show_data(run.data)
        self.params.set_hyperparameters(run.hp)
        return loaded

    def _on_settings_changed(self) -> None:
        self.session.comparison.set_settings(self.params.data_spec(), self.params.hyperparameters())

    def _on_dataset_changed(self) -> None:
        """A 2-D dataset brings its decision boundary to the front; otherwise the help."""
        self.boundary.set_dataset(self.params.dataset())
        self.minibatch.set_dataset(self.params.dataset())
        self.params.training.suggestion.set_kind(self.params.data_spec().kind)
        front = self.boundary if self.boundary.is_available() else self.help
        self.side_tabs.setCurrentWidget(front)
        self._on_settings_changed()

    @Slot(str)
    def _on_run_failed(self, details: str) -> None:
        self.show_error(self.tr("The run failed"), details.strip().splitlines()[-1], details)

    @Slot()
    def copy_as_python(self) -> CodeDialog | None:
        """The code of the panel's run; None (after a message) for settings it cannot hold."""
        hp = self.checked_settings(self.tr("Cannot copy as Python"))
        if hp is None:
            return None
        comparison = self.session.comparison  # its MLPClassifier part as the panel sets it
        code = python_snippet(
            self.params.data_spec(),
            hp,
            setup=comparison.setup(),
            sklearn_seed=comparison.seed(),
        )
        dialog = CodeDialog(code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ dialogs

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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the run and join its thread before the window goes. A run inside a mini-batch
        that takes longer (a huge CSV, full batch) cannot be interrupted: the window hides
        and closes for good when that batch ends, so no thread outlives its QThread."""
        if not self._closing:
            self._closing = True
            self.save_settings()
        if self.session.shutdown(CLOSE_WAIT_MS):
            super().closeEvent(event)
            return
        logger.info("closing: waiting for the training thread to finish its mini-batch")
        event.ignore()
        self.hide()
        self.session.idle.connect(self._close_when_idle)

    @Slot()
    def _close_when_idle(self) -> None:
        """The last thread has ended: close for good. A hidden window's close does not count
        as the last window closing, so quit as Qt would have."""
        self.close()
        app = QApplication.instance()
        if app.quitOnLastWindowClosed() and not any(
            widget.isVisible() for widget in app.topLevelWidgets()
        ):
            app.quit()
