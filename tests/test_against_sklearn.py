"""Same weights, same batch order: the engine and MLPClassifier do the same arithmetic."""

import warnings
from dataclasses import replace

import numpy as np
import pytest
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

from engine.datasets import breast_cancer, synthetic
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.reference import make_mlp
from engine.training import Trainer, iter_epochs, trainer_epochs


@pytest.mark.parametrize("batch_size", [32, 7])
def test_weights_equal_after_60_epochs(kernel, batch_size):
    data = breast_cancer()
    epochs, n = 60, len(data.x_train)
    hp = Hyperparameters(batch_size=batch_size, learning_rate=0.1, l2=0.01, epochs=epochs)
    params = init_parameters(data.n_features, hp.units, hp.init, hp.seed)
    mlp = MLPClassifier(
        hidden_layer_sizes=(hp.units,),
        activation="logistic",
        solver="sgd",
        momentum=0,
        learning_rate="constant",
        learning_rate_init=hp.learning_rate,
        alpha=hp.l2,
        batch_size=batch_size,
        shuffle=False,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.partial_fit(data.x_train, data.y_train, classes=[0, 1])
    mlp.coefs_ = [params.w1.copy(), params.w2.copy()]
    mlp.intercepts_ = [params.b1.copy(), params.b2.copy()]
    mlp.loss_curve_ = []

    # The engine's batch order: a second RandomState(seed) drawing one permutation per epoch.
    order_rng = np.random.RandomState(hp.seed)
    for _ in range(epochs):
        order = order_rng.permutation(n)
        mlp.partial_fit(data.x_train[order], data.y_train[order])
    for _ in iter_epochs(params, hp, data.x_train, data.y_train):
        pass

    assert len(mlp.loss_curve_) == epochs
    for ours, theirs in zip(
        (params.w1, params.b1, params.w2, params.b2),
        (mlp.coefs_[0], mlp.intercepts_[0], mlp.coefs_[1], mlp.intercepts_[1]),
        strict=True,
    ):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)
    # And the weights did move: the comparison is not of two untouched starts.
    assert not np.allclose(params.w1, init_parameters(30, 10, "random", 42).w1, atol=1e-3)


def book_call(seed: int, momentum: float, **changes) -> MLPClassifier:
    """The book's MLPClassifier call (its other settings left at scikit-learn's defaults),
    with a seed: momentum 0.9 Nesterov, Glorot start, reshuffling, the stopping rule."""
    arguments = dict(
        hidden_layer_sizes=(10,),
        activation="logistic",
        solver="sgd",
        alpha=0.01,
        batch_size=32,
        learning_rate_init=0.1,
        max_iter=500,
        random_state=seed,
        momentum=momentum,
    )
    return MLPClassifier(**{**arguments, **changes})


def assert_same_run(trainer, records, mlp) -> None:
    params = trainer.params
    assert len(records) == mlp.n_iter_ == len(mlp.loss_curve_)
    for ours, theirs in zip(
        (params.w1, params.b1, params.w2[:, 0], params.b2),
        (mlp.coefs_[0], mlp.intercepts_[0], mlp.coefs_[1][:, 0], mlp.intercepts_[1]),
        strict=True,
    ):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)
    np.testing.assert_allclose([r.train_loss for r in records], mlp.loss_curve_, rtol=0, atol=1e-12)


@pytest.mark.parametrize(("momentum", "epochs"), [(0.9, 500), (0.0, 80)])
@pytest.mark.parametrize("seed", range(5))
def test_sklearn_recipe_is_mlpclassifier(kernel, seed, momentum, epochs):
    """All four pieces on: the same weights, loss curve and stopping epoch as the real thing.
    At momentum 0.9 the stopping rule ends every one of these runs (between epochs 135 and
    197); at momentum 0 (which would stop between 155 and 213) 80 epochs keep the suite fast."""
    data = breast_cancer()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp = book_call(seed, momentum, max_iter=epochs).fit(data.x_train, data.y_train)
    hp = Hyperparameters(seed=seed, epochs=epochs).with_recipe("sklearn")
    trainer = Trainer(
        replace(hp, momentum=momentum), data.x_train, data.y_train, data.x_val, data.y_val
    )
    records = list(trainer_epochs(trainer))
    assert trainer.stopped_early is (mlp.n_iter_ < epochs) is (momentum > 0)
    assert_same_run(trainer, records, mlp)
    assert records[-1].val_acc == mlp.score(data.x_val, data.y_val)


@pytest.mark.parametrize(
    ("batch_size", "momentum", "nesterov", "patience"),
    [(None, 0.9, True, 10), (7, 0.0, False, 2), (7, 0.5, False, 10), (1, 0.9, True, 10)],
)
def test_sklearn_recipe_at_other_batch_sizes_and_stopping_rules(
    kernel, batch_size, momentum, nesterov, patience
):
    """At batch 1 a learning rate of 0.1, not 0.3: with Nesterov momentum 0.9 the steps of
    0.3 make training chaotic there, and any two implementations whose sigmoids differ by one
    rounding step drift apart tenfold per epoch (1e-14 after 3 epochs, 1e-5 after 17)."""
    data = synthetic("moons", n_samples=200, noise=0.3, seed=3)
    hp = Hyperparameters(
        units=6,
        batch_size=batch_size,
        learning_rate=0.1 if batch_size == 1 else 0.3,
        l2=0.001,
        epochs=40,
        seed=11,
    ).with_recipe("sklearn")
    hp = replace(hp, momentum=momentum, nesterov=nesterov, n_iter_no_change=patience, tol=1e-3)
    mlp = make_mlp(hp, "same")
    assert mlp.nesterovs_momentum is nesterov and mlp.momentum == momentum
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # max_iter reached; a full batch clipped to the rows
        mlp.fit(data.x_train, data.y_train)
    trainer = Trainer(hp, data.x_train, data.y_train)
    assert_same_run(trainer, list(trainer_epochs(trainer)), mlp)


def test_glorot_init_alone_is_mlpclassifiers_start():
    """A learning rate of 1e-300 moves no weight by a representable amount, so after one
    epoch MLPClassifier's weights are still the ones it drew."""
    data = breast_cancer()
    mlp = book_call(3, 0.0, learning_rate_init=1e-300, max_iter=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.fit(data.x_train, data.y_train)
    start = init_parameters(30, 10, "sklearn", 3)
    for ours, theirs in zip(
        (start.w1, start.b1, start.w2[:, 0], start.b2),
        (mlp.coefs_[0], mlp.intercepts_[0], mlp.coefs_[1][:, 0], mlp.intercepts_[1]),
        strict=True,
    ):
        np.testing.assert_array_equal(ours, theirs)


def test_sklearn_shuffling_does_not_depend_on_the_start(kernel):
    """Its batch order is MLPClassifier's whatever the initialisation: the generator first
    draws the Glorot start in every case."""
    data = breast_cancer()
    orders = []
    for init in ("random", "ones", "sklearn"):
        hp = Hyperparameters(batch_size=91, seed=5, init=init, shuffle="sklearn", epochs=3)
        trainer = Trainer(hp, data.x_train, data.y_train)
        orders.append([trainer.step().rows for _ in range(12)])
    for other in orders[1:]:
        for ours, theirs in zip(orders[0], other, strict=True):
            np.testing.assert_array_equal(ours, theirs)
    # Cumulative: every epoch's order is a permutation of the rows, and the epochs differ.
    epochs = [np.concatenate(orders[0][i : i + 4]) for i in (0, 4, 8)]
    assert all(sorted(e) == list(range(364)) for e in epochs)
    assert not np.array_equal(epochs[0], epochs[1])
