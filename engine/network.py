"""The two-layer sigmoid network of the book's chapter 6, formula by formula.

Read it next to the book's ``MinibatchNetwork`` (section 6-3): ``forpass``, ``backprop`` and
``update`` are the book's methods, written as functions that take the parameters and return what
they compute, so each can be called, printed and tested on its own:

    z1 = x W1 + b1,  a1 = sigmoid(z1),  z2 = a1 W2 + b2,  a = sigmoid(z2)
    err = a - y
    W2_grad = a1^T err / m,   b2_grad = sum(err) / m
    err_to_hidden = (err W2^T) * a1 * (1 - a1)
    W1_grad = x^T err_to_hidden / m,   b1_grad = column sums of err_to_hidden / m
    W_grad += (l1 sign(W) + l2 W) / m      (weights only: biases are not penalised)
    W = W - learning_rate * W_grad         (every gradient computed before any weight moves)

Training does not call these functions: ``engine/fused_step.py`` (NumPy) and
``engine/numba_kernel.py`` (compiled) do the same arithmetic in place, because at batch size 32
the cost of a step is mostly the number of NumPy calls. Tests keep them equal to 1e-12.

scikit-learn's ``MLPClassifier`` differs from the book in four places, each available here so
that it can be switched on alone: its Glorot-uniform initialisation (``init="sklearn"``), its
shuffling (``engine/training.py``), SGD with (Nesterov) momentum (``momentum_update``) and its
stopping rule (``engine/training.py``).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

INITS = ("random", "ones", "sklearn")

# The book's cross-entropy clips activations here, so log() never sees 0 or 1.
BOOK_EPS = 1e-10
# scikit-learn's binary_log_loss clips at the machine epsilon instead.
SKLEARN_EPS = float(np.finfo(np.float64).eps)


class Parameters:
    """The four learned arrays, updated in place by training so views on them stay live.

    All four live in one flat vector ``theta`` = [b1 | W1 | W2 | b2], W1 row by row. Why one
    vector: the training kernels treat the parameters (and their gradients and velocities,
    laid out alike) as one array, so that the penalty and the update are a few whole-vector
    operations, and the weights the penalty touches, W1 then W2, are one slice (``weights``).
    ``w1b1`` is [b1; W1], shape (features + 1, units): with a column of ones *first* in the
    inputs, x W1 + b1 is one product. ``w1`` (features, units), ``b1`` (units,), ``w2``
    (units, 1) and ``b2`` (1,) are views of ``theta``: change them in place, never rebind them.
    """

    def __init__(
        self, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray | float
    ) -> None:
        w1 = np.asarray(w1, dtype=np.float64)
        n_features, units = w1.shape
        self.theta = np.empty(units * (n_features + 2) + 1)
        self._views(n_features, units)
        self.w1[...] = w1
        self.b1[...] = np.ravel(b1)
        self.w2[...] = np.reshape(w2, (-1, 1))
        self.b2[...] = np.ravel(b2)

    @classmethod
    def on(cls, theta: np.ndarray, n_features: int, units: int) -> Parameters:
        """Parameters that are views of ``theta``, a flat vector in this layout (a gradient,
        a velocity): nothing is copied."""
        params = cls.__new__(cls)
        params.theta = theta
        params._views(n_features, units)
        return params

    def _views(self, n_features: int, units: int) -> None:
        theta, end1 = self.theta, units * (n_features + 1)
        self.w1b1 = theta[:end1].reshape(n_features + 1, units)
        self.b1, self.w1 = self.w1b1[0], self.w1b1[1:]
        self.w2b2 = theta[end1:].reshape(units + 1, 1)
        self.w2, self.b2 = self.w2b2[:-1], self.w2b2[-1]
        self.weights = theta[units : end1 + units]

    @property
    def shape(self) -> tuple[int, int]:
        """(features, units)."""
        return self.w1.shape

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        return self.w1, self.b1, self.w2, self.b2

    def copy(self) -> Parameters:
        return Parameters(*self.arrays())

    def all_finite(self) -> bool:
        return bool(np.isfinite(self.theta).all())


class Gradients(NamedTuple):
    """d loss / d parameter for each of the four arrays, shaped like them. Also used for
    momentum's velocities, which have the same shapes."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def dot(self, other: Gradients) -> float:
        """The inner product of the two gradients seen as one long vector."""
        return float(sum(np.vdot(a, b) for a, b in zip(self, other, strict=True)))

    def norm(self) -> float:
        return float(np.sqrt(self.dot(self)))


def cosine(g: Gradients, h: Gradients) -> float:
    """cos of the angle between two gradients: 1 = same direction, 0 = orthogonal. A zero
    gradient has no direction; its cosine is reported as NaN rather than a made-up number."""
    norms = g.norm() * h.norm()
    return g.dot(h) / norms if norms > 0 else float("nan")


def glorot_uniform(rng: np.random.RandomState, n_features: int, units: int) -> Parameters:
    """MLPClassifier's start for a logistic network, drawn in its order from ``rng``: W1 and b1
    from uniform(-r1, r1) with r1 = sqrt(2 / (fan_in + fan_out)), then W2 and b2 likewise.
    Biases start random too, unlike the book's."""
    arrays = []
    for fan_in, fan_out in ((n_features, units), (units, 1)):
        bound = np.sqrt(2.0 / (fan_in + fan_out))
        arrays.append(rng.uniform(-bound, bound, (fan_in, fan_out)))
        arrays.append(rng.uniform(-bound, bound, fan_out))
    w1, b1, w2, b2 = arrays
    return Parameters(w1, b1, w2, b2)


def init_parameters(n_features: int, units: int, init: str, seed: int) -> Parameters:
    """Start weights as the book (or scikit-learn) does.

    "random": a generator seeded with ``seed`` draws W1 then W2 from normal(0, 1), biases zero
    (the book's RandomInitNetwork). "ones": every weight 1 (the book's DualLayer), which keeps
    all hidden units identical forever - the symmetry problem random initialisation solves.
    "sklearn": Glorot uniform exactly as ``MLPClassifier(random_state=seed)`` draws it.
    """
    if init == "ones":
        return Parameters(np.ones((n_features, units)), np.zeros(units), np.ones((units, 1)), 0.0)
    rng = np.random.RandomState(seed)
    if init == "sklearn":
        return glorot_uniform(rng, n_features, units)
    w1 = rng.normal(0, 1, (n_features, units))
    w2 = rng.normal(0, 1, (units, 1))
    return Parameters(w1, np.zeros(units), w2, np.zeros(1))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The book's 1 / (1 + exp(-z)), with its clip of z at -100 from below: exp(100) is
    finite, so no overflow. It matches scipy's ``expit`` (what MLPClassifier uses) to about
    one rounding step without importing SciPy."""
    return 1 / (1 + np.exp(-np.maximum(z, -100.0)))


def forpass(params: Parameters, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The forward pass: (a1, a), the hidden activations (m, units) and the outputs (m, 1)."""
    z1 = np.dot(x, params.w1) + params.b1
    a1 = sigmoid(z1)
    z2 = np.dot(a1, params.w2) + params.b2
    a = sigmoid(z2)
    return a1, a


def backprop(
    params: Parameters,
    x: np.ndarray,
    a1: np.ndarray,
    err: np.ndarray,
    l1: float = 0.0,
    l2: float = 0.0,
) -> Gradients:
    """The gradients of (sum of cross-entropies + reg_loss) / m at ``params``, where ``a1`` is
    ``forpass``'s hidden activation for the m rows ``x`` and ``err = a - y`` (m, 1)."""
    m = len(x)
    w2_grad = np.dot(a1.T, err) / m
    b2_grad = np.sum(err) / m
    err_to_hidden = np.dot(err, params.w2.T) * a1 * (1 - a1)
    w1_grad = np.dot(x.T, err_to_hidden) / m
    b1_grad = np.sum(err_to_hidden, axis=0) / m
    # The penalty's gradient, on the weights only.
    w1_grad += (l1 * np.sign(params.w1) + l2 * params.w1) / m
    w2_grad += (l1 * np.sign(params.w2) + l2 * params.w2) / m
    return Gradients(w1_grad, b1_grad, w2_grad, np.array([b2_grad]))


def update(params: Parameters, grads: Gradients, learning_rate: float) -> Parameters:
    """Gradient descent: every parameter steps by -learning_rate * its gradient."""
    return Parameters(*(p - learning_rate * g for p, g in zip(params.arrays(), grads, strict=True)))


def momentum_update(
    params: Parameters,
    grads: Gradients,
    velocities: Gradients,
    learning_rate: float,
    momentum: float,
    nesterov: bool,
) -> tuple[Parameters, Gradients]:
    """SGD with momentum as scikit-learn's SGDOptimizer does it: (new parameters, new
    velocities). The velocity remembers past steps: v = momentum v - learning_rate grad.
    Plain momentum steps by v; Nesterov's steps by momentum v - learning_rate grad, a look
    ahead along the velocity. At momentum 0 both are ``update``."""
    velocities = Gradients(
        *(momentum * v - learning_rate * g for v, g in zip(velocities, grads, strict=True))
    )
    steps = velocities
    if nesterov:
        steps = Gradients(
            *(momentum * v - learning_rate * g for v, g in zip(velocities, grads, strict=True))
        )
    return Parameters(*(p + s for p, s in zip(params.arrays(), steps, strict=True))), velocities


def zero_velocities(params: Parameters) -> Gradients:
    """Momentum's starting velocities: no past steps yet."""
    return Gradients(*(np.zeros_like(p) for p in params.arrays()))


def predict_proba(params: Parameters, x: np.ndarray) -> np.ndarray:
    """P(y = 1 | x) for every row, shape (n,)."""
    return forpass(params, x)[1][:, 0]


def cross_entropy(a: np.ndarray, y: np.ndarray, eps: float = BOOK_EPS) -> np.ndarray:
    """Per-row binary cross-entropy with ``a`` clipped to [eps, 1 - eps] (the book's 1e-10 by
    default; ``SKLEARN_EPS`` gives scikit-learn's).

    For labels that are exactly 0 or 1, ``-log(a if y else 1 - a)`` is the book's
    ``-(y log a + (1 - y) log(1 - a))`` to the last bit, at half the cost.
    """
    a = np.minimum(np.maximum(a, eps), 1 - eps)
    return -np.log(np.where(y > 0.5, a, 1 - a))


def reg_loss(params: Parameters, l1: float, l2: float) -> float:
    """The book's penalty: l1 (sum|W1| + sum|W2|) + l2 / 2 (sum W1^2 + sum W2^2)."""
    w1, w2 = params.w1, params.w2
    return float(
        l1 * (np.abs(w1).sum() + np.abs(w2).sum()) + l2 / 2 * ((w1 * w1).sum() + (w2 * w2).sum())
    )


def loss(
    params: Parameters,
    x: np.ndarray,
    y: np.ndarray,
    l1: float = 0.0,
    l2: float = 0.0,
    eps: float = BOOK_EPS,
) -> float:
    """(sum of cross-entropies + reg_loss) / m on the rows ``x``: the function whose gradient
    ``backprop`` returns, and that a mini-batch step descends."""
    a = forpass(params, x)[1][:, 0]
    return float((cross_entropy(a, np.ravel(y), eps).sum() + reg_loss(params, l1, l2)) / len(x))
