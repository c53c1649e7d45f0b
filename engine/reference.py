"""scikit-learn's MLPClassifier on the same split, its parameters mapped from ours.

Two setups, because the book's comparison is not like for like: "book" keeps MLPClassifier's
defaults the book relied on (momentum 0.9 with Nesterov, Glorot init, reshuffling, stopping
after 10 epochs without a 1e-4 improvement); "same" runs our run's optimiser: its momentum and
Nesterov setting and its stopping rule (for the book's recipe: momentum 0, every epoch).
MLPClassifier always starts from its Glorot draw and shuffles its own way, so "same" is our run
exactly when the run uses scikit-learn's recipe. It has no L1 penalty in either setup.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.control import Cancelled, RunControl
from engine.hyperparameters import Hyperparameters, check_momentum

if TYPE_CHECKING:  # imported where used: scikit-learn takes ~1 s to import
    from sklearn.neural_network import MLPClassifier

SETUPS = ("book", "same")
# The warning with which MLPClassifier.fit reports that it swallowed a KeyboardInterrupt.
_INTERRUPTED = "Training interrupted by user"


class SklearnDiverged(ArithmeticError):
    """MLPClassifier refused to go on: its weights overflowed, as ours do at such settings."""

    def __init__(self) -> None:
        super().__init__(
            "MLPClassifier stopped: its weights became infinite or NaN. "
            "The learning rate is far too high for it too."
        )

    def __reduce__(self) -> tuple[type, tuple[()]]:
        """Pickled by its class alone (its message is fixed): it crosses from the window's
        fit process (``engine.fit_process``)."""
        return SklearnDiverged, ()


class SklearnCancelled(Cancelled):
    """The caller asked to stop: a newer comparison replaces this one."""


def _stop_between_epochs(mlp: MLPClassifier, cancelled: Callable[[], bool]) -> None:
    """Let ``fit`` be cancelled between epochs. scikit-learn has no callback; it calls
    ``_update_no_improvement_count`` once per epoch of SGD, so the check rides on that. Without
    the method (another scikit-learn), the fit simply runs to its end."""
    per_epoch = getattr(mlp, "_update_no_improvement_count", None)
    if per_epoch is None:
        return

    def checked(*args: object, **kwargs: object) -> object:
        if cancelled():
            raise SklearnCancelled
        return per_epoch(*args, **kwargs)

    mlp._update_no_improvement_count = checked


@dataclass(frozen=True)
class SklearnResult:
    """What the comparison panel and the CLI show, plus the setup that produced it."""

    setup: str
    momentum: float
    seed: int
    val_score: float
    train_score: float
    n_iter: int
    seconds: float
    loss_curve: tuple[float, ...]
    stopped_early: bool


def mlp_arguments(
    hp: Hyperparameters, setup: str = "book", momentum: float | None = None, seed: int | None = None
) -> dict[str, object]:
    """The MLPClassifier arguments matching ``hp``: units, alpha = l2, batch size, learning
    rate, max_iter = epochs, random_state = seed (``seed`` overrides the run's own;
    ``momentum`` the setup's). Plain values, so a caller can write them out without
    importing scikit-learn; a full batch is a batch size of 10**9, which it clips."""
    if setup not in SETUPS:
        raise ValueError(f"setup must be one of {', '.join(SETUPS)}, got {setup!r}")
    if setup == "same":
        nesterov, patience, tol = hp.nesterov, hp.n_iter_no_change, hp.tol
        momentum = hp.momentum if momentum is None else momentum
    else:
        nesterov, patience, tol = True, 10, 1e-4
        momentum = 0.9 if momentum is None else momentum
    return {
        "hidden_layer_sizes": (hp.units,),
        "activation": "logistic",
        "solver": "sgd",
        "alpha": hp.l2,
        "batch_size": hp.batch_size if hp.batch_size is not None else 10**9,
        "learning_rate": "constant",
        "learning_rate_init": hp.learning_rate,
        "max_iter": hp.epochs,
        "momentum": check_momentum(momentum),
        "nesterovs_momentum": nesterov,
        # scikit-learn always has a stopping rule: one that cannot trigger stands for "none".
        "n_iter_no_change": hp.epochs + 1 if patience is None else patience,
        "tol": tol,
        "random_state": hp.seed if seed is None else seed,
    }


def make_mlp(
    hp: Hyperparameters, setup: str = "book", momentum: float | None = None, seed: int | None = None
) -> MLPClassifier:
    """The MLPClassifier of ``mlp_arguments``."""
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier(**mlp_arguments(hp, setup, momentum, seed))


def run_sklearn(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    hp: Hyperparameters,
    setup: str = "book",
    momentum: float | None = None,
    seed: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SklearnResult:
    """Train and score. Its warnings (not converged, batch size clipped) are expected here:
    ``stopped_early`` and ``n_iter`` say the same thing in the result. Raises SklearnDiverged
    where scikit-learn gives up on non-finite weights, SklearnCancelled when ``cancelled()``
    turns true (checked after every epoch), and KeyboardInterrupt on Ctrl+C even though
    scikit-learn's own fit swallows it."""
    from sklearn.exceptions import ConvergenceWarning

    mlp = make_mlp(hp, setup, momentum, seed)
    if cancelled is not None:
        _stop_between_epochs(mlp, cancelled)
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", UserWarning)
        # scikit-learn catches Ctrl+C inside fit and returns a half-trained model, saying so
        # only in this warning; it is recorded so the interruption can go on (see below).
        warnings.filterwarnings("always", _INTERRUPTED, UserWarning)
        with np.errstate(all="ignore"):
            try:
                mlp.fit(x_train, y_train)
            except ValueError as exc:
                if "non-finite" not in str(exc):
                    raise
                raise SklearnDiverged() from exc
    for warning in caught:
        if str(warning.message).startswith(_INTERRUPTED):
            raise KeyboardInterrupt  # never report a half-trained model as the comparison
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    seconds = time.perf_counter() - start
    return SklearnResult(
        setup=setup,
        momentum=float(mlp.momentum),
        seed=int(mlp.random_state),
        val_score=float(mlp.score(x_val, y_val)),
        train_score=float(mlp.score(x_train, y_train)),
        n_iter=int(mlp.n_iter_),
        seconds=seconds,
        loss_curve=tuple(float(v) for v in mlp.loss_curve_),
        stopped_early=mlp.n_iter_ < hp.epochs,
    )


def run_sklearn_controlled(
    *args: Any, control: RunControl, progress: Callable[[int, int], None] | None = None
) -> SklearnResult:
    """``run_sklearn(*args)`` as the window's fit process calls it (``engine.fit_process``):
    stopped through ``control``. One fit has no steps to report, so ``progress`` is not
    called."""
    return run_sklearn(*args, cancelled=lambda: control.stop_requested)
