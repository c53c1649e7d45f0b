"""The recipe fields of Hyperparameters: checked up front, named, and absent from old files."""

import json
from dataclasses import replace

import pytest

from engine.datasets import breast_cancer
from engine.experiment import DataSpec, Run, experiment_json, parse_experiment
from engine.hyperparameters import RECIPES, Hyperparameters
from engine.model import MinibatchNetwork


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"init": "glorot"}, ["init", "glorot", "random", "ones", "sklearn"]),
        ({"shuffle": "numpy"}, ["shuffle", "numpy", "book", "sklearn"]),
        ({"loss": "mse"}, ["loss", "mse", "book", "sklearn"]),
        ({"momentum": 1.0}, ["momentum", "[0, 1)", "1.0"]),
        ({"momentum": -0.1}, ["momentum", "-0.1"]),
        ({"momentum": float("nan")}, ["momentum", "nan"]),
        ({"nesterov": 1}, ["nesterov", "true or false", "1"]),
        ({"n_iter_no_change": 0}, ["n_iter_no_change", "0", "1"]),
        ({"n_iter_no_change": 2.5}, ["n_iter_no_change", "2.5"]),
        ({"tol": -1e-4}, ["tol", "-0.0001"]),
    ],
)
def test_bad_recipe_values_name_the_field_and_the_allowed_values(kwargs, words):
    with pytest.raises(ValueError) as excinfo:
        Hyperparameters(**kwargs)
    for word in words:
        assert word in str(excinfo.value)


def test_defaults_are_the_books_recipe_and_the_names_round_trip():
    book = Hyperparameters()
    assert book.recipe() == "book" and book.recipe_summary() == "the book's"
    assert replace(book, init="ones").recipe() == "book"  # the book's DualLayer start
    assert replace(book, nesterov=False, tol=0.5).recipe() == "book"  # no effect: not counted
    sklearn = book.with_recipe("sklearn")
    assert sklearn.recipe() == "sklearn"
    assert {name: getattr(sklearn, name) for name in RECIPES["sklearn"]} == RECIPES["sklearn"]
    assert (sklearn.units, sklearn.l2, sklearn.seed) == (book.units, book.l2, book.seed)
    assert sklearn.with_recipe("book") == book
    mixed = replace(book, momentum=0.9)
    assert mixed.recipe() is None
    assert mixed.recipe_summary() == "mixed: random init, Nesterov momentum 0.9"
    with pytest.raises(ValueError, match="recipe must be one of book, sklearn"):
        book.with_recipe("keras")


def test_experiment_files_from_before_the_recipe_still_load():
    data = breast_cancer()
    hp = Hyperparameters(epochs=2)
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, 2)
    run = Run("old", DataSpec("breast_cancer"), hp, net.records, "done")
    document = json.loads(experiment_json([run]))
    for name in Hyperparameters.OPTIONAL:
        del document["runs"][0]["hyperparameters"][name]
    (loaded,) = parse_experiment(json.dumps(document))
    assert loaded.hp == hp
    # A file that names them keeps them.
    recipe = replace(hp, momentum=0.5, n_iter_no_change=3, loss="sklearn")
    (again,) = parse_experiment(experiment_json([replace(run, hp=recipe)]))
    assert again.hp == recipe
