"""Step mode: one mini-batch at a time, on the same run, with what each step did."""

from dataclasses import replace

import numpy as np
import pytest

from engine.control import RunControl
from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.network import backprop, cosine, forpass, loss
from engine.training import Trainer, TrainingDiverged, iter_epochs, trainer_epochs


@pytest.fixture(scope="module")
def data():
    return breast_cancer()


def make(data, **changes) -> Trainer:
    hp = replace(Hyperparameters(epochs=3), **changes)
    return Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)


def same_record(a, b) -> None:
    for name in ("epoch", "train_loss", "val_loss", "train_acc", "val_acc", "updates", "samples"):
        assert getattr(a, name) == getattr(b, name), name
    np.testing.assert_array_equal(a.batch_losses, b.batch_losses)


@pytest.mark.parametrize("recipe", ["book", "sklearn"])
def test_stepping_through_gives_the_numbers_of_running_through(kernel, data, recipe):
    hp = Hyperparameters(epochs=3).with_recipe(recipe)
    running = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
    ran = list(trainer_epochs(running))
    stepping = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
    stepped = []
    # Mixed freely: steps, the rest of an epoch, a whole epoch, then steps to the end.
    for _ in range(5):
        assert stepping.step().record is None
    stepped.append(stepping.run_epoch())
    stepped.append(stepping.run_epoch())
    reports = [stepping.step() for _ in range(12)]
    stepped.append(reports[-1].record)
    assert [r.record is None for r in reports] == [True] * 11 + [False]
    assert stepping.done and running.done
    for a, b in zip(ran, stepped, strict=True):
        same_record(a, b)
    for a, b in zip(running.params.arrays(), stepping.params.arrays(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_step_reports_its_batch(kernel, data):
    trainer = make(data)  # 364 rows at batch 32: 11 batches of 32 and one of 12
    reports = [trainer.step() for _ in range(12)]
    assert [(r.epoch, r.batch, r.batches, r.updates) for r in reports[:2]] == [
        (1, 1, 12, 1),
        (1, 2, 12, 2),
    ]
    assert [r.size for r in reports] == [32] * 11 + [12]
    rows = np.concatenate([r.rows for r in reports])
    assert sorted(rows) == list(range(364))  # an epoch sees every row once
    assert not reports[0].rows.flags.writeable
    # The book's order: one permutation(364) per epoch from RandomState(seed).
    np.testing.assert_array_equal(rows, np.random.RandomState(42).permutation(364))
    assert reports[-1].record.epoch == 1 and trainer.epoch == 1 and trainer.batch == 0
    assert trainer.step().epoch == 2


@pytest.mark.parametrize("changes", [{}, {"l1": 0.01, "momentum": 0.9}])
def test_step_numbers_match_a_direct_computation(kernel, data, changes):
    trainer = make(data, **changes)
    for _ in range(7):
        trainer.step()
    before = trainer.params.copy()
    report = trainer.step()
    hp = trainer.hp
    x, y = data.x_train[report.rows], data.y_train[report.rows].reshape(-1, 1)
    a1, a = forpass(before, x)
    batch_grad = backprop(before, x, a1, a - y, hp.l1, hp.l2)
    a1, a = forpass(before, data.x_train)
    full_grad = backprop(before, data.x_train, a1, a - data.y_train.reshape(-1, 1), hp.l1, hp.l2)
    assert report.cosine == pytest.approx(cosine(batch_grad, full_grad), abs=1e-12)
    assert 0.2 < report.cosine < 1  # a mini-batch points roughly, not exactly, downhill
    assert report.gradient_norm == pytest.approx(batch_grad.norm(), rel=1e-12)
    assert report.loss_before == pytest.approx(loss(before, x, y, hp.l1, hp.l2), rel=1e-12)
    assert report.loss_after == pytest.approx(loss(trainer.params, x, y, hp.l1, hp.l2), rel=1e-12)


@pytest.mark.parametrize("l2", [0.0, 0.01])
def test_full_batch_cosine_is_one(kernel, data, l2):
    trainer = make(data, batch_size=None, l2=l2)
    for _ in range(3):
        report = trainer.step()
        assert report.size == 364 and report.record is not None
        assert report.cosine == pytest.approx(1.0, abs=1e-12)
        assert report.loss_after < report.loss_before  # a full-batch step goes downhill


def test_cosine_tracking_during_a_run(kernel, data):
    """Opt-in: one cosine per update, the same numbers step mode reports."""
    tracked = make(data, batch_size=1, epochs=1)
    tracked.track_cosine = True
    tracked.run_epoch()
    cosines = tracked.epoch_cosines
    assert cosines.shape == (364,) and np.isfinite(cosines).all()
    assert cosines.std() > 0.1  # batch 1 scatters: single rows disagree with the whole set
    stepped = make(data, batch_size=1, epochs=1)
    np.testing.assert_allclose(
        [stepped.step().cosine for _ in range(5)], cosines[:5], rtol=0, atol=1e-12
    )
    full = make(data, batch_size=None)
    full.track_cosine = True
    full.run_epoch()
    np.testing.assert_allclose(full.epoch_cosines, [1.0], atol=1e-12)
    assert make(data).epoch_cosines.size == 0  # off unless asked for


def test_step_continues_a_paused_run(kernel, data):
    """Pause mid-epoch, step twice, resume: the records are those of an uninterrupted run."""
    control = RunControl()
    trainer = make(data)
    first = trainer.run_epoch(control)
    control.request_pause()
    assert trainer.run_epoch(control) is None  # held after one batch, returned to the caller
    assert (trainer.epoch, trainer.batch) == (1, 1)
    assert [trainer.step().batch for _ in range(2)] == [2, 3]
    control.resume()
    rest = list(trainer_epochs(trainer, control))
    reference = list(
        iter_epochs(
            make(data).params,
            Hyperparameters(epochs=3),
            data.x_train,
            data.y_train,
            data.x_val,
            data.y_val,
        )
    )
    for a, b in zip(reference, [first, *rest], strict=True):
        same_record(a, b)


def test_weight_snapshot_is_a_read_only_copy(data):
    trainer = make(data, epochs=5)
    trainer.run_epoch()
    snap = trainer.snapshot()
    assert snap.w1.shape == (30, 10) and snap.w2.shape == (10,) and snap.b1.shape == (10,)
    assert snap.hidden.shape == (91, 10) and snap.hidden_rows == "validation"
    np.testing.assert_array_equal(snap.hidden, forpass(trainer.params, data.x_val)[0])
    for array in (snap.w1, snap.b1, snap.w2, snap.hidden):
        with pytest.raises(ValueError):
            array[0] = 1.0
    w1 = snap.w1.copy()
    trainer.run_epoch()
    np.testing.assert_array_equal(snap.w1, w1)  # training went on; the snapshot did not
    assert (snap.epoch, snap.updates) == (1, 12)
    no_val = Trainer(Hyperparameters(), data.x_train, data.y_train).snapshot()
    assert no_val.hidden_rows == "training" and no_val.hidden.shape == (364, 10)


@pytest.mark.parametrize("recipe", ["book", "sklearn"])
def test_ones_init_keeps_every_hidden_unit_the_same_unit(kernel, data, recipe):
    hp = replace(Hyperparameters(epochs=50).with_recipe(recipe), init="ones", n_iter_no_change=None)
    trainer = Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val)
    for _ in trainer_epochs(trainer):
        pass
    snap = trainer.snapshot()
    assert snap.distinct_units() == 1
    np.testing.assert_allclose(snap.hidden, snap.hidden[:, :1].repeat(10, axis=1), atol=1e-12)
    assert not np.allclose(snap.w1, 1.0)  # trained, yet still one unit ten times
    assert make(data).snapshot().distinct_units() == 10


def test_stopping_rule_counts_epochs_without_improvement(kernel, data):
    """A tolerance larger than any gain: the best is set at epoch 1, epochs 2 and 3 fail to
    beat it by ``tol``, and with patience 1 the run stops after epoch 3."""
    trainer = make(data, epochs=50, n_iter_no_change=1, tol=10.0)
    records = list(trainer_epochs(trainer))
    assert len(records) == 3 and trainer.stopped_early and trainer.done
    with pytest.raises(RuntimeError, match="finished"):
        trainer.step()


def test_a_finished_or_diverged_run_refuses_to_go_on(kernel, data):
    trainer = make(data, epochs=1)
    trainer.run_epoch()
    with pytest.raises(RuntimeError, match="finished"):
        trainer.run_epoch()
    wild = make(data, learning_rate=1e9, batch_size=None, epochs=50)
    with pytest.raises(TrainingDiverged):
        while True:
            wild.step()
    assert wild.diverged and wild.done
    with pytest.raises(RuntimeError, match="diverged"):
        wild.step()


def test_weights_of_the_wrong_shape_are_refused(data):
    other = make(data, units=4).params
    with pytest.raises(ValueError, match="4 hidden units; this run has 30 features and 10"):
        Trainer(Hyperparameters(), data.x_train, data.y_train, params=other)


@pytest.mark.parametrize("batch_size", [None, 32])
def test_a_stop_asked_during_an_epoch_s_last_batch_ends_the_run_after_that_epoch(data, batch_size):
    """At full batch every batch is an epoch's last: the request is answered between epochs
    (a cancelled study or sweep run at full batch used to train to its end)."""
    control = RunControl()
    records = []
    for record in trainer_epochs(make(data, batch_size=batch_size, epochs=1000), control):
        records.append(record)
        if len(records) == 3:
            control.request_stop()
    assert len(records) == 3
