"""The real window, offscreen: runs, stop, pause, close, the comparison, hints and exports."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractSpinBox
from window_fixtures import configure, run_to_end

from engine.datasets import breast_cancer
from engine.model import MinibatchNetwork
from gui.main_window import MainWindow
from gui.plot_figure import FIGURE_SIZE


def test_a_run_finishes_with_one_point_per_epoch(qtbot, window):
    configure(window, epochs=120)
    assert run_to_end(qtbot, window) == "finished"
    window.plot.flush()
    (run_id,) = window.session.ids()
    records = window.session.run(run_id).records
    assert [r.epoch for r in records] == list(range(1, 121))
    x, y = window.plot.curve_data(run_id, "train_loss")
    assert list(x) == list(range(1, 121)) and list(y) == [r.train_loss for r in records]
    assert not window.is_running()
    assert window.act_start.isEnabled() and not window.act_stop.isEnabled()
    assert window.status.text.text().startswith("Finished: Epoch 120/120")


def test_book_run_through_the_window_matches_the_engine(qtbot, window):
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        assert run_to_end(qtbot, window) == "finished"
    data = breast_cancer()
    net = MinibatchNetwork(l2=0.01).fit(
        data.x_train, data.y_train, epochs=500, x_val=data.x_val, y_val=data.y_val
    )
    (run_id,) = window.session.ids()
    assert [r.train_loss for r in window.session.run(run_id).records] == net.losses
    assert window.compare.cell(0, 0) == "0.9780"


def test_controls_are_disabled_during_a_run_and_stop_works(qtbot, window):
    configure(window, epochs=100_000)
    run_id = window.start()
    assert window.is_running()
    assert not window.act_start.isEnabled()
    spins = window.params.findChildren(QAbstractSpinBox)
    assert spins and not any(spin.isEnabled() for spin in spins)
    qtbot.waitUntil(lambda: window.session.run(run_id).epoch > 5, timeout=10_000)
    with qtbot.waitSignal(window.session.run_ended, timeout=10_000) as blocker:
        window.act_stop.trigger()
    assert blocker.args == [run_id, "stopped"]
    assert 5 < window.session.run(run_id).epoch < 100_000
    assert window.act_start.isEnabled()


def test_pause_then_resume_continues_from_the_same_epoch(qtbot, window):
    configure(window, epochs=100_000)
    run_id = window.start()
    run = window.session.run(run_id)
    qtbot.waitUntil(lambda: run.epoch > 3, timeout=10_000)
    window.act_pause.trigger()
    assert window.act_pause.text() == "Resume"
    qtbot.waitUntil(lambda: window.session.status().kind == "paused", timeout=10_000)
    held = window.session.status().args["epoch"]
    qtbot.waitUntil(lambda: run.epoch == held, timeout=10_000)
    assert window.status.text.text() == f"Paused after epoch {held}. Press Resume to go on."
    window.act_pause.trigger()
    assert window.act_pause.text() == "Pause"
    qtbot.waitUntil(lambda: run.epoch > held + 3, timeout=10_000)
    with qtbot.waitSignal(window.session.run_ended, timeout=10_000):
        window.act_stop.trigger()
    epochs = [r.epoch for r in run.records]
    assert epochs == list(range(1, len(epochs) + 1))


def test_closing_mid_run_joins_the_thread(qtbot, window):
    configure(window, epochs=100_000)
    run_id = window.start()
    qtbot.waitUntil(lambda: window.session.run(run_id).epoch > 3, timeout=10_000)
    window.close()
    assert not window.session.threads_running()
    assert not window.isVisible()


def test_twenty_rapid_start_stop_cycles_leave_no_pile_of_runs(qtbot, window):
    configure(window, epochs=100_000)
    for _ in range(20):
        with qtbot.waitSignal(window.session.run_ended, timeout=10_000):
            window.start()
            window.session.stop()
    assert window.errors == []
    assert len(window.session.ids()) <= 1  # the same settings: one run at most
    assert not window.session.threads_running()


def test_comparison_panel_shows_scikit_learns_score(qtbot, window):
    configure(window, epochs=200)
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, window)
    theirs = window.session.comparison.state().theirs
    assert theirs is not None and theirs.setup == "book"
    assert float(window.compare.cell(0, 1)) == pytest.approx(theirs.val_score, abs=1e-4)
    assert 0.9 < theirs.val_score <= 1.0
    assert f"random_state {theirs.seed}" in window.compare.notes.text()
    saved = window.session.runs_for_saving()[-1]
    assert saved.sklearn["val_score"] == theirs.val_score  # kept with the run
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        window.compare.set_setup("same")
    assert window.session.comparison.state().theirs.setup == "same"
    assert window.session.comparison.state().theirs.n_iter == 200


def test_a_comparison_for_other_settings_is_greyed_and_names_them(qtbot, window):
    configure(window, epochs=30)
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, window)
    assert not window.compare.stale.isVisibleTo(window)
    window.params.select_dataset("moons")
    assert window.session.comparison.state().stale
    assert window.compare.stale.isVisibleTo(window)
    assert "breast cancer, batch 32, lr 0.1" in window.compare.stale.text()
    window.params.select_dataset("breast_cancer")
    assert not window.compare.stale.isVisibleTo(window)


def test_l1_note_in_comparison(qtbot, window):
    configure(window, l1=0.01)
    assert window.compare.l1_note.isVisibleTo(window)
    assert "L1" in window.compare.l1_note.text()


def test_too_high_learning_rate_shows_a_hint(qtbot, window):
    configure(window, learning_rate=100, epochs=200)
    assert run_to_end(qtbot, window) == "finished"
    assert "too high" in window.plot.message_text()


def test_non_finite_stops_with_a_message_and_keeps_the_curves(qtbot, window):
    # The window's learning rate stops at 1000; with L2 = 10 each step multiplies the weights
    # by about (1 - 1000 * 10 / 32), and they overflow within a few epochs.
    configure(window, learning_rate=1000, l2=10, epochs=200)
    assert run_to_end(qtbot, window) == "diverged"
    text = window.plot.message_text()
    assert "epoch" in text and "smaller" in text
    (run_id,) = window.session.ids()
    records = window.session.run(run_id).records
    assert records and all(np.isfinite(r.train_loss) for r in records)
    assert window.errors == []
    assert window.status.text.text().endswith("numbers overflowed.")


def test_clear_all_clears_every_run_the_comparison_its_curve_and_the_status(qtbot, window):
    configure(window, epochs=50, learning_rate=100)
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, window)
    window.plot.flush()
    assert window.plot.sklearn_shown() and window.plot.message_text()
    window.history.clear_button.click()
    window.plot.flush()
    assert window.session.ids() == [] and window.history.model.rowCount() == 0
    assert not window.plot.sklearn_shown() and window.plot.message_text() == ""
    assert window.plot.legend_texts() == []
    assert window.compare.cell(0, 1) == "—" and window.compare.cell(0, 0) == "—"
    assert window.status.text.text() == "Ready. Press Start to train."


def test_exports_png_svg_csv_and_reports_failures(qtbot, window, tmp_path):
    configure(window, epochs=60)
    run_to_end(qtbot, window)
    png, svg, csv = tmp_path / "plot.png", tmp_path / "plot.svg", tmp_path / "run.csv"
    assert window.files.export_png(str(png), 3)
    assert QImage(str(png)).width() == 3 * FIGURE_SIZE[0]
    assert window.status.text.text() == f"Saved {png}"
    assert window.files.export_svg(str(svg))
    assert "<svg" in svg.read_text(encoding="utf-8")
    assert window.files.export_csv(str(csv))
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 61
    bad = tmp_path / "missing" / "plot.png"
    assert not window.files.export_png(str(bad), 1)
    assert window.errors and "Export failed" in window.errors[-1][0]
    assert not bad.exists()


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


def test_a_gone_csv_of_the_last_session_is_said_in_the_status_line(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gone = str(tmp_path / "moved away.csv")
    settings.setValue("params/data/source", "csv")
    settings.setValue("params/data/csv_path", gone)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.params.dataset_key() == "breast_cancer"
    assert win.status.text.text() == (
        f"The CSV file of the last session is gone ({gone}): the book's data is used."
    )


def test_copy_as_python_with_settings_the_engine_refuses_says_why(window, monkeypatch):
    def refuse():
        raise ValueError("learning_rate must be in (0, 1000], got 5000")

    monkeypatch.setattr(window.params, "hyperparameters", refuse)
    assert window.copy_as_python() is None
    assert window.errors == [
        ("Cannot copy as Python", "learning_rate must be in (0, 1000], got 5000")
    ]


def test_the_plots_right_click_menu_is_the_apps_own_and_in_korean(qtbot, window):
    """pyqtgraph's menu stays off; a right-click opens ours, worded in the window's language,
    and "Show all curves" zooms back out to every curve."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    widget = window.plot.plot_widgets()[0]
    assert not widget.getPlotItem().getViewBox().menuEnabled()
    window.set_language("ko")
    try:
        qtbot.waitUntil(lambda: window.act_png.text() != "Export PNG")
        seen = []

        def read_and_close():
            menu = QApplication.activePopupWidget()
            seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
            menu.close()

        QTimer.singleShot(200, read_and_close)
        at = QPoint(200, 150)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
        QApplication.sendEvent(widget.viewport(), event)
        exports = [window.act_png.text(), window.act_svg.text(), window.act_copy_plot.text()]
        assert seen == ["모든 곡선 보기 (A)", *exports]
        assert exports == ["PNG로 내보내기…", "SVG로 내보내기…", "그래프 복사"]
    finally:
        window.set_language("en")
    view = widget.getPlotItem().getViewBox()
    view.setXRange(2, 3)
    assert not view.autoRangeEnabled()[0]
    widget.show_all_action.trigger()
    assert view.autoRangeEnabled()[0]
