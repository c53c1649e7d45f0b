"""Training: the ``Trainer`` that holds one run's state, and the epoch loop built on it.

A run is a state object rather than a loop so that a window can run whole epochs fast, hold
the run, then go on one mini-batch at a time (step mode) and back, all on the same run: the
generator, the epoch's batch order and the position in it live in the trainer, so stepping
through an epoch gives exactly the numbers running it gives. ``iter_epochs`` is the same
trainer driven epoch by epoch, for plots and scripts.

The arithmetic of the batches is a kernel's (``engine.kernels``: NumPy, or numba's compiled
loops where they pay), chosen once per run; the trainer keeps everything else - the order, the
position, the records, the stopping rule - so that every kernel gives the same run.

The batch order follows one of two protocols (``Hyperparameters.shuffle``):
- "book": a ``RandomState(seed)`` of its own (not the weights') draws one ``permutation(n)`` per
  epoch; batches are consecutive slices of it, the last one shorter. Full-batch training (the
  book's DualLayer) uses every row in the original order and draws nothing.
- "sklearn": MLPClassifier's. Its one ``RandomState(seed)`` first draws the Glorot start, then
  reorders the previous epoch's order by a fresh permutation every epoch, full batch included.
  The start is drawn even when this run starts from other weights, so the batch order is
  MLPClassifier's whatever the initialisation.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from engine.control import Cancelled, RunControl
from engine.error_catalog import hint_text
from engine.fused_step import loss_settings
from engine.hyperparameters import Hyperparameters
from engine.kernels import blas_pinned, choose_kernel, make_kernel
from engine.network import (
    Gradients,
    Parameters,
    backprop,
    cosine,
    forpass,
    glorot_uniform,
    init_parameters,
    loss,
)

# An epoch's mini-batch losses where they are not kept (the terminal's runs: a million epochs at
# batch 1 on the book's data would keep 3.5 GB of them).
NO_BATCH_LOSSES = np.empty(0)
NO_BATCH_LOSSES.flags.writeable = False


@dataclass(frozen=True)
class EpochRecord:
    """What one epoch did. The book's training loss sums the cross-entropy of the activations
    computed *before* each batch's update, plus the end-of-epoch penalty, over n_train (with
    ``loss="sklearn"``: plus the penalty before each batch instead, as ``loss_curve_``); the
    validation loss uses the end-of-epoch weights. ``train_acc`` is measured on the same
    activations as the training loss, so it costs nothing extra. ``seconds`` is the time
    spent computing epochs 1..epoch, without the time the caller kept the run waiting."""

    epoch: int
    train_loss: float
    val_loss: float
    train_acc: float
    val_acc: float
    updates: int
    samples: int
    seconds: float
    batch_losses: np.ndarray


@dataclass(frozen=True)
class StepReport:
    """One mini-batch update seen from inside, for step mode.

    ``rows`` are the batch's indices into the training rows, in batch order. The losses are
    the batch's own objective, (sum of its cross-entropies + penalty) / its size, before and
    after the update. ``gradient_norm`` is the length of that objective's gradient (all four
    arrays as one vector) before the update, and ``cosine`` the cosine between it and the
    full-batch gradient at the same weights: 1 means the batch points exactly where all the
    rows do. (The book divides the penalty by the batch size, so even a batch of every row
    in another order gives 1 only to rounding.) ``record`` is the epoch's record when this
    step completed an epoch.
    """

    epoch: int
    batch: int
    batches: int
    rows: np.ndarray
    loss_before: float
    loss_after: float
    gradient_norm: float
    cosine: float
    updates: int
    record: EpochRecord | None

    @property
    def size(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class WeightSnapshot:
    """Read-only copies of the weights and of what the hidden units output, taken in the
    training thread so a window can draw them while training goes on.

    ``w1`` is (features, units), ``w2`` (units,); ``hidden`` is (rows, units), the hidden
    units' activations on the validation rows (``hidden_rows`` says "validation", or
    "training" when the run has no validation data).
    """

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    hidden: np.ndarray
    hidden_rows: str
    epoch: int
    batch: int
    updates: int

    def distinct_units(self, rtol: float = 1e-9) -> int:
        """How many different hidden units there are: units with the same incoming weights,
        bias and outgoing weight (to ``rtol`` of the largest weight) compute the same thing.
        Under the all-ones start this stays 1: every unit is the same unit."""
        units = np.vstack([self.w1, self.b1, self.w2]).T
        atol = rtol * max(float(np.abs(units).max()), 1.0)
        distinct: list[np.ndarray] = []
        for unit in units:
            if not any(np.allclose(unit, other, rtol=0, atol=atol) for other in distinct):
                distinct.append(unit)
        return len(distinct)


class TrainingDiverged(ArithmeticError):
    """A loss or weight stopped being a finite number: the records before it are still valid."""

    def __init__(self, epoch: int) -> None:
        self.epoch = epoch
        super().__init__(hint_text("diverged", epoch=epoch))


# The book's order is reset to 0, 1, 2, ... this many rows at a time (no temporary of size n).
FILL_BLOCK = 2**16


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
    if not all_finite(x):
        raise ValueError(f"{what} features contain NaN or infinite values")
    if np.count_nonzero(y == 0.0) + np.count_nonzero(y == 1.0) != len(y):
        raise ValueError(f"{what} labels must be 0 or 1")
    return x, y


def all_finite(x: np.ndarray) -> bool:
    """No NaN and no infinity in ``x``, without a temporary the size of the data: a NaN or an
    infinity makes the sum non-finite, so a finite sum settles it in one pass; only a sum that
    overflowed (or a real NaN) needs the element-wise look, done a block of rows at a time."""
    if np.isfinite(np.add.reduce(x, axis=None)):
        return True
    block = max(1, 2**20 // max(1, x[0].size)) if x.ndim and len(x) else 1
    return all(np.isfinite(x[i : i + block]).all() for i in range(0, len(x), block))


def _read_only(array: np.ndarray) -> np.ndarray:
    copy = np.array(array, dtype=np.float64)
    copy.flags.writeable = False
    return copy


class Trainer:
    """One run: its weights (``params``, updated in place), its generator, the current epoch's
    batch order and the position in it.

    ``run_epoch()`` finishes the current epoch (or runs a whole one) and returns its record;
    ``step()`` performs exactly one mini-batch update and reports it; the two can be mixed
    freely. ``epoch`` counts finished epochs, ``batch`` the batches done in the current one.
    ``track_cosine=True`` records, for every update, the cosine between the mini-batch's
    gradient and the full-batch gradient (``epoch_cosines``); it costs a full-batch gradient
    per update, so it is off unless asked for.

    ``kernel`` says what trains: "auto" (``engine.kernels.choose_kernel``: the compiled kernel
    where it is faster and the run long enough to pay for loading it), "numpy" or "numba";
    ``kernel_name`` says which one does. Every kernel gives the same numbers to 1e-12.
    """

    def __init__(
        self,
        hp: Hyperparameters,
        x: np.ndarray,
        y: np.ndarray,
        x_val: np.ndarray | None = None,
        y_val: np.ndarray | None = None,
        params: Parameters | None = None,
        epochs: int | None = None,
        track_cosine: bool = False,
        kernel: str = "auto",
    ) -> None:
        x, y = check_data(x, y, "Training data")
        self._has_val = x_val is not None and y_val is not None
        if self._has_val:
            x_val, y_val = check_data(x_val, y_val, "Validation data")
            if x_val.shape[1] != x.shape[1]:
                raise ValueError(
                    f"Validation data has {x_val.shape[1]} features, training data {x.shape[1]}"
                )
        n, n_features = x.shape
        if params is None:
            params = init_parameters(n_features, hp.units, hp.init, hp.seed)
        elif params.w1.shape != (n_features, hp.units):
            raise ValueError(
                f"The weights are for {params.w1.shape[0]} features and {params.w1.shape[1]} "
                f"hidden units; this run has {n_features} features and {hp.units} units"
            )
        self.hp = hp
        self.params = params
        self.max_epochs = hp.epochs if epochs is None else epochs
        self._x, self._y, self._x_val, self._y_val = x, y, x_val, y_val
        bs = hp.effective_batch_size(n)
        self._starts = np.arange(0, n, bs, dtype=np.int64)
        self._sizes = np.diff(np.append(self._starts, n))
        self._sklearn_order = hp.shuffle == "sklearn"
        self._shuffled = self._sklearn_order or bs < n
        self._rng = np.random.RandomState(hp.seed)
        if self._sklearn_order:
            glorot_uniform(self._rng, n_features, hp.units)  # MLPClassifier's draws come first
        self._order = np.arange(n, dtype=np.int64)
        self._y1 = y[:, 0]
        self._y_val1 = None if y_val is None else y_val[:, 0]
        name = choose_kernel(n, n_features, hp, self.max_epochs, kernel)
        self._kernel = make_kernel(
            name, params, hp, x, self._y1, self._starts, self._sizes, self._order, self._shuffled
        )
        # BLAS's threads matter to the kernels that call it (not to numba's own loops).
        work = bs * (n_features + 1) * hp.units if self._kernel.name != "numba" else 0
        self._blas_work = work
        self._eps, self._penalty_per_batch = loss_settings(hp)
        self.track_cosine = track_cosine
        self._cosines = np.full(len(self._starts), np.nan)
        self.epoch_cosines = np.empty(0)
        self.epoch = 0
        self.batch = 0
        self.updates = 0
        self.seconds = 0.0
        self.stopped_early = False
        self.diverged = False
        self._best_loss = np.inf
        self._no_improvement = 0

    @property
    def kernel_name(self) -> str:
        """ "numpy" or "numba": the kernel that trains this run."""
        return self._kernel.name

    @property
    def batches_per_epoch(self) -> int:
        return len(self._starts)

    @property
    def done(self) -> bool:
        """No more updates: the epochs are done, the stopping rule stopped it, or it diverged."""
        return self.epoch >= self.max_epochs or self.stopped_early or self.diverged

    def run_epoch(self, control: RunControl | None = None) -> EpochRecord | None:
        """Run the rest of the current epoch (all of it at a batch boundary) and return its
        record. When ``control`` has a request pending (pause or stop) after a batch, return
        None at once, the run left mid-epoch: a later call carries on where it stopped.
        Raises TrainingDiverged at the end of an epoch whose loss or weights are not finite
        (NumPy's overflow warnings are silenced: that error says the same more usefully)."""
        self._check_not_done()
        start = time.perf_counter()
        with np.errstate(all="ignore"), blas_pinned(self._blas_work):
            if self.batch == 0:
                self._begin_epoch()
            finished = self._train_batches(self.batches_per_epoch, control)
        if not finished:
            self.seconds += time.perf_counter() - start
            return None
        return self._end_epoch(start)

    def step(self) -> StepReport:
        """Exactly one mini-batch update, the next one of the run, with what it did. It is the
        same update ``run_epoch`` makes (the extra numbers are computed beside it), so a run
        stepped through gives the numbers of a run run through."""
        self._check_not_done()
        start = time.perf_counter()
        hp = self.hp
        with np.errstate(all="ignore"), blas_pinned(self._blas_work):
            if self.batch == 0:
                self._begin_epoch()
            i = self.batch
            first = self._starts[i]
            rows = self._order[first : first + self._sizes[i]].copy()
            x, y = self._x[rows], self._y[rows]
            before = loss(self.params, x, y, hp.l1, hp.l2, self._eps)
            grads, full = self.gradients_with_full(rows)
            cos = cosine(grads, full)
            self._train_batches(i + 1, None)
            after = loss(self.params, x, y, hp.l1, hp.l2, self._eps)
        rows.flags.writeable = False
        epoch = self.epoch + 1
        if self.batch == self.batches_per_epoch:
            record = self._end_epoch(start)
        else:
            if not self.params.all_finite():
                self.diverged = True
                raise TrainingDiverged(epoch)
            record = None
            self.seconds += time.perf_counter() - start
        return StepReport(
            epoch=epoch,
            batch=i + 1,
            batches=self.batches_per_epoch,
            rows=rows,
            loss_before=before,
            loss_after=after,
            gradient_norm=grads.norm(),
            cosine=cos,
            updates=self.updates,
            record=record,
        )

    def batch_gradient(self, rows: np.ndarray) -> Gradients:
        """The gradient a batch of these training rows would follow at the current weights."""
        x = self._x[rows]
        a1, a = forpass(self.params, x)
        return backprop(self.params, x, a1, a - self._y[rows], self.hp.l1, self.hp.l2)

    def full_gradient(self) -> Gradients:
        """The full-batch gradient at the current weights: every training row in one batch."""
        return self.gradients_with_full(np.arange(0))[1]

    def gradients_with_full(self, rows: np.ndarray) -> tuple[Gradients, Gradients]:
        """(the gradient of a batch of these rows, the full-batch gradient), both at the current
        weights, from one forward pass over every training row: the batch's rows are among
        them, so their activations need not be computed twice. The cosine chart asks for both
        at every recorded update; this takes a quarter off its cost."""
        x, l1, l2 = self._x, self.hp.l1, self.hp.l2
        a1, a = forpass(self.params, x)
        err = a - self._y
        full = backprop(self.params, x, a1, err, l1, l2)
        return backprop(self.params, x[rows], a1[rows], err[rows], l1, l2), full

    def snapshot(self) -> WeightSnapshot:
        """The weights and the hidden units' outputs now, as read-only copies."""
        p = self.params
        rows, which = (self._x_val, "validation") if self._has_val else (self._x, "training")
        with np.errstate(all="ignore"):
            hidden = forpass(p, rows)[0]
        return WeightSnapshot(
            w1=_read_only(p.w1),
            b1=_read_only(p.b1),
            w2=_read_only(p.w2[:, 0]),
            b2=float(p.b2[0]),
            hidden=_read_only(hidden),
            hidden_rows=which,
            epoch=self.epoch,
            batch=self.batch,
            updates=self.updates,
        )

    def _check_not_done(self) -> None:
        if self.done:
            reason = "it diverged" if self.diverged else "it has finished"
            raise RuntimeError(f"The run cannot go on: {reason} (epoch {self.epoch})")

    def _begin_epoch(self) -> None:
        """Draw the epoch's batch order and hand it to the kernel. The book's order is
        ``permutation(n)``, which is ``shuffle(arange(n))``: done in place, it allocates
        nothing per epoch (a million rows' order is 8 MB)."""
        if not self._shuffled:
            return
        if self._sklearn_order:
            self._order = self._order[self._rng.permutation(len(self._order))]
        else:
            order = self._order
            for first in range(0, len(order), FILL_BLOCK):
                last = min(first + FILL_BLOCK, len(order))
                order[first:last] = np.arange(first, last)
            self._rng.shuffle(order)
        self._kernel.set_order(self._order)

    def _train_batches(self, stop: int, control: RunControl | None) -> bool:
        """Batches ``self.batch`` .. stop - 1 of the epoch; False when ``control`` interrupted
        them first (the kernel asks it between batches, or between chunks of ~20 ms)."""
        start = self.batch
        pending = None if control is None else control.pending
        if self.track_cosine:  # Python between every two batches
            done = start
            while done < stop:
                self._cosine_before(done)
                done = self._kernel.run(done, done + 1)
                if pending is not None and pending.is_set():
                    break
        else:
            done = self._kernel.run(start, stop, pending)
        self.batch, self.updates = done, self.updates + done - start
        return done == stop

    def _cosine_before(self, i: int) -> None:
        """The cosine chart's number for batch i, from the weights before it."""
        first = self._starts[i]
        rows = self._order[first : first + self._sizes[i]]
        self._cosines[i] = cosine(*self.gradients_with_full(rows))

    def _end_epoch(self, start: float) -> EpochRecord:
        """The epoch's record, the stopping rule, and the move to the next epoch."""
        n, kernel = len(self._x), self._kernel
        with np.errstate(all="ignore"), blas_pinned(self._blas_work):
            penalty, val_ce, val_correct, finite = kernel.evaluate(self._x_val, self._y_val1)
            penalties = kernel.penalties if self._penalty_per_batch else penalty
            train_loss = float((kernel.batch_ce.sum() + penalties) / n)
            train_acc = kernel.batch_correct.sum() / n
            val_loss = val_acc = float("nan")
            if self._has_val:
                val_loss = (val_ce + penalty) / len(self._x_val)
                val_acc = val_correct / len(self._x_val)
            batch_losses = kernel.batch_ce / self._sizes
        kernel.penalties = 0.0
        epoch = self.epoch + 1
        finite = finite and np.isfinite(train_loss) and (not self._has_val or np.isfinite(val_loss))
        if not finite:
            self.diverged = True
            raise TrainingDiverged(epoch)
        self.epoch, self.batch = epoch, 0
        if self.track_cosine:
            self.epoch_cosines = self._cosines.copy()
        self._apply_stopping_rule(train_loss)
        self.seconds += time.perf_counter() - start
        return EpochRecord(
            epoch=epoch,
            train_loss=train_loss,
            val_loss=float(val_loss),
            train_acc=float(train_acc),
            val_acc=float(val_acc),
            updates=self.updates,
            samples=epoch * n,
            seconds=self.seconds,
            batch_losses=batch_losses,
        )

    def _apply_stopping_rule(self, train_loss: float) -> None:
        """MLPClassifier's rule, comparison for comparison: an epoch counts as no improvement
        unless its loss is below the best so far minus ``tol``; stop when more than
        ``n_iter_no_change`` such epochs follow each other."""
        patience = self.hp.n_iter_no_change
        if patience is None:
            return
        if train_loss > self._best_loss - self.hp.tol:
            self._no_improvement += 1
        else:
            self._no_improvement = 0
        self._best_loss = min(self._best_loss, train_loss)
        if self._no_improvement > patience:
            self.stopped_early = True


def iter_epochs(
    params: Parameters,
    hp: Hyperparameters,
    x: np.ndarray,
    y: np.ndarray,
    x_val: np.ndarray | None = None,
    y_val: np.ndarray | None = None,
    epochs: int | None = None,
    control: RunControl | None = None,
    kernel: str = "auto",
) -> Iterator[EpochRecord]:
    """Train ``params`` in place, yielding after every epoch, until the epochs are done or
    the stopping rule ends the run.

    Without validation data the validation fields are NaN. ``control`` is asked between
    mini-batches: a pause holds the run there, a stop ends it after the last whole epoch
    (the interrupted epoch yields no record). Time held in a pause is not counted in
    ``seconds``. Raises TrainingDiverged at the first epoch whose loss or weights are not
    finite. ``kernel`` is ``Trainer``'s.
    """
    trainer = Trainer(hp, x, y, x_val, y_val, params=params, epochs=epochs, kernel=kernel)
    yield from trainer_epochs(trainer, control)


def trainer_epochs(trainer: Trainer, control: RunControl | None = None) -> Iterator[EpochRecord]:
    """``iter_epochs`` for a trainer that already exists (one that was stepped, say)."""
    while not trainer.done:
        record = trainer.run_epoch(control)
        if record is not None:
            yield record
        # A request interrupts an epoch between two of its batches (record None); one that
        # came during an epoch's last batch (every batch, at full batch) is answered here.
        if control is not None and control.pending.is_set() and control.checkpoint():
            return


def run_to_end(trainer: Trainer, control: RunControl | None = None) -> list[EpochRecord]:
    """Every remaining epoch of ``trainer``, for work that wants only the result; raises
    Cancelled when ``control`` asks to stop first (a pause holds it, as any run)."""
    records = list(trainer_epochs(trainer, control))
    if not trainer.done:
        raise Cancelled
    return records


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
        return hint_text("too_high")
    return None
