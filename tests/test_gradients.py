"""Finite differences against the gradients the training step actually applies."""

import numpy as np
import pytest

from engine.network import (
    Parameters,
    Workspace,
    cross_entropy,
    init_parameters,
    predict_proba,
    reg_loss,
    train_batch,
    with_ones,
)


def objective(params: Parameters, x, y, l1, l2) -> float:
    """(sum cross-entropy + reg_loss) / m: the function whose gradient a step follows."""
    return (cross_entropy(predict_proba(params, x), y).sum() + reg_loss(params, l1, l2)) / len(x)


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.03, 0.05)])
def test_gradients_match_finite_differences(l1, l2):
    rng = np.random.RandomState(0)
    x = rng.normal(size=(13, 4))
    y = (rng.rand(13) > 0.5).astype(float)
    params = init_parameters(4, 3, "random", 7)
    params.b1[:] = rng.normal(size=3)
    params.b2[:] = 0.3

    # A step with learning rate 1 moves each parameter by exactly minus its gradient.
    stepped = params.copy()
    train_batch(
        stepped, with_ones(x), y.reshape(-1, 1), 1.0, l1, l2, Workspace(13, 4, 3), np.empty((13, 1))
    )
    names = ("w1", "b1", "w2", "b2")
    analytic = {k: getattr(params, k) - getattr(stepped, k) for k in names}

    h = 1e-6
    for name in names:
        numeric = np.zeros_like(analytic[name])
        for idx in np.ndindex(numeric.shape):
            plus, minus = params.copy(), params.copy()
            getattr(plus, name)[idx] += h
            getattr(minus, name)[idx] -= h
            numeric[idx] = (objective(plus, x, y, l1, l2) - objective(minus, x, y, l1, l2)) / (
                2 * h
            )
        a, nu = analytic[name], numeric
        rel = np.linalg.norm(a - nu) / max(np.linalg.norm(a) + np.linalg.norm(nu), 1e-300)
        assert rel < 1e-6, (name, rel)
        assert np.linalg.norm(a) > 1e-4, name
