"""The comparison over ten seeds: how much of "0.978 against 0.989" is luck.

One seed decides a network's start and its batch order, and on 91 validation rows one row is
1.1 points of accuracy. The book's MLPClassifier has no ``random_state``, and its printed 0.989
is what most seeds give, not all: over seeds 0-29, 23 give 0.989, 6 give 0.978 (42 among
them) and 1 gives 0.967. So both networks are trained for seeds 0-9 and the spread is shown
beside the book's printed figures.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from engine.control import RunControl
from engine.datasets import Dataset
from engine.hyperparameters import Hyperparameters
from engine.reference import run_sklearn
from engine.training import Trainer, run_to_end

# What the book prints for the validation score (91 rows) of its MinibatchNetwork(l2=0.01,
# batch_size=32) after 500 epochs and of its MLPClassifier call.
BOOK_OURS = 0.978021978021978
BOOK_SKLEARN = 0.989010989010989
SEEDS = tuple(range(10))


@dataclass(frozen=True)
class Spread:
    """Validation accuracies over seeds, summarised. ``reaching`` counts the seeds that
    score at least the book's MLPClassifier figure, 0.989."""

    minimum: float
    median: float
    maximum: float
    reaching: int
    count: int

    @classmethod
    def of(cls, scores: Sequence[float]) -> Spread:
        # A score equal to 0.989... may differ from it in the last bit: 90/91 computed twice.
        reaching = sum(score >= BOOK_SKLEARN - 1e-12 for score in scores)
        return cls(min(scores), statistics.median(scores), max(scores), reaching, len(scores))


@dataclass(frozen=True)
class SeedStudy:
    """Per seed, in ``seeds`` order: our network's and MLPClassifier's validation accuracy."""

    seeds: tuple[int, ...]
    ours: tuple[float, ...]
    sklearn: tuple[float, ...]

    @property
    def ours_spread(self) -> Spread:
        return Spread.of(self.ours)

    @property
    def sklearn_spread(self) -> Spread:
        return Spread.of(self.sklearn)


def over_seeds(
    data: Dataset,
    hp: Hyperparameters,
    setup: str = "book",
    momentum: float | None = None,
    seeds: Sequence[int] = SEEDS,
    progress: Callable[[int, int], None] | None = None,
    control: RunControl | None = None,
) -> SeedStudy:
    """Train our network (``hp`` with each seed) and MLPClassifier (``setup`` as in the
    comparison panel, ``random_state`` = the seed) once per seed.

    ``progress(done, total)`` is called after each of the 2 x len(seeds) trainings;
    ``control`` can pause the work or stop it, which raises Cancelled.
    """
    ours, theirs = [], []
    total = 2 * len(seeds)
    cancelled = None if control is None else (lambda: control.stop_requested)
    for seed in seeds:
        trainer = Trainer(
            replace(hp, seed=seed), data.x_train, data.y_train, data.x_val, data.y_val
        )
        ours.append(run_to_end(trainer, control)[-1].val_acc)
        if progress is not None:
            progress(len(ours) + len(theirs), total)
        result = run_sklearn(
            data.x_train,
            data.y_train,
            data.x_val,
            data.y_val,
            hp,
            setup,
            momentum,
            seed=seed,
            cancelled=cancelled,
        )
        theirs.append(result.val_score)
        if progress is not None:
            progress(len(ours) + len(theirs), total)
    return SeedStudy(tuple(seeds), tuple(ours), tuple(theirs))
