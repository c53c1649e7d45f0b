"""The teaching features in the real window: history, sweep, x axis, boundary, code, files."""

import csv
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from window_fixtures import configure, run_to_end, sweep_to_end

from engine.experiment import load_experiment
from gui.dialogs import parse_batch_sizes
from gui.history_model import COLUMNS


def cell(win, row: int, column: str) -> str:
    model = win.history.model
    return model.data(model.index(row, COLUMNS.index(column)))


def test_finished_runs_stay_in_the_history_and_on_the_plot(qtbot, window):
    configure(window, epochs=30)
    run_to_end(qtbot, window)
    configure(window, epochs=30, batch_size=128)
    run_to_end(qtbot, window)
    session = window.session
    first, second = session.ids()
    assert [session.name(i) for i in session.ids()] == [
        "batch 32, 30 epochs",
        "batch 128, 30 epochs",
    ]
    assert session.run(first).color != session.run(second).color
    window.plot.flush()
    assert window.plot.legend_texts()[:2] == ["batch 32, 30 epochs", "batch 128, 30 epochs"]
    assert window.plot.curve_look(first).train_color == session.run(first).color

    model = window.history.model
    model.setData(model.index(0, COLUMNS.index("shown")), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert not session.run(first).visible
    window.plot.flush()
    assert window.plot.legend_texts() == ["batch 128, 30 epochs train", "batch 128, 30 epochs val"]
    model.setData(model.index(0, COLUMNS.index("name")), "my run")
    assert session.name(first) == "my run" and cell(window, 0, "name") == "my run"
    assert not session.run(first).visible  # renaming keeps it hidden
    session.remove([first])
    assert model.rowCount() == 1


def test_a_stopped_run_is_marked_stopped_at_its_epoch(qtbot, window):
    configure(window, epochs=100_000)
    run_id = window.start()
    qtbot.waitUntil(lambda: window.session.run(run_id).epoch > 3, timeout=10_000)
    with qtbot.waitSignal(window.session.run_ended, timeout=10_000):
        window.session.stop()
    epoch = window.session.run(run_id).epoch
    assert cell(window, 0, "epochs") == f"stopped at epoch {epoch}"


def test_a_live_run_has_its_row_and_the_table_follows_the_newest(qtbot, window):
    configure(window, epochs=3)
    run_to_end(qtbot, window)
    window.session.load(window.session.runs_for_saving() * 40)  # more rows than fit
    configure(window, epochs=100_000)
    run_id = window.start()
    table, model = window.history.table, window.history.model
    newest = model.index(model.row_of(run_id), 0)
    assert newest.row() == 40
    assert cell(window, 40, "epochs").startswith("running")
    qtbot.waitUntil(lambda: table.viewport().rect().intersects(table.visualRect(newest)))
    assert table.rowAt(0) > 0  # scrolled down to it
    qtbot.waitUntil(lambda: window.session.run(run_id).epoch > 0)
    with qtbot.waitSignal(window.session.run_ended, timeout=10_000):
        window.session.stop()
    assert cell(window, 40, "epochs").startswith("stopped at epoch")


def test_selecting_a_row_highlights_its_curves_and_offers_its_settings(qtbot, window):
    window.params.select_dataset("moons", noise=0.3)
    configure(window, epochs=20, learning_rate=0.5, batch_size=16)
    run_to_end(qtbot, window)
    window.params.select_dataset("breast_cancer")
    configure(window, epochs=20)
    run_to_end(qtbot, window)
    first, second = window.session.ids()
    assert not window.history.use_button.isEnabled()
    window.history.select_run(first)
    assert window.session.selected() == first
    window.plot.flush()
    chosen, other = window.plot.curve_look(first), window.plot.curve_look(second)
    assert chosen.width > other.width and chosen.alpha == 255 and other.alpha < 128
    assert window.history.use_button.isEnabled()
    window.history.use_button.click()
    assert window.params.hyperparameters() == window.session.run(first).hp
    spec = window.params.data_spec()
    assert (spec.kind, spec.noise) == ("moons", 0.3)
    window.history.select_run(None)
    window.plot.flush()
    assert window.plot.curve_look(second).alpha == 255


def test_batch_size_sweep_overlays_one_run_per_size(qtbot, window):
    configure(window, epochs=25)
    sweep_to_end(qtbot, window, "8, 32, full")
    runs = window.session.runs()
    assert [run.hp.batch_size for run in runs] == [8, 32, None]
    names = [window.session.name(run.run_id) for run in runs]
    assert names == ["batch 8, 25 epochs", "batch 32, 25 epochs", "batch full, 25 epochs"]
    assert all(run.state.value == "finished" and len(run.records) == 25 for run in runs)
    # The lesson: more updates per epoch, lower loss after the same number of epochs.
    assert [run.records[-1].updates for run in runs] == [25 * 46, 25 * 12, 25]
    finals = [run.records[-1].train_loss for run in runs]
    assert finals == sorted(finals)


def test_stopping_a_sweep_keeps_the_finished_runs(qtbot, window):
    configure(window, epochs=100_000)
    window.start_sweep("full, 32")
    qtbot.waitUntil(lambda: window.session.run(window.session.live_id()).epoch > 3)
    with qtbot.waitSignal(window.session.sweep_finished, timeout=10_000):
        window.session.stop()
    assert [run.hp.batch_size for run in window.session.runs()] == [None]
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
    sweep_to_end(qtbot, window, "8, full")
    window.plot.set_x_axis("updates")
    small, full = window.session.ids()
    assert window.plot.curve_data(small, "train_loss")[0][-1] == 10 * 46
    assert window.plot.curve_data(full, "train_loss")[0][-1] == 10
    window.plot.set_x_axis("samples")
    assert window.plot.curve_data(small, "train_loss")[0][-1] == 10 * 364


def test_decision_boundary_follows_a_2d_run(qtbot, window):
    assert not window.boundary.is_available()  # breast cancer has 30 features
    assert window.side_tabs.currentWidget() is window.help
    window.params.select_dataset("moons")
    assert window.boundary.is_available()
    assert window.side_tabs.currentWidget() is window.boundary
    configure(window, epochs=200, learning_rate=0.5)
    run_to_end(qtbot, window)
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
    window.params.select_dataset("circles", noise=0.1)
    configure(window, epochs=15, learning_rate=0.5)
    sweep_to_end(qtbot, window, "16, full")
    qtbot.waitUntil(lambda: window.session.comparison.state().state == "done", timeout=60_000)
    path = tmp_path / "lesson.json"
    assert window.files.save_experiment(str(path))
    saved = window.session.runs_for_saving()
    assert [run.name for run in load_experiment(path)] == [
        "circles (noise 0.1), batch 16, lr 0.5, 15 epochs",
        "circles (noise 0.1), batch full, lr 0.5, 15 epochs",
    ]
    theirs = window.session.comparison.state().theirs

    window.reset()
    window.params.select_dataset("breast_cancer")
    configure(window, epochs=3)
    assert window.session.ids() == []
    assert window.files.open_experiment(str(path))
    opened = window.session.runs()
    assert [window.session.name(r.run_id) for r in opened] == [run.name for run in saved]
    assert [run.color for run in opened] == [run.color for run in saved]
    for before, after in zip(saved, opened, strict=True):
        assert [r.train_loss for r in after.records] == [r.train_loss for r in before.records]
        assert after.hp == before.hp
    # The panel gets the last run's settings, the comparison panel its saved comparison.
    assert window.params.hyperparameters() == saved[-1].hp
    assert window.params.data_spec() == saved[-1].data
    comparison = window.session.comparison.state()
    assert comparison.state == "done" and not comparison.stale
    assert window.compare.cell(0, 1) == f"{theirs.val_score:.4f}"
    assert window.status.text.text() == f"Opened {path}: 2 runs."


def test_a_damaged_experiment_file_changes_nothing(qtbot, window, tmp_path):
    configure(window, epochs=5)
    run_to_end(qtbot, window)
    before = window.session.ids()
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "minibatch-lab-experiment", "version": 1, "runs": [{', "utf-8")
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"hello": "world"}), "utf-8")
    for path in (damaged, foreign, tmp_path / "missing.json"):
        assert not window.files.open_experiment(str(path))
        assert path.name in window.errors[-1][1]
    assert window.session.ids() == before


def test_opening_an_experiment_asks_before_replacing_the_history(qtbot, window, tmp_path):
    configure(window, epochs=5)
    run_to_end(qtbot, window)
    path = tmp_path / "one.json"
    window.files.save_experiment(str(path))
    window.confirm = lambda title, question: False
    assert not window.files.open_experiment(str(path))
    window.confirm = lambda title, question: True
    assert window.files.open_experiment(str(path))


def test_export_all_runs_as_one_csv(qtbot, window, tmp_path):
    configure(window, epochs=12)
    sweep_to_end(qtbot, window, "32, 128")
    path = tmp_path / "runs.csv"
    assert window.files.export_runs_csv(str(path))
    rows = list(csv.reader(path.read_text("utf-8").splitlines()))
    assert rows[0][:5] == ["run", "name", "data", "units", "batch_size"]
    assert len(rows) == 1 + 2 * 12
    runs = window.session.runs()
    assert rows[-1][1] == "batch 128, 12 epochs" and rows[-1][4] == "128"
    assert float(rows[-1][10]) == runs[1].records[-1].train_loss
    assert float(rows[1][10]) == runs[0].records[0].train_loss


def test_a_new_run_cancels_the_previous_comparison(qtbot, window):
    """A slow MLPClassifier fit (plain SGD, batch 2, every epoch) must neither show its
    numbers next to the next run nor keep competing with it for the GIL."""
    window.compare.set_setup("same")
    configure(window, epochs=300, batch_size=2)
    assert run_to_end(qtbot, window) == "finished", window.errors  # else nothing is compared
    # Requested before run_ended, in this thread; whether the background thread has picked
    # the fit up yet is a race, and it does not matter: the next run cancels it either way.
    assert window.session.comparison.state().state == "running"
    configure(window, epochs=100_000)
    window.start()
    qtbot.waitUntil(lambda: not window.session.comparison.is_fitting(), timeout=10_000)
    assert window.session.comparison.state().theirs is None
    window.plot.flush()
    assert not window.plot.sklearn_shown()
    with qtbot.waitSignal(window.session.run_ended, timeout=10_000):
        window.session.stop()


def test_reset_then_start_at_once_keeps_the_new_run(qtbot, window):
    configure(window, epochs=100_000)
    run_id = window.start()
    qtbot.waitUntil(lambda: window.session.run(run_id).epoch > 3, timeout=10_000)
    window.reset()
    configure(window, epochs=40)
    assert run_to_end(qtbot, window, timeout=30_000) == "finished"
    (run,) = window.session.runs()
    assert len(run.records) == 40


def test_export_csv_without_a_run_says_so(window):
    assert not window.files.export_csv()
    assert window.errors and "Nothing to export" in window.errors[-1][1]
