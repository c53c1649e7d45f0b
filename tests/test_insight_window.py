"""The black box opened in the window: Step and its panel, MLPClassifier's seed, the book's
printed figures, the study over ten seeds and the "why do the scores differ?" table."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from window_fixtures import configure, run_to_end

from engine.datasets import breast_cancer
from engine.differences import explain_difference
from engine.hyperparameters import Hyperparameters
from engine.seeds import over_seeds
from gui.history_model import COLUMNS
from gui.main_window import MainWindow


def test_step_from_a_fresh_start_shows_the_batch_in_the_mini_batch_tab(qtbot, window):
    configure(window, epochs=3)
    assert window.minibatch.hint.isVisibleTo(window.minibatch)
    with qtbot.waitSignal(window.session.stepped, timeout=10_000):
        window.act_step.trigger()
    panel = window.minibatch
    assert window.side_tabs.currentWidget() is panel
    assert panel.value("where") == "epoch 1, batch 1 of 12"
    assert panel.value("rows").startswith("32 rows: ")
    (run_id,) = window.session.ids()
    report = window.session.run(run_id).last_step
    assert panel.value("norm") == f"{report.gradient_norm:.4g}"
    assert panel.value("cosine").startswith(f"{report.cosine:.3f}")
    assert window.act_pause.text() == "Resume" and not window.act_start.isEnabled()
    assert window.status.text.text().startswith("Step: epoch 1, batch 1 of 12 (32 rows)")
    history = window.history.model
    epochs = history.index(0, COLUMNS.index("epochs"))
    assert history.data(epochs) == "paused at batch 1/12 of epoch 1"
    with qtbot.waitSignal(window.session.run_ended, timeout=30_000) as blocker:
        window.act_pause.trigger()  # Resume
    assert blocker.args[1] == "finished"


def test_a_step_of_one_row_says_row(qtbot, window):
    configure(window, batch_size=1, epochs=1)
    with qtbot.waitSignal(window.session.stepped, timeout=10_000):
        window.act_step.trigger()
    first = np.random.RandomState(42).permutation(364)[0]  # the book's first shuffled row
    assert window.minibatch.value("rows") == f"1 row: {first}"
    assert "(1 row) · batch loss" in window.status.text.text()


def test_step_is_refused_during_a_sweep(qtbot, window):
    configure(window, epochs=100_000)
    window.start_sweep("1, full")
    assert not window.act_step.isEnabled()
    with qtbot.waitSignal(window.session.sweep_finished, timeout=10_000):
        window.act_stop.trigger()
    assert window.act_step.isEnabled()


def test_the_mlpclassifier_seed_is_used_and_survives_a_restart(qtbot, tmp_path):
    path = tmp_path / "seed.ini"
    first = MainWindow(QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    configure(first, epochs=30)
    first.compare.set_seed(3)
    with qtbot.waitSignal(first.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, first)
    assert first.session.comparison.state().theirs.seed == 3
    assert "random_state 3" in first.compare.notes.text()
    first.close()
    second = MainWindow(QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.session.comparison.seed() == 3 and second.compare.seed.value() == 3
    second.compare.set_seed(None)
    assert second.session.comparison.seed() is None
    second.close()


def test_the_books_figures_stand_beside_the_measured_ones(qtbot, window):
    assert (window.compare.book_cell(0), window.compare.book_cell(1)) == ("0.9780", "0.9890")
    assert window.compare._book_cells[1].isVisibleTo(window)
    window.params.select_dataset("moons")
    assert not window.compare._book_cells[1].isVisibleTo(window)


def test_over_ten_seeds_fills_the_comparisons_columns(qtbot, window):
    configure(window, epochs=25)
    study = window.session.comparison.seeds
    with qtbot.waitSignal(study.changed, timeout=5000):
        window.compare.seeds_button.click()
    assert study.is_running() and window.compare.progress.isVisibleTo(window)
    assert window.compare.seeds_button.text() == "Cancel"
    qtbot.waitUntil(lambda: study.state().state == "done", timeout=120_000)
    expected = over_seeds(breast_cancer(), Hyperparameters(epochs=25), "book")
    ours, theirs = expected.ours_spread, expected.sklearn_spread
    compare = window.compare
    assert compare.seeds_cell(0, 0) == f"{ours.minimum:.4f}"
    assert compare.seeds_cell(1, 1) == f"{theirs.median:.4f}"
    assert compare.seeds_cell(2, 1) == f"{theirs.maximum:.4f}"
    assert compare.seeds_cell(3, 1) == f"{theirs.reaching} of 10"
    assert compare.seeds_button.text() == "Over 10 seeds"
    assert not compare.study_note.isVisibleTo(window)
    configure(window, epochs=26)  # other settings: the study is greyed and says for which
    assert compare.study_note.isVisibleTo(window) and "25 epochs" in compare.study_note.text()


def test_over_ten_seeds_can_be_cancelled(qtbot, window):
    configure(window, batch_size=1)
    study = window.session.comparison.seeds
    window.compare.seeds_button.click()
    window.compare.seeds_button.click()  # Cancel
    assert study.state().state == "cancelled"
    assert window.compare.seeds_button.text() == "Over 10 seeds"
    assert "cancelled" in window.compare.study_note.text()


def test_the_difference_table_ends_at_mlpclassifier_itself(qtbot, window):
    configure(window, epochs=80)
    dialog = window.insight.explain()
    study = window.session.comparison.differences
    qtbot.waitUntil(lambda: study.state().state == "done", timeout=120_000)
    table = study.state().result
    expected = explain_difference(breast_cancer(), Hyperparameters(epochs=80))
    assert table.matches and [r.val_acc for r in table.rows] == [r.val_acc for r in expected.rows]
    assert dialog.table.rowCount() == 7
    assert dialog.cell(0, 0) == "The book's recipe"
    assert dialog.cell(6, 0) == "MLPClassifier itself"
    assert dialog.cell(5, 3) == dialog.cell(6, 3) == f"{expected.rows[-1].val_acc:.4f}"
    assert dialog.cell(5, 1).rstrip("*") == dialog.cell(6, 1).rstrip("*")
    assert "The last two rows agree" in dialog.verdict.text()
    assert window.insight.explain() is dialog  # shown again, not computed again
    assert study.state().state == "done"


def test_the_difference_table_can_be_cancelled_and_computed_again(qtbot, window):
    configure(window, batch_size=1)
    dialog = window.insight.explain()
    study = window.session.comparison.differences
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.click()
    assert study.state().state == "cancelled" and "Cancelled" in dialog.verdict.text()
    configure(window, epochs=10)
    dialog.rerun_button.click()
    qtbot.waitUntil(lambda: study.state().state == "done", timeout=60_000)
    assert study.state().hp.epochs == 10 and dialog.table.rowCount() == 7


def test_variants_are_worded_in_the_windows_language(qtbot, window):
    configure(window, epochs=10)
    dialog = window.insight.explain()
    qtbot.waitUntil(
        lambda: window.session.comparison.differences.state().state == "done", timeout=60_000
    )
    window.set_language("ko")
    try:
        qtbot.waitUntil(lambda: dialog.cell(6, 0) != "MLPClassifier itself", timeout=5000)
        assert "MLPClassifier" in dialog.cell(6, 0)
        assert dialog.cell(0, 0) == "책의 방식"
    finally:
        window.set_language("en")


@pytest.mark.filterwarnings("ignore:Stochastic Optimizer")  # its max_iter is our 6 epochs
def test_copy_as_python_follows_the_comparison_panel(qtbot, window, capsys):
    """Its MLPClassifier is the panel's: "as in the book" with the panel's seed, then "same
    algorithm" with the run's seed; the code runs and builds exactly that MLPClassifier."""
    configure(window, epochs=6)
    window.compare.set_seed(5)
    dialog = window.copy_as_python()
    qtbot.addWidget(dialog)
    book = {}
    exec(compile(dialog.code.toPlainText(), "snippet", "exec"), book)
    mlp = book["mlp"]
    assert (mlp.random_state, mlp.momentum, mlp.n_iter_no_change) == (5, 0.9, 10)
    window.compare.set_setup("same")
    window.compare.set_seed(None)
    dialog = window.copy_as_python()
    qtbot.addWidget(dialog)
    same = {}
    exec(compile(dialog.code.toPlainText(), "snippet", "exec"), same)
    assert (same["mlp"].random_state, same["mlp"].momentum) == (42, 0.0)
    assert same["mlp"].n_iter_ == 6  # every epoch, as our run
    assert "MLPClassifier after 6 epochs" in capsys.readouterr().out


def test_the_cosine_chart_is_recorded_by_default_on_small_data_and_drawn_in_sight(qtbot, window):
    from window_fixtures import long_epoch_data

    from engine.datasets import synthetic
    from gui.step_panel import records_cheaply

    assert window.minibatch.record.isChecked() and window.session.tracks_cosines()
    assert records_cheaply(synthetic("moons", 300, 0.2))
    assert not records_cheaply(long_epoch_data(rows=3000))
    window.side_tabs.setCurrentWidget(window.minibatch)
    configure(window, batch_size=1, epochs=3)
    run_to_end(qtbot, window)
    chart = window.minibatch.chart
    chart.flush()
    (run_id,) = window.session.ids()
    recorded = sum(len(points.values) for points in window.session.run(run_id).cosines)
    assert chart.point_count(run_id) == recorded >= 364
    assert chart.columns() == [run_id] and chart.summary.text().count("median") == 1
    window.minibatch.record.setChecked(False)
    assert not window.session.tracks_cosines()
    window.reset()
    chart.flush()
    assert chart.point_count(run_id) == 0 and chart.columns() == []
    assert not chart.summary.isVisibleTo(window)
