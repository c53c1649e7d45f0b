"""The recipe in the window: the book's, scikit-learn's or a mix, kept exactly in the settings,
taken from the command line, shown in run names, and equal to MLPClassifier when it is its."""

import logging
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings
from window_fixtures import configure, run_to_end

from engine.hyperparameters import Hyperparameters
from gui.main_window import MainWindow

SKLEARN = Hyperparameters().with_recipe("sklearn")


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(QSettings(str(path), QSettings.Format.IniFormat))
    window.show_error = lambda *args: pytest.fail(f"unexpected error {args}")
    qtbot.addWidget(window)
    return window


def choose(window, key: str) -> None:
    """Pick a recipe in the combo box as a user does."""
    combo = window.params.training.recipe_group.recipe
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_choosing_a_recipe_sets_every_piece_and_editing_one_makes_it_custom(qtbot, window):
    group = window.params.training.recipe_group
    assert group.recipe.currentData() == "book" and not group.details.isVisible()
    choose(window, "sklearn")
    assert window.params.hyperparameters() == SKLEARN
    assert "Nesterov momentum 0.9" in group.summary.text()
    group.momentum.setValue(0.5)
    assert group.recipe.currentData() == "custom"
    assert window.params.hyperparameters() == replace(SKLEARN, momentum=0.5)
    choose(window, "book")
    assert window.params.hyperparameters() == Hyperparameters()
    assert not group.nesterov.isEnabled() and not group.tol.isEnabled()


def test_the_books_recipe_keeps_the_all_ones_start(qtbot, window):
    configure(window, init="ones", momentum=0.9)
    assert window.params.training.recipe_group.recipe.currentData() == "custom"
    choose(window, "book")
    assert window.params.hyperparameters() == Hyperparameters(init="ones")
    assert window.params.training.recipe_group.recipe.currentData() == "book"


def test_custom_opens_the_pieces(qtbot, window):
    group = window.params.training.recipe_group
    choose(window, "custom")
    assert group.details.isVisibleTo(window) and group.expand.isChecked()


def test_recipe_settings_survive_a_restart_exactly(qtbot, tmp_path):
    path = tmp_path / "recipe.ini"
    first = open_window(qtbot, path)
    wanted = Hyperparameters(
        init="sklearn",
        shuffle="sklearn",
        momentum=0.37,
        nesterov=False,
        n_iter_no_change=7,
        tol=3e-5,
        loss="sklearn",
        learning_rate=0.3,
    )
    first.params.set_hyperparameters(wanted)
    first.params.training.recipe_group.expand.setChecked(True)
    first.close()
    text = path.read_text()
    assert "momentum=0.37\n" in text and "tol=3e-05\n" in text
    second = open_window(qtbot, path)
    assert second.params.hyperparameters() == wanted
    assert second.params.training.recipe_group.expand.isChecked()
    second.params.set_hyperparameters(Hyperparameters())  # "never" and the book's loss
    second.close()
    third = open_window(qtbot, path)
    assert third.params.hyperparameters() == Hyperparameters()
    third.close()


def test_damaged_recipe_settings_fall_back_to_the_books(qtbot, tmp_path, caplog):
    path = tmp_path / "damaged.ini"
    path.write_text(
        "[params]\nshuffle=keras\nmomentum=1.5\nnesterov=maybe\nn_iter_no_change=-3\n"
        "tol=nan\nloss=mse\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="gui.settings_store"):
        window = open_window(qtbot, path)
    assert window.params.hyperparameters() == Hyperparameters()
    warned = " ".join(record.getMessage() for record in caplog.records)
    for key in ("shuffle", "momentum", "nesterov", "n_iter_no_change", "tol", "loss"):
        assert f"/{key}=" in warned, key
    window.close()


def test_the_command_lines_recipe_applies_to_the_window(qtbot, window):
    from gui.app import apply_arguments
    from main import parse_args

    apply_arguments(window, parse_args(["--recipe", "sklearn", "--sklearn-seed", "7"]), True)
    assert window.params.hyperparameters() == SKLEARN
    assert window.session.comparison.seed() == 7
    apply_arguments(window, parse_args(["--recipe", "book", "--momentum", "0.5"]), True)
    assert window.params.hyperparameters() == Hyperparameters(momentum=0.5)
    with pytest.raises(ValueError, match="--momentum"):
        apply_arguments(window, parse_args(["--momentum", "0.9999"]), True)


def test_scikit_learns_recipe_in_the_window_scores_as_mlpclassifier(qtbot, window):
    """With its recipe, our network is MLPClassifier: the comparison ("same algorithm", its
    seed the run's) shows the same epochs and the same validation accuracy; the run's name
    says which recipe trained it."""
    window.compare.set_setup("same")
    configure(window, **{**SKLEARN.as_dict(), "epochs": 200, "seed": 3})
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        assert run_to_end(qtbot, window) == "finished"
    (run_id,) = window.session.ids()
    assert window.session.name(run_id) == "batch 32, scikit-learn recipe, 200 epochs, seed 3"
    comparison = window.session.comparison.state()
    run = window.session.run(run_id)
    assert run.epoch < 200 and run.epoch == comparison.theirs.n_iter  # stopped by its rule
    assert run.state.value == "finished"  # the rule ended it: finished, not stopped
    assert window.compare.cell(0, 0) == window.compare.cell(0, 1)
    assert window.compare.cell(2, 0) == window.compare.cell(2, 1).rstrip("*")


def test_suggested_settings_are_offered_per_dataset_and_applied_only_on_click(qtbot, window):
    from engine.suggestions import suggestion_for

    bar = window.params.training.suggestion
    assert not bar.isVisibleTo(window)  # the book's data needs none
    before = window.params.hyperparameters()
    window.params.select_dataset("moons")
    assert bar.isVisibleTo(window) and "moons" in bar.title.text()
    assert "learning rate 1, L2 0.001, 500 epochs" in bar.title.text()
    assert window.params.hyperparameters() == before  # nothing applied yet
    bar.use.click()
    assert window.params.hyperparameters() == suggestion_for("moons").apply(before)
    assert not bar.isVisibleTo(window)  # the form holds them now
    window.params.select_dataset("circles")
    assert bar.isVisibleTo(window) and "circles" in bar.title.text()
    bar.close_button.click()
    assert not bar.isVisibleTo(window)
    window.params.select_dataset("xor")
    assert bar.isVisibleTo(window)  # a new dataset offers its own again
    window.params.select_dataset("breast_cancer")
    assert not bar.isVisibleTo(window)


def test_the_suggestion_names_a_recipe_it_replaces(qtbot, window):
    configure(window, momentum=0.9)
    window.params.select_dataset("blobs")
    bar = window.params.training.suggestion
    assert "the book's recipe" in bar.title.text()
    bar.use.click()
    assert window.params.hyperparameters().recipe() == "book"
