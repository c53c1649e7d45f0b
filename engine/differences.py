"""Why does MLPClassifier score differently? Start from the book's recipe and switch on
scikit-learn's differences one at a time, training each variant, until the last one is
MLPClassifier itself - checked against a real MLPClassifier trained beside it.

The book compares its network (0.978) with MLPClassifier (0.989) as if they were the same
algorithm. They differ in four places: the start (Glorot uniform, biases included), the batch
order (its cumulative reshuffle), the optimiser (SGD with Nesterov momentum 0.9) and the end
(stop after 10 epochs without a 1e-4 gain in the training loss). One more row changes no
training at all, only the number reported: scikit-learn's training loss counts the L2
penalty once per mini-batch, the book's once per epoch. It comes just before the stopping
rule, which watches that loss, so each row changes one thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from engine.control import RunControl
from engine.datasets import Dataset
from engine.hyperparameters import RECIPES, Hyperparameters
from engine.reference import run_sklearn
from engine.training import Trainer, run_to_end

# (key, label, the fields the step changes). A window words the labels by key.
_SKLEARN = RECIPES["sklearn"]
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("book", "The book's recipe", ()),
    ("init", "+ its initialisation (Glorot uniform, biases too)", ("init",)),
    ("shuffle", "+ its shuffling (a cumulative reshuffle)", ("shuffle",)),
    ("momentum", "+ SGD with Nesterov momentum {momentum:g}", ("momentum", "nesterov")),
    ("loss", "+ its training loss (L2 counted per mini-batch)", ("loss",)),
    (
        "stopping",
        f"+ its stopping rule ({_SKLEARN['n_iter_no_change']} epochs without a "
        f"{_SKLEARN['tol']:g} gain)",
        ("n_iter_no_change", "tol"),
    ),
)
MLP_KEY = "mlpclassifier"
MLP_LABEL = "MLPClassifier itself"


@dataclass(frozen=True)
class Variant:
    """One row: what ran, for how many epochs, and how it ended. ``loss`` names the
    definition ``train_loss`` follows ("book" or "sklearn", see Hyperparameters)."""

    key: str
    label: str
    epochs: int
    train_loss: float
    loss: str
    val_acc: float
    stopped_early: bool


@dataclass(frozen=True)
class DifferenceTable:
    """The rows in order, the last one MLPClassifier's own. ``matches`` says the row before
    it (every difference on) ended exactly where MLPClassifier did: same epochs, same
    validation accuracy, training losses within 1e-9. ``l1_dropped``: the run's L1 was set
    to 0 for every row, since MLPClassifier has no L1 penalty."""

    rows: tuple[Variant, ...]
    seed: int
    momentum: float
    l1_dropped: bool

    @property
    def matches(self) -> bool:
        ours, theirs = self.rows[-2], self.rows[-1]
        return (
            ours.epochs == theirs.epochs
            and ours.val_acc == theirs.val_acc
            and abs(ours.train_loss - theirs.train_loss) <= 1e-9
        )


def explain_difference(
    data: Dataset,
    hp: Hyperparameters,
    seed: int | None = None,
    momentum: float = 0.9,
    progress: Callable[[int, int], None] | None = None,
    control: RunControl | None = None,
) -> DifferenceTable:
    """Train the variants of ``hp`` (its network, batch size, learning rate, L2 and epochs
    as the maximum; every row with ``seed``, by default the run's) and MLPClassifier.

    ``progress(done, total)`` is called after each row; ``control`` can pause the work or
    stop it, which raises Cancelled.
    """
    seed = hp.seed if seed is None else seed
    l1_dropped = hp.l1 > 0
    variant = replace(hp.with_recipe("book"), seed=seed, l1=0.0)
    sklearn_fields = {**_SKLEARN, "momentum": momentum}
    total = len(STEPS) + 1
    rows = []
    for done, (key, label, changed) in enumerate(STEPS, 1):
        variant = replace(variant, **{name: sklearn_fields[name] for name in changed})
        trainer = Trainer(variant, data.x_train, data.y_train, data.x_val, data.y_val)
        last = run_to_end(trainer, control)[-1]
        rows.append(
            Variant(
                key=key,
                label=label.format(momentum=momentum),
                epochs=last.epoch,
                train_loss=last.train_loss,
                loss=variant.loss,
                val_acc=last.val_acc,
                stopped_early=trainer.stopped_early,
            )
        )
        if progress is not None:
            progress(done, total)
    cancelled = None if control is None else (lambda: control.stop_requested)
    result = run_sklearn(
        data.x_train, data.y_train, data.x_val, data.y_val, variant, "same", cancelled=cancelled
    )
    rows.append(
        Variant(
            key=MLP_KEY,
            label=MLP_LABEL,
            epochs=result.n_iter,
            train_loss=result.loss_curve[-1],
            loss="sklearn",
            val_acc=result.val_score,
            stopped_early=result.stopped_early,
        )
    )
    if progress is not None:
        progress(total, total)
    return DifferenceTable(tuple(rows), seed, momentum, l1_dropped)
