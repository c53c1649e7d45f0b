"""scikit-learn's fit in the window's child process: the same numbers as in this process, its
errors raised here, cancelled at once, and a child that dies is replaced."""

import dataclasses
import os
import time

import pytest

from engine.control import Cancelled
from engine.datasets import breast_cancer
from engine.experiment import DataSpec
from engine.fit_process import FitProcess, FitProcessDied
from engine.hyperparameters import Hyperparameters
from engine.reference import SklearnDiverged, run_sklearn, run_sklearn_controlled
from engine.sweep import train_run
from gui import comparison


def never() -> bool:
    return False


@pytest.fixture(scope="module")
def fits():
    process = FitProcess()
    yield process
    process.close()


def fit_args(hp: Hyperparameters) -> tuple:
    data = breast_cancer()
    return data.x_train, data.y_train, data.x_val, data.y_val, hp


def test_a_fit_in_the_child_gives_this_process_s_numbers(fits):
    hp = Hyperparameters(epochs=40)
    theirs = fits.call(run_sklearn_controlled, *fit_args(hp), cancelled=never)
    ours = run_sklearn(*fit_args(hp))
    assert theirs.loss_curve == ours.loss_curve
    assert (theirs.val_score, theirs.train_score) == (ours.val_score, ours.train_score)


def test_an_error_in_the_child_is_raised_here_with_its_type(fits):
    hp = dataclasses.replace(Hyperparameters(epochs=40), learning_rate=1e6)
    with pytest.raises(SklearnDiverged, match="infinite or NaN"):
        fits.call(run_sklearn_controlled, *fit_args(hp), cancelled=never)


def test_a_cancelled_call_returns_at_once_and_the_child_serves_the_next(fits):
    fits.start()
    pid = fits._child.pid
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        fits.call(
            run_sklearn_controlled, *fit_args(Hyperparameters(epochs=100_000)), cancelled=cancelled
        )
    result = fits.call(
        run_sklearn_controlled, *fit_args(Hyperparameters(epochs=5)), cancelled=never
    )
    assert result.n_iter == 5 and fits._child.pid == pid


def test_a_child_that_dies_during_a_fit_is_reported_and_replaced(fits):
    fits.start()
    old = fits._child

    def killed() -> bool:  # asked while the call waits: the child dies mid-fit
        old.kill()
        return False

    with pytest.raises(FitProcessDied, match="ended unexpectedly"):
        fits.call(
            run_sklearn_controlled, *fit_args(Hyperparameters(epochs=100_000)), cancelled=killed
        )
    result = fits.call(
        run_sklearn_controlled, *fit_args(Hyperparameters(epochs=5)), cancelled=never
    )
    assert result.n_iter == 5 and fits._child.pid != old.pid


def test_a_child_that_ended_between_fits_is_replaced_quietly(fits):
    fits.start()
    old = fits._child
    old.kill()
    old.wait()
    result = fits.call(
        run_sklearn_controlled, *fit_args(Hyperparameters(epochs=5)), cancelled=never
    )
    assert result.n_iter == 5 and fits._child.pid != old.pid


def test_the_window_s_comparison_fits_in_another_process(qtbot, session):
    with qtbot.waitSignal(session.comparison.finished, timeout=60_000):
        session.start(Hyperparameters(epochs=20), breast_cancer(), DataSpec("breast_cancer"))
    assert session.comparison.state().state == "done"
    child = comparison._FITS._child
    assert child is not None and child.poll() is None and child.pid != os.getpid()


def test_a_child_that_cannot_start_is_reported(monkeypatch):
    def no_processes_left(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr("engine.fit_process.subprocess.Popen", no_processes_left)
    with pytest.raises(FitProcessDied, match="could not start"):
        FitProcess().call(run_sklearn_controlled, *fit_args(Hyperparameters()), cancelled=never)


def test_a_failed_comparison_says_why_in_the_panel(qtbot, window, monkeypatch):
    def died(*args, **kwargs):
        raise FitProcessDied()

    monkeypatch.setattr(comparison._FITS, "call", died)
    window.params.set_hyperparameters(Hyperparameters(epochs=5))
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        window.start()
    assert window.session.comparison.state().state == "failed"
    assert window.compare.notes.isVisible()
    assert window.compare.notes.text().startswith(
        "MLPClassifier failed: A worker process could not"
    )


def test_a_cancel_is_seen_while_progress_keeps_coming(fits):
    hp = Hyperparameters(batch_size=None, epochs=200_000)
    reports: list[float] = []

    def cancelled() -> bool:  # once the run has reported three times
        return len(reports) >= 3

    with pytest.raises(Cancelled):
        fits.call(
            train_run, breast_cancer(), hp, cancelled=cancelled,
            progress=lambda done, total: reports.append(time.perf_counter()),
        )  # fmt: skip
    assert len(reports) == 3  # seen at the first reply after the third, not at the end
    assert reports[2] - reports[0] >= 0.15  # at most every 0.1 s, not every epoch


def test_a_call_the_child_cannot_read_ends_it_instead_of_hanging(fits, tmp_path, monkeypatch):
    (tmp_path / "only_here.py").write_text("def work(**kwargs):\n    return 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import only_here

    with pytest.raises(FitProcessDied):
        fits.call(only_here.work, cancelled=never)
    result = fits.call(
        run_sklearn_controlled, *fit_args(Hyperparameters(epochs=5)), cancelled=never
    )
    assert result.n_iter == 5
