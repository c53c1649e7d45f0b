"""'Why do the scores differ?' and the study over seeds: each difference switched on alone,
ending at a real MLPClassifier; cancellable, with progress."""

import threading

import pytest

from engine.control import Cancelled, RunControl
from engine.datasets import breast_cancer, synthetic
from engine.differences import MLP_KEY, STEPS, explain_difference
from engine.hyperparameters import Hyperparameters
from engine.reference import run_sklearn
from engine.seeds import BOOK_OURS, BOOK_SKLEARN, Spread, over_seeds
from engine.training import Trainer, run_to_end


def test_the_book_run_turns_into_mlpclassifier_one_difference_at_a_time():
    data = breast_cancer()
    calls = []
    table = explain_difference(data, Hyperparameters(), progress=lambda *a: calls.append(a))
    assert [row.key for row in table.rows] == [key for key, _, _ in STEPS] + [MLP_KEY]
    assert calls == [(i, 7) for i in range(1, 8)]
    book, *_, everything, mlp = table.rows
    # The first row is the book's run: its printed score and training loss.
    assert (book.epochs, book.val_acc, book.loss) == (500, BOOK_OURS, "book")
    assert book.train_loss == pytest.approx(0.03212173339795374, abs=1e-9)
    # The last variant is MLPClassifier, which stops early on its own.
    assert table.matches and mlp.stopped_early and everything.stopped_early
    assert everything.epochs == mlp.epochs < 500
    assert everything.train_loss == pytest.approx(mlp.train_loss, abs=1e-12)
    assert [row.loss for row in table.rows] == ["book"] * 4 + ["sklearn"] * 3
    # The loss row changes what is reported, not the training.
    momentum, loss = table.rows[3], table.rows[4]
    assert (momentum.epochs, momentum.val_acc) == (loss.epochs, loss.val_acc)
    assert loss.train_loss > momentum.train_loss  # the penalty counted 12 times per epoch
    assert table.rows[3].label == "+ SGD with Nesterov momentum 0.9"
    assert not table.l1_dropped and table.seed == 42


def test_l1_is_left_out_and_said_so():
    data = synthetic("xor", n_samples=80, seed=2)
    hp = Hyperparameters(units=4, l1=0.01, epochs=30, learning_rate=0.5)
    table = explain_difference(data, hp, seed=3, momentum=0.5)
    assert table.l1_dropped and table.seed == 3 and table.matches
    result = run_sklearn(data.x_train, data.y_train, data.x_val, data.y_val, hp, "same", 0.5, 3)
    assert table.rows[-1].val_acc == result.val_score


def test_a_stop_cancels_the_table():
    control = RunControl()
    data = breast_cancer()

    def stop_after_the_first_row(done, total):
        if done == 1:
            control.request_stop()

    with pytest.raises(Cancelled):
        explain_difference(
            data, Hyperparameters(), progress=stop_after_the_first_row, control=control
        )


def test_a_stop_cancels_a_run_in_another_thread_within_a_batch():
    control = RunControl()
    data = breast_cancer()
    trainer = Trainer(Hyperparameters(batch_size=1, epochs=1000), data.x_train, data.y_train)
    outcome = []

    def work():
        try:
            run_to_end(trainer, control)
        except Cancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    control.request_stop()
    thread.join(timeout=30)
    assert outcome == ["cancelled"] and not trainer.done


def test_seeds_study_trains_both_networks_per_seed():
    data = breast_cancer()
    hp = Hyperparameters(epochs=100)
    calls = []
    study = over_seeds(data, hp, seeds=(3, 8), progress=lambda *a: calls.append(a))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert study.seeds == (3, 8)
    for seed, ours, theirs in zip(study.seeds, study.ours, study.sklearn, strict=True):
        trainer = Trainer(
            Hyperparameters(epochs=100, seed=seed),
            data.x_train,
            data.y_train,
            data.x_val,
            data.y_val,
        )
        assert ours == run_to_end(trainer)[-1].val_acc
        result = run_sklearn(data.x_train, data.y_train, data.x_val, data.y_val, hp, seed=seed)
        assert theirs == result.val_score


def test_spread_counts_the_seeds_that_reach_the_books_figure():
    spread = Spread.of([0.967032967032967, BOOK_SKLEARN, 0.978021978021978, 90 / 91, 1.0])
    assert (spread.minimum, spread.median, spread.maximum) == (0.967032967032967, 90 / 91, 1.0)
    assert (spread.reaching, spread.count) == (3, 5)
    assert BOOK_OURS == 89 / 91 and BOOK_SKLEARN == 90 / 91
