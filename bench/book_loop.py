"""A straightforward NumPy transcription of the book's training loop, written from the facts in
book-ch6.md: the independent reference the engine is checked against (tests) and timed against
(bench). It deliberately keeps the book's shape - a fresh array for every intermediate, the loss
summed batch by batch - because that is the code a student would write.
"""

from __future__ import annotations

import numpy as np


def book_sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.clip(z, -100, None)
    return 1 / (1 + np.exp(-z))


def book_train(
    x: np.ndarray,
    y: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    units: int = 10,
    batch_size: int | None = 32,
    learning_rate: float = 0.1,
    l1: float = 0.0,
    l2: float = 0.0,
    epochs: int = 100,
    seed: int = 42,
) -> tuple[list[float], list[float], tuple[np.ndarray, ...]]:
    """Returns (losses, val_losses, (w1, b1, w2, b2)). ``batch_size=None``: full batch, no
    shuffling (the book's RandomInitNetwork)."""
    y = y.reshape(-1, 1)
    y_val = y_val.reshape(-1, 1)
    rng = np.random.RandomState(seed)
    w1 = rng.normal(0, 1, (x.shape[1], units))
    b1 = np.zeros(units)
    w2 = rng.normal(0, 1, (units, 1))
    b2 = 0.0
    rng = np.random.RandomState(seed)
    n = len(x)

    def forward(xb):
        a1 = book_sigmoid(np.dot(xb, w1) + b1)
        return a1, book_sigmoid(np.dot(a1, w2) + b2)

    def reg_loss():
        return l1 * (np.sum(np.abs(w1)) + np.sum(np.abs(w2))) + l2 / 2 * (
            np.sum(w1**2) + np.sum(w2**2)
        )

    def cross_entropy(a, yb):
        a = np.clip(a, 1e-10, 1 - 1e-10)
        return np.sum(-(yb * np.log(a) + (1 - yb) * np.log(1 - a)))

    losses, val_losses = [], []
    for _ in range(epochs):
        if batch_size is None or batch_size >= n:
            batches = [(x, y)]
        else:
            order = rng.permutation(np.arange(n))
            xs, ys = x[order], y[order]
            batches = [
                (xs[i : i + batch_size], ys[i : i + batch_size]) for i in range(0, n, batch_size)
            ]
        loss = 0.0
        for xb, yb in batches:
            m = len(xb)
            a1, a = forward(xb)
            err = -(yb - a)
            w2_grad = np.dot(a1.T, err) / m
            b2_grad = np.sum(err) / m
            err_to_hidden = np.dot(err, w2.T) * a1 * (1 - a1)
            w1_grad = np.dot(xb.T, err_to_hidden) / m
            b1_grad = np.sum(err_to_hidden, axis=0) / m
            w1_grad += (l1 * np.sign(w1) + l2 * w1) / m
            w2_grad += (l1 * np.sign(w2) + l2 * w2) / m
            w1 = w1 - learning_rate * w1_grad
            b1 = b1 - learning_rate * b1_grad
            w2 = w2 - learning_rate * w2_grad
            b2 = b2 - learning_rate * b2_grad
            loss += cross_entropy(a, yb)
        losses.append((loss + reg_loss()) / n)
        _, a_val = forward(x_val)
        val_losses.append((cross_entropy(a_val, y_val) + reg_loss()) / len(y_val))
    return losses, val_losses, (w1, b1, w2, b2)
