"""Settings survive a restart bit for bit, and a damaged settings file never stops the app.

Every round trip goes through a real INI file on disk, read by a fresh QSettings object while
the QApplication is alive: that is where QSettings' float conversion loses bits (qt-pitfalls §5).
"""

import logging

import pytest
from PySide6.QtCore import QSettings
from window_fixtures import configure

from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.training import iter_epochs
from gui import settings_store
from gui.main_window import MainWindow

# The book's own loop (bench/book_loop.py) prints this at epoch 500; the engine agrees to 1e-15.
BOOK_LOSS_AT_500 = 0.03212173339795374


def ini(path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(ini(path))
    window.show_error = lambda *args: pytest.fail(f"unexpected error {args}")
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("value", [0.1, 0.01, 1e-4, 0.30000000000000004, 123.456, 2.0**-30])
def test_floats_read_back_bit_for_bit(qapp, tmp_path, value):
    path = tmp_path / "numbers.ini"
    writer = ini(path)
    settings_store.write_number(writer, "x", value)
    writer.sync()
    assert float(path.read_text().split("x=")[1].strip()) == value
    assert settings_store.read_float(ini(path), "x", 0.5, 0.0, 1e9) == value


def test_the_panel_survives_a_restart_exactly(qtbot, tmp_path):
    path = tmp_path / "restart.ini"
    first = open_window(qtbot, path)
    wanted = Hyperparameters(
        units=7, batch_size=None, learning_rate=0.3, l1=0.0003, l2=0.07, epochs=77, seed=9
    )
    first.params.set_hyperparameters(wanted)
    first.params.select_dataset("moons", n_samples=450, noise=0.35)
    first.compare.set_setup("same")
    first.close()
    assert "learning_rate=0.3\n" in path.read_text()
    second = open_window(qtbot, path)
    assert second.params.hyperparameters() == wanted
    assert second.params.data_spec().noise == 0.35
    assert second.params.data_spec().samples == 450
    assert second.session.comparison.setup() == "same"


def test_the_books_run_after_a_restart_gives_the_books_numbers(qtbot, tmp_path):
    path = tmp_path / "book.ini"
    first = open_window(qtbot, path)
    configure(first)  # the book's settings, then saved at close
    first.close()
    second = open_window(qtbot, path)
    assert second.params.hyperparameters() == Hyperparameters()
    with qtbot.waitSignal(second.session.run_ended, timeout=60_000):
        run_id = second.start()
    # Bit for bit what the engine computes for the book's settings in this process, and the
    # book's figure: a 32-bit learning rate (qt-pitfalls §5) would miss both by 2e-10.
    data, book = breast_cancer(), Hyperparameters()
    params = init_parameters(data.n_features, book.units, book.init, book.seed)
    fresh = list(iter_epochs(params, book, data.x_train, data.y_train, data.x_val, data.y_val))
    loss = second.session.run(run_id).records[499].train_loss
    assert loss == fresh[-1].train_loss
    assert loss == pytest.approx(BOOK_LOSS_AT_500, abs=1e-14)
    assert second.session.name(run_id) == "batch 32"
    second.close()


DAMAGED = """[params]
units=1, 2
batch_size=3.5
learning_rate=garbage
l1=inf
l2=nan
epochs=1e99
seed=-1
init=zeros
data/source=mnist
data/n_samples=12
data/noise=-0
data/csv_ratio=0.2
[compare]
setup=sideways
[run]
speed=9
[ui]
language=klingon
"""


def test_damaged_values_fall_back_to_their_defaults_with_one_warning_each(qtbot, tmp_path, caplog):
    path = tmp_path / "damaged.ini"
    path.write_text(DAMAGED, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="gui.settings_store"):
        window = open_window(qtbot, path)
    assert window.params.hyperparameters() == Hyperparameters()
    assert window.params.data_spec().kind == "breast_cancer"
    assert window.session.comparison.setup() == "book"
    assert window.speed.currentIndex() == 0
    warned = [record.getMessage() for record in caplog.records]
    keys = (
        "units", "batch_size", "learning_rate", "l1", "l2", "epochs", "seed", "init",
        "data/source", "data/n_samples", "data/noise", "compare/setup", "run/speed",
        "ui/language",
    )  # fmt: skip
    for key in keys:
        assert sum(f" {key}=" in message or f"/{key}=" in message for message in warned) == 1, key
    assert not any("csv_ratio" in message for message in warned)  # 0.2 is fine


def test_a_damaged_file_still_starts_the_real_app(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "damaged.ini"
    path.write_text(DAMAGED, encoding="utf-8")
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.main_window import MainWindow\n"
        "w = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "w.show(); app.processEvents(); print(w.params.hyperparameters().learning_rate)\n"
        "w.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "0.1"
    assert "Traceback" not in out.stderr


def test_a_learning_rate_with_every_digit_survives_a_restart_and_reaches_the_run(qtbot, tmp_path):
    """The spin box once rounded to 12 decimals: 0.0123456789012345 came back 0.012345678901."""
    exact = 0.0123456789012345
    path = tmp_path / "lr.ini"
    first = open_window(qtbot, path)
    configure(first, learning_rate=exact, epochs=3)
    assert first.params.hyperparameters().learning_rate == exact
    first.close()
    assert f"learning_rate={exact!r}\n" in path.read_text()
    second = open_window(qtbot, path)
    assert second.params.hyperparameters().learning_rate == exact
    with qtbot.waitSignal(second.session.run_ended, timeout=60_000):
        run_id = second.start()
    assert second.session.run(run_id).hp.learning_rate == exact
    dialog = second.copy_as_python()
    assert f"LEARNING_RATE = {exact!r}\n" in dialog.code.toPlainText()
    dialog.close()
    second.close()
    assert f"learning_rate={exact!r}\n" in path.read_text()  # saved again, unchanged
