"""The real main window for tests (offscreen, its own settings file, dialogs captured), and a
run session without a window."""

import pytest
from PySide6.QtCore import QSettings

from engine.hyperparameters import Hyperparameters
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, kernel_loaded):
    """Errors land in ``window.errors`` instead of a modal box; questions are answered yes."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    win.errors = []
    win.show_error = lambda title, text, details="": win.errors.append((title, text))
    win.confirm = lambda title, question: True
    win.history.confirm_clear = lambda: True
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    assert win.session.shutdown(30_000)


@pytest.fixture
def session(qtbot, kernel_loaded):
    """A run session without a window, shut down (its threads joined) after the test."""
    from gui.session import RunSession

    made = RunSession()
    yield made
    assert made.shutdown(30_000)


def configure(win: MainWindow, **changes: object) -> None:
    """The book's settings with ``changes``, put into the parameter panel."""
    win.params.set_hyperparameters(Hyperparameters(**{**Hyperparameters().as_dict(), **changes}))


def run_to_end(qtbot, win: MainWindow, timeout: int = 60_000) -> str:
    """Start the panel's settings and wait until the run has ended; its final state."""
    with qtbot.waitSignal(win.session.run_ended, timeout=timeout) as blocker:
        assert win.start() is not None
    return blocker.args[1]


def sweep_to_end(qtbot, win: MainWindow, sizes: str, timeout: int = 120_000) -> None:
    with qtbot.waitSignal(win.session.sweep_finished, timeout=timeout):
        assert win.start_sweep(sizes)


def long_epoch_data(rows: int = 60_000, features: int = 100):
    """A dataset whose epoch at batch size 1 (and 100 units) takes about two seconds: to see
    that stop and pause act within one mini-batch rather than one epoch."""
    import numpy as np

    from engine.datasets import Dataset

    rng = np.random.default_rng(0)
    x = rng.standard_normal((rows, features))
    y = (x[:, 0] > 0).astype(float)
    return Dataset(
        name="long epochs",
        x_train=x,
        y_train=y,
        x_val=x[:100],
        y_val=y[:100],
        feature_names=tuple(f"x{i}" for i in range(features)),
        class_names=("0", "1"),
        description="random rows",
    )
