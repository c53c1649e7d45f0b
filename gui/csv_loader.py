"""Reading a CSV off the GUI thread, with progress and Cancel.

A million-row file takes seconds to read; read in the GUI thread it would freeze the window for
all of them. The engine's reader is a plain function that reports progress and asks "was I
cancelled?" between chunks (Orange's TaskState idea); here a worker in a QThread drives it and
turns what happens into signals of a job object that lives in the GUI thread, so slots connected
to the job run in the GUI thread and never touch the worker.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from engine.csv_fast import warm_up_reader
from engine.csv_import import (
    CsvReport,
    ImportOptions,
    LoadCancelled,
    dataset_from_table,
    read_csv,
)
from engine.datasets import Dataset, DatasetError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class CsvLoadResult:
    """A loaded CSV: the split dataset, and what its import chose (for the summary)."""

    dataset: Dataset
    report: CsvReport


class _CsvLoadWorker(QObject):
    """Runs in the job's thread: reads, splits, and reports exactly one outcome."""

    progressed = Signal(float)
    loaded = Signal(object)  # CsvLoadResult
    failed = Signal(object)  # DatasetError
    cancelled = Signal()
    crashed = Signal(str)  # the traceback of an unexpected exception

    def __init__(
        self, path: str, options: ImportOptions | None, val_ratio: float, seed: int
    ) -> None:
        super().__init__()
        self.path, self.options, self.val_ratio, self.seed = path, options, val_ratio, seed
        self.cancel_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            table = read_csv(
                self.path,
                self.options,
                progress=self.progressed.emit,
                cancelled=self.cancel_requested.is_set,
            )
            if self.cancel_requested.is_set():
                raise LoadCancelled
            dataset = dataset_from_table(table, self.val_ratio, self.seed)
            result = CsvLoadResult(dataset, table.report)
            del table  # the unsplit rows: free them before the GUI thread gets the result
            self.loaded.emit(result)
        except LoadCancelled:
            self.cancelled.emit()
        except DatasetError as error:
            self.failed.emit(error)
        except Exception:
            logger.exception("reading %s failed unexpectedly", self.path)
            self.crashed.emit(traceback.format_exc())
        finally:
            QThread.currentThread().quit()


class CsvLoadJob(QObject):
    """One read of one file in its own thread. Its signals are emitted in the GUI thread.

    Exactly one of ``loaded``, ``failed``, ``cancelled`` or ``crashed`` follows ``start()``,
    then ``finished`` once the thread has ended.
    """

    progressed = Signal(float)  # the share of the file read, 0 to 1
    loaded = Signal(object)  # CsvLoadResult
    failed = Signal(object)  # DatasetError, to be worded with gui.data_errors.describe
    cancelled = Signal()
    crashed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        path: str,
        options: ImportOptions | None,
        val_ratio: float,
        seed: int = 42,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _CsvLoadWorker(path, options, val_ratio, seed)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Bound methods of this GUI-thread object: queued, so they run in the GUI thread.
        self._worker.progressed.connect(self._on_progress)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.crashed.connect(self._on_crashed)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the reader to stop at its next chunk; ``cancelled`` follows."""
        self._worker.cancel_requested.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel and join (``quit`` called directly: see qt-pitfalls §3)."""
        self.cancel()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @Slot(float)
    def _on_progress(self, share: float) -> None:
        if not self._worker.cancel_requested.is_set():
            self.progressed.emit(share)

    @Slot(object)
    def _on_loaded(self, result: CsvLoadResult) -> None:
        self.loaded.emit(result)

    @Slot(object)
    def _on_failed(self, error: DatasetError) -> None:
        self.failed.emit(error)

    @Slot()
    def _on_cancelled(self) -> None:
        self.cancelled.emit()

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self.crashed.emit(details)

    @Slot()
    def _on_thread_finished(self) -> None:
        # `finished` comes from the thread's last moments: join it, so that a slot may delete
        # this job (and its QThread) at once without destroying a thread still running.
        self._thread.wait()
        self.finished.emit()


_warm_up: threading.Thread | None = None


def warm_up() -> None:
    """Prepare the CSV reader in a background thread, once per session: called when the import
    dialog opens, so that pandas is imported while the student looks at the preview rather than
    after Load (importing it in the loading worker cost the window up to 0.2 s of stalls)."""
    global _warm_up
    if _warm_up is None:
        _warm_up = threading.Thread(target=_warm_up_reader, name="csv-warm-up", daemon=True)
        _warm_up.start()


def warmed_up() -> bool:
    """The warm-up has run (or was never asked for)."""
    return _warm_up is None or not _warm_up.is_alive()


def _warm_up_reader() -> None:
    try:
        warm_up_reader()
    except Exception:  # the load itself will import pandas, and report what fails
        logger.exception("preparing the CSV reader failed")


LARGE_FILE_BYTES = 16 * 1024 * 1024


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:  # the reader will say what is wrong with the file
        return 0


def load_with_progress(
    parent: QWidget,
    path: str,
    options: ImportOptions | None,
    val_ratio: float,
    seed: int = 42,
) -> CsvLoadResult | None:
    """Read a CSV while the window keeps running, and return the outcome like a function.

    For reloads without the import dialog (a new validation share, restored settings, the
    command line): a progress dialog with Cancel appears if the read lasts over half a
    second. Returns None when cancelled; raises `DatasetError` (or RuntimeError for a bug).
    """
    job = CsvLoadJob(path, options, val_ratio, seed)
    outcome: list[object] = []
    job.loaded.connect(outcome.append)
    job.failed.connect(outcome.append)
    job.crashed.connect(lambda details: outcome.append(RuntimeError(details)))
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("CsvImport", "Reading the CSV file"))
    progress.setLabelText(
        QCoreApplication.translate("CsvImport", "Reading {file}…").format(file=Path(path).name)
    )
    progress.setRange(0, 1000)
    # Modal, so nothing starts a second load meanwhile; shown at once for a large file, and
    # only after half a second otherwise, so a small file's reload does not flash a dialog.
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0 if _size(path) > LARGE_FILE_BYTES else 500)
    progress.setAutoReset(False)
    progress.canceled.connect(job.cancel)
    job.progressed.connect(lambda share: progress.setValue(round(share * 1000)))
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    job.start()  # `finished` is queued to this thread, so the loop below always receives it
    loop.exec()
    job.shutdown()
    progress.close()
    progress.setParent(None)  # gone now, not at the next event loop: widgets list children
    if not outcome:
        return None
    (result,) = outcome
    if isinstance(result, CsvLoadResult):
        return result
    raise result
