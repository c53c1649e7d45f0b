"""Tests for engine.datasets: the book's split, synthetic sets, CSV import and its errors."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, make_moons
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from engine import datasets
from engine.datasets import (
    DATASET_NAMES,
    ERROR_KINDS,
    SYNTHETIC_KINDS,
    DatasetError,
    breast_cancer,
    csv_columns,
    load,
    load_csv,
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


# --------------------------------------------------------------------------- CSV import


def write(tmp_path, text: str, name: str = "data.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def rows(n: int, label=lambda i: i % 2, start: int = 0) -> str:
    """n data lines "a,b,label" with varied numbers, labels alternating by default."""
    return "".join(f"{start + i},{(i * 7) % 5 + 0.5},{label(i)}\n" for i in range(n))


def test_csv_with_header_defaults_to_the_last_column(tmp_path) -> None:
    path = write(tmp_path, "radius,texture,label\n" + rows(40))
    data = load_csv(path)
    assert_well_formed(data)
    assert data.name == "data.csv"
    assert data.feature_names == ("radius", "texture")
    assert data.class_names == ("0", "1")
    assert (data.n_train, data.n_val) == (32, 8)
    assert np.bincount(data.y_val).tolist() == [4, 4]  # stratified
    assert_standardised_on_train(data)
    assert data.description == (
        "data.csv (40 rows, 2 features): label 'label': '0' -> 0, '1' -> 1; 32 train / 8 validation"
    )
    assert csv_columns(path) == ("radius", "texture", "label")


def test_csv_without_header_names_columns_by_number(tmp_path) -> None:
    path = write(tmp_path, rows(30))
    assert csv_columns(path) == ("column 1", "column 2", "column 3")
    data = load_csv(path)
    assert data.n_train + data.n_val == 30  # the first line is data, not a header
    assert data.feature_names == ("column 1", "column 2")


@pytest.mark.parametrize("choice", ["column 1", "1"])
def test_csv_label_chosen_by_generated_name_or_number(tmp_path, choice: str) -> None:
    path = write(tmp_path, "".join(f"{i % 2},{i},{i * i}\n" for i in range(30)))
    data = load_csv(path, label_column=choice)
    assert data.feature_names == ("column 2", "column 3")
    assert np.bincount(np.concatenate([data.y_train, data.y_val])).tolist() == [15, 15]
    assert "label 'column 1'" in data.description


def test_csv_label_chosen_by_header_name(tmp_path) -> None:
    text = "a,kind,b\n" + "".join(f"{i},{'yes' if i % 3 else 'no'},{i % 4}\n" for i in range(30))
    data = load_csv(write(tmp_path, text), label_column="kind")
    assert data.feature_names == ("a", "b")
    assert data.class_names == ("no", "yes")
    assert np.bincount(np.concatenate([data.y_train, data.y_val])).tolist() == [10, 20]


def test_csv_text_labels_map_in_sorted_order_and_are_reported(tmp_path) -> None:
    text = "x,y,diagnosis\n" + rows(40, label=lambda i: "M" if i % 4 == 0 else "B")
    data = load_csv(write(tmp_path, text, name="cancer.csv"), val_ratio=0.25)
    assert data.class_names == ("B", "M")
    assert np.bincount(np.concatenate([data.y_train, data.y_val])).tolist() == [30, 10]
    assert "label 'diagnosis': 'B' -> 0, 'M' -> 1; 30 train / 10 validation" in data.description


def test_csv_numeric_labels_sort_as_numbers(tmp_path) -> None:
    data = load_csv(write(tmp_path, rows(20, label=lambda i: 10 if i % 2 else 9)))
    assert data.class_names == ("9", "10")  # as strings "10" would sort first


@pytest.mark.parametrize(("delimiter", "name"), [(";", "semicolon"), ("\t", "tab")])
def test_csv_semicolon_and_tab_separators(tmp_path, delimiter: str, name: str) -> None:
    text = ("a,b,label\n" + rows(20)).replace(",", delimiter)
    path = write(tmp_path, text, name=f"{name}.csv")
    assert csv_columns(path) == ("a", "b", "label")
    assert load_csv(path).n_features == 2


def test_csv_byte_order_mark_crlf_and_blank_lines(tmp_path) -> None:
    text = "a,b,label\r\n\r\n" + rows(20).replace("\n", "\r\n") + "\r\n,,\r\n"
    path = write(tmp_path, text, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert csv_columns(path) == ("a", "b", "label")
    assert load_csv(path).n_train + load_csv(path).n_val == 20


def test_csv_constant_feature_scales_to_zero_not_nan(tmp_path) -> None:
    text = "a,const,label\n" + "".join(f"{i},5,{i % 2}\n" for i in range(20))
    data = load_csv(write(tmp_path, text))
    assert np.isfinite(data.x_train).all() and np.isfinite(data.x_val).all()
    np.testing.assert_array_equal(data.x_train[:, 1], 0.0)


def test_csv_split_follows_the_seed(tmp_path) -> None:
    path = write(tmp_path, "a,b,label\n" + rows(40))
    first, again, other = load_csv(path, seed=1), load_csv(path, seed=1), load_csv(path, seed=2)
    np.testing.assert_array_equal(first.x_train, again.x_train)
    assert not np.array_equal(first.x_train, other.x_train)


# CSV errors: each message must say what, where and (checked loosely) what to do.


def load_error(path, kind: str | None = None, **kwargs) -> str:
    """The message of loading `path`; with `kind`, the error must be of that kind too."""
    with pytest.raises(DatasetError) as caught:
        load_csv(path, **kwargs)
    if kind is not None:
        assert caught.value.kind == kind, caught.value.kind
        assert set(ERROR_KINDS[kind]) <= set(caught.value.details)
    return str(caught.value)


def test_csv_missing_file(tmp_path) -> None:
    path = tmp_path / "nope.csv"
    assert f"No such file: {path}" in load_error(path, "not_found")
    with pytest.raises(DatasetError, match="No such file"):
        csv_columns(path)


def test_csv_directory(tmp_path) -> None:
    assert "is a folder" in load_error(tmp_path, "folder")


def test_csv_binary_file(tmp_path) -> None:
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in load_error(path, "binary")


def test_csv_not_utf8(tmp_path) -> None:
    path = write(tmp_path, "a,b,label\n1,2,0\ncaf\u00e9,3,1\n", encoding="latin-1")
    message = load_error(path, "not_utf8")
    assert "data.csv, row 3" in message
    assert "UTF-8" in message


@pytest.mark.parametrize("text", ["", "\n\n   \n", ",,\n,,\n"])
def test_csv_empty_file(tmp_path, text: str) -> None:
    path = write(tmp_path, text)
    assert "data.csv is empty" in load_error(path, "empty")
    with pytest.raises(DatasetError, match="empty"):
        csv_columns(path)


def test_csv_header_only(tmp_path) -> None:
    assert "no data rows" in load_error(write(tmp_path, "radius,texture,label\n"), "header_only")


def test_csv_non_numeric_feature_names_row_and_column(tmp_path) -> None:
    # The only numeric column holds the bad cell: the header must still be recognised, so the
    # error points at the bad row rather than calling the header line a non-number.
    lines = ["diagnosis,radius"] + [f"{'MB'[i % 2]},{i + 0.5}" for i in range(10)]
    lines[6] = "B,abc"  # line 7 of the file, counting the header
    path = write(tmp_path, "\n".join(lines) + "\n")
    message = load_error(path, "not_a_number", label_column="diagnosis")
    assert "data.csv, row 7, column 'radius' (2): 'abc' is not a number" in message


def test_csv_non_numeric_feature_without_header(tmp_path) -> None:
    text = rows(5) + "1,x,0\n" + rows(5)
    assert "row 6, column 2: 'x' is not a number" in load_error(
        write(tmp_path, text), "not_a_number"
    )


def test_csv_decimal_comma_gets_a_hint(tmp_path) -> None:
    text = "a;b;label\n" + "".join(f"{i};{i},5;{i % 2}\n" for i in range(10))
    message = load_error(write(tmp_path, text))
    assert "row 2, column 'b' (2): '0,5' is not a number" in message
    assert "decimal separator" in message


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("", "empty"), ("NA", "'NA'"), ("NaN", "'NaN'"), ("nan", "'nan'"), ("?", "'?'")],
)
def test_csv_missing_values(tmp_path, cell: str, shown: str) -> None:
    text = "a,b,label\n" + rows(4) + f"1,{cell},0\n" + rows(4)
    message = load_error(write(tmp_path, text), "missing_value")
    assert "row 6, column 'b' (2)" in message
    assert shown in message


def test_csv_missing_label(tmp_path) -> None:
    text = "a,b,label\n" + rows(4) + "1,2,\n" + rows(4)
    message = load_error(write(tmp_path, text), "missing_label")
    assert "row 6, column 'label' (3): the cell is empty" in message


@pytest.mark.parametrize("cell", ["inf", "-Infinity", "1e999"])
def test_csv_infinite_values(tmp_path, cell: str) -> None:
    text = "a,b,label\n" + rows(3) + f"{cell},2,0\n" + rows(3)
    message = load_error(write(tmp_path, text), "infinite")
    assert f"row 5, column 'a' (1): '{cell}' is infinite" in message


def test_csv_ragged_row(tmp_path) -> None:
    text = "a,b,label\n" + rows(6) + "1,2\n" + rows(3)
    message = load_error(write(tmp_path, text), "ragged_row")
    assert "data.csv, row 8: 2 cells, but the header has 3" in message


def test_csv_ragged_row_counts_blank_lines(tmp_path) -> None:
    text = "a,b,label\n\n" + rows(2) + "\n1,2,3,4\n"
    assert "row 6: 4 cells" in load_error(write(tmp_path, text))


def test_csv_single_class(tmp_path) -> None:
    message = load_error(
        write(tmp_path, "a,b,label\n" + rows(10, label=lambda i: "B")), "one_class"
    )
    assert "column 'label' (3)" in message
    assert "'B'" in message
    assert "two classes" in message


def test_csv_more_than_two_classes_lists_five(tmp_path) -> None:
    text = "a,b,label\n" + rows(14, label=lambda i: f"c{i % 7}")
    message = load_error(write(tmp_path, text), "too_many_classes")
    assert "7 different values ('c0', 'c1', 'c2', 'c3', 'c4' and 2 more)" in message
    assert "'c5'" not in message


def test_csv_class_with_a_single_row(tmp_path) -> None:
    text = "a,b,label\n" + rows(20, label=lambda i: "M" if i == 3 else "B")
    message = load_error(write(tmp_path, text), "class_too_small")
    assert "class 'M' has only 1 row" in message


def test_csv_split_that_would_leave_validation_without_a_class(tmp_path) -> None:
    # 40 rows at 5 % give 2 validation rows; stratified rounding gives both to the big class.
    text = "a,b,label\n" + rows(40, label=lambda i: "M" if i in (3, 9) else "B")
    message = load_error(write(tmp_path, text), "split_impossible", val_ratio=0.05)
    assert "38 train / 2 validation" in message
    assert "smaller class ('M') has 2 rows" in message
    assert load_csv(write(tmp_path, text), val_ratio=0.5).n_val == 20  # a larger share works


def test_csv_needs_two_columns(tmp_path) -> None:
    message = load_error(write(tmp_path, "value\n1\n2\n3\n"), "one_column")
    assert "found 1 column" in message
    assert "at least 2" in message


def test_csv_unknown_label_column_lists_the_columns(tmp_path) -> None:
    path = write(tmp_path, "radius,texture,label\n" + rows(10))
    message = load_error(path, "unknown_label", label_column="diagnosis")
    assert "no column 'diagnosis'" in message
    assert "'radius', 'texture', 'label'" in message
    assert "no column '4'" in load_error(path, label_column="4")


def test_csv_rejects_out_of_range_validation_ratio(tmp_path) -> None:
    path = write(tmp_path, "a,b,label\n" + rows(10))
    with pytest.raises(ValueError, match=r"val_ratio.*0\.9"):
        load_csv(path, val_ratio=0.9)


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


def test_csv_values_too_large_to_standardise_are_refused(tmp_path):
    path = tmp_path / "huge.csv"
    rows = ["a,b,label"] + [f"{(-1) ** i * 1e308},{i},{i % 2}" for i in range(20)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="too large") as caught:
        load_csv(path)
    assert caught.value.kind == "too_large"
    assert caught.value.details["file"] == "huge.csv"
