"""Same weights, same batch order: the engine and MLPClassifier do the same arithmetic."""

import warnings

import numpy as np
import pytest
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.training import iter_epochs


@pytest.mark.parametrize("batch_size", [32, 7])
def test_weights_equal_after_60_epochs(batch_size):
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
