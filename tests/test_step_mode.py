"""Step mode in the run session: one mini-batch update at a time, from a fresh start or from
Pause, on the same run that Start would train, and the cosine chart's points."""

import numpy as np
import pytest

from engine.datasets import breast_cancer
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.network import backprop, cosine, forpass, init_parameters, loss, update
from gui.messages import state_text
from gui.session_runs import RunState

BOOK = DataSpec("breast_cancer")


def step(qtbot, session, settings, data=None):
    """One Step; the StepReport it made."""
    with qtbot.waitSignal(session.stepped, timeout=10_000) as blocker:
        assert session.step(settings, data or breast_cancer(), BOOK) is not None
    return blocker.args[1]


def book_losses(epochs: int, **changes) -> list[float]:
    data = breast_cancer()
    settings = {"l2": 0.01, "batch_size": 32, **changes}
    net = MinibatchNetwork(**settings).fit(data.x_train, data.y_train, epochs=epochs)
    return net.losses


def test_step_from_a_fresh_start_makes_the_first_update_of_a_new_paused_run(qtbot, session):
    settings = Hyperparameters(epochs=3)
    report = step(qtbot, session, settings)
    (run_id,) = session.ids()
    assert session.live_id() == run_id and session.is_paused()
    assert session.run(run_id).state is RunState.PAUSED
    assert (report.epoch, report.batch, report.batches, report.size) == (1, 1, 12, 32)
    assert session.status().kind == "stepped" and session.status().args["rows"] == 32


def test_the_step_report_matches_a_direct_computation(qtbot, session):
    """The book's functions on the book's first batch: rows from the book's shuffling
    protocol, losses before and after the update, the gradient's norm and its cosine with
    the full-batch gradient at the same weights."""
    data = breast_cancer()
    settings = Hyperparameters(epochs=2)
    report = step(qtbot, session, settings, data)
    rows = np.random.RandomState(42).permutation(len(data.x_train))[:32]
    assert list(report.rows) == list(rows)
    params = init_parameters(data.n_features, 10, "random", 42)
    x, y = data.x_train[rows], data.y_train[rows].reshape(-1, 1)
    y_all = data.y_train.reshape(-1, 1)

    def gradient(xs, ys):
        a1, a = forpass(params, xs)
        return backprop(params, xs, a1, a - ys, 0.0, 0.01)

    grads = gradient(x, y)
    full = gradient(data.x_train, y_all)
    assert report.loss_before == pytest.approx(loss(params, x, y, 0.0, 0.01), abs=1e-12)
    assert report.gradient_norm == pytest.approx(grads.norm(), abs=1e-12)
    assert report.cosine == pytest.approx(cosine(grads, full), abs=1e-12)
    after = update(params, grads, 0.1)
    assert report.loss_after == pytest.approx(loss(after, x, y, 0.0, 0.01), abs=1e-12)
    assert report.loss_after < report.loss_before


def test_stepping_then_resuming_gives_the_numbers_of_a_normal_run(qtbot, session):
    settings = Hyperparameters(epochs=4)
    reports = [step(qtbot, session, settings) for _ in range(15)]  # 12 a epoch, then 3 more
    assert [(r.epoch, r.batch) for r in reports[11:13]] == [(1, 12), (2, 1)]
    assert reports[11].record is not None and reports[11].record.epoch == 1
    (run_id,) = session.ids()
    qtbot.waitUntil(lambda: len(session.run(run_id).records) == 1, timeout=5000)
    with qtbot.waitSignal(session.run_ended, timeout=30_000) as blocker:
        session.resume()
    assert blocker.args == [run_id, "finished"]
    records = session.run(run_id).records
    assert [r.train_loss for r in records] == book_losses(4)
    assert records[-1].updates == 48


def test_step_from_pause_continues_the_same_run(qtbot, session):
    settings = Hyperparameters(epochs=60)
    session.set_delay(0.02)  # slow enough to pause before the end
    run_id = session.start(settings, breast_cancer(), BOOK)
    session.pause()
    qtbot.waitUntil(lambda: session.status().kind == "paused", timeout=10_000)
    held = session.run(run_id).epoch
    first = step(qtbot, session, settings)
    assert (first.epoch, first.batch) == (held + 1, 1)
    for _ in range(4):
        step(qtbot, session, settings)
    assert session.run(run_id).state is RunState.PAUSED
    session.set_delay(0.0)
    with qtbot.waitSignal(session.run_ended, timeout=30_000):
        session.resume()
    assert [r.train_loss for r in session.run(run_id).records] == book_losses(60)


def test_step_while_running_holds_the_run_first(qtbot, session):
    session.set_delay(0.02)
    run_id = session.start(Hyperparameters(epochs=200), breast_cancer(), BOOK)
    report = step(qtbot, session, Hyperparameters(epochs=200))
    assert session.is_paused() and session.live_id() == run_id
    assert report.epoch == session.run(run_id).epoch + 1  # the update after the hold
    where = f"batch {report.batch}/{report.batches} of epoch {report.epoch}"
    assert state_text(session.run(run_id)) == f"paused at {where}"
    session.resume()
    qtbot.waitUntil(lambda: session.run(run_id).state is RunState.RUNNING, timeout=10_000)
    session.pause()  # held again by Pause, not by a step: the step's place is history
    qtbot.waitUntil(lambda: session.status().kind == "paused", timeout=10_000)
    assert state_text(session.run(run_id)) == f"paused at epoch {session.run(run_id).epoch}"
    with qtbot.waitSignal(session.run_ended, timeout=10_000) as blocker:
        session.stop()
    assert blocker.args[1] == "stopped"


def test_the_full_batch_cosine_is_one(qtbot, session):
    report = step(qtbot, session, Hyperparameters(batch_size=None, epochs=2))
    assert report.size == 364 and report.batches == 1
    assert report.cosine == pytest.approx(1.0, abs=1e-12)
    assert report.record is not None  # one update is the whole epoch


def test_a_run_stopped_while_stepping_in_its_first_epoch_keeps_nothing(qtbot, session):
    step(qtbot, session, Hyperparameters(epochs=5))
    with qtbot.waitSignal(session.run_ended, timeout=10_000):
        session.stop()
    assert session.ids() == [] and session.status().kind == "nothing_kept"


def test_the_cosine_chart_records_a_sample_of_epochs_cheaply(qtbot, session):
    """Batch 1 scatters (its cosines fall below zero), the full batch stays at 1; a recorded
    epoch records every one of its updates, at most a tenth of the time on recording."""
    session.set_track_cosines(True)
    got: dict[int, list] = {}
    session.cosines_added.connect(lambda run_id, points: got.setdefault(run_id, []).extend(points))
    sizes = {}
    for size in (1, None):
        with qtbot.waitSignal(session.run_ended, timeout=60_000) as blocker:
            session.start(Hyperparameters(batch_size=size, epochs=30), breast_cancer(), BOOK)
        sizes[size] = blocker.args[0]
    small = got[sizes[1]]
    assert small and all(len(p.values) == 364 for p in small)
    values = np.concatenate([p.values for p in small])
    assert values.min() < 0 < values.max() <= 1
    positions = np.concatenate([p.positions for p in small])
    assert positions.min() > 0 and positions.max() <= 30
    full = np.concatenate([p.values for p in got[sizes[None]]])
    assert len(full) >= 1 and np.allclose(full, 1.0, atol=1e-12)
    assert session.run(sizes[1]).cosines == small  # kept with the run


def test_without_the_chart_no_cosines_are_recorded(qtbot, session):
    got = []
    session.cosines_added.connect(lambda *args: got.append(args))
    with qtbot.waitSignal(session.run_ended, timeout=30_000):
        session.start(Hyperparameters(epochs=20), breast_cancer(), BOOK)
    assert got == []
