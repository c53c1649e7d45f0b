"""The suggested settings really bend the boundary where a bend is needed."""

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from engine.datasets import SYNTHETIC_KINDS, synthetic
from engine.hyperparameters import Hyperparameters
from engine.suggestions import suggestion_for
from engine.training import Trainer, run_to_end


def validation_accuracy(data, hp: Hyperparameters) -> float:
    return run_to_end(Trainer(hp, data.x_train, data.y_train, data.x_val, data.y_val))[-1].val_acc


def linear_accuracy(data) -> float:
    return LogisticRegression().fit(data.x_train, data.y_train).score(data.x_val, data.y_val)


# (kind, least mean validation accuracy, least mean gain over a straight line): over four
# datasets (seeds 0-3, noise 0.2), so that no single lucky split decides.
CASES = [("moons", 0.92, 0.07), ("circles", 0.85, 0.3), ("xor", 0.8, 0.3), ("blobs", 0.98, -0.01)]


@pytest.mark.parametrize(("kind", "least", "gain"), CASES)
def test_suggested_settings_reach_a_good_validation_accuracy(kind, least, gain):
    hp = suggestion_for(kind).apply(Hyperparameters())
    accuracies, gains = [], []
    for seed in range(4):
        data = synthetic(kind, seed=seed)
        accuracies.append(validation_accuracy(data, hp))
        gains.append(accuracies[-1] - linear_accuracy(data))
    assert np.mean(accuracies) >= least
    assert np.mean(gains) >= gain


def test_the_books_settings_leave_the_moons_boundary_almost_straight():
    """Why moons gets a suggestion: the book's settings score what a straight line scores."""
    data = synthetic("moons")
    book = validation_accuracy(data, Hyperparameters())
    assert abs(book - linear_accuracy(data)) < 0.03
    assert validation_accuracy(data, suggestion_for("moons").apply(Hyperparameters())) > book + 0.1


def test_every_synthetic_set_has_one_and_applying_keeps_the_seed_and_sets_the_books_recipe():
    assert suggestion_for("breast_cancer") is None
    mine = Hyperparameters(seed=7, init="ones", batch_size=1, l1=0.1).with_recipe("sklearn")
    for kind in SYNTHETIC_KINDS:
        suggestion = suggestion_for(kind)
        assert suggestion.reason
        applied = suggestion.apply(mine)
        assert applied.seed == 7 and applied.recipe() == "book" and applied.init == "random"
        assert (applied.learning_rate, applied.l2, applied.epochs) == (
            suggestion.learning_rate,
            suggestion.l2,
            suggestion.epochs,
        )
        assert suggestion.differs_from(mine) and not suggestion.differs_from(applied)
