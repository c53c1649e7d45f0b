"""The real window, offscreen: runs, stop, pause, close, the comparison, hints and exports."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractSpinBox
from window_fixtures import configure

from gui.main_window import MainWindow


def run_to_end(qtbot, win, timeout=60_000):
    with qtbot.waitSignal(win.run_finished, timeout=timeout) as blocker:
        win.start()
    return blocker.args[0]


def test_a_run_finishes_with_one_point_per_epoch(qtbot, window):
    configure(window, epochs=120)
    assert run_to_end(qtbot, window) == "done"
    window.plot.flush()
    records = window.plot.records()
    assert [r.epoch for r in records] == list(range(1, 121))
    assert window.plot.point_count() == 120
    assert not window.is_running()
    assert window.act_start.isEnabled() and not window.act_stop.isEnabled()
    assert window.progress.value() == 120


def test_book_run_through_the_window_matches_the_engine(qtbot, window):
    from engine.datasets import breast_cancer
    from engine.model import MinibatchNetwork

    assert run_to_end(qtbot, window) == "done"
    data = breast_cancer()
    net = MinibatchNetwork(l2=0.01).fit(
        data.x_train, data.y_train, epochs=500, x_val=data.x_val, y_val=data.y_val
    )
    assert [r.train_loss for r in window.plot.records()] == net.losses
    assert window.compare.table.item(0, 0).text() == "0.9780"


def test_controls_are_disabled_during_a_run_and_stop_works(qtbot, window):
    configure(window, epochs=100_000)
    window.start()
    assert window.is_running()
    assert not window.act_start.isEnabled()
    spins = window.params.findChildren(QAbstractSpinBox)
    assert spins and not any(spin.isEnabled() for spin in spins)
    qtbot.waitUntil(lambda: len(window.plot.records()) > 5, timeout=10_000)
    with qtbot.waitSignal(window.run_finished, timeout=10_000) as blocker:
        window.stop()
    assert blocker.args == ["stopped"]
    assert 5 < len(window.plot.records()) < 100_000
    assert window.act_start.isEnabled()


def test_pause_then_resume_continues_from_the_same_epoch(qtbot, window):
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.plot.records()) > 3, timeout=10_000)
    paused = []
    window.job.worker.paused.connect(paused.append)
    window.toggle_pause()
    assert window.act_pause.text() == "Resume"
    qtbot.waitUntil(lambda: bool(paused), timeout=10_000)
    qtbot.waitUntil(lambda: window.plot.records()[-1].epoch == paused[0], timeout=10_000)
    assert "Paused" in window.status_text.text()
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.plot.records()[-1].epoch > paused[0] + 3, timeout=10_000)
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        window.stop()
    epochs = [r.epoch for r in window.plot.records()]
    assert epochs == list(range(1, len(epochs) + 1))


def test_closing_mid_run_joins_the_thread(qtbot, window):
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.plot.records()) > 3, timeout=10_000)
    thread = window.job.thread
    window.close()
    assert window.job is None
    assert not thread.isRunning()


def test_twenty_rapid_start_stop_cycles(qtbot, window):
    configure(window, epochs=100_000)
    for _ in range(20):
        with qtbot.waitSignal(window.run_finished, timeout=10_000):
            window.start()
            window.stop()
        assert window.job is None
    assert window.errors == []


def test_comparison_panel_shows_scikit_learns_score(qtbot, window):
    configure(window, epochs=200)
    with qtbot.waitSignal(window.comparison_finished, timeout=60_000):
        run_to_end(qtbot, window)
    theirs = window.compare.theirs()
    assert theirs is not None and theirs.setup == "book"
    assert float(window.compare.table.item(0, 1).text()) == pytest.approx(
        theirs.val_score, abs=1e-4
    )
    assert 0.9 < theirs.val_score <= 1.0
    assert f"random_state {theirs.seed}" in window.compare.stopped.text()
    assert window.history.runs()[-1].sklearn["val_score"] == theirs.val_score  # saved with it
    with qtbot.waitSignal(window.comparison_finished, timeout=60_000):
        window.compare.set_setup("same")
    assert window.compare.theirs().setup == "same"
    assert window.compare.theirs().n_iter == 200


def test_l1_note_in_comparison(qtbot, window):
    configure(window, l1=0.01)
    assert window.compare.note.isVisibleTo(window)
    assert "L1" in window.compare.note.text()


def test_too_high_learning_rate_shows_a_hint(qtbot, window):
    configure(window, learning_rate=100, epochs=200)
    assert run_to_end(qtbot, window) == "done"
    assert "too high" in window.plot.message_text()


def test_non_finite_stops_with_a_message_and_keeps_the_curves(qtbot, window):
    # The window's learning rate stops at 1000; with L2 = 10 each step multiplies the weights
    # by about (1 - 1000 * 10 / 32), and they overflow within a few epochs.
    configure(window, learning_rate=1000, l2=10, epochs=200)
    assert run_to_end(qtbot, window) == "diverged"
    text = window.plot.message_text()
    assert "epoch" in text and "smaller" in text
    records = window.plot.records()
    assert records and all(np.isfinite(r.train_loss) for r in records)
    assert window.errors == []


def test_exports_png_svg_csv_and_reports_failures(qtbot, window, tmp_path):
    configure(window, epochs=60)
    run_to_end(qtbot, window)
    png, svg = tmp_path / "plot.png", tmp_path / "plot.svg"
    assert window._export(lambda: window.plot.export_png(str(png), 1400), str(png))
    assert QImage(str(png)).width() == 1400
    assert window._export(lambda: window.plot.export_svg(str(svg)), str(svg))
    assert "<svg" in svg.read_text(encoding="utf-8")
    bad = tmp_path / "missing" / "plot.png"
    assert not window._export(lambda: window.plot.export_png(str(bad), 800), str(bad))
    assert window.errors and "Export failed" in window.errors[-1][0]
    assert len(window.plot.records()) == 60


def test_settings_are_remembered(qtbot, tmp_path):
    path = str(tmp_path / "remember.ini")
    first = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    configure(first, batch_size=128, learning_rate=0.05, epochs=77)
    first.compare.set_setup("same")
    first.close()
    second = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    hp = second.params.hyperparameters()
    assert (hp.batch_size, hp.learning_rate, hp.epochs) == (128, 0.05, 77)
    assert second.compare.setup() == "same"


def test_typed_options_beat_saved_settings_even_at_their_default(qtbot, window):
    from gui.app import apply_arguments
    from main import parse_args

    configure(window, batch_size=128, epochs=77)
    apply_arguments(window, parse_args(["--batch-size", "32", "--epochs", "500"]), True)
    hp = window.params.hyperparameters()
    assert (hp.batch_size, hp.epochs) == (32, 500)
    configure(window, batch_size=128)
    apply_arguments(window, parse_args(["--epochs", "9"]), True)  # untyped options stay
    assert window.params.hyperparameters().batch_size == 128


def test_options_beyond_the_window_are_refused_not_clamped(qtbot, window):
    from gui.app import apply_arguments
    from main import parse_args

    with pytest.raises(ValueError, match=r"--learning-rate.*--headless"):
        apply_arguments(window, parse_args(["--learning-rate", "1e6"]), True)
    with pytest.raises(ValueError, match="--data-seed"):
        apply_arguments(window, parse_args(["--dataset", "moons", "--data-seed", "3"]), True)


def test_label_column_by_number_selects_that_column(qtbot, window, tmp_path):
    path = tmp_path / "numbered.csv"
    rows = ["a,b,c"] + [f"{i},{i % 2},{(i * 7) % 5}" for i in range(40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert window.params.open_csv(str(path), "2")
    assert window.params.data_spec().label_column == "b"
    assert window.params.dataset().feature_names == ("c",)  # "a" counts rows: ignored


def test_screenshot_with_a_bad_csv_exits_2_instead_of_hanging(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    bad = tmp_path / "three.csv"
    bad.write_text("x,y\n1,a\n2,b\n3,c\n4,a\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--screenshot",
            str(tmp_path / "s.png"),
            "--csv-data",
            str(bad),
        ],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2, out.stderr
    assert "three.csv" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "s.png").exists()
