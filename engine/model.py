"""``MinibatchNetwork``: the book's class, same constructor and attributes, scikit-learn's manners.

It is a thin shell over ``engine.network`` and ``engine.training``: the book's code can be
pasted next to it line for line, but validation data is optional, no global random state is
touched, and an absurd learning rate ends with a clear error instead of NaNs and warnings.

Students move between this class and scikit-learn's, so it keeps scikit-learn's conventions
(held by tests/test_model_api.py, which runs scikit-learn's own estimator checks on it): the
constructor stores its arguments as given, with ``get_params``/``set_params`` (so ``clone``
and grid searches work); NumPy scalars are numbers; ``fit`` checks everything - settings,
shapes, values, memory - before it touches the model, so a failed fit leaves the previous one
intact; ``predict`` and ``score`` say which shape or feature count is wrong; learned facts
about the data end in an underscore (``n_features_in_``, ``classes_``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import numpy as np

from engine.hyperparameters import Hyperparameters
from engine.memory import check_run_fits
from engine.network import Parameters, init_parameters, predict_proba
from engine.training import EpochRecord, all_finite, iter_epochs

# The estimator's parameters: every setting but epochs, which fit takes, as in the book.
_PARAMETERS = tuple(f.name for f in dataclasses.fields(Hyperparameters) if f.name != "epochs")


class NotFittedError(ValueError, AttributeError, RuntimeError):
    """predict or score before fit. ValueError and AttributeError as scikit-learn's own
    NotFittedError; RuntimeError because this class raised that before."""


def _features(x: object, what: str) -> np.ndarray:
    """``x`` as a finite, non-empty 2-D float array, or an error in scikit-learn's words."""
    if hasattr(x, "toarray") and hasattr(x, "nnz"):  # a SciPy sparse matrix
        raise TypeError(
            f"Sparse data was passed for {what}, but dense data is required: use {what}.toarray()"
        )
    try:
        array = np.asarray(x)
        if array.dtype.kind == "c":
            raise ValueError(f"Complex data not supported: {what} holds complex numbers")
        array = array.astype(np.float64, copy=False)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{what} must hold numbers only: {error}") from None
    if array.ndim != 2:
        raise ValueError(
            f"{what} must be a 2-D array (rows, features), got shape {array.shape}. Reshape "
            f"your data: {what}.reshape(1, -1) for one row, {what}.reshape(-1, 1) for one "
            "feature"
        )
    for count, axis, minimum in ((array.shape[0], "sample", 1), (array.shape[1], "feature", 1)):
        if count < minimum:
            raise ValueError(
                f"{what} has {count} {axis}(s) (shape={array.shape}) while a minimum of "
                f"{minimum} is required."
            )
    if not all_finite(array):
        raise ValueError(f"{what} contains NaN or infinite values")
    return array


def _labels(y: object, rows: int, what: str, features: str) -> np.ndarray:
    """``y`` (named ``what``) as a 1-D array of 0s and 1s, one per row of ``features``; a
    column (n, 1) is accepted as 1-D. The messages follow scikit-learn's where it has one."""
    if y is None:
        raise ValueError(f"MinibatchNetwork requires y to be passed, but the target {what} is None")
    try:
        array = np.asarray(y, dtype=np.float64)
    except (TypeError, ValueError):
        shown = np.asarray(y).ravel()[:3].tolist()
        raise ValueError(f"{what}: labels must be 0 or 1, got values such as {shown}") from None
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1:
        raise ValueError(
            f"{what} must be 1-D, one label per row (or a column of shape (n, 1)), "
            f"got shape {array.shape}"
        )
    if len(array) != rows:
        raise ValueError(f"{features} has {rows} rows of features but {len(array)} labels")
    if np.isin(array, (0.0, 1.0)).all():
        return array
    if not np.isfinite(array).all() or (array != np.round(array)).any():
        raise ValueError(
            f"Unknown label type: continuous. {what} must hold the labels 0 and 1 (this "
            "network classifies; it does not predict numbers)"
        )
    classes = np.unique(array)
    if len(classes) > 2:
        raise ValueError(
            f"Only binary classification is supported. {what} holds {len(classes)} classes; "
            "this network has one sigmoid output for the labels 0 and 1"
        )
    raise ValueError(
        f"{what}: labels must be 0 or 1, got {', '.join(f'{c:g}' for c in classes)}; "
        "map them to 0 and 1 first"
    )


class MinibatchNetwork:
    """Two-layer sigmoid network trained by mini-batch gradient descent (section 6-3).

    ``batch_size=None`` trains full-batch; ``init="ones"`` starts like the book's DualLayer.
    The recipe arguments (``init="sklearn"``, ``shuffle``, ``momentum``, ``nesterov``,
    ``n_iter_no_change``, ``tol``, ``loss``) are ``Hyperparameters``'.
    After ``fit``: ``losses``, ``val_losses`` (one value per epoch), ``records`` (everything
    else per epoch), the weights ``w1, b1, w2, b2``, ``n_features_in_`` and ``classes_``.
    """

    def __init__(
        self,
        units: int = 10,
        batch_size: int | None = 32,
        learning_rate: float = 0.1,
        l1: float = 0.0,
        l2: float = 0.0,
        seed: int = 42,
        init: str = "random",
        shuffle: str = "book",
        momentum: float = 0.0,
        nesterov: bool = True,
        n_iter_no_change: int | None = None,
        tol: float = 1e-4,
        loss: str = "book",
    ) -> None:
        # Stored as given and checked in fit, as scikit-learn does: clone() and grid searches
        # set parameters one by one, through combinations that are only judged together.
        self.units = units
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.l1 = l1
        self.l2 = l2
        self.seed = seed
        self.init = init
        self.shuffle = shuffle
        self.momentum = momentum
        self.nesterov = nesterov
        self.n_iter_no_change = n_iter_no_change
        self.tol = tol
        self.loss = loss

    @property
    def hyperparameters(self) -> Hyperparameters:
        """The settings, checked: ValueError names a bad one and its range."""
        return Hyperparameters(**self.get_params())

    def get_params(self, deep: bool = True) -> dict[str, object]:
        """The constructor's arguments by name, as scikit-learn's estimators give them."""
        return {name: getattr(self, name) for name in _PARAMETERS}

    def set_params(self, **params: object) -> MinibatchNetwork:
        """Change settings by name (their values are checked by ``fit``)."""
        unknown = sorted(set(params) - set(_PARAMETERS))
        if unknown:
            raise ValueError(
                f"MinibatchNetwork has no parameter {unknown[0]!r}; it has {', '.join(_PARAMETERS)}"
            )
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = MinibatchNetwork.__init__.__defaults__ or ()
        changed = [
            f"{name}={value!r}"
            for name, value, default in zip(
                _PARAMETERS, self.get_params().values(), defaults, strict=True
            )
            if value != default
        ]
        return f"MinibatchNetwork({', '.join(changed)})"

    w1 = property(lambda self: self._fitted().w1)
    b1 = property(lambda self: self._fitted().b1)
    w2 = property(lambda self: self._fitted().w2)
    b2 = property(lambda self: self._fitted().b2)

    @property
    def params(self) -> Parameters | None:
        """The learned weights, None before ``fit``."""
        return getattr(self, "params_", None)

    @property
    def records(self) -> list[EpochRecord]:
        """One record per epoch of the last ``fit``, empty before it."""
        return getattr(self, "records_", [])

    @property
    def losses(self) -> list[float]:
        return [r.train_loss for r in self.records]

    @property
    def val_losses(self) -> list[float]:
        return [r.val_loss for r in self.records]

    def _fitted(self) -> Parameters:
        if self.params is None:
            raise NotFittedError(
                "This MinibatchNetwork is not fitted yet: call fit() before using it"
            )
        return self.params

    def iter_fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        epochs: int = 100,
        x_val: np.ndarray | None = None,
        y_val: np.ndarray | None = None,
    ) -> Iterator[EpochRecord]:
        """Check everything now, then start from fresh weights and yield one record per
        epoch (for live plots). A ValueError (or RunTooLarge, a MemoryError) leaves the
        previous model as it was."""
        hp = Hyperparameters(**self.get_params(), epochs=epochs)
        x = _features(x, "x")
        y = _labels(y, len(x), "y", "x")
        if (x_val is None) != (y_val is None):
            raise ValueError("x_val and y_val go together: give both or neither")
        if x_val is not None:
            x_val = _features(x_val, "x_val")
            y_val = _labels(y_val, len(x_val), "y_val", "x_val")
            if x_val.shape[1] != x.shape[1]:
                raise ValueError(
                    f"x_val has {x_val.shape[1]} features, but x has {x.shape[1]}: "
                    "validation rows need the same columns"
                )
        n_val = 0 if x_val is None else len(x_val)
        check_run_fits(len(x), n_val, x.shape[1], hp)
        return self._train(hp, x, y, x_val, y_val)

    def _train(
        self,
        hp: Hyperparameters,
        x: np.ndarray,
        y: np.ndarray,
        x_val: np.ndarray | None,
        y_val: np.ndarray | None,
    ) -> Iterator[EpochRecord]:
        self.params_ = init_parameters(x.shape[1], hp.units, hp.init, hp.seed)
        self.records_: list[EpochRecord] = []
        self.n_features_in_ = x.shape[1]
        self.classes_ = np.array([0, 1])
        for record in iter_epochs(self.params_, hp, x, y, x_val, y_val):
            self.records_.append(record)
            yield record

    def fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        epochs: int = 100,
        x_val: np.ndarray | None = None,
        y_val: np.ndarray | None = None,
    ) -> MinibatchNetwork:
        """Train for ``epochs``; on TrainingDiverged the epochs before it stay in ``records``."""
        for _ in self.iter_fit(x, y, epochs, x_val, y_val):
            pass
        return self

    def _checked_features(self, x: object) -> np.ndarray:
        params = self._fitted()
        x = _features(x, "x")
        expected = params.w1.shape[0]
        if x.shape[1] != expected:
            raise ValueError(  # scikit-learn's sentence, word for word
                f"X has {x.shape[1]} features, but MinibatchNetwork is expecting {expected} "
                "features as input."
            )
        return x

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """P(y = 1) for every row, shape (n,) as in the book (scikit-learn's has two columns)."""
        return predict_proba(self._fitted(), self._checked_features(x))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class 1 where z2 > 0, i.e. where the sigmoid output exceeds 0.5."""
        return (self.predict_proba(x) > 0.5).astype(int)

    def score(self, x: np.ndarray, y: np.ndarray) -> float:
        """The share of rows predicted right (accuracy), as the book's ``score``."""
        x = self._checked_features(x)
        return float(np.mean(self.predict(x) == _labels(y, len(x), "y", "x")))

    def __sklearn_tags__(self) -> object:
        """What scikit-learn's estimator checks need to know: a binary classifier of dense,
        finite data that requires y. Only scikit-learn calls this, so it imports it."""
        from sklearn.utils import ClassifierTags, InputTags, Tags, TargetTags

        return Tags(
            estimator_type="classifier",
            target_tags=TargetTags(required=True),
            classifier_tags=ClassifierTags(multi_class=False),
            input_tags=InputTags(),
        )
