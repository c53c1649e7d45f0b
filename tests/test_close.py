"""Closing the window during a run ends the process cleanly, however long the run's epoch or
its mini-batch: never "QThread: Destroyed while thread is still running" (qt-pitfalls §3).

Each case runs in its own process, because an abort kills the process that sees it.
"""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import os, sys, threading, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path[:0] = [{root!r}, {tests!r}]
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    import engine.fused_step
    from engine.experiment import DataSpec
    from engine.hyperparameters import Hyperparameters
    from gui.main_window import MainWindow
    from gui.worker import join_every_job
    from window_fixtures import long_epoch_data

    slow_batch = {slow_batch}
    training = threading.Event()  # set by the first mini-batch: the run's setup is over
    real = engine.fused_step.NumpyKernel._batch

    def train_batch(*args):
        training.set()
        if slow_batch:  # a mini-batch that cannot be interrupted, like a long BLAS call
            time.sleep(slow_batch)
        return real(*args)

    engine.fused_step.NumpyKernel._batch = train_batch
    app = QApplication([])
    window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window.show()
    hp = Hyperparameters(units=400, batch_size=1, epochs=3)
    window.session.start(hp, long_epoch_data(), DataSpec("breast_cancer"))
    closed = []

    def close():
        if not training.is_set():
            QTimer.singleShot(50, close)
            return
        closed.append(time.perf_counter())
        window.close()
        print("visible after close:", window.isVisible(), flush=True)

    QTimer.singleShot(300, close)
    status = app.exec()
    join_every_job()
    print("exit", status, "after", round(time.perf_counter() - closed[0], 2), flush=True)
    """
)


def run_and_close(tmp_path, slow_batch: float) -> tuple[subprocess.CompletedProcess, float]:
    script = SCRIPT.format(root=str(ROOT), tests=str(ROOT / "tests"), slow_batch=slow_batch)
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Destroyed while thread" not in out.stderr
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    assert (tmp_path / "settings.ini").exists()  # settings saved at the first close
    after = float(out.stdout.split("after")[-1])
    return out, after


def test_closing_during_a_long_epoch_stops_within_one_mini_batch(tmp_path):
    """An epoch takes several seconds at batch size 1 with 400 units (three on an idle
    machine, more on a busy one); closed during the first one, the process ends at once."""
    out, after = run_and_close(tmp_path, slow_batch=0)
    assert "visible after close: False" in out.stdout
    assert after < 1.0, out.stdout


def test_closing_inside_a_mini_batch_of_several_seconds_exits_when_it_ends(tmp_path):
    """A single mini-batch of 4 s cannot be interrupted: the window hides at once, and the
    process ends cleanly when the batch does."""
    out, after = run_and_close(tmp_path, slow_batch=4)
    assert "visible after close: False" in out.stdout
    assert 2 < after < 10, out.stdout
