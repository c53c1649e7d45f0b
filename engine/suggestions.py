"""Settings to try on the synthetic datasets, offered with one click and never applied silently.

The book's settings are tuned for its breast-cancer data. On two moons they draw an almost
straight boundary (validation 0.85, what a logistic regression scores): with L2 0.01 and
learning rate 0.1 the hidden units barely leave their linear range in 500 epochs. Larger
steps and a smaller penalty let the boundary bend (no penalty at all bends it as much but
overfits more often on noisier moons). Circles and XOR need a bend to score at all, and
the book's settings already find one; longer training at a middle step tightens it. Two blobs
are separated by a straight line, which is the right answer there: their settings only get
there faster. tests/test_suggestions.py checks each against a logistic regression.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.hyperparameters import Hyperparameters


@dataclass(frozen=True)
class Suggestion:
    """Training settings for one dataset and why. ``apply`` keeps the run's seed and sets the
    book's recipe (momentum would multiply these steps tenfold)."""

    kind: str
    learning_rate: float
    l2: float
    epochs: int
    reason: str
    units: int = 10
    batch_size: int | None = 32
    l1: float = 0.0

    def apply(self, hp: Hyperparameters) -> Hyperparameters:
        return replace(
            hp.with_recipe("book"),
            units=self.units,
            batch_size=self.batch_size,
            learning_rate=self.learning_rate,
            l1=self.l1,
            l2=self.l2,
            epochs=self.epochs,
        )

    def differs_from(self, hp: Hyperparameters) -> bool:
        """False when ``hp`` already is these settings: no need to offer them."""
        return self.apply(hp) != hp


SUGGESTIONS: dict[str, Suggestion] = {
    "moons": Suggestion(
        "moons",
        learning_rate=1.0,
        l2=0.001,
        epochs=500,
        reason="With the book's L2 0.01 and learning rate 0.1 the boundary stays almost "
        "straight. Learning rate 1 and a ten times smaller penalty let it bend around the "
        "moons.",
    ),
    "circles": Suggestion(
        "circles",
        learning_rate=0.5,
        l2=0.0,
        epochs=1000,
        reason="No straight line separates two circles: the boundary must close around the "
        "inner one. No penalty and longer training make it rounder.",
    ),
    "xor": Suggestion(
        "xor",
        learning_rate=0.5,
        l2=0.0,
        epochs=1000,
        reason="XOR's classes sit in opposite corners: no straight line separates them, which "
        "is why the book adds a hidden layer. No penalty and longer training sharpen the "
        "boundary's corners.",
    ),
    "blobs": Suggestion(
        "blobs",
        learning_rate=1.0,
        l2=0.0,
        epochs=300,
        reason="A straight line separates two blobs, so the boundary should stay straight: "
        "these settings only reach it in fewer epochs.",
    ),
}


def suggestion_for(kind: str) -> Suggestion | None:
    """The settings to offer for a dataset, or None (the book's data needs none)."""
    return SUGGESTIONS.get(kind)
