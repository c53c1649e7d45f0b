"""The run session: one place for the runs, their outcome states, the sweep queue, the
comparison, the status and the hint; tested without a window, through its signals."""

import math

import numpy as np
import pytest
from window_fixtures import long_epoch_data

from engine.datasets import breast_cancer, synthetic
from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from gui.session_runs import RunState

BOOK = DataSpec("breast_cancer")


def hp(**changes) -> Hyperparameters:
    return Hyperparameters(**{**Hyperparameters().as_dict(), **changes})


def run(qtbot, session, settings, data=None, spec=BOOK) -> tuple[int, str]:
    with qtbot.waitSignal(session.run_ended, timeout=60_000) as blocker:
        assert session.start(settings, data or breast_cancer(), spec) is not None
    return blocker.args[0], blocker.args[1]


def test_a_run_is_in_the_session_from_start_to_end(qtbot, session):
    added, states = [], []
    session.run_added.connect(added.append)
    session.run_changed.connect(lambda run_id: states.append(session.run(run_id).state))
    run_id, state = run(qtbot, session, hp(epochs=30))
    assert added == [run_id] and state == "finished"
    kept = session.run(run_id)
    assert kept.state is RunState.FINISHED and states[-1] is RunState.FINISHED
    assert [r.epoch for r in kept.records] == list(range(1, 31))
    data = breast_cancer()
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, epochs=30)
    assert np.array_equal(kept.params.w1, net.w1)  # the final weights came with "finished"
    assert session.status().kind == "finished" and session.status().args["epoch"] == 30
    assert not session.is_busy() and session.live_id() is None


def test_a_stopped_run_is_kept_and_marked_at_its_last_whole_epoch(qtbot, session):
    session.start(hp(epochs=100_000), breast_cancer(), BOOK)
    qtbot.waitUntil(lambda: session.run(session.live_id()).epoch > 3, timeout=10_000)
    with qtbot.waitSignal(session.run_ended, timeout=10_000) as blocker:
        session.stop()
    run_id, state = blocker.args
    kept = session.run(run_id)
    assert state == "stopped" and kept.state is RunState.STOPPED
    assert kept.epoch == kept.records[-1].epoch > 3
    assert session.comparison.state().ours.epochs == kept.epoch  # our side is shown


@pytest.mark.parametrize("limit, measured", [(10**12, True), (0, False)])
def test_stop_skips_the_training_accuracy_only_when_it_would_be_slow(
    qtbot, session, monkeypatch, limit, measured
):
    """On a million rows the final accuracy took 20-50 s: Stop must not wait for it there,
    while a small run stopped keeps its accuracy."""
    import gui.worker

    monkeypatch.setattr(gui.worker, "STOP_WORK_LIMIT", limit)
    run_id = session.start(hp(epochs=100_000), breast_cancer(), BOOK)
    qtbot.waitUntil(lambda: session.run(run_id).epoch > 3, timeout=10_000)
    with qtbot.waitSignal(session.run_ended, timeout=10_000):
        session.stop()
    train_acc = session.run(run_id).train_acc
    assert (0.5 < train_acc <= 1.0) if measured else math.isnan(train_acc)


def test_stop_and_pause_act_within_one_mini_batch_of_a_long_epoch(qtbot, session):
    """Nothing is kept of a run stopped before its first epoch ended: it has no numbers."""
    removed = []
    session.run_removed.connect(removed.append)
    run_id = session.start(hp(units=100, batch_size=1, epochs=2), long_epoch_data(), BOOK)
    with qtbot.waitSignal(session.paused_changed, timeout=1000):
        session.pause()
    qtbot.waitUntil(lambda: session.status().kind == "paused", timeout=2000)
    assert session.status().args["epoch"] == 0
    assert session.run(run_id).state is RunState.PAUSED
    with qtbot.waitSignal(session.run_ended, timeout=2000):
        session.stop()
    assert removed == [run_id] and session.ids() == []
    assert session.status().kind == "nothing_kept"


def test_rerunning_the_same_settings_replaces_the_earlier_run(qtbot, session):
    run(qtbot, session, hp(epochs=10))
    second, _ = run(qtbot, session, hp(epochs=10))
    assert session.ids() == [second]
    assert session.status().args["replaced"] == "batch 32, 10 epochs"
    other, _ = run(qtbot, session, hp(epochs=10, batch_size=16))
    assert session.ids() == [second, other]


def test_an_earlier_run_that_got_further_is_kept_over_a_shorter_rerun(qtbot, session):
    data = long_epoch_data(rows=3000)  # about 0.1 s an epoch at batch size 1
    settings = hp(units=100, batch_size=1, epochs=3)
    first, _ = run(qtbot, session, settings, data)
    rerun = session.start(settings, data, BOOK)
    qtbot.waitUntil(lambda: session.run(rerun).epoch >= 1, timeout=10_000)
    with qtbot.waitSignal(session.run_ended, timeout=10_000):
        session.stop()
    assert session.ids() == [first] and session.run(first).epoch == 3
    status = session.status()
    assert status.kind == "stopped" and status.args["kept_earlier"] == session.name(first)


def test_a_sweep_runs_the_queue_and_stop_ends_it(qtbot, session):
    sizes = [hp(epochs=15, batch_size=b) for b in (8, 32, None)]
    with qtbot.waitSignal(session.sweep_finished, timeout=60_000):
        assert session.start_sweep(sizes, breast_cancer(), BOOK)
    runs = session.runs()
    assert [r.hp.batch_size for r in runs] == [8, 32, None]
    assert all(r.state is RunState.FINISHED and r.epoch == 15 for r in runs)
    assert session.sweep_position() == (0, 0)

    long_sweep = [hp(epochs=100_000, batch_size=b) for b in (None, 32)]
    session.start_sweep(long_sweep, breast_cancer(), BOOK)
    assert session.sweep_position() == (1, 2)
    qtbot.waitUntil(lambda: session.run(session.live_id()).epoch > 2, timeout=10_000)
    with qtbot.waitSignal(session.sweep_finished, timeout=10_000):
        session.stop()
    assert [r.hp.batch_size for r in session.runs()][-1] is None
    assert not session.is_busy()


def test_clear_all_clears_runs_comparison_hint_and_status(qtbot, session):
    run(qtbot, session, hp(epochs=100, learning_rate=100))
    assert session.hint().kind == "too_high"
    qtbot.waitUntil(lambda: session.comparison.state().state != "running", timeout=60_000)
    assert session.comparison.state().ours is not None
    with qtbot.waitSignal(session.runs_reset):
        session.clear()
    assert session.ids() == [] and session.hint() is None
    assert session.status().kind == "ready"
    comparison = session.comparison.state()
    assert (comparison.state, comparison.ours, comparison.theirs) == ("none", None, None)


def test_a_diverged_run_is_kept_with_the_epoch_it_diverged_at(qtbot, session):
    run_id, state = run(qtbot, session, hp(epochs=200, learning_rate=1000, l2=10))
    kept = session.run(run_id)
    assert state == "diverged" and kept.state is RunState.DIVERGED
    assert session.hint().kind == "diverged"
    assert session.hint().args["epoch"] == kept.epoch + 1
    assert all(math.isfinite(r.train_loss) for r in kept.records)


def test_a_failed_run_is_reported_and_not_kept(qtbot, session):
    def broken(_dataset):
        def probe(_params):
            raise RuntimeError("probe broke")

        return probe

    session.add_probe("broken", broken)
    failures = []
    session.run_failed.connect(failures.append)
    run_id, state = run(qtbot, session, hp(epochs=5))
    assert state == "failed" and run_id not in session.ids()
    assert "probe broke" in failures[0]
    assert session.status().kind == "failed"


def test_the_comparison_goes_stale_with_other_settings_and_back(qtbot, session):
    session.comparison.set_settings(BOOK, hp(epochs=40))
    with qtbot.waitSignal(session.comparison.finished, timeout=60_000):
        run(qtbot, session, hp(epochs=40))
    comparison = session.comparison.state()
    assert comparison.state == "done" and not comparison.stale
    assert comparison.theirs.n_iter <= 40
    moons = DataSpec("moons")
    session.comparison.set_settings(moons, hp(epochs=40))
    assert session.comparison.state().stale
    assert session.comparison.state().data == BOOK  # it still names the settings it is for
    session.comparison.set_settings(BOOK, hp(epochs=40))
    assert not session.comparison.state().stale


def test_names_carry_the_dataset_when_it_is_not_the_books(qtbot, session):
    moons = synthetic("moons", 300, 0.2)
    run_id, _ = run(qtbot, session, hp(epochs=5), moons, DataSpec("moons"))
    assert session.name(run_id) == "moons, batch 32, 5 epochs"
    session.rename(run_id, "  my run ")
    assert session.name(run_id) == "my run"
    session.rename(run_id, "")
    assert session.name(run_id) == "moons, batch 32, 5 epochs"


def test_selection_and_visibility_are_session_state(qtbot, session):
    first, _ = run(qtbot, session, hp(epochs=5))
    second, _ = run(qtbot, session, hp(epochs=5, batch_size=8))
    with qtbot.waitSignal(session.selection_changed) as blocker:
        session.select(second)
    assert blocker.args == [second] and session.selected() == second
    session.remove([second])
    assert session.selected() is None and session.ids() == [first]
    session.set_visible(first, False)
    assert not session.run(first).visible
    session.set_all_visible(True)
    assert session.run(first).visible


def test_runs_for_saving_and_load_round_trip(qtbot, session):
    run(qtbot, session, hp(epochs=6))
    with qtbot.waitSignal(session.comparison.finished, timeout=60_000):
        run(qtbot, session, hp(epochs=6, batch_size=64))
    train_acc = session.comparison.state().ours.train_acc
    loss_curve = session.comparison.state().theirs.loss_curve
    saved = session.runs_for_saving()
    assert [r.outcome for r in saved] == ["done", "done"]
    assert saved[-1].sklearn["val_score"] == session.comparison.state().theirs.val_score
    session.load(saved)
    loaded = session.runs()
    assert [session.name(r.run_id) for r in loaded] == [r.name for r in saved]
    assert [r.color for r in loaded] == [r.color for r in saved]
    comparison = session.comparison.state()
    assert comparison.state == "done" and comparison.run_id == loaded[-1].run_id
    assert comparison.theirs.val_score == saved[-1].sklearn["val_score"]
    # What the file holds comes back: our training accuracy and MLPClassifier's curve.
    assert 0.5 < train_acc <= 1 and comparison.ours.train_acc == train_acc
    assert len(loss_curve) > 1 and tuple(comparison.theirs.loss_curve) == tuple(loss_curve)


def test_a_file_without_our_training_accuracy_or_the_curve_shows_none(qtbot, session):
    run(qtbot, session, hp(epochs=6))
    saved = session.runs_for_saving()[-1]
    saved.train_acc, saved.sklearn_loss = math.nan, ()
    saved.sklearn = {"setup": "book", "val_score": 0.9, "train_score": 0.95, "n_iter": 6}
    saved.sklearn |= {"seconds": 0.1, "seed": 42, "momentum": 0.9}
    session.load([saved])
    comparison = session.comparison.state()
    assert math.isnan(comparison.ours.train_acc) and comparison.theirs.loss_curve == ()


def test_names_made_from_settings_follow_the_language_after_opening_a_file(qtbot, session):
    """A file says which names the user gave; an older file's names are recognised as made
    from the settings in English or Korean (also with the " (2)" of older versions)."""
    from PySide6.QtWidgets import QApplication

    from engine.experiment import Run
    from gui.language import install_language

    records = (
        MinibatchNetwork(batch_size=8)
        .fit(breast_cancer().x_train, breast_cancer().y_train, epochs=2)
        .records
    )
    moons = DataSpec("moons")

    def saved(name, settings, auto=None, data=BOOK):
        return Run(name, data, settings, records, "done", auto_name=auto)

    runs = [
        saved("batch 8", hp(batch_size=8)),  # an old file, English
        saved("배치 16, 학습률 0.5", hp(batch_size=16, learning_rate=0.5)),  # old, Korean
        saved("moons, batch 32 (2)", hp(), data=moons),  # old, a twin of an older version
        saved("batch 8", hp(batch_size=64)),  # old: not this run's settings, the user's
        saved("my favourite", hp(batch_size=8), auto=False),
        saved("stale words", hp(batch_size=4), auto=True),  # the file says: made by the app
    ]
    app = QApplication.instance()
    try:
        install_language(app, "ko")
        session.load(runs)
        names = [session.name(run_id) for run_id in session.ids()]
        assert names == [
            "배치 8",
            "배치 16, 학습률 0.5",
            "반달, 배치 32",
            "batch 8",
            "my favourite",
            "배치 4",
        ]
        install_language(app, "en")
        assert session.name(session.ids()[1]) == "batch 16, lr 0.5"
        saved_again = session.runs_for_saving()
        assert [r.auto_name for r in saved_again] == [True, True, True, False, False, True]
    finally:
        install_language(app, "en")


def test_shutdown_mid_epoch_stops_the_run_at_once(qtbot, session):
    """With 400 units an epoch takes several seconds; held inside the first one (paused,
    so surely past the run's setup), the thread ends as soon as it is asked."""
    session.start(hp(units=400, batch_size=1, epochs=5), long_epoch_data(), BOOK)
    session.pause()
    qtbot.waitUntil(lambda: session.status().kind == "paused", timeout=30_000)
    assert session.threads_running()
    assert session.shutdown(2000)
    assert not session.threads_running()
    assert not session.threads_running()
