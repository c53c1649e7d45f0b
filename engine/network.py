"""The two-layer sigmoid network of the book's chapter 6, as small named functions.

A student reading this next to the book should recognise every formula: z1 = x W1 + b1,
a1 = sigmoid(z1), z2 = a1 W2 + b2, a = sigmoid(z2); err = a - y; the gradients divide by the
batch size m; the penalty (l1 sign(W) + l2 W) / m touches the weights, never the biases.

The arithmetic follows scikit-learn's MLPClassifier step for step (same order of operations, the
same ``expit``), so that starting from the same weights the two agree to the last bits, and the
book's own numbers are reproduced to well below 1e-9.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit

INITS = ("random", "ones")

# The cross-entropy clips activations here, as the book does, so log() never sees 0 or 1.
_EPS = 1e-10


class Parameters:
    """The four learned arrays, updated in place so views on them stay live during training.

    b1 is stored as an extra last row of W1 (``w1b1``), and the training rows carry an extra
    column of ones (``with_ones``): then x W1 + b1 is the single product [x 1] [W1; b1], and one
    product also gives both gradients - the textbook trick, three NumPy calls fewer per batch.
    ``w1`` and ``b1`` are views of that array: change them in place, never rebind them.
    """

    def __init__(self, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> None:
        self.w1b1 = np.vstack([np.asarray(w1, dtype=np.float64), np.ravel(b1)])
        self.w1 = self.w1b1[:-1]
        self.b1 = self.w1b1[-1]
        self.w2 = np.array(w2, dtype=np.float64).reshape(-1, 1)
        self.b2 = np.array(b2, dtype=np.float64).reshape(1)

    def copy(self) -> Parameters:
        return Parameters(self.w1, self.b1, self.w2, self.b2)

    def all_finite(self) -> bool:
        return bool(np.isfinite(self.w1b1).all() and np.isfinite(self.w2).all()) and bool(
            np.isfinite(self.b2[0])
        )


def with_ones(x: np.ndarray) -> np.ndarray:
    """[x 1]: the rows ``train_batch`` expects, so that b1 rides along in W1's last row."""
    return np.hstack([x, np.ones((len(x), 1))])


def init_parameters(n_features: int, units: int, init: str, seed: int) -> Parameters:
    """Start weights as the book does.

    "random": a generator seeded with ``seed`` draws W1 then W2 from normal(0, 1), biases zero
    (the book's RandomInitNetwork). "ones": every weight 1 (the book's DualLayer), which keeps
    all hidden units identical forever - the symmetry problem random initialisation solves.
    """
    if init == "ones":
        w1 = np.ones((n_features, units))
        w2 = np.ones((units, 1))
    else:
        rng = np.random.RandomState(seed)
        w1 = rng.normal(0, 1, (n_features, units))
        w2 = rng.normal(0, 1, (units, 1))
    return Parameters(w1, np.zeros(units), w2, np.zeros(1))


# The logistic function. scipy's ``expit`` is exact where the book's ``1 / (1 + exp(-z))``
# needs its clip at -100 to avoid overflow, and it is what MLPClassifier uses. An alias, not a
# wrapper: a training step calls it twice per batch and a Python call costs as much as the math.
sigmoid = expit


def predict_proba(params: Parameters, x: np.ndarray) -> np.ndarray:
    """P(y = 1 | x) for every row, shape (n,)."""
    a1 = sigmoid(x @ params.w1 + params.b1)
    return sigmoid(a1 @ params.w2 + params.b2)[:, 0]


def cross_entropy(a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-row binary cross-entropy with the book's clip to [1e-10, 1 - 1e-10].

    For labels that are exactly 0 or 1, ``-log(a if y else 1 - a)`` is the book's
    ``-(y log a + (1 - y) log(1 - a))`` to the last bit, at half the cost.
    """
    a = np.minimum(np.maximum(a, _EPS), 1 - _EPS)
    return -np.log(np.where(y > 0.5, a, 1 - a))


def reg_loss(params: Parameters, l1: float, l2: float) -> float:
    """The book's penalty: l1 (sum|W1| + sum|W2|) + l2 / 2 (sum W1^2 + sum W2^2)."""
    w1, w2 = params.w1, params.w2
    return float(
        l1 * (np.abs(w1).sum() + np.abs(w2).sum()) + l2 / 2 * ((w1 * w1).sum() + (w2 * w2).sum())
    )


class Workspace:
    """Buffers for one run, allocated once so a training step allocates almost nothing:
    at batch size 32 a step is ~20 NumPy calls on tiny arrays, and each avoided call counts."""

    def __init__(self, batch_size: int, n_features: int, units: int) -> None:
        self._a1 = np.empty((batch_size, units))
        self._hidden = np.empty((batch_size, units))
        self._one_minus = np.empty((batch_size, units))
        self._err = np.empty((batch_size, 1))
        self._rows: dict[int, tuple[np.ndarray, ...]] = {}
        self.g1b1 = np.empty((n_features + 1, units))
        self.g1 = self.g1b1[:-1]
        self.g2 = np.empty((units, 1))
        self.penalty1 = np.empty((n_features, units))
        self.penalty2 = np.empty((units, 1))

    def rows(self, m: int) -> tuple[np.ndarray, ...]:
        """(a1, err, hidden, one_minus) views for a batch of m rows, sliced once per size."""
        views = self._rows.get(m)
        if views is None:
            buffers = (self._a1, self._err, self._hidden, self._one_minus)
            views = self._rows[m] = tuple(b[:m] for b in buffers)
        return views


def add_penalty(grad: np.ndarray, w: np.ndarray, l1: float, l2: float, buffer: np.ndarray) -> None:
    """grad += l1 sign(W) + l2 W, the gradient of reg_loss (the caller divides by m)."""
    if l2:
        np.multiply(w, l2, out=buffer)
        grad += buffer
    if l1:
        np.sign(w, out=buffer)
        buffer *= l1
        grad += buffer


def train_batch(
    params: Parameters,
    x1: np.ndarray,
    y: np.ndarray,
    learning_rate: float,
    l1: float,
    l2: float,
    ws: Workspace,
    a: np.ndarray,
) -> None:
    """One mini-batch step: forward, the gradients of (sum CE + reg_loss) / m, then the update.

    ``x1`` is the batch with its column of ones (``with_ones``). Every gradient is computed
    before any parameter moves. ``a`` (m, 1) receives the output
    activations computed *before* the update: the book's training loss is summed from them.
    """
    m = len(x1)
    a1, err, hidden, one_minus = ws.rows(m)
    w2, b2 = params.w2, params.b2
    # Forward: a1 = sigmoid(x W1 + b1), a = sigmoid(a1 W2 + b2).
    np.dot(x1, params.w1b1, out=a1)
    sigmoid(a1, out=a1)
    np.dot(a1, w2, out=a)
    a += b2
    sigmoid(a, out=a)
    # Backward: err = a - y; hidden = (err W2^T) * a1 * (1 - a1).
    np.subtract(a, y, out=err)
    np.dot(err, w2.T, out=hidden)
    hidden *= a1
    np.subtract(1, a1, out=one_minus)
    hidden *= one_minus
    g2 = np.dot(a1.T, err, out=ws.g2)
    # One product gives W1's gradient and, in its last row, b1's (the column sums of hidden).
    g1b1 = np.dot(x1.T, hidden, out=ws.g1b1)
    add_penalty(ws.g1, params.w1, l1, l2, ws.penalty1)
    add_penalty(g2, w2, l1, l2, ws.penalty2)
    # Update: every parameter steps by -learning_rate * grad, grad = (sum over rows) / m.
    step = learning_rate / m
    b2 -= step * np.add.reduce(err, axis=None)
    g1b1 *= step
    params.w1b1 -= g1b1
    g2 *= step
    w2 -= g2
