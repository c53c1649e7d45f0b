"""MinibatchNetwork keeps scikit-learn's conventions: scikit-learn's own estimator checks where
they apply to a binary 0/1 classifier without sample weights, and our equivalents for the
rest (and for what students meet first: NumPy numbers, a failed fit, wrong shapes)."""

import pickle
import warnings

import numpy as np
import pytest

from engine import memory
from engine.datasets import breast_cancer
from engine.memory import RunTooLarge
from engine.model import MinibatchNetwork, NotFittedError

# Checks of sklearn.utils.estimator_checks that apply. Not here, and why: sample weights and
# class weights (not supported), labels other than 0 and 1 (the book's network has one
# sigmoid output: classes, train, dtypes, 1 feature, data not an array, sparsify), multi-
# output, regressors, outliers and transformers, _parameter_constraints (scikit-learn's
# private validation), check_estimators_unfitted and check_supervised_y_2d (they need
# scikit-learn's own NotFittedError and DataConversionWarning classes, and this module does
# not import scikit-learn): tested below instead.
SKLEARN_CHECKS = [
    "check_classifier_not_supporting_multiclass",
    "check_classifiers_one_label",
    "check_classifiers_regression_target",
    "check_complex_data",
    "check_decision_proba_consistency",
    "check_dict_unchanged",
    "check_do_not_raise_errors_in_init_or_set_params",
    "check_dont_overwrite_parameters",
    "check_dtype_object",
    "check_estimator_cloneable",
    "check_estimator_repr",
    "check_estimator_sparse_array",
    "check_estimator_sparse_matrix",
    "check_estimator_sparse_tag",
    "check_estimators_empty_data_messages",
    "check_estimators_fit_returns_self",
    "check_estimators_nan_inf",
    "check_estimators_overwrite_params",
    "check_estimators_pickle",
    "check_f_contiguous_array_estimator",
    "check_fit1d",
    "check_fit2d_1sample",
    "check_fit2d_predict1d",
    "check_fit_check_is_fitted",
    "check_fit_idempotent",
    "check_fit_score_takes_y",
    "check_get_params_invariance",
    "check_methods_sample_order_invariance",
    "check_methods_subset_invariance",
    "check_n_features_in",
    "check_n_features_in_after_fitting",
    "check_no_attributes_set_in_init",
    "check_parameters_default_constructible",
    "check_pipeline_consistency",
    "check_readonly_memmap_input",
    "check_requires_y_none",
    "check_set_params",
    "check_supervised_y_no_nan",
]


@pytest.mark.parametrize("check", SKLEARN_CHECKS)
def test_scikit_learns_estimator_check(check):
    checks = pytest.importorskip("sklearn.utils.estimator_checks")
    pytest.importorskip("sklearn", minversion="1.6")  # the Tags API
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # e.g. "n_features_in_ is not set yet"
        getattr(checks, check)("MinibatchNetwork", MinibatchNetwork(units=4, batch_size=16))


@pytest.fixture(scope="module")
def data():
    return breast_cancer()


@pytest.fixture
def fitted(data):
    return MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, 20, data.x_val, data.y_val)


def snapshot(net):
    return [a.copy() for a in (net.w1, net.b1, net.w2, net.b2)], list(net.records)


def assert_unchanged(net, before, data, score):
    weights, records = before
    for old, new in zip(weights, (net.w1, net.b1, net.w2, net.b2), strict=True):
        np.testing.assert_array_equal(old, new)
    assert net.records == records and net.score(data.x_val, data.y_val) == score


# --------------------------------------------------------------------------- numbers


def test_numpy_scalars_are_numbers_and_train_exactly_like_python_numbers(data):
    numpy_net = MinibatchNetwork(
        units=np.int64(10), batch_size=np.int32(32), learning_rate=np.float64(0.1), l2=0.01
    ).fit(data.x_train, data.y_train, np.int64(20))
    plain = MinibatchNetwork(units=10, batch_size=32, learning_rate=0.1, l2=0.01)
    plain.fit(data.x_train, data.y_train, 20)
    assert numpy_net.losses == plain.losses
    assert MinibatchNetwork(learning_rate=np.float32(0.1)).hyperparameters.learning_rate == (
        float(np.float32(0.1))
    )


# --------------------------------------------------------------------------- a failed fit


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: {
            "x": np.where(
                np.arange(d.x_train.size).reshape(d.x_train.shape) == 7, np.nan, d.x_train
            )
        },
        lambda d: {"y": d.y_train * 2},
        lambda d: {"y": d.y_train[:10]},
        lambda d: {"y": np.column_stack([d.y_train, d.y_train])},
        lambda d: {"x_val": d.x_val[:, :29]},
        lambda d: {"y_val": None},
        lambda d: {"epochs": 0},
        lambda d: {"epochs": 2.5},
    ],
    ids=["nan", "labels", "rows", "y (n, 2)", "val features", "x_val alone", "0 epochs", "2.5"],
)
def test_a_fit_that_fails_its_checks_leaves_the_previous_model(fitted, data, break_it):
    before, score = snapshot(fitted), fitted.score(data.x_val, data.y_val)
    arguments = {"x": data.x_train, "y": data.y_train, "epochs": 5}
    arguments |= {"x_val": data.x_val, "y_val": data.y_val}
    with pytest.raises(ValueError):
        fitted.fit(**(arguments | break_it(data)))
    assert_unchanged(fitted, before, data, score)


def test_bad_settings_are_found_by_fit_and_change_nothing(fitted, data):
    before, score = snapshot(fitted), fitted.score(data.x_val, data.y_val)
    fitted.set_params(units=0)  # scikit-learn style: judged when fitting
    with pytest.raises(ValueError, match="units must be from 1 to 10000, got 0"):
        fitted.fit(data.x_train, data.y_train)
    assert_unchanged(fitted, before, data, score)
    with pytest.raises(ValueError, match="no parameter 'unit'"):
        fitted.set_params(unit=5)


def test_a_run_too_large_for_memory_is_refused_before_touching_the_model(fitted, data, monkeypatch):
    before, score = snapshot(fitted), fitted.score(data.x_val, data.y_val)
    monkeypatch.setattr(memory, "available_bytes", lambda: 10_000)
    with pytest.raises(RunTooLarge, match="This run needs about"):
        fitted.fit(data.x_train, data.y_train, 500)
    assert_unchanged(fitted, before, data, score)


def test_iter_fit_checks_before_the_first_epoch(fitted, data):
    before, score = snapshot(fitted), fitted.score(data.x_val, data.y_val)
    with pytest.raises(ValueError, match="NaN"):
        fitted.iter_fit(np.full_like(data.x_train, np.nan), data.y_train)  # no next() needed
    assert_unchanged(fitted, before, data, score)


# --------------------------------------------------------------------------- shapes


def test_predict_and_score_name_the_feature_count(fitted, data):
    message = "X has 29 features, but MinibatchNetwork is expecting 30 features as input."
    for method in (fitted.predict, fitted.predict_proba):
        with pytest.raises(ValueError, match=message):
            method(data.x_val[:, :29])
    with pytest.raises(ValueError, match=message):
        fitted.score(data.x_val[:, :29], data.y_val)


def test_one_dimensional_input_asks_for_a_reshape(fitted, data):
    with pytest.raises(ValueError, match=r"got shape \(30,\). Reshape your data"):
        fitted.predict(data.x_val[0])
    assert fitted.predict(data.x_val[0].reshape(1, -1)).shape == (1,)


def test_y_as_a_column_is_the_same_as_1d_and_wider_is_refused(data):
    flat = MinibatchNetwork().fit(data.x_train, data.y_train, 5)
    column = MinibatchNetwork().fit(data.x_train, data.y_train.reshape(-1, 1), 5)
    assert flat.losses == column.losses
    assert flat.score(data.x_val, data.y_val.reshape(-1, 1)) == flat.score(data.x_val, data.y_val)
    with pytest.raises(ValueError, match=r"must be 1-D, .* got shape \(91, 2\)"):
        flat.score(data.x_val, np.column_stack([data.y_val, data.y_val]))


@pytest.mark.parametrize(
    ("y", "message"),
    [
        (lambda y: y.astype(str).astype(object) + "x", "labels must be 0 or 1"),
        (lambda y: y + 1, "labels must be 0 or 1, got 1, 2; map them to 0 and 1"),
        (lambda y: y * 0.5, "Unknown label type: continuous"),
        (lambda y: np.arange(len(y)) % 3, "Only binary classification is supported"),
        (lambda y: None, "requires y to be passed"),
    ],
)
def test_labels_other_than_0_and_1_are_explained(data, y, message):
    with pytest.raises(ValueError, match=message):
        MinibatchNetwork().fit(data.x_train, y(data.y_train), 1)


# --------------------------------------------------------------------------- conventions


def test_before_fit(data):
    net = MinibatchNetwork()
    assert net.params is None and net.records == [] and net.losses == []
    with pytest.raises(NotFittedError, match="call fit"):
        net.predict(data.x_val)
    assert issubclass(NotFittedError, ValueError) and issubclass(NotFittedError, AttributeError)
    assert not hasattr(net, "n_features_in_")


def test_after_fit(fitted, data):
    assert fitted.n_features_in_ == 30 and list(fitted.classes_) == [0, 1]
    assert fitted.predict(data.x_val).shape == (91,) and set(fitted.predict(data.x_val)) <= {0, 1}
    assert fitted.predict_proba(data.x_val).shape == (91,)  # the book's shape


def test_get_params_set_params_and_repr():
    net = MinibatchNetwork(batch_size=128, l2=0.01)
    assert net.get_params() == {
        "units": 10,
        "batch_size": 128,
        "learning_rate": 0.1,
        "l1": 0.0,
        "l2": 0.01,
        "seed": 42,
        "init": "random",
        "shuffle": "book",
        "momentum": 0.0,
        "nesterov": True,
        "n_iter_no_change": None,
        "tol": 1e-4,
        "loss": "book",
    }
    assert repr(net) == "MinibatchNetwork(batch_size=128, l2=0.01)"
    assert net.set_params(units=4, init="ones") is net and net.hyperparameters.units == 4
    assert repr(MinibatchNetwork()) == "MinibatchNetwork()"


def test_pickled_models_predict_the_same(fitted, data):
    copy = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_array_equal(copy.predict_proba(data.x_val), fitted.predict_proba(data.x_val))


def test_the_book_score_is_unchanged(data):
    net = MinibatchNetwork(l2=0.01, batch_size=32)
    net.fit(data.x_train, data.y_train, epochs=500, x_val=data.x_val, y_val=data.y_val)
    assert net.score(data.x_val, data.y_val) == 0.978021978021978
