"""The real main window for tests: offscreen, its own settings file, dialogs captured."""

import pytest
from PySide6.QtCore import QSettings

from engine.hyperparameters import Hyperparameters
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    """Errors land in ``window.errors`` instead of a modal box; questions are answered yes."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    win.errors = []
    win.show_error = lambda title, text, details="": win.errors.append((title, text))
    win.confirm = lambda title, question: True
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    if win.job is not None:
        win.job.shutdown()


def configure(win: MainWindow, **changes: object) -> None:
    """The book's settings with ``changes``, put into the parameter panel."""
    win.params.set_hyperparameters(Hyperparameters(**{**Hyperparameters().as_dict(), **changes}))
