"""The book-shaped functions against finite differences, and the fused step against them."""

import numpy as np
import pytest

from engine.hyperparameters import Hyperparameters
from engine.kernels import make_kernel
from engine.network import (
    Gradients,
    Parameters,
    backprop,
    cosine,
    forpass,
    init_parameters,
    loss,
    momentum_update,
    sigmoid,
    update,
    zero_velocities,
)


def random_problem(rows: int, features: int = 4, units: int = 3, seed: int = 0):
    rng = np.random.RandomState(seed)
    x = rng.normal(size=(rows, features))
    y = (rng.rand(rows) > 0.5).astype(float).reshape(-1, 1)
    params = init_parameters(features, units, "random", 7)
    params.b1[:] = rng.normal(size=units)
    params.b2[:] = 0.3
    return x, y, params


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.03, 0.05)])
def test_backprop_matches_finite_differences(l1, l2):
    x, y, params = random_problem(13)
    a1, a = forpass(params, x)
    analytic = backprop(params, x, a1, a - y, l1, l2)

    h = 1e-6
    for name, grad in zip(Gradients._fields, analytic, strict=True):
        numeric = np.zeros_like(grad)
        for idx in np.ndindex(numeric.shape):
            plus, minus = params.copy(), params.copy()
            getattr(plus, name)[idx] += h
            getattr(minus, name)[idx] -= h
            numeric[idx] = (loss(plus, x, y, l1, l2) - loss(minus, x, y, l1, l2)) / (2 * h)
        rel = np.linalg.norm(grad - numeric) / (np.linalg.norm(grad) + np.linalg.norm(numeric))
        assert rel < 1e-6, (name, rel)
        assert np.linalg.norm(grad) > 1e-4, name


def test_sigmoid_is_the_logistic_function_and_never_overflows():
    z = np.array([-1e6, -745.0, -100.0, -1.0, 0.0, 1.0, 40.0, 1e6])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        a = sigmoid(z)
    # The book's clip at -100 is the only departure from 1 / (1 + e^-z), and it is tiny.
    np.testing.assert_allclose(a[3:], 1 / (1 + np.exp(-z[3:])), rtol=1e-15)
    assert a[0] == a[1] == a[2] == pytest.approx(3.7200759760208356e-44)
    assert a[-1] == 1.0


def test_update_steps_against_the_gradient_and_returns_new_parameters():
    x, y, params = random_problem(5)
    start = params.copy()
    a1, a = forpass(params, x)
    grads = backprop(params, x, a1, a - y)
    moved = update(params, grads, 0.5)
    for before, after, g in zip(start.arrays(), moved.arrays(), grads, strict=True):
        np.testing.assert_array_equal(after, before - 0.5 * g)
    for before, now in zip(start.arrays(), params.arrays(), strict=True):
        np.testing.assert_array_equal(before, now)  # a new Parameters; the old one unchanged


def test_nesterov_momentum_looks_ahead_and_zero_momentum_is_plain_descent():
    x, y, params = random_problem(6)
    a1, a = forpass(params, x)
    grads = backprop(params, x, a1, a - y)
    plain = update(params, grads, 0.1)
    for nesterov in (False, True):
        still, _ = momentum_update(params, grads, zero_velocities(params), 0.1, 0.0, nesterov)
        for p, q in zip(plain.arrays(), still.arrays(), strict=True):
            np.testing.assert_array_equal(p, q)
    # From velocity v: plain momentum steps by v' = 0.9 v - 0.1 g, Nesterov by 0.9 v' - 0.1 g.
    v = Gradients(*(np.full_like(g, 0.2) for g in grads))
    classic, v_classic = momentum_update(params, grads, v, 0.1, 0.9, False)
    ahead, v_ahead = momentum_update(params, grads, v, 0.1, 0.9, True)
    for p, c, n, g, vc, va in zip(
        params.arrays(), classic.arrays(), ahead.arrays(), grads, v_classic, v_ahead, strict=True
    ):
        np.testing.assert_allclose(vc, 0.18 - 0.1 * g, rtol=1e-15)
        np.testing.assert_array_equal(vc, va)
        np.testing.assert_allclose(c, p + vc, rtol=1e-15)
        np.testing.assert_allclose(n, p + 0.9 * vc - 0.1 * g, rtol=1e-15)


def test_cosine_of_a_gradient_with_itself_and_its_opposite():
    x, y, params = random_problem(9)
    a1, a = forpass(params, x)
    g = backprop(params, x, a1, a - y)
    assert cosine(g, g) == pytest.approx(1.0, abs=1e-15)
    assert cosine(g, Gradients(*(-v for v in g))) == pytest.approx(-1.0, abs=1e-15)
    assert np.isnan(cosine(g, Gradients(*(0 * v for v in g))))


def book_steps(params: Parameters, batches, lr, l1, l2, momentum, nesterov) -> Parameters:
    velocities = zero_velocities(params)
    for xb, yb in batches:
        a1, a = forpass(params, xb)
        grads = backprop(params, xb, a1, a - yb, l1, l2)
        if momentum:
            params, velocities = momentum_update(params, grads, velocities, lr, momentum, nesterov)
        else:
            params = update(params, grads, lr)
    return params


@pytest.mark.parametrize("batch_size", [1, 7, 32, 100])
@pytest.mark.parametrize(
    ("momentum", "nesterov", "l1", "l2"),
    [
        (0.0, False, 0.0, 0.01),
        (0.0, False, 0.02, 0.05),
        (0.9, True, 0.02, 0.05),
        (0.5, False, 0.0, 0.0),
    ],
)
def test_fused_step_equals_backprop_and_update(kernel, batch_size, momentum, nesterov, l1, l2):
    """Five epochs' worth of batches (the last one shorter unless the batch is full), in
    the rows' own order, through each training kernel."""
    x, y, params = random_problem(100, features=6, units=5, seed=batch_size)
    batches = [(x[i : i + batch_size], y[i : i + batch_size]) for i in range(0, 100, batch_size)]
    expected = book_steps(params, batches * 5, 0.3, l1, l2, momentum, nesterov)

    fused = params.copy()
    hp = Hyperparameters(
        units=5, batch_size=batch_size, learning_rate=0.3, l1=l1, l2=l2, momentum=momentum,
        nesterov=nesterov,
    )  # fmt: skip
    starts = np.arange(0, 100, batch_size)
    sizes = np.diff(np.append(starts, 100))
    order = np.arange(100)
    step = make_kernel(kernel, fused, hp, x, y[:, 0].copy(), starts, sizes, order, shuffled=True)
    assert step.name == kernel
    ce = []
    for _ in range(5):
        step.set_order(order)
        assert step.run(0, len(starts)) == len(starts)
        ce.append(step.batch_ce.copy())
    for ours, book in zip(fused.arrays(), expected.arrays(), strict=True):
        np.testing.assert_allclose(ours, book, rtol=0, atol=1e-12)
    assert not np.allclose(fused.w1, params.w1, atol=1e-3)  # the weights did move
    # Each batch's loss is of the outputs before its update: the first batch's from the start.
    a = forpass(params, batches[0][0])[1][:, 0]
    yb = batches[0][1][:, 0]
    book_ce = -np.sum(yb * np.log(a) + (1 - yb) * np.log(1 - a))
    assert ce[0][0] == pytest.approx(book_ce, rel=1e-13)
