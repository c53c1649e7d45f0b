"""Robustness of the training loop: bad input, absurd learning rates, reproducibility."""

import warnings

import numpy as np
import pytest

from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.training import TrainingDiverged, learning_rate_warning


@pytest.fixture(scope="module")
def data():
    return breast_cancer()


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"units": 0}, ["units", "0", "1", "10000"]),
        ({"units": 2.5}, ["units", "2.5"]),
        ({"batch_size": 0}, ["batch_size", "0"]),
        ({"learning_rate": 0}, ["learning_rate", "0", "(0"]),
        ({"learning_rate": float("nan")}, ["learning_rate", "nan"]),
        ({"learning_rate": -1}, ["learning_rate", "-1"]),
        ({"l1": -0.1}, ["l1", "-0.1"]),
        ({"l2": float("inf")}, ["l2", "inf"]),
        ({"epochs": 0}, ["epochs", "0"]),
        ({"seed": -1}, ["seed", "-1", "4294967295"]),
        ({"init": "zeros"}, ["init", "zeros", "random", "ones"]),
        ({"units": True}, ["units", "True"]),
    ],
)
def test_bad_hyperparameters_name_parameter_value_and_range(kwargs, words):
    with pytest.raises(ValueError) as excinfo:
        Hyperparameters(**kwargs)
    for word in words:
        assert word in str(excinfo.value)


def test_bad_data_is_rejected_with_a_message(data):
    net = MinibatchNetwork()
    with pytest.raises(ValueError, match="labels must be 0 or 1"):
        net.fit(data.x_train, data.y_train * 2, epochs=1)
    with pytest.raises(ValueError, match="364 rows of features but 10 labels"):
        net.fit(data.x_train, data.y_train[:10], epochs=1)
    bad = data.x_train.copy()
    bad[3, 4] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        net.fit(bad, data.y_train, epochs=1)
    with pytest.raises(RuntimeError, match="fit"):
        MinibatchNetwork().predict(data.x_val)


def test_validation_data_is_optional(data):
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, epochs=5)
    assert len(net.losses) == 5
    assert all(np.isnan(v) for v in net.val_losses)
    assert net.score(data.x_val, data.y_val) > 0.9


def test_same_seed_bit_identical_and_global_state_untouched(kernel, data):
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = MinibatchNetwork(l2=0.01, seed=5).fit(data.x_train, data.y_train, epochs=30)
    np.random.seed(999)  # a different global state must change nothing
    second = MinibatchNetwork(l2=0.01, seed=5).fit(data.x_train, data.y_train, epochs=30)
    np.random.seed(123)
    assert np.array_equal(np.random.get_state()[1], before)
    assert first.losses == second.losses
    assert np.array_equal(first.w1, second.w1)
    other = MinibatchNetwork(l2=0.01, seed=6).fit(data.x_train, data.y_train, epochs=30)
    assert other.losses != first.losses


@pytest.mark.parametrize("learning_rate", [100, 1000])
def test_too_high_learning_rate_finishes_with_a_hint(kernel, data, learning_rate):
    net = MinibatchNetwork(l2=0.01, learning_rate=learning_rate)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        net.fit(data.x_train, data.y_train, epochs=200, x_val=data.x_val, y_val=data.y_val)
    assert len(net.losses) == 200
    assert "too high" in learning_rate_warning(net.losses)


def test_book_run_gets_no_hint(data):
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, epochs=500)
    assert learning_rate_warning(net.losses) is None
    noisy = MinibatchNetwork(l2=0.01, batch_size=1).fit(data.x_train, data.y_train, epochs=50)
    assert learning_rate_warning(noisy.losses) is None


def test_non_finite_stops_at_that_epoch_keeping_the_curves(kernel, data):
    net = MinibatchNetwork(l2=0.01, learning_rate=1e6)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TrainingDiverged) as excinfo:
            net.fit(data.x_train, data.y_train, epochs=100, x_val=data.x_val, y_val=data.y_val)
    epoch = excinfo.value.epoch
    assert f"epoch {epoch}" in str(excinfo.value)
    assert "smaller" in str(excinfo.value)
    assert len(net.records) == epoch - 1
    assert all(np.isfinite(net.losses))


def test_seconds_count_training_not_the_time_the_caller_waits(data, monkeypatch):
    """A paused or slowed-down window keeps the generator waiting: that is not training time."""
    import engine.training

    clock = [0.0]
    monkeypatch.setattr(engine.training.time, "perf_counter", lambda: clock[0])
    net = MinibatchNetwork(l2=0.01)
    seconds = []
    for record in net.iter_fit(data.x_train, data.y_train, epochs=3):
        seconds.append(record.seconds)
        clock[0] += 100.0  # the caller sits on the record for 100 s
    assert seconds == [0.0, 0.0, 0.0]
