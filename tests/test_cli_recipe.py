"""The recipe options and --explain-difference on the command line."""

import warnings
from dataclasses import replace

import pytest
from sklearn.exceptions import ConvergenceWarning
from test_cli import run_main

import main
from engine import datasets
from engine.hyperparameters import Hyperparameters
from engine.reference import make_mlp


def test_recipe_sklearn_is_mlpclassifier_and_says_so(capsys):
    status, out, err = run_main(["--headless", "--recipe", "sklearn", "--seed", "1"], capsys)
    assert (status, err) == (0, "")
    assert "Recipe:    scikit-learn's" in out and "init sklearn, seed 1" in out
    data = datasets.breast_cancer()
    mlp = make_mlp(Hyperparameters(seed=1), "book")  # the book's call, random_state 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.fit(data.x_train, data.y_train)
    assert f"After {mlp.n_iter_} epochs (stopped early: 11 epochs in a row" in out
    assert f"training loss*       {mlp.loss_curve_[-1]:.6f}" in out
    assert "loss_curve_" in out


def test_each_piece_alone_over_a_recipe():
    args = main.parse_args(["--headless", "--recipe", "sklearn", "--momentum", "0.5"])
    hp = Hyperparameters(
        init=args.init,
        shuffle=args.shuffle,
        momentum=args.momentum,
        nesterov=args.nesterov,
        n_iter_no_change=args.n_iter_no_change,
        tol=args.tol,
        loss=args.loss,
    )
    assert hp == replace(Hyperparameters().with_recipe("sklearn"), momentum=0.5)
    args = main.parse_args(["--headless", "--recipe", "sklearn", "--n-iter-no-change", "none"])
    assert args.n_iter_no_change is None and args.init == "sklearn"
    args = main.parse_args(
        [
            "--headless",
            "--shuffle",
            "sklearn",
            "--no-nesterov",
            "--momentum",
            "0.9",
            "--n-iter-no-change",
            "3",
            "--tol",
            "0.01",
            "--loss",
            "sklearn",
            "--init",
            "ones",
        ]
    )
    assert (args.init, args.shuffle, args.momentum, args.nesterov) == (
        "ones",
        "sklearn",
        0.9,
        False,
    )
    assert (args.n_iter_no_change, args.tol, args.loss) == (3, 0.01, "sklearn")
    book = main.parse_args(["--headless"])
    assert {name: getattr(book, name) for name in Hyperparameters.OPTIONAL} == {
        name: getattr(Hyperparameters(), name) for name in Hyperparameters.OPTIONAL
    }
    assert book.init == "random"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--headless", "--recipe", "keras"], "argument --recipe: invalid choice"),
        (["--headless", "--momentum", "1"], "argument --momentum: momentum must be in [0, 1)"),
        (["--headless", "--n-iter-no-change", "0"], "n_iter_no_change must be from 1"),
        (["--headless", "--n-iter-no-change", "x"], "expected a whole number or 'none'"),
        (["--headless", "--tol", "-1"], "argument --tol: tol must be in [0,"),
        (["--headless", "--tol", "0.1"], "--tol is the stopping rule's"),
        (["--headless", "--nesterov"], "--nesterov and --no-nesterov need momentum"),
        (["--headless", "--init", "glorot"], "argument --init: invalid choice"),
        (["--explain-difference", "--out", "x.csv"], "--explain-difference prints a table"),
    ],
)
def test_bad_recipe_arguments_exit_2_with_a_message(argv, message, capsys):
    status, out, err = run_main(argv, capsys)
    assert status == 2 and out == ""
    assert message in err


def test_explain_difference_prints_the_table(capsys):
    status, out, err = run_main(
        [
            "--explain-difference",
            "--dataset",
            "xor",
            "--samples",
            "80",
            "--epochs",
            "40",
            "--learning-rate",
            "0.5",
            "--sklearn-seed",
            "3",
            "--l1",
            "0.001",
        ],
        capsys,
    )
    assert (status, err) == (0, "")  # no progress line: stderr is not a terminal
    lines = out.splitlines()
    assert lines[0].startswith("Data:      XOR (80 points")
    table = [
        line
        for line in lines
        if line.startswith("  The book's")
        or line.startswith("  +")
        or line.startswith("  MLPClassifier")
    ]
    assert len(table) == 7
    assert "seed 3 for every row" in out
    assert "Every row trained without L1" in out
    assert "ends where MLPClassifier(random_state=3) ends" in out
