"""The epoch loop as a generator: one record per epoch, so a caller can plot live and stop.

Following the book's random-number protocol: the weights come from one ``RandomState(seed)``,
the batch order from a second ``RandomState(seed)`` that draws one ``permutation(n)`` per epoch;
batches are consecutive slices of that order, the last one shorter. Full-batch training (the
book's DualLayer) uses every row in the original order and draws nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from engine.control import RunControl
from engine.hyperparameters import Hyperparameters
from engine.network import (
    Parameters,
    Workspace,
    cross_entropy,
    predict_proba,
    reg_loss,
    train_batch,
    with_ones,
)


@dataclass(frozen=True)
class EpochRecord:
    """What one epoch did. Losses follow the book: the training loss sums the cross-entropy of
    the activations computed *before* each batch's update, plus the end-of-epoch penalty, over
    n_train; the validation loss uses the end-of-epoch weights. ``train_acc`` is measured on the
    same activations as the training loss, so it costs nothing extra. ``seconds`` is the time
    spent computing epochs 1..epoch, without the time the caller kept the generator waiting."""

    epoch: int
    train_loss: float
    val_loss: float
    train_acc: float
    val_acc: float
    updates: int
    samples: int
    seconds: float
    batch_losses: np.ndarray


class TrainingDiverged(ArithmeticError):
    """A loss or weight stopped being a finite number: the records before it are still valid."""

    def __init__(self, epoch: int) -> None:
        self.epoch = epoch
        super().__init__(
            f"Training stopped at epoch {epoch}: the loss or the weights became infinite or NaN. "
            "The learning rate is far too high; try one 10 or 100 times smaller."
        )


def as_column(y: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(y, dtype=np.float64).reshape(-1, 1))


def check_data(x: np.ndarray, y: np.ndarray, what: str) -> tuple[np.ndarray, np.ndarray]:
    """Reject data the network cannot learn from, before the first epoch."""
    x = np.ascontiguousarray(x, dtype=np.float64)
    if x.ndim != 2 or len(x) == 0 or x.shape[1] == 0:
        raise ValueError(f"{what} features must be a non-empty 2-D array, got shape {x.shape}")
    y = as_column(y)
    if len(y) != len(x):
        raise ValueError(f"{what} has {len(x)} rows of features but {len(y)} labels")
    if not np.isfinite(x).all():
        raise ValueError(f"{what} features contain NaN or infinite values")
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError(f"{what} labels must be 0 or 1")
    return x, y


def iter_epochs(
    params: Parameters,
    hp: Hyperparameters,
    x: np.ndarray,
    y: np.ndarray,
    x_val: np.ndarray | None = None,
    y_val: np.ndarray | None = None,
    epochs: int | None = None,
    control: RunControl | None = None,
) -> Iterator[EpochRecord]:
    """Train ``params`` in place, yielding after every epoch.

    Without validation data the validation fields are NaN. ``control`` is asked between
    mini-batches: a pause holds the run there, a stop ends it after the last whole epoch
    (the interrupted epoch yields no record). Time held in a pause is not counted in
    ``seconds``. Raises TrainingDiverged at the first epoch whose loss or weights are not
    finite; NumPy's overflow warnings are silenced because that error says the same thing
    more usefully.
    """
    x, y = check_data(x, y, "Training data")
    has_val = x_val is not None and y_val is not None
    if has_val:
        x_val, y_val = check_data(x_val, y_val, "Validation data")
        if x_val.shape[1] != x.shape[1]:
            raise ValueError(
                f"Validation data has {x_val.shape[1]} features, training data {x.shape[1]}"
            )
    n = len(x)
    bs = hp.effective_batch_size(n)
    starts = np.arange(0, n, bs)
    sizes = np.diff(np.append(starts, n))
    shuffle = bs < n
    rng = np.random.RandomState(hp.seed)
    ws = Workspace(bs, x.shape[1], hp.units)
    x1 = with_ones(x)
    xs, ys = (np.empty_like(x1), np.empty_like(y)) if shuffle else (x1, y)
    act = np.empty((n, 1))
    # The buffers never move, so the batch views are sliced once per run, not once per batch.
    batches = [(xs[a:b], ys[a:b], act[a:b]) for a, b in zip(starts, starts + sizes, strict=True)]
    lr, l1, l2 = hp.learning_rate, hp.l1, hp.l2
    # Seconds spent training, not since the start: time the caller spends between epochs
    # (a paused or slowed-down window) is not the network's.
    seconds = 0.0
    for epoch in range(1, (hp.epochs if epochs is None else epochs) + 1):
        epoch_start = time.perf_counter()
        with np.errstate(all="ignore"):
            if shuffle:
                order = rng.permutation(n)
                np.take(x1, order, axis=0, out=xs)
                np.take(y, order, axis=0, out=ys)
            for xb, yb, ab in batches:
                train_batch(params, xb, yb, lr, l1, l2, ws, ab)
                if control is not None and control.pending.is_set():
                    held = control.paused_seconds
                    if control.checkpoint():
                        return
                    epoch_start += control.paused_seconds - held
            penalty = reg_loss(params, l1, l2)
            ce = cross_entropy(act[:, 0], ys[:, 0])
            train_loss = (ce.sum() + penalty) / n
            train_acc = np.count_nonzero((act > 0.5) == (ys > 0.5)) / n
            val_loss = val_acc = float("nan")
            if has_val:
                a_val = predict_proba(params, x_val)
                val_loss = (cross_entropy(a_val, y_val[:, 0]).sum() + penalty) / len(x_val)
                val_acc = np.count_nonzero((a_val > 0.5) == (y_val[:, 0] > 0.5)) / len(x_val)
        finite = np.isfinite(train_loss) and (not has_val or np.isfinite(val_loss))
        if not (finite and params.all_finite()):
            raise TrainingDiverged(epoch)
        seconds += time.perf_counter() - epoch_start
        yield EpochRecord(
            epoch=epoch,
            train_loss=float(train_loss),
            val_loss=float(val_loss),
            train_acc=float(train_acc),
            val_acc=float(val_acc),
            updates=epoch * len(starts),
            samples=epoch * n,
            seconds=seconds,
            batch_losses=np.add.reduceat(ce, starts) / sizes,
        )


def learning_rate_warning(train_losses: Sequence[float]) -> str | None:
    """A hint when the curve says the steps overshoot: the loss rises in many epochs *and*
    either stays well above its best or never gets below 0.5 (about what guessing the
    majority class scores). Mini-batch noise makes rises too, but near the best loss."""
    losses = np.asarray(train_losses, dtype=float)
    if len(losses) < 10:
        return None
    best = losses.min()
    tail = losses[-max(len(losses) // 10, 5) :].mean()
    rises = np.mean(np.diff(losses) > 0.02 * np.abs(losses[:-1]))
    if rises > 0.25 and (tail > 2 * best + 0.05 or best > 0.5):
        return (
            "The training loss climbs and jumps instead of falling: the learning rate is "
            "probably too high. Try a smaller one (for example 10 times smaller)."
        )
    return None
