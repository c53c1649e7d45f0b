"""The training step in NumPy: ``network.py``'s forpass, backprop and update fused into in-place
calls on buffers allocated once per run. The fallback where the compiled kernel
(``engine/numba_kernel.py``) is missing, and the faster of the two for large layers, where BLAS's
blocked products do the work.

Why a second copy of the arithmetic: at batch size 32 a step works on arrays of a few hundred
numbers, so what it costs is the number of NumPy calls, not the arithmetic. Here nothing is
allocated per step, and:
- the parameters, their gradient and their velocity are flat vectors laid out alike
  (``Parameters.theta``), so the penalty and the update are a few whole-vector calls;
- b1 rides in W1's first row when the batch carries a column of ones: one product gives z1,
  one gives W1's *and* b1's gradient (the hidden activations carry a row of ones for b2);
- the hidden layer is computed transposed, (units, m), so that every product writes into a
  contiguous buffer and no operation has to broadcast;
- without momentum, err is scaled by learning_rate / m before the backward pass, so every
  gradient comes out as the step to take, and the L2 penalty becomes a shrink of the weights:
  W - step (G + l2 W) = W (1 - step l2) - step G.

The training rows: while a copy of them is small (``COPY_LIMIT``), each epoch lays them out in
its batch order in one buffer with their column of ones, and the batches are views of it. Above
that no copy is made at all: each batch is gathered from the caller's rows into one batch buffer,
and b1 costs two more calls per batch. Either way at most one copy of the rows exists besides the
caller's, and no epoch allocates a temporary the size of the data.
``network.py`` stays the readable reference; tests keep the two equal to 1e-12.
"""

from __future__ import annotations

from threading import Event
from types import ModuleType

import numpy as np

from engine.hyperparameters import Hyperparameters
from engine.network import BOOK_EPS, SKLEARN_EPS, Parameters, cross_entropy, predict_proba

# Above this size the training rows are not copied (see the module's docstring).
COPY_LIMIT = 16 * 2**20
# The epoch's reordering of the rows goes through a buffer of this many bytes.
GATHER_BYTES = 2**18
# Up to this many batches per epoch, each batch's views are sliced once per run.
PLAN_LIMIT = 20_000

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


def flat_penalty(weights: np.ndarray, l1: float, l2: float) -> float:
    """The book's reg_loss on the weights as one vector (W1 then W2)."""
    return float(l1 * np.abs(weights).sum() + l2 / 2 * np.dot(weights, weights))


def loss_settings(hp: Hyperparameters) -> tuple[float, bool]:
    """(the log's clip, whether the penalty is added before every batch): scikit-learn's
    loss or the book's."""
    sklearn = hp.loss == "sklearn"
    return (SKLEARN_EPS if sklearn else BOOK_EPS), sklearn and bool(hp.l1 or hp.l2)


class NumpyKernel:
    """One run's epochs in NumPy. ``set_order`` gives an epoch its row order, ``run`` trains
    its batches ``first .. stop - 1`` and leaves each batch's summed cross-entropy (of the
    outputs before its update) and its count of right predictions in ``batch_ce`` and
    ``batch_correct``; ``penalties`` sums the penalty before every batch when the loss is
    scikit-learn's.

    ``momentum`` > 0 keeps velocities and follows scikit-learn's SGDOptimizer operation by
    operation (gradient divided by m, v = momentum v - learning_rate g, then a Nesterov or plain
    step); momentum 0 is the book's update.

    ``compiled`` (``engine.numba_kernel``, loaded already) makes it the "hybrid" kernel for
    layers too large for the compiled loops: BLAS still does the products, and two compiled
    loops do the hidden layer's element-wise work in one pass each instead of eight NumPy
    passes (measured: 10-13% of a 100 000 x 100, 64 units, batch 256 run).
    """

    def __init__(
        self,
        params: Parameters,
        hp: Hyperparameters,
        x: np.ndarray,
        y: np.ndarray,
        starts: np.ndarray,
        sizes: np.ndarray,
        shuffled: bool,
        copy_limit: int = COPY_LIMIT,
        compiled: ModuleType | None = None,
    ) -> None:
        n, d = x.shape
        units = params.shape[1]
        self.name = "numpy" if compiled is None else "hybrid"
        self.params = params
        self.learning_rate, self.l1, self.l2 = hp.learning_rate, hp.l1, hp.l2
        self.momentum, self.nesterov = hp.momentum, hp.nesterov
        self.eps, self._penalty_per_batch = loss_settings(hp)
        self._x, self._y, self._shuffled = x, y, shuffled
        self._starts = starts
        self.batch_ce = np.zeros(len(starts))
        self.batch_correct = np.zeros(len(starts), dtype=np.int64)
        self.penalties = 0.0
        self._ones = (d + 1) * n * 8 <= copy_limit
        gathering = shuffled and not self._ones  # each batch gathered from the caller's rows
        # The epoch's order, rewritten in place so that the batch views below stay valid.
        self._order = np.arange(n) if gathering else None
        self._ys = np.empty(n) if shuffled else y
        self._act = np.empty(n)
        if self._ones:  # [1 x], laid out in the epoch's order
            self._rows = np.ones((n, d + 1))
            self._rows[:, 1:] = x
            self._gather = np.empty((max(1, min(n, GATHER_BYTES // (8 * d))), d))
        else:
            self._rows = x
        gathered = np.empty((int(sizes.max()), d)) if gathering else None
        self.g = np.zeros_like(params.theta)
        grads = Parameters.on(self.g, d, units)
        self._g1b1, self._g1, self._gb1 = grads.w1b1, grads.w1, grads.b1
        self._g2b2, self._gw = grads.w2b2[:, 0], grads.weights
        self._pen = np.empty_like(params.weights)
        self._velocity = np.zeros_like(self.g) if self.momentum else None
        self._ahead = np.empty_like(self.g)
        # Products write only into contiguous arrays, so the buffers are made per batch size
        # (a run has at most two).
        self._by_size: dict[int, tuple[np.ndarray, ...]] = {}
        for m in set(sizes.tolist()):
            a1_ones = np.ones((units + 1, m))  # [a1; 1]: b2 rides in W2's last row
            err_row = np.empty((1, m))
            step = self.learning_rate / m
            self._by_size[m] = (
                a1_ones,
                a1_ones[:-1],
                np.empty((units, m)),
                np.empty((units, m)),
                err_row,
                err_row[0],
                np.array(step),
                np.array(1.0 - step * self.l2),
                np.array(step * self.l1),
                np.array(float(m)),
            )
        self._gathered = gathered
        self._sizes = sizes
        # What each batch needs, sliced once per run while that stays small: a batch at batch
        # size 1 costs ~15 us in all, and slicing its four views ~0.6 us.
        batches = len(starts)
        self._plan = [self._arguments(i) for i in range(batches)] if batches <= PLAN_LIMIT else None
        # Views made once: the arrays are updated in place, so the views stay current.
        self._w1_t = params.w1b1.T if self._ones else params.w1.T
        self._b1_col = params.b1[:, np.newaxis]
        self._compiled = compiled
        if compiled is not None:  # b1 is in the product already when the rows carry ones
            self._b1_or_zero = np.zeros(units) if self._ones else params.b1
            self._bits = np.empty(int(sizes.max()), dtype=np.int64)
            self._w2_flat = params.w2[:, 0]
            self._gb1_or_scratch = np.empty(units) if self._ones else self._gb1
        self._w2b2_col = params.w2b2[:, 0]

    def _arguments(self, i: int) -> tuple[np.ndarray | None, ...]:
        first, m = int(self._starts[i]), int(self._sizes[i])
        if self._gathered is not None and self._order is not None:
            index, xb = self._order[first : first + m], self._gathered[:m]
        else:
            index, xb = None, self._rows[first : first + m]
        ys, act = self._ys[first : first + m], self._act[first : first + m]
        return (index, xb, ys, act, *self._by_size[m])

    def set_order(self, order: np.ndarray) -> None:
        """The epoch's batch order: rows ``order[starts[i]:...]`` form batch i."""
        if not self._shuffled:
            return
        if self._order is not None:
            self._order[:] = order
        # mode="clip": the order is always valid, and the default "raise" copies through a
        # temporary as large as the data.
        np.take(self._y, order, out=self._ys, mode="clip")
        if self._ones:
            chunk = len(self._gather)
            for first in range(0, len(order), chunk):
                part = order[first : first + chunk]
                np.take(self._x, part, axis=0, out=self._gather[: len(part)], mode="clip")
                self._rows[first : first + len(part), 1:] = self._gather[: len(part)]

    def run(self, first: int, stop: int, pending: Event | None = None) -> int:
        """Batches ``first`` .. ``stop - 1``, or fewer: after a batch with ``pending`` set it
        returns at once. Returns the next batch to run."""
        done, plan = first, self._plan
        for i in range(first, stop):
            self._batch(*(plan[i] if plan is not None else self._arguments(i)))
            done = i + 1
            if pending is not None and pending.is_set():
                break
        self._count(first, done)
        return done

    def _batch(
        self,
        index: np.ndarray | None,
        xb: np.ndarray,
        y: np.ndarray,
        a: np.ndarray,
        a1_ones: np.ndarray,
        a1: np.ndarray,
        hidden: np.ndarray,
        one_minus: np.ndarray,
        err_row: np.ndarray,
        err: np.ndarray,
        step: np.ndarray,
        shrink: np.ndarray,
        l1_step: np.ndarray,
        m: np.ndarray,
    ) -> None:
        """One mini-batch of m rows; ``a`` receives the outputs before the update."""
        p = self.params
        if self._penalty_per_batch:
            self.penalties += flat_penalty(p.weights, self.l1, self.l2)
        if index is not None:
            np.take(self._x, index, axis=0, out=xb, mode="clip")
        # Forward, transposed: a1 = sigmoid(W1^T x^T + b1), a = sigmoid(W2^T a1 + b2).
        np.dot(self._w1_t, xb.T, out=a1)
        c = self._compiled
        if c is not None:
            c.bias_sigmoid(a1, self._b1_or_zero, self._bits)
        else:
            if not self._ones:
                np.add(a1, self._b1_col, out=a1)
            _sigmoid_in_place(a1)
        np.dot(self._w2b2_col, a1_ones, out=a)
        _sigmoid_in_place(a)
        # Backward: err = a - y. Without momentum the update is -learning_rate / m times each
        # gradient, so err is scaled by it here and every gradient below comes out scaled.
        np.subtract(a, y, out=err)
        plain = self._velocity is None
        if plain:
            np.multiply(err, step, out=err)
        # err_to_hidden = (W2 err) * a1 * (1 - a1)
        if c is not None:
            c.hidden_error(a1, self._w2_flat, err, hidden, self._gb1_or_scratch)
        else:
            np.dot(p.w2, err_row, out=hidden)
            np.multiply(hidden, a1, out=hidden)
            np.subtract(_ONE, a1, out=one_minus)
            np.multiply(hidden, one_minus, out=hidden)
        # Sums over the batch's rows: W2's and b2's gradient in one product, W1's (and b1's,
        # the sums of err_to_hidden, when the rows carry their ones) in another.
        np.dot(a1_ones, err, out=self._g2b2)
        if self._ones:
            np.dot(xb.T, hidden.T, out=self._g1b1)
        else:
            np.dot(xb.T, hidden.T, out=self._g1)
            if c is None:
                np.add.reduce(hidden, axis=1, out=self._gb1)
        if plain:
            self._plain_update(shrink, l1_step)
        else:
            self._momentum_update(m)

    def _plain_update(self, shrink: np.ndarray, l1_step: np.ndarray) -> None:
        """W = W - learning_rate (G + l1 sign(W) + l2 W) / m, biases without the penalty."""
        weights, pen = self.params.weights, self._pen
        if self.l1:  # the signs of the weights before they move
            np.sign(weights, out=pen)
            np.multiply(pen, l1_step, out=pen)
        if self.l2:
            np.multiply(weights, shrink, out=weights)
        if self.l1:
            np.subtract(weights, pen, out=weights)
        np.subtract(self.params.theta, self.g, out=self.params.theta)

    def _momentum_update(self, m: np.ndarray) -> None:
        """scikit-learn's order: g = (G + penalty) / m; v = momentum v - learning_rate g;
        then W += momentum v - learning_rate g (Nesterov) or W += v."""
        weights, pen, g, v = self.params.weights, self._pen, self.g, self._velocity
        assert v is not None
        if self.l2:
            np.multiply(weights, self.l2, out=pen)
            self._gw += pen
        if self.l1:
            np.sign(weights, out=pen)
            pen *= self.l1
            self._gw += pen
        g /= m
        v *= self.momentum
        g *= self.learning_rate
        v -= g
        theta = self.params.theta
        if self.nesterov:
            np.multiply(v, self.momentum, out=self._ahead)
            self._ahead -= g
            theta += self._ahead
        else:
            theta += v

    def _count(self, first: int, stop: int) -> None:
        """Each batch's cross-entropy and right predictions, from the stored outputs: a few
        calls for all the batches just run rather than a few per batch."""
        if stop <= first:
            return
        lo = self._starts[first]
        hi = self._starts[stop] if stop < len(self._starts) else len(self._act)
        a, y = self._act[lo:hi], self._ys[lo:hi]
        offsets = self._starts[first:stop] - lo
        self.batch_ce[first:stop] = np.add.reduceat(cross_entropy(a, y, self.eps), offsets)
        right = (a > 0.5) == (y > 0.5)
        self.batch_correct[first:stop] = np.add.reduceat(right, offsets, dtype=np.int64)

    def evaluate(
        self, x: np.ndarray | None, y: np.ndarray | None
    ) -> tuple[float, float, int, bool]:
        """At the end of an epoch: (the penalty, the summed cross-entropy and the right
        predictions on ``x``, whether every parameter is finite)."""
        p = self.params
        penalty = flat_penalty(p.weights, self.l1, self.l2)
        ce, correct = 0.0, 0
        if x is not None and y is not None:
            a = predict_proba(p, x)
            ce = float(cross_entropy(a, y, self.eps).sum())
            correct = int(np.count_nonzero((a > 0.5) == (y > 0.5)))
        return penalty, ce, correct, p.all_finite()
