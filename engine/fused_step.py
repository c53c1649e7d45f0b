"""The training step the engine runs: ``network.py``'s forpass, backprop and update fused into
in-place NumPy calls on buffers allocated once per run.

Why a second copy of the arithmetic: at batch size 32 a step works on arrays of a few hundred
numbers, so what it costs is the number of NumPy calls, not the arithmetic. Here nothing is
allocated per step, and:
- each bias rides in its weights' last row: the training rows carry a column of ones and the
  hidden activations a row of ones, so one product gives z1, one z2, and one each layer's
  weight *and* bias gradient;
- the hidden layer is computed transposed, (units, m), so that every product writes into a
  contiguous buffer and no operation has to broadcast;
- without momentum, err is scaled by learning_rate / m before the backward pass, so every
  gradient comes out as the step to take, and the L2 penalty becomes a shrink of the weights:
  W - step (G + l2 W) = W (1 - step l2) - step G.
``network.py`` stays the readable reference; tests keep the two equal to 1e-12.
"""

from __future__ import annotations

import numpy as np

from engine.network import Parameters


def with_ones(x: np.ndarray) -> np.ndarray:
    """[x 1]: the rows ``FusedStep`` expects, so that b1 rides along in W1's last row."""
    return np.hstack([x, np.ones((len(x), 1))])


# Scalars as 0-d arrays made once: NumPy converts a Python float anew on every call, which
# costs a third of a small operation's time.
_ONE = np.array(1.0)
_ONE.flags.writeable = False


def _sigmoid_in_place(z: np.ndarray) -> None:
    """z = 1 / (1 + exp(-z)), the book's formula in four calls on z's own memory. For
    z < -709 exp overflows to inf and the result is 0, the right limit; the training loop
    runs with NumPy's overflow warning silenced, so no clip is needed here."""
    np.negative(z, out=z)
    np.exp(z, out=z)
    np.add(z, _ONE, out=z)
    np.reciprocal(z, out=z)


class FusedStep:
    """One run's training step: call it with a batch to move ``params`` in place.

    ``momentum`` > 0 keeps velocities and follows scikit-learn's SGDOptimizer operation by
    operation (gradient divided by m, v = momentum v - learning_rate g, then a Nesterov or plain
    step); momentum 0 is the book's update.
    """

    def __init__(
        self,
        params: Parameters,
        batch_size: int,
        learning_rate: float,
        l1: float,
        l2: float,
        momentum: float = 0.0,
        nesterov: bool = False,
    ) -> None:
        n_features, units = params.w1.shape
        self.params = params
        self.learning_rate, self.l1, self.l2 = learning_rate, l1, l2
        self.momentum, self.nesterov = momentum, nesterov
        self._units = units
        self._buffers: dict[int, tuple[np.ndarray, ...]] = {}
        # Views made once: the arrays are updated in place, so the views stay current.
        self._w1b1_t = params.w1b1.T
        self._w2b2_col = params.w2b2[:, 0]
        self._g1b1_t = np.empty((units, n_features + 1))  # (x1^T hidden)^T: W1's and b1's
        self._g1b1 = self._g1b1_t.T
        self._g2b2 = np.empty((units + 1, 1))  # [a1 1]^T err: W2's and b2's
        self._g2b2_col = self._g2b2[:, 0]
        self._pen1 = np.empty((n_features, units))
        self._pen2 = np.empty((units, 1))
        self._velocities: tuple[np.ndarray, np.ndarray] | None = None
        if momentum:
            self._velocities = (np.zeros_like(params.w1b1), np.zeros_like(params.w2b2))
            self._ahead = tuple(np.empty_like(v) for v in self._velocities)

    def _new_buffers(self, m: int) -> tuple[np.ndarray, ...]:
        """What a batch of m rows needs, made once per batch size (a run has at most two):
        (a1_ones, a1, hidden, one_minus, err_row, err), transposed (units first), then the
        step learning_rate / m, the L2 shrink 1 - step l2 and the L1 step step l1 as 0-d
        arrays."""
        a1_ones = np.ones((self._units + 1, m))
        err_row = np.empty((1, m))
        step = self.learning_rate / m
        scalars = (np.array(step), np.array(1.0 - step * self.l2), np.array(step * self.l1))
        hidden = (np.empty((self._units, m)), np.empty((self._units, m)))
        self._buffers[m] = (a1_ones, a1_ones[:-1], *hidden, err_row, err_row[0], *scalars)
        return self._buffers[m]

    def __call__(self, x1: np.ndarray, y: np.ndarray, a: np.ndarray) -> None:
        """One mini-batch: ``x1`` its m rows with the column of ones (``with_ones``), ``y``
        its m labels. ``a`` (m,) receives the outputs computed *before* the update: the
        book's training loss is summed from them."""
        m = len(x1)
        a1_ones, a1, hidden, one_minus, err_row, err, step, shrink, l1_step = self._buffers.get(
            m
        ) or self._new_buffers(m)
        p = self.params
        # Forward, transposed: a1 = sigmoid(W1^T x^T + b1), a = sigmoid(W2^T a1 + b2).
        np.dot(self._w1b1_t, x1.T, out=a1)
        _sigmoid_in_place(a1)
        np.dot(self._w2b2_col, a1_ones, out=a)
        _sigmoid_in_place(a)
        # Backward: err = a - y. Without momentum the update is -learning_rate / m times each
        # gradient, so err is scaled by it here and every gradient below comes out scaled.
        np.subtract(a, y, out=err)
        plain = self._velocities is None
        if plain:
            np.multiply(err, step, out=err)
        # err_to_hidden = (W2 err) * a1 * (1 - a1)
        np.dot(p.w2, err_row, out=hidden)
        np.multiply(hidden, a1, out=hidden)
        np.subtract(_ONE, a1, out=one_minus)
        np.multiply(hidden, one_minus, out=hidden)
        # Sums over the batch's rows: W2's and b2's gradient in one product, W1's and b1's in
        # another (their last rows are the biases': the sums of err and of err_to_hidden).
        np.dot(a1_ones, err, out=self._g2b2_col)
        np.dot(hidden, x1, out=self._g1b1_t)
        if not plain:
            self._momentum_update(m)
            return
        # W = W - learning_rate (G + l1 sign(W) + l2 W) / m, biases without the penalty.
        if self.l1:  # the signs of the weights before they move
            np.sign(p.w1, out=self._pen1)
            np.sign(p.w2, out=self._pen2)
        if self.l2:
            np.multiply(p.w1, shrink, out=p.w1)
            np.multiply(p.w2, shrink, out=p.w2)
        if self.l1:
            np.multiply(self._pen1, l1_step, out=self._pen1)
            np.subtract(p.w1, self._pen1, out=p.w1)
            np.multiply(self._pen2, l1_step, out=self._pen2)
            np.subtract(p.w2, self._pen2, out=p.w2)
        np.subtract(p.w1b1, self._g1b1, out=p.w1b1)
        np.subtract(p.w2b2, self._g2b2, out=p.w2b2)

    def _momentum_update(self, m: int) -> None:
        """scikit-learn's order: g = (G + penalty) / m; v = momentum v - learning_rate g;
        then W += momentum v - learning_rate g (Nesterov) or W += v."""
        p, l1, l2 = self.params, self.l1, self.l2
        g1b1, g2b2 = self._g1b1, self._g2b2
        for w, grad, pen in ((p.w1, g1b1[:-1], self._pen1), (p.w2, g2b2[:-1], self._pen2)):
            if l2:
                np.multiply(w, l2, out=pen)
                grad += pen
            if l1:
                np.sign(w, out=pen)
                pen *= l1
                grad += pen
        mu, lr = self.momentum, self.learning_rate
        assert self._velocities is not None
        for w, grad, v, ahead in zip(
            (p.w1b1, p.w2b2), (g1b1, g2b2), self._velocities, self._ahead, strict=True
        ):
            grad /= m
            v *= mu
            grad *= lr
            v -= grad
            if self.nesterov:
                np.multiply(v, mu, out=ahead)
                ahead -= grad
                w += ahead
            else:
                w += v
