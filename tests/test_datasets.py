"""Tests for engine.datasets: the book's split and the synthetic sets (CSVs: test_csv_import)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, make_moons
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from engine import datasets
from engine.datasets import (
    DATASET_NAMES,
    SYNTHETIC_KINDS,
    DatasetError,
    breast_cancer,
    load,
    synthetic,
)


def assert_standardised_on_train(dataset: datasets.Dataset) -> None:
    np.testing.assert_allclose(dataset.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(dataset.x_train.std(axis=0), 1.0, atol=1e-12)


def assert_well_formed(dataset: datasets.Dataset) -> None:
    for x, y in ((dataset.x_train, dataset.y_train), (dataset.x_val, dataset.y_val)):
        assert x.dtype == np.float64
        assert x.flags.c_contiguous
        assert y.dtype == np.int64
        assert x.shape == (len(y), dataset.n_features)
        assert set(np.unique(y)) == {0, 1}
    assert len(dataset.feature_names) == dataset.n_features


# --------------------------------------------------------------------------- breast cancer


def test_breast_cancer_is_the_books_split() -> None:
    data = breast_cancer()
    assert (data.n_train, data.n_val, data.n_features) == (364, 91, 30)
    assert data.class_names == ("malignant", "benign")
    assert data.feature_names[0] == "mean radius"
    assert "364 train / 91 validation" in data.description
    assert_well_formed(data)
    # Stratified: 212 of 569 rows are malignant (37.3 %), and so are the same share of each part.
    assert np.bincount(data.y_train).tolist() == [136, 228]
    assert np.bincount(data.y_val).tolist() == [34, 57]


def test_breast_cancer_matches_an_independent_replay_of_the_book() -> None:
    cancer = load_breast_cancer()
    x_all, _, y_all, _ = train_test_split(
        cancer.data, cancer.target, stratify=cancer.target, test_size=0.2, random_state=42
    )
    x_train, x_val, y_train, y_val = train_test_split(
        x_all, y_all, stratify=y_all, test_size=0.2, random_state=42
    )
    scaler = StandardScaler().fit(x_train)
    data = breast_cancer()
    np.testing.assert_array_equal(data.x_train, scaler.transform(x_train))
    np.testing.assert_array_equal(data.x_val, scaler.transform(x_val))
    np.testing.assert_array_equal(data.y_train, y_train)
    np.testing.assert_array_equal(data.y_val, y_val)


def test_breast_cancer_scaler_is_fitted_on_training_rows_only() -> None:
    data = breast_cancer()
    assert_standardised_on_train(data)
    # A scaler fitted on all rows (or on validation) would centre the validation rows too.
    assert np.abs(data.x_val.mean(axis=0)).max() > 0.05


def test_breast_cancer_is_deterministic_and_callers_cannot_corrupt_it() -> None:
    first = breast_cancer()
    original = first.x_train.copy()
    first.x_train[:] = 0.0
    first.y_val[:] = 0
    second = breast_cancer()
    np.testing.assert_array_equal(second.x_train, original)
    assert set(np.unique(second.y_val)) == {0, 1}
    assert second.x_train is not first.x_train


# --------------------------------------------------------------------------- synthetic sets


@pytest.mark.parametrize("kind", SYNTHETIC_KINDS)
def test_synthetic_shapes_classes_and_scaling(kind: str) -> None:
    data = synthetic(kind, n_samples=200, val_ratio=0.25, seed=3)
    assert_well_formed(data)
    assert (data.n_train, data.n_val, data.n_features) == (150, 50, 2)
    assert data.name == kind
    assert data.feature_names == ("x1", "x2")
    assert data.class_names == ("0", "1")
    assert_standardised_on_train(data)
    # Stratified: the two classes are (nearly) balanced in both parts.
    assert abs(np.bincount(data.y_val)[0] - np.bincount(data.y_val)[1]) <= 4


@pytest.mark.parametrize("kind", SYNTHETIC_KINDS)
def test_synthetic_seed_decides_the_data(kind: str) -> None:
    first, again, other = synthetic(kind, seed=1), synthetic(kind, seed=1), synthetic(kind, seed=2)
    np.testing.assert_array_equal(first.x_train, again.x_train)
    np.testing.assert_array_equal(first.y_val, again.y_val)
    assert not np.array_equal(first.x_train, other.x_train)


def test_moons_are_scikit_learns_moons_split_and_scaled() -> None:
    x, y = make_moons(120, noise=0.3, random_state=5)
    x_train, x_val, _, y_val = train_test_split(x, y, test_size=0.25, stratify=y, random_state=5)
    scaler = StandardScaler().fit(x_train)
    data = synthetic("moons", n_samples=120, noise=0.3, seed=5)
    np.testing.assert_allclose(data.x_val, scaler.transform(x_val))
    np.testing.assert_array_equal(data.y_val, y_val)


def test_xor_labels_follow_the_quadrants() -> None:
    data = synthetic("xor", n_samples=400, noise=0.0)
    same_sign = data.x_train[:, 0] * data.x_train[:, 1] > 0
    # Only points the small centring shift moves across an axis may disagree.
    assert (same_sign == data.y_train).mean() > 0.95


def test_noise_widens_the_blobs() -> None:
    def separated_by_diagonal(noise: float) -> float:
        data = synthetic("blobs", n_samples=400, noise=noise)
        return ((data.x_train.sum(axis=1) > 0) == data.y_train).mean()

    assert separated_by_diagonal(0.0) == 1.0
    assert separated_by_diagonal(1.5) < 0.9


@pytest.mark.parametrize(
    ("kwargs", "name", "shown"),
    [
        ({"n_samples": 19}, "n_samples", "19"),
        ({"n_samples": 100_001}, "n_samples", "100001"),
        ({"noise": -0.1}, "noise", "-0.1"),
        ({"noise": 2.5}, "noise", "2.5"),
        ({"noise": float("nan")}, "noise", "nan"),
        ({"val_ratio": 0.01}, "val_ratio", "0.01"),
        ({"val_ratio": 0.6}, "val_ratio", "0.6"),
    ],
)
def test_synthetic_rejects_out_of_range_arguments(kwargs: dict, name: str, shown: str) -> None:
    with pytest.raises(ValueError, match=name) as caught:
        synthetic("moons", **kwargs)
    assert shown in str(caught.value)
    assert "between" in str(caught.value)


def test_synthetic_rejects_unknown_kind_and_lists_the_kinds() -> None:
    with pytest.raises(ValueError, match="spiral") as caught:
        synthetic("spiral")
    assert all(kind in str(caught.value) for kind in SYNTHETIC_KINDS)


def test_synthetic_rejects_fractional_sample_counts() -> None:
    with pytest.raises(TypeError, match="n_samples"):
        synthetic("moons", n_samples=300.5)


def test_synthetic_reports_a_split_too_small_for_both_classes() -> None:
    # 20 points at 5 % leave one validation row: it cannot hold both classes.
    with pytest.raises(DatasetError, match="19 train / 1 validation") as caught:
        synthetic("moons", n_samples=20, val_ratio=0.05)
    assert caught.value.kind == "split_impossible"
    assert (caught.value.details["train"], caught.value.details["validation"]) == (19, 1)


# --------------------------------------------------------------------------- load


def test_load_dispatches_by_name() -> None:
    assert ("breast_cancer", *SYNTHETIC_KINDS) == DATASET_NAMES
    assert load("breast_cancer").n_train == 364
    moons = load("moons", seed=4, n_samples=100)
    np.testing.assert_array_equal(moons.x_val, synthetic("moons", seed=4, n_samples=100).x_val)


def test_load_rejects_unknown_names_and_options_for_the_fixed_split() -> None:
    with pytest.raises(ValueError, match="iris") as caught:
        load("iris")
    assert all(name in str(caught.value) for name in DATASET_NAMES)
    with pytest.raises(ValueError, match="seed"):
        load("breast_cancer", seed=1)


def test_the_shipped_book_split_is_scikit_learns_to_the_bit():
    """book_split.npz lets the window open without importing scikit-learn; it must be exactly
    what the book's code computes (if not: python -c "from engine.datasets import
    save_book_split; save_book_split()")."""
    from engine.datasets import BOOK_SPLIT_FILE, book_split_from_sklearn

    computed = book_split_from_sklearn()
    with np.load(BOOK_SPLIT_FILE) as shipped:
        assert sorted(shipped.files) == sorted(computed)
        for key, array in computed.items():
            assert shipped[key].dtype == array.dtype, key
            assert np.array_equal(shipped[key], array), key


@pytest.mark.parametrize("seed", [0, 1, 42, 2**31 - 1])
@pytest.mark.parametrize(
    ("counts", "val_ratio"),
    [
        ((212, 357), 0.2),
        ((5, 5), 0.5),
        ((2, 97), 0.05),
        ((333, 334), 0.25),
        ((7, 3, 11), 0.3),
        ((3, 3, 3), 0.5),
    ],
)
def test_stratified_split_draws_exactly_what_train_test_split_draws(seed, counts, val_ratio):
    """Our array version of scikit-learn's StratifiedShuffleSplit: same rows, same order."""
    rng = np.random.RandomState(seed)
    y = rng.permutation(np.repeat(np.arange(len(counts)), counts))
    rows = np.arange(len(y))
    train, val = train_test_split(rows, test_size=val_ratio, stratify=y, random_state=seed)
    n_val = len(val)
    ours = datasets.stratified_split(y, len(y) - n_val, n_val, seed)
    np.testing.assert_array_equal(ours[0], train)
    np.testing.assert_array_equal(ours[1], val)
