"""The book's training step compiled with numba: a whole chunk of batches in one call, GIL
released. Imported only by ``engine.kernels``, and only for runs where it pays (it costs 0.4 to
1.2 s to load, and 130 MiB): never at start-up.

``run_batches`` trains batches ``first .. stop - 1`` of an epoch whose row order is ``order``.
It reads the rows straight from the caller's ``x`` through ``order`` (no copy of the data, no
column of ones) and per batch does forward, the loss bookkeeping, backward, penalty and update.
The parameters are ``Parameters.theta`` = [b1 | W1 | W2 | b2]; the gradient ``g`` and the
velocity ``v`` share that layout. Per batch of m rows, as scikit-learn writes it (the book's
arithmetic, to rounding):

    a1 = sigmoid(x W1 + b1); a = sigmoid(a1 W2 + b2); err = a - y
    gW2 = (a1^T err + l1 sign(W2) + l2 W2) / m;  gb2 = sum(err) / m
    hidden = (err W2^T) * a1 * (1 - a1)
    gW1 = (x^T hidden + l1 sign(W1) + l2 W1) / m;  gb1 = sum(hidden) / m
    momentum 0:  theta -= lr g
    momentum mu: v = mu v - lr g;  theta += (mu v - lr g) if nesterov else v

Every gradient is computed before any parameter changes. Two loop nests, one arithmetic:
``_cols`` holds a batch as columns (features x rows), so the innermost loops run over the
batch's rows and vectorise (batch sizes >= 4); ``_rows`` takes a row at a time, innermost over
the hidden units (batch sizes 1-3, where columns have nothing to vectorise).

Exactness: no ``fastmath`` except where named. Sums over a batch's rows may be reassociated
(``reassoc``, so that they vectorise) and products fused (``contract``): they differ from BLAS's
by rounding only (~1e-16), as BLAS's own results differ across CPUs. The sigmoid's exp is a
vectorisable Cody-Waite reduction and degree-13 polynomial, within 2.3e-16 absolute (5e-16
relative) of scipy's ``expit``, four times faster than libm's exp called per element.
"""

from __future__ import annotations

import math
import time
from threading import Event

import numpy as np
from numba import njit

from engine.fused_step import loss_settings
from engine.hyperparameters import Hyperparameters
from engine.network import Parameters

ROWS_BELOW = 4  # batch sizes below this use the row-at-a-time loop nest
# A chunk of batches per call, when someone may ask to pause or stop: about this long.
CHUNK_SECONDS = 0.02

_LOG2E = 1.4426950408889634
_LN2_HI = 6.93147180369123816490e-01  # ln 2 split so that n * _LN2_HI is exact (fdlibm)
_LN2_LO = 1.90821492927058770002e-10
# exp's Taylor coefficients 1/13!, 1/12!, ..., 1/0!, for Horner's rule.
_TAYLOR = tuple(1.0 / math.factorial(i) for i in range(13, -1, -1))

_SAFE = {"contract"}  # FMA only: the exp's argument reduction must not be reassociated
_SUMS = {"reassoc", "contract"}


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SAFE)
def sigmoid_inplace(z, bits, m):
    """z[:m] = 1 / (1 + exp(-z[:m])). exp(t) = 2^n p(t - n ln2), |t - n ln2| <= ln2 / 2;
    t is clamped to [-708, 708] (the sigmoid is 1 or ~3e-308 there: the book clips at -100);
    a NaN passes the clamp (comparisons with NaN are false) and comes out NaN."""
    for r in range(m):
        t = -z[r]
        if t > 708.0:
            t = 708.0
        elif t < -708.0:
            t = -708.0
        n = math.floor(t * _LOG2E + 0.5)
        f = (t - n * _LN2_HI) - n * _LN2_LO
        p = 0.0
        for c in _TAYLOR:  # a constant tuple: the loop is unrolled
            p = p * f + c
        bits[r] = (np.int64(n) + 1023) << 52  # 2^n as IEEE bits
        z[r] = p
    scale = bits.view(np.float64)
    for r in range(m):
        z[r] = 1.0 / (1.0 + z[r] * scale[r])


@njit(nogil=True, cache=True)
def _layers(theta, d, h):
    """Views of a flat vector in ``Parameters.theta``'s layout: b1 (h), W1 (d, h), W2 (h)."""
    return theta[:h], theta[h : h + d * h].reshape((d, h)), theta[h + d * h : h + d * h + h]


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def _penalty(theta, h, l1, l2):
    """The book's reg_loss: l1 sum|W| + l2 / 2 sum W^2 over W1 and W2."""
    pen1 = 0.0
    pen2 = 0.0
    for i in range(h, len(theta) - 1):
        w = theta[i]
        pen1 += abs(w)
        pen2 += w * w
    return l1 * pen1 + l2 / 2 * pen2


@njit(nogil=True, cache=True, error_model="numpy")
def _step(theta, g, v, lo, hi, m, lr, l1, l2, momentum, nesterov, penalised):
    """theta[lo:hi] moves by its gradient g[lo:hi] (the batch sums on entry, the gradient on
    return: penalty added on weights, divided by m)."""
    for i in range(lo, hi):
        t = g[i]
        if penalised:
            w = theta[i]
            t += l2 * w
            if l1 != 0.0:
                t += l1 * ((w > 0.0) - (w < 0.0))
        t = t / m
        g[i] = t
        if momentum == 0.0:
            theta[i] -= lr * t
        else:
            vi = momentum * v[i] - lr * t
            v[i] = vi
            theta[i] += (momentum * vi - lr * t) if nesterov else vi


@njit(nogil=True, cache=True, error_model="numpy")
def _update(theta, g, v, d, h, m, lr, l1, l2, momentum, nesterov):
    nw = h + d * h + h
    _step(theta, g, v, 0, h, m, lr, l1, l2, momentum, nesterov, False)  # b1
    _step(theta, g, v, h, nw, m, lr, l1, l2, momentum, nesterov, True)  # W1, W2
    _step(theta, g, v, nw, nw + 1, m, lr, l1, l2, momentum, nesterov, False)  # b2


@njit(nogil=True, cache=True, error_model="numpy")
def _loss(a, yi, eps):
    """(cross-entropy with a clipped to [eps, 1 - eps], 1 if the prediction a > 0.5 is right)."""
    ac = min(max(a, eps), 1.0 - eps)
    if yi > 0.5:
        return -math.log(ac), int(a > 0.5)
    return -math.log(1.0 - ac), int(a <= 0.5)


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def _forward_cols(xt, at, z2, bits, theta, d, h, m):
    """a1^T = sigmoid(W1^T x^T + b1) into at[:, :m], a = sigmoid(a1 W2 + b2) into z2[:m],
    for the m rows held as columns in xt[:, :m]."""
    b1, w1, w2 = _layers(theta, d, h)
    nb = len(theta) - 1
    for r in range(m):
        z2[r] = theta[nb]
    for j in range(h):
        row = at[j]
        bj = b1[j]
        for r in range(m):
            row[r] = bj
        for k in range(d):
            w = w1[k, j]
            for r in range(m):
                row[r] += w * xt[k, r]
        sigmoid_inplace(row, bits, m)
        w = w2[j]
        for r in range(m):
            z2[r] += w * row[r]
    sigmoid_inplace(z2, bits, m)


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def _cols(x, y, order, starts, sizes, first, stop, theta, g, v, d, h,
          lr, l1, l2, momentum, nesterov, eps, per_batch, batch_ce, batch_correct):  # fmt: skip
    _, _, w2 = _layers(theta, d, h)
    gb1, g1, g2 = _layers(g, d, h)
    nb = len(theta) - 1
    bs = sizes[first:stop].max()
    xt = np.empty((d, bs))  # the batch, transposed: features x rows
    at = np.empty((h, bs))  # a1^T
    ht = np.empty((h, bs))  # hidden^T
    z2 = np.empty(bs)
    err = np.empty(bs)
    bits = np.empty(bs, dtype=np.int64)
    penalties = 0.0
    for b in range(first, stop):
        if per_batch:
            penalties += _penalty(theta, h, l1, l2)
        p = starts[b]
        m = sizes[b]
        for r in range(m):
            i = order[p + r]
            for k in range(d):
                xt[k, r] = x[i, k]
        _forward_cols(xt, at, z2, bits, theta, d, h, m)
        ce = 0.0
        correct = 0
        for r in range(m):
            yi = y[order[p + r]]
            err[r] = z2[r] - yi
            c, ok = _loss(z2[r], yi, eps)
            ce += c
            correct += ok
        batch_ce[b] = ce
        batch_correct[b] = correct
        # Backward: the batch sums; _update adds the penalty and divides by m.
        s = 0.0
        for r in range(m):
            s += err[r]
        g[nb] = s
        for j in range(h):
            w = w2[j]
            s2 = 0.0
            s1 = 0.0
            for r in range(m):
                aj = at[j, r]
                e = err[r]
                s2 += aj * e
                hj = e * w * aj * (1.0 - aj)
                ht[j, r] = hj
                s1 += hj
            g2[j] = s2
            gb1[j] = s1
        for k in range(d):
            for j in range(h):
                s = 0.0
                for r in range(m):
                    s += xt[k, r] * ht[j, r]
                g1[k, j] = s
        _update(theta, g, v, d, h, m, lr, l1, l2, momentum, nesterov)
    return penalties


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def _rows(x, y, order, starts, sizes, first, stop, theta, g, v, d, h,
          lr, l1, l2, momentum, nesterov, eps, per_batch, batch_ce, batch_correct):  # fmt: skip
    b1, w1, w2 = _layers(theta, d, h)
    gb1, g1, g2 = _layers(g, d, h)
    nb = len(theta) - 1
    bs = sizes[first:stop].max()
    a1 = np.empty((bs, h))
    hid = np.empty(h)
    err = np.empty(bs)
    bits = np.empty(max(h, 1), dtype=np.int64)
    out = np.empty(1)
    penalties = 0.0
    for b in range(first, stop):
        if per_batch:
            penalties += _penalty(theta, h, l1, l2)
        p = starts[b]
        m = sizes[b]
        ce = 0.0
        correct = 0
        for r in range(m):
            i = order[p + r]
            row = a1[r]
            for j in range(h):
                row[j] = b1[j]
            for k in range(d):
                xk = x[i, k]
                for j in range(h):
                    row[j] += xk * w1[k, j]
            sigmoid_inplace(row, bits, h)
            s = theta[nb]
            for j in range(h):
                s += row[j] * w2[j]
            out[0] = s
            sigmoid_inplace(out, bits, 1)
            yi = y[i]
            err[r] = out[0] - yi
            c, ok = _loss(out[0], yi, eps)
            ce += c
            correct += ok
        batch_ce[b] = ce
        batch_correct[b] = correct
        g[:] = 0.0
        for r in range(m):
            e = err[r]
            g[nb] += e
            row = a1[r]
            for j in range(h):
                aj = row[j]
                g2[j] += aj * e
                hj = e * w2[j] * aj * (1.0 - aj)
                hid[j] = hj
                gb1[j] += hj
            i = order[p + r]
            for k in range(d):
                xk = x[i, k]
                for j in range(h):
                    g1[k, j] += xk * hid[j]
        _update(theta, g, v, d, h, m, lr, l1, l2, momentum, nesterov)
    return penalties


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def _evaluate(theta, d, h, x, y, l1, l2, eps):
    """End of an epoch in one call: (reg_loss, summed cross-entropy on x, right predictions,
    whether every parameter is finite). x is taken in blocks of 64 rows, as columns."""
    penalty = _penalty(theta, h, l1, l2)
    finite = True
    for i in range(len(theta)):
        finite = finite and math.isfinite(theta[i])
    block = 64
    xt = np.empty((d, block))
    at = np.empty((h, block))
    z2 = np.empty(block)
    bits = np.empty(block, dtype=np.int64)
    ce = 0.0
    correct = 0
    n = x.shape[0]
    for p in range(0, n, block):
        m = min(block, n - p)
        for r in range(m):
            for k in range(d):
                xt[k, r] = x[p + r, k]
        _forward_cols(xt, at, z2, bits, theta, d, h, m)
        for r in range(m):
            c, ok = _loss(z2[r], y[p + r], eps)
            ce += c
            correct += ok
    return penalty, ce, correct, finite


class NumbaKernel:
    """The compiled epochs behind ``NumpyKernel``'s interface (see there). It never copies
    the training rows: it reads them through ``order`` (int64, the first epoch's until
    ``set_order`` gives another). ``g`` holds the last batch's gradient."""

    name = "numba"

    def __init__(
        self,
        params: Parameters,
        hp: Hyperparameters,
        x: np.ndarray,
        y: np.ndarray,
        starts: np.ndarray,
        sizes: np.ndarray,
        order: np.ndarray,
    ) -> None:
        self.params = params
        self._d, self._h = params.shape
        self._x, self._y = x, y
        self._starts = starts.astype(np.int64)
        self._sizes = sizes.astype(np.int64)
        self._order = order
        self.g = np.zeros_like(params.theta)
        self._velocity = np.zeros_like(params.theta)
        self.eps, per_batch = loss_settings(hp)
        self._settings = (
            float(hp.learning_rate),
            float(hp.l1),
            float(hp.l2),
            float(hp.momentum),
            bool(hp.nesterov),
            float(self.eps),
            per_batch,
        )
        self._kernel = _rows if self._sizes.max() < ROWS_BELOW else _cols
        self.batch_ce = np.zeros(len(starts))
        self.batch_correct = np.zeros(len(starts), dtype=np.int64)
        self.penalties = 0.0
        self._chunk = 1  # batches per call while someone may ask to stop: adapted

    def set_order(self, order: np.ndarray) -> None:
        self._order = order.astype(np.int64, copy=False)

    def _call(self, first: int, stop: int) -> None:
        self.penalties += self._kernel(
            self._x, self._y, self._order, self._starts, self._sizes, first, stop,
            self.params.theta, self.g, self._velocity, self._d, self._h, *self._settings,
            self.batch_ce, self.batch_correct,
        )  # fmt: skip

    def run(self, first: int, stop: int, pending: Event | None = None) -> int:
        """Batches ``first`` .. ``stop - 1`` in one call; with ``pending``, in chunks of about
        ``CHUNK_SECONDS``, returning after the chunk during which it was set (after one batch
        when it is set already)."""
        if pending is None:
            self._call(first, stop)
            return stop
        done = first
        while done < stop:
            end = min(stop, done + (1 if pending.is_set() else self._chunk))
            start = time.perf_counter()
            self._call(done, end)
            per_batch = max(time.perf_counter() - start, 1e-7) / (end - done)
            self._chunk = max(1, int(CHUNK_SECONDS / per_batch))
            done = end
            if pending.is_set():
                break
        return done

    def evaluate(
        self, x: np.ndarray | None, y: np.ndarray | None
    ) -> tuple[float, float, int, bool]:
        if x is None or y is None:
            x, y = self._x[:0], self._y[:0]
        penalty, ce, correct, finite = _evaluate(
            self.params.theta, self._d, self._h, x, y, *self._settings[1:3], self.eps
        )
        return float(penalty), float(ce), int(correct), bool(finite)


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SAFE)
def bias_sigmoid(a1, b1, bits):
    """a1 = sigmoid(a1 + b1), a1 (h, m) the hidden layer transposed, in one pass."""
    h, m = a1.shape
    for j in range(h):
        row = a1[j]
        bj = b1[j]
        for r in range(m):
            row[r] += bj
        sigmoid_inplace(row, bits, m)


@njit(nogil=True, cache=True, error_model="numpy", fastmath=_SUMS)
def hidden_error(a1, w2, err, hidden, gb1):
    """hidden = (W2 err) * a1 * (1 - a1), (h, m), and its row sums into gb1, in one pass."""
    h, m = a1.shape
    for j in range(h):
        w = w2[j]
        s = 0.0
        for r in range(m):
            aj = a1[j, r]
            v = err[r] * w * aj * (1.0 - aj)
            hidden[j, r] = v
            s += v
        gb1[j] = s


def warm_up() -> None:
    """Compile (or load from the cache) every entry point with the types training uses, on a
    tiny problem: a run then starts at full speed."""
    rng = np.random.RandomState(0)
    x, y = rng.normal(size=(8, 3)), (np.arange(8) % 2).astype(np.float64)
    hp = Hyperparameters(units=2, batch_size=4, epochs=1)
    for batch_size in (1, 4):
        params = Parameters(rng.normal(size=(3, 2)), np.zeros(2), rng.normal(size=(2, 1)), 0.0)
        starts = np.arange(0, 8, batch_size, dtype=np.int64)
        sizes = np.full(len(starts), batch_size, dtype=np.int64)
        kernel = NumbaKernel(params, hp, x, y, starts, sizes, np.arange(8, dtype=np.int64))
        kernel.run(0, len(starts))
        kernel.evaluate(x, y)
    out = np.zeros(1)
    sigmoid_inplace(out, np.empty(1, dtype=np.int64), 1)
    a1, hidden = np.zeros((2, 3)), np.empty((2, 3))
    bias_sigmoid(a1, np.zeros(2), np.empty(3, dtype=np.int64))
    hidden_error(a1, np.ones(2), np.ones(3), hidden, np.empty(2))
