"""The knobs a student turns, checked once, up front, with messages that say what to do."""

from __future__ import annotations

import math
import numbers
from dataclasses import asdict, dataclass, replace
from typing import ClassVar

from engine.network import INITS

SHUFFLES = ("book", "sklearn")
LOSSES = ("book", "sklearn")

MAX_UNITS = 10_000
MAX_EPOCHS = 1_000_000
MAX_SEED = 2**32 - 1
MAX_LEARNING_RATE = 1e9


def _shown(value: object) -> str:
    """A value for a message: a number as the user wrote it (10, not np.int64(10)), anything
    else quoted, cut short because a pasted number may have hundreds of digits."""
    text = str(value) if isinstance(value, numbers.Number) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_int(name: str, value: object, low: int, high: int) -> int:
    """Accept whole numbers in [low, high]: ints, NumPy integers, and integral floats, as
    scikit-learn does; bools are not numbers here."""
    whole = isinstance(value, numbers.Integral) or (
        isinstance(value, numbers.Real) and math.isfinite(value) and value == int(value)
    )
    if isinstance(value, bool) or not whole:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {_shown(value)}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be from {low} to {high}, got {_shown(value)}")
    return int(value)


def check_float(name: str, value: object, low: float, high: float, low_open: bool) -> float:
    """Accept finite numbers (NumPy's too) in (low, high] when ``low_open`` else [low, high].

    -0.0 comes back as 0.0: it passes ``>= 0``, but NumPy's samplers test the sign bit and
    would refuse it later with "scale < 0"."""
    interval = f"{'(' if low_open else '['}{low:g}, {high:g}]"
    # ``value != value`` is the NaN test that also takes an int too large for a float.
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value != value:
        raise ValueError(f"{name} must be a number in {interval}, got {_shown(value)}")
    too_low = value <= low if low_open else value < low
    if too_low or value > high:
        raise ValueError(f"{name} must be in {interval}, got {_shown(value)}")
    return float(value) + 0.0


def check_choice(name: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


@dataclass(frozen=True)
class Hyperparameters:
    """Everything that defines a run. Defaults are the book's run of section 6-3.

    ``batch_size=None`` means full batch (one update per epoch, the book's DualLayer and
    RandomInitNetwork); a batch size of at least the number of training rows means the same.

    The last seven fields are the recipe: how scikit-learn's MLPClassifier differs from the
    book, one piece at a time (``RECIPES`` holds both complete recipes):
    ``init`` "sklearn" is its Glorot-uniform start; ``shuffle`` "sklearn" its batch order (a
    cumulative reshuffle drawn from its generator, continued after its initialisation);
    ``momentum`` and ``nesterov`` its SGD with momentum (``nesterov`` matters only when
    momentum > 0, and is on by default as in scikit-learn); ``n_iter_no_change`` and ``tol``
    its stopping rule (stop once the training loss has not fallen below its best minus
    ``tol`` for more than ``n_iter_no_change`` epochs; None never stops early); ``loss``
    "sklearn" reports the training loss as its ``loss_curve_`` does (the penalty added per
    mini-batch with the weights before that batch's step, the log clipped at the machine
    epsilon) instead of the book's (the penalty once per epoch). The loss is a field of its
    own because it is not part of the training: it changes only what is reported and what
    the stopping rule watches.
    """

    units: int = 10
    batch_size: int | None = 32
    learning_rate: float = 0.1
    l1: float = 0.0
    l2: float = 0.01
    epochs: int = 500
    seed: int = 42
    init: str = "random"
    shuffle: str = "book"
    momentum: float = 0.0
    nesterov: bool = True
    n_iter_no_change: int | None = None
    tol: float = 1e-4
    loss: str = "book"

    # The fields experiment files written before the recipe existed lack: they read back with
    # the book's values.
    OPTIONAL: ClassVar[tuple[str, ...]] = (
        "shuffle",
        "momentum",
        "nesterov",
        "n_iter_no_change",
        "tol",
        "loss",
    )

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "units", check_int("units", self.units, 1, MAX_UNITS))
        if self.batch_size is not None:
            set_(self, "batch_size", check_int("batch_size", self.batch_size, 1, 10**9))
        set_(
            self,
            "learning_rate",
            check_float("learning_rate", self.learning_rate, 0.0, MAX_LEARNING_RATE, True),
        )
        set_(self, "l1", check_float("l1", self.l1, 0.0, 1e6, False))
        set_(self, "l2", check_float("l2", self.l2, 0.0, 1e6, False))
        set_(self, "epochs", check_int("epochs", self.epochs, 1, MAX_EPOCHS))
        set_(self, "seed", check_int("seed", self.seed, 0, MAX_SEED))
        check_choice("init", self.init, INITS)
        check_choice("shuffle", self.shuffle, SHUFFLES)
        check_choice("loss", self.loss, LOSSES)
        set_(self, "momentum", check_momentum(self.momentum))
        if not isinstance(self.nesterov, bool):
            raise ValueError(f"nesterov must be true or false, got {self.nesterov!r}")
        if self.n_iter_no_change is not None:
            set_(
                self,
                "n_iter_no_change",
                check_int("n_iter_no_change", self.n_iter_no_change, 1, MAX_EPOCHS),
            )
        set_(self, "tol", check_float("tol", self.tol, 0.0, 1e6, False))

    def effective_batch_size(self, n_train: int) -> int:
        return n_train if self.batch_size is None else min(self.batch_size, n_train)

    def updates_per_epoch(self, n_train: int) -> int:
        return -(-n_train // self.effective_batch_size(n_train))

    def batch_label(self) -> str:
        return "full" if self.batch_size is None else str(self.batch_size)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def recipe(self) -> str | None:
        """ "book" or "sklearn" when the recipe fields are all one recipe's, else None (mixed).
        A field that has no effect (``nesterov`` at momentum 0, ``tol`` without a stopping
        rule) does not count, and the all-ones start is the book's too (its DualLayer)."""
        for name, recipe in RECIPES.items():
            ignored = {"init"} if name == "book" and self.init == "ones" else set()
            if self.momentum == 0 == recipe["momentum"]:
                ignored.add("nesterov")
            if self.n_iter_no_change is None is recipe["n_iter_no_change"]:
                ignored.add("tol")
            if all(getattr(self, f) == recipe[f] for f in RECIPE_FIELDS if f not in ignored):
                return name
        return None

    def with_recipe(self, name: str) -> Hyperparameters:
        """The same run with every recipe field set to the book's or scikit-learn's."""
        return replace(self, **RECIPES[check_choice("recipe", name, tuple(RECIPES))])

    def recipe_summary(self) -> str:
        """The recipe in a few words, for a summary line: its name, or the pieces that differ
        from the book's."""
        name = self.recipe()
        if name == "book":
            return "the book's"
        if name == "sklearn":
            return "scikit-learn's: Glorot init, its shuffling, Nesterov momentum 0.9, its stop"
        parts = [f"{self.init} init"]
        if self.shuffle != "book":
            parts.append(f"{self.shuffle} shuffling")
        if self.momentum:
            parts.append(f"{'Nesterov ' if self.nesterov else ''}momentum {self.momentum:g}")
        if self.n_iter_no_change is not None:
            parts.append(f"stop after {self.n_iter_no_change} epochs without {self.tol:g} gain")
        if self.loss != "book":
            parts.append(f"{self.loss} loss")
        return "mixed: " + ", ".join(parts)


def check_momentum(value: object) -> float:
    """Momentum in [0, 1): at 1 past steps never fade away."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ValueError(f"momentum must be in [0, 1), got {value!r}")
    return float(value)


RECIPE_FIELDS = ("init", *Hyperparameters.OPTIONAL)
_BOOK = Hyperparameters()
RECIPES: dict[str, dict[str, object]] = {
    "book": {name: getattr(_BOOK, name) for name in RECIPE_FIELDS},
    "sklearn": {
        "init": "sklearn",
        "shuffle": "sklearn",
        "momentum": 0.9,
        "nesterov": True,
        "n_iter_no_change": 10,
        "tol": 1e-4,
        "loss": "sklearn",
    },
}


MAX_SWEEP = 12  # a sweep is a comparison to look at, not a grid search
MAX_BATCH = 100_000


class BatchSizesError(ValueError):
    """A bad list of batch sizes; ``kind`` ("entry", "empty", "too_many") and ``entry`` let a
    window say the same thing in its own language."""

    def __init__(self, kind: str, message: str, entry: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.entry = entry


def parse_batch_sizes(text: str) -> list[int | None]:
    """ "1, 8, 32, full" -> [1, 8, 32, None]: the batch sizes of a sweep, in order, without
    duplicates. Commas, semicolons or spaces separate; 'full' (or '전체') is all rows."""
    sizes: list[int | None] = []
    for entry in text.replace(";", ",").replace(" ", ",").split(","):
        entry = entry.strip().lower()
        if not entry:
            continue
        if entry in ("full", "전체"):
            size = None
        else:
            try:
                size = check_int("batch size", float(entry), 1, MAX_BATCH)
            except ValueError as exc:
                raise BatchSizesError(
                    "entry",
                    f"'{entry}' is not a batch size: use whole numbers from 1 to {MAX_BATCH}, "
                    "or 'full', separated by commas",
                    entry,
                ) from exc
        if size not in sizes:
            sizes.append(size)
    if not sizes:
        raise BatchSizesError("empty", "give at least one batch size, e.g. 1, 32, full")
    if len(sizes) > MAX_SWEEP:
        raise BatchSizesError("too_many", f"at most {MAX_SWEEP} batch sizes in one sweep")
    return sizes
