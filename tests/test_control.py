"""Stop and pause act between two mini-batches, not at the end of an epoch."""

import threading

import numpy as np

from engine.control import RunControl
from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.training import iter_epochs


def book_run(hp: Hyperparameters, control: RunControl):
    data = breast_cancer()
    params = init_parameters(data.n_features, hp.units, hp.init, hp.seed)
    return params, iter_epochs(
        params, hp, data.x_train, data.y_train, data.x_val, data.y_val, control=control
    )


def test_a_stop_before_the_first_epoch_ends_yields_nothing_and_moves_one_batch(kernel):
    hp = Hyperparameters(epochs=3, batch_size=1)
    control = RunControl()
    control.request_stop()
    params, epochs = book_run(hp, control)
    start = params.w1.copy()
    assert list(epochs) == []
    # Exactly one mini-batch of one row was applied before the stop was seen.
    assert not np.array_equal(params.w1, start)


def test_a_stop_mid_epoch_keeps_the_whole_epochs_before_it(kernel):
    hp = Hyperparameters(epochs=5)
    control = RunControl()
    _, epochs = book_run(hp, control)
    records = [next(epochs), next(epochs)]
    control.request_stop()
    records += list(epochs)
    assert [r.epoch for r in records] == [1, 2]


def test_a_pause_holds_between_batches_and_is_not_counted_as_training_time(kernel):
    hp = Hyperparameters(epochs=1, batch_size=1)
    control = RunControl()
    control.request_pause()
    _, epochs = book_run(hp, control)
    records = []
    thread = threading.Thread(target=lambda: records.extend(epochs), daemon=True)
    thread.start()
    thread.join(timeout=0.5)
    assert thread.is_alive() and records == []  # held after the first batch
    control.resume()
    thread.join(timeout=30)
    assert [r.epoch for r in records] == [1]
    assert records[0].seconds < control.paused_seconds
