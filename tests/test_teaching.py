"""The teaching features in the real window: history, sweep, x axis, boundary, code, files."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from window_fixtures import configure

from engine.experiment import load_experiment
from gui.dialogs import parse_batch_sizes
from gui.history_panel import NAME, SHOWN


def run_once(qtbot, win):
    with qtbot.waitSignal(win.run_finished, timeout=60_000):
        win.start()


def shown_overlays(win):
    return [run_id for run_id, overlay in win.plot._overlays.items() if overlay.visible]


def test_finished_runs_stay_in_the_history_as_overlays(qtbot, window):
    configure(window, epochs=30)
    run_once(qtbot, window)
    configure(window, epochs=30, batch_size=128)
    run_once(qtbot, window)
    runs = window.history.runs()
    assert [run.name for run in runs] == ["batch 32", "batch 128"]
    assert len({run.color for run in runs}) == 2
    assert [len(run.records) for run in runs] == [30, 30]
    assert runs[0].records[-1].train_loss != runs[1].records[-1].train_loss
    assert len(shown_overlays(window)) == 2
    assert not window.plot._loss_train.isVisible()  # the live curves gave way to the overlay

    first = window.history.ids()[0]
    window.history.table.item(0, SHOWN).setCheckState(Qt.CheckState.Unchecked)
    assert shown_overlays(window) == [window.history.ids()[1]]
    window.history.table.item(0, NAME).setText("my run")
    assert window.plot._overlays[first].label == "my run"
    assert not window.plot._overlays[first].visible  # renaming keeps it hidden
    window.history.remove(first)
    assert list(window.plot._overlays) == window.history.ids()


def test_a_stopped_run_joins_the_history_too(qtbot, window):
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.plot.records()) > 3, timeout=10_000)
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        window.stop()
    (run,) = window.history.runs()
    assert run.outcome == "stopped"
    assert 3 < len(run.records) < 100_000


def test_batch_size_sweep_overlays_one_run_per_size(qtbot, window):
    configure(window, epochs=25)
    with qtbot.waitSignal(window.sweep_finished, timeout=120_000):
        assert window.start_sweep("8, 32, full")
    runs = window.history.runs()
    assert [run.hp.batch_size for run in runs] == [8, 32, None]
    assert [run.name for run in runs] == ["batch 8", "batch 32", "batch full"]
    assert all(run.outcome == "done" and len(run.records) == 25 for run in runs)
    # The lesson: more updates per epoch, lower loss after the same number of epochs.
    assert [run.records[-1].updates for run in runs] == [25 * 46, 25 * 12, 25]
    finals = [run.final_train_loss for run in runs]
    assert finals == sorted(finals)
    assert len(shown_overlays(window)) == 3


def test_stopping_a_sweep_keeps_the_finished_runs(qtbot, window):
    configure(window, epochs=100_000)
    window.start_sweep("full, 32")
    # The first run (full batch, 100 000 epochs) is stopped: the sweep ends there.
    qtbot.waitUntil(lambda: len(window.plot.records()) > 3, timeout=10_000)
    with qtbot.waitSignal(window.sweep_finished, timeout=10_000):
        window.stop()
    assert [run.hp.batch_size for run in window.history.runs()] == [None]
    assert not window.is_running()


def test_bad_sweep_lists_are_refused_with_a_message(window):
    assert not window.start_sweep("8, abc")
    assert "abc" in window.errors[-1][1]
    assert not window.is_running()
    assert parse_batch_sizes("1, 8 32;full, 8") == [1, 8, 32, None]
    for bad in ("", "0", "2.5", "-3", ",".join(str(i) for i in range(1, 20))):
        with pytest.raises(ValueError):
            parse_batch_sizes(bad)


def test_x_axis_in_weight_updates_spreads_the_small_batches(qtbot, window):
    configure(window, epochs=10)
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.start_sweep("8, full")
    window.plot.set_x_axis("updates")
    small, full = (window.plot._overlays[i] for i in window.history.ids())
    assert small.loss_train.getOriginalDataset()[0][-1] == 10 * 46
    assert full.loss_train.getOriginalDataset()[0][-1] == 10
    window.plot.set_x_axis("samples")
    assert small.loss_train.getOriginalDataset()[0][-1] == 10 * 364


def test_decision_boundary_follows_a_2d_run(qtbot, window):
    assert not window.boundary.is_available()  # breast cancer has 30 features
    assert window.side_tabs.currentWidget() is window.help
    window.params.select_dataset("moons")
    assert window.boundary.is_available()
    assert window.side_tabs.currentWidget() is window.boundary
    configure(window, epochs=200, learning_rate=0.5)
    run_once(qtbot, window)
    image = window.boundary.image_item.image
    assert image is not None and image.size == len(window.boundary.grid_points())
    assert image.min() < 0.2 and image.max() > 0.8  # it learned two regions


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_copy_as_python_puts_runnable_code_on_the_clipboard(qtbot, window):
    configure(window, epochs=7, batch_size=16)
    dialog = window.copy_as_python()
    qtbot.addWidget(dialog)
    code = QGuiApplication.clipboard().text()
    assert code == dialog.code.toPlainText()
    assert "def backprop(" in code and "BATCH_SIZE = 16" in code and "EPOCHS = 7" in code
    assert "MLPClassifier(" in code
    namespace = {}
    exec(compile(code, "snippet", "exec"), namespace)
    assert len(namespace["losses"]) == 7


def test_save_and_open_an_experiment_round_trip(qtbot, window, tmp_path):
    configure(window, epochs=15)
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.start_sweep("16, full")
    path = tmp_path / "lesson.json"
    window._ask_path = lambda *args, **kwargs: str(path)
    window.save_experiment()
    saved = window.history.runs()
    assert [run.name for run in load_experiment(path)] == ["batch 16", "batch full"]

    window.reset()
    assert window.history.runs() == [] and window.plot._overlays == {}
    assert window.load_experiment_file(str(path))
    opened = window.history.runs()
    assert [run.name for run in opened] == [run.name for run in saved]
    assert [run.color for run in opened] == [run.color for run in saved]
    for before, after in zip(saved, opened, strict=True):
        assert [r.train_loss for r in after.records] == [r.train_loss for r in before.records]
        assert after.hp == before.hp
    assert len(shown_overlays(window)) == 2


def test_a_damaged_experiment_file_changes_nothing(qtbot, window, tmp_path):
    configure(window, epochs=5)
    run_once(qtbot, window)
    before = [run.name for run in window.history.runs()]
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "minibatch-lab-experiment", "version": 1, "runs": [{', "utf-8")
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"hello": "world"}), "utf-8")
    for path in (damaged, foreign, tmp_path / "missing.json"):
        assert not window.load_experiment_file(str(path))
        assert path.name in window.errors[-1][1]
    assert [run.name for run in window.history.runs()] == before
    assert len(shown_overlays(window)) == 1


def test_export_all_runs_as_one_csv(qtbot, window, tmp_path):
    configure(window, epochs=12)
    with qtbot.waitSignal(window.sweep_finished, timeout=60_000):
        window.start_sweep("32, 128")
    path = tmp_path / "runs.csv"
    window._ask_path = lambda *args, **kwargs: str(path)
    window.export_runs_csv()
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("run,name,data,units,batch_size")
    assert len(lines) == 1 + 2 * 12
    last = lines[-1].split(",")
    runs = window.history.runs()
    assert last[4] == "128" and float(last[10]) == runs[1].records[-1].train_loss
    assert np.isclose(float(lines[1].split(",")[10]), runs[0].records[0].train_loss, rtol=0)


def test_a_new_run_cancels_the_previous_comparison(qtbot, window):
    """A slow MLPClassifier fit (plain SGD, batch 2, every epoch) must neither show its
    numbers next to the next run nor keep competing with it for the GIL."""
    window.compare.set_setup("same")
    configure(window, epochs=300, batch_size=2)
    run_once(qtbot, window)
    qtbot.waitUntil(lambda: window.sklearn.busy, timeout=10_000)
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: not window.sklearn.busy, timeout=10_000)  # cancelled mid-fit
    assert window.compare.theirs() is None
    assert not window.plot._sklearn_curve.isVisible()
    with qtbot.waitSignal(window.run_finished, timeout=10_000):
        window.stop()


def test_reset_then_start_at_once_keeps_the_new_run(qtbot, window):
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.plot.records()) > 3, timeout=10_000)
    window.reset()
    configure(window, epochs=40)
    with qtbot.waitSignal(window.run_finished, timeout=30_000) as blocker:
        window.start()
    assert blocker.args == ["done"]
    (run,) = window.history.runs()
    assert len(run.records) == 40


def test_opening_an_experiment_asks_before_replacing_the_history(qtbot, window, tmp_path):
    configure(window, epochs=5)
    run_once(qtbot, window)
    window.confirm = lambda title, question: False
    assert not window._may_replace_history()
    window.confirm = lambda title, question: True
    assert window._may_replace_history()


def test_export_csv_without_a_run_says_so(window):
    window.export_csv()
    assert window.errors and "Nothing to export" in window.errors[-1][1]
