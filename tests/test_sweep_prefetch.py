"""A window's sweep trains its later runs ahead in a child process: the runs it shows are the
runs it would have trained, to the bit; Stop, a reset and a failure in the child behave."""

import math

import numpy as np
import pytest

from engine.datasets import breast_cancer
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui import sweep_prefetch
from gui.session_runs import RunState
from gui.worker import TrainingWorker

BOOK = DataSpec("breast_cancer")
SIZES = (1, 8, 32, 128, None)


def sweep(epochs: int) -> list[Hyperparameters]:
    return [Hyperparameters(batch_size=size, epochs=epochs) for size in SIZES]


def run_sweep(qtbot, session, hps) -> list:
    with qtbot.waitSignal(session.sweep_finished, timeout=60_000):
        assert session.start_sweep(hps, breast_cancer(), BOOK)
    return session.runs()


def numbers(run) -> list:
    return [(r.epoch, r.train_loss, r.val_loss, r.train_acc, r.val_acc) for r in run.records]


def test_runs_trained_ahead_are_the_runs_trained_live_to_the_bit(qtbot, session, monkeypatch):
    shown = []
    show = TrainingWorker._show_ahead

    def spy(worker, ahead):  # which runs were shown from the child rather than trained
        shown.append(show(worker, ahead))
        return shown[-1]

    monkeypatch.setattr(TrainingWorker, "_show_ahead", spy)
    sweep_prefetch._AHEAD.start()  # started, the child begins the last runs at once
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    ahead = run_sweep(qtbot, session, sweep(60))
    assert True in shown
    session.clear()
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: False)
    live = run_sweep(qtbot, session, sweep(60))
    assert [numbers(run) for run in ahead] == [numbers(run) for run in live]
    for a, b in zip(ahead, live, strict=True):
        assert a.state is b.state is RunState.FINISHED
        assert np.array_equal(a.params.theta, b.params.theta) and a.train_acc == b.train_acc
        assert [len(r.batch_losses) for r in a.records] == [len(r.batch_losses) for r in b.records]


def test_stop_ends_a_sweep_and_the_runs_trained_ahead(qtbot, session, monkeypatch):
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    session.start_sweep(sweep(100_000), breast_cancer(), BOOK)
    qtbot.waitUntil(lambda: session.run(session.live_id()).epoch > 2, timeout=10_000)
    with qtbot.waitSignal(session.sweep_finished, timeout=10_000):
        session.stop()
    assert len(session.runs()) == 1 and not session.is_busy()
    assert session._ahead is None


def test_a_failure_in_the_child_trains_the_run_live(qtbot, session, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the child is broken")

    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    monkeypatch.setattr(sweep_prefetch._AHEAD, "call", broken)
    runs = run_sweep(qtbot, session, sweep(20))
    assert all(r.state is RunState.FINISHED and r.epoch == 20 for r in runs)
    assert all(not math.isnan(r.train_acc) for r in runs)


@pytest.mark.parametrize("cores, delay, pays", [(1, 0.0, False), (2, 0.05, False), (2, 0.0, True)])
def test_training_ahead_needs_a_second_core_and_full_speed(monkeypatch, cores, delay, pays):
    monkeypatch.setattr(sweep_prefetch, "cores", lambda: cores)
    assert sweep_prefetch.pays(breast_cancer(), 5, delay) is pays


def test_runs_trained_ahead_bring_their_cosine_chart(qtbot, session, monkeypatch):
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    sweep_prefetch._AHEAD.start()
    session.set_track_cosines(True)
    runs = run_sweep(qtbot, session, sweep(30))
    assert all(run.cosines for run in runs)
    full = runs[-1].cosines  # the full batch's gradient is the full-batch gradient
    assert all(np.allclose(points.values, 1.0) for points in full)


def long_ahead_sweep() -> list[Hyperparameters]:
    """A quick first run, then one the child is still training when the sweep reaches it."""
    return [
        Hyperparameters(batch_size=None, epochs=20),
        Hyperparameters(batch_size=1, epochs=100_000),
    ]


def test_pause_holds_a_run_trained_ahead_and_stop_ends_it(qtbot, session, monkeypatch):
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    session.start_sweep(long_ahead_sweep(), breast_cancer(), BOOK)
    qtbot.waitUntil(lambda: len(session.runs()) == 2, timeout=10_000)
    with qtbot.waitSignal(session.status_changed, timeout=10_000):
        session.pause()
    qtbot.waitUntil(lambda: session.runs()[1].state is RunState.PAUSED, timeout=10_000)
    with qtbot.waitSignal(session.sweep_finished, timeout=10_000):
        session.stop()
    assert session.runs()[0].state is RunState.FINISHED and not session.is_busy()


def test_turning_the_cosine_chart_on_mid_sweep_trains_the_rest_live(qtbot, session, monkeypatch):
    monkeypatch.setattr(sweep_prefetch, "pays", lambda *args: True)
    session.start_sweep(long_ahead_sweep(), breast_cancer(), BOOK)
    assert session._ahead is not None
    session.set_track_cosines(True)
    assert session._ahead is None
    with qtbot.waitSignal(session.sweep_finished, timeout=10_000):
        session.stop()
