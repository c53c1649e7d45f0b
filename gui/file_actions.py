"""What the File menu does: export the plot and the curves, save and open experiments.

Each action asks for a path (``ask_save_path``, ``ask_open_path``: tests and scripts replace
them, or pass a path) and reports what happened through the session's status line, or an error
through the window's ``show_error``. Files are written through ``engine.safe_output``:
atomically (a failed write leaves the old file as it was), never onto a link, a pipe or a
device, and never onto a data file the window read - the CSV selected now or behind any run in
the history - which a slip in the save dialog would otherwise destroy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from engine.curves import batch_losses_csv, epoch_batch_losses, write_text_atomic
from engine.experiment import ExperimentError, experiment_json, load_experiment, runs_csv
from engine.safe_output import shown_path
from gui.export import export_curves_csv, suggested_name
from gui.plot_figure import DEFAULT_SCALE, FIGURE_SIZE, SCALES

if TYPE_CHECKING:
    from gui.main_window import MainWindow

logger = logging.getLogger(__name__)


class FileActions(QObject):
    """The window's file dialogs and writes, kept out of the window class."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last_folder = str(Path.home())

    # ------------------------------------------------------------------ dialogs

    def ask_save_path(self, title: str, ext: str, filter_: str, name: str = "") -> str | None:
        """A path to write, with ``ext`` added if the user left it out; None if cancelled."""
        window = self._window
        hp = window.params.hyperparameters()
        name = name or suggested_name(hp, window.params.dataset_key(), ext)
        start = str(Path(self.last_folder or Path.home()) / name)
        path, _ = QFileDialog.getSaveFileName(window, title, start, filter_)
        if not path:
            return None
        if not path.lower().endswith("." + ext):
            path += "." + ext
        self.last_folder = str(Path(path).parent)
        return path

    def ask_open_path(self, title: str, filter_: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._window, title, self.last_folder, filter_)
        if not path:
            return None
        self.last_folder = str(Path(path).parent)
        return path

    def ask_png_scale(self) -> int | None:
        """1x, 2x or 3x the figure's size (2x: sharp on a projector or a high-DPI screen)."""
        width, height = FIGURE_SIZE
        choices = [
            self.tr("{0}x: {1} × {2} pixels").format(scale, scale * width, scale * height)
            for scale in SCALES
        ]
        choice, ok = QInputDialog.getItem(
            self._window,
            self.tr("Export PNG"),
            self.tr("Size of the picture (2x is sharp on a slide):"),
            choices,
            SCALES.index(DEFAULT_SCALE),
            False,
        )
        return SCALES[choices.index(choice)] if ok else None

    # ------------------------------------------------------------------ actions

    def export_png(self, path: str | None = None, scale: int | None = None) -> bool:
        """The plot as a figure PNG at 1x, 2x (the default offered) or 3x."""
        scale = scale or self.ask_png_scale()
        if scale is None:
            return False
        path = path or self.ask_save_path(self.tr("Export PNG"), "png", "PNG (*.png)")
        return bool(path) and self._write(
            lambda: self._window.plot.export_png(path, scale, self.data_files()), path
        )

    def copy_plot(self, scale: int = DEFAULT_SCALE) -> bool:
        """The plot as a figure on the clipboard, to paste into a slide or a chat."""
        image = self._window.plot.figure_image(scale)
        QGuiApplication.clipboard().setImage(image)
        self._window.session.notify("copied", width=image.width(), height=image.height())
        return True

    def export_svg(self, path: str | None = None) -> bool:
        path = path or self.ask_save_path(self.tr("Export SVG"), "svg", "SVG (*.svg)")
        return bool(path) and self._write(
            lambda: self._window.plot.export_svg(path, self.data_files()), path
        )

    def export_csv(self, path: str | None = None) -> bool:
        """The latest run's curves, one row per epoch."""
        session = self._window.session
        ids = session.ids()
        if not ids or not session.run(ids[-1]).records:
            self._window.show_error(
                self.tr("Export CSV"), self.tr("Nothing to export yet: train a run.")
            )
            return False
        records = list(session.run(ids[-1]).records)
        path = path or self.ask_save_path(self.tr("Export CSV"), "csv", "CSV (*.csv)")
        return bool(path) and self._write(
            lambda: export_curves_csv(path, records, self.data_files()), path
        )

    def export_batch_csv(self, path: str | None = None) -> bool:
        """The latest run's loss of every mini-batch: epoch, batch, batch size, loss."""
        title = self.tr("Export mini-batch losses as CSV")
        session = self._window.session
        ids = session.ids()
        run = session.run(ids[-1]) if ids else None
        if run is None or not run.records:
            self._window.show_error(title, self.tr("Nothing to export yet: train a run."))
            return False
        if not any(len(epoch_batch_losses(record)) for record in run.records):
            self._window.show_error(
                title,
                self.tr(
                    "This run keeps no mini-batch losses (runs opened from older files have "
                    "none): train it again to export them."
                ),
            )
            return False
        records, batch_size = list(run.records), run.hp.batch_size
        name = suggested_name(run.hp, run.data.key(), "csv")
        name = name.replace(".csv", "_batches.csv")
        path = path or self.ask_save_path(title, "csv", "CSV (*.csv)", name)
        return bool(path) and self._write(
            lambda: self._write_text(path, batch_losses_csv(records, batch_size)), path
        )

    def export_runs_csv(self, path: str | None = None) -> bool:
        title = self.tr("Export all runs as CSV")
        path = path or self.ask_save_path(title, "csv", "CSV (*.csv)", "minibatch_runs.csv")
        runs = self._window.session.runs_for_saving()
        return bool(path) and self._write(lambda: self._write_text(path, runs_csv(runs)), path)

    def save_experiment(self, path: str | None = None) -> bool:
        title = self.tr("Save experiment")
        path = path or self.ask_save_path(
            title, "json", self.tr("Experiment (*.json)"), "experiment.json"
        )
        runs = self._window.session.runs_for_saving()
        return bool(path) and self._write(
            lambda: self._write_text(path, experiment_json(runs)), path
        )

    def open_experiment(self, path: str | None = None) -> bool:
        """Replace the history with a file's runs (asking first if there are runs); the
        panel gets the settings of its last run. A damaged file changes nothing."""
        window = self._window
        title = self.tr("Open experiment")
        if window.session.is_busy():
            return False
        path = path or self.ask_open_path(title, self.tr("Experiment (*.json);;All files (*)"))
        if not path:
            return False
        if window.session.ids() and not window.confirm(
            title, self.tr("The runs in the history will be replaced. Continue?")
        ):
            return False
        try:
            runs = load_experiment(path)
        except ExperimentError as exc:
            window.show_error(self.tr("Cannot open the experiment"), str(exc))
            return False
        window.session.load(runs)
        if runs:
            window.use_settings(window.session.ids()[-1])
        window.session.notify("opened", path=path, count=len(runs))
        return True

    def data_files(self) -> list[str]:
        """The CSV files the window read: the one selected and those behind the history's
        runs. No export may replace them."""
        window = self._window
        specs = [window.params.data_spec(), *(run.data for run in window.session.runs())]
        return sorted({spec.path for spec in specs if spec.kind == "csv" and spec.path})

    def _write_text(self, path: str, text: str) -> None:
        write_text_atomic(path, text, self.data_files())

    def _write(self, write: Callable[[], None], path: str) -> bool:
        try:
            write()
        except (OSError, ValueError) as exc:
            logger.warning("could not write %s: %s", path, exc)
            # A refusal already names the path: say it once.
            detail = str(exc).removeprefix(f"Cannot write {shown_path(path)}: ")
            self._window.show_error(
                self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(path, detail)
            )
            return False
        self._window.session.notify("saved", path=path)
        return True
