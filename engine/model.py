"""``MinibatchNetwork``: the book's class, same constructor and attributes, safer behaviour.

It is a thin shell over ``engine.network`` and ``engine.training``: the book's code can be
pasted next to it line for line, but validation data is optional, no global random state is
touched, and an absurd learning rate ends with a clear error instead of NaNs and warnings.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from engine.hyperparameters import Hyperparameters
from engine.network import Parameters, init_parameters, predict_proba
from engine.training import EpochRecord, check_data, iter_epochs


class MinibatchNetwork:
    """Two-layer sigmoid network trained by mini-batch gradient descent (section 6-3).

    ``batch_size=None`` trains full-batch; ``init="ones"`` starts like the book's DualLayer.
    The recipe arguments (``init="sklearn"``, ``shuffle``, ``momentum``, ``nesterov``,
    ``n_iter_no_change``, ``tol``, ``loss``) are ``Hyperparameters``'.
    After ``fit``: ``losses``, ``val_losses`` (one value per epoch), ``records`` (everything
    else per epoch) and the weights ``w1, b1, w2, b2``.
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
        self.hyperparameters = Hyperparameters(
            units=units,
            batch_size=batch_size,
            learning_rate=learning_rate,
            l1=l1,
            l2=l2,
            seed=seed,
            init=init,
            shuffle=shuffle,
            momentum=momentum,
            nesterov=nesterov,
            n_iter_no_change=n_iter_no_change,
            tol=tol,
            loss=loss,
        )
        self.params: Parameters | None = None
        self.records: list[EpochRecord] = []

    w1 = property(lambda self: self._fitted().w1)
    b1 = property(lambda self: self._fitted().b1)
    w2 = property(lambda self: self._fitted().w2)
    b2 = property(lambda self: self._fitted().b2)

    @property
    def losses(self) -> list[float]:
        return [r.train_loss for r in self.records]

    @property
    def val_losses(self) -> list[float]:
        return [r.val_loss for r in self.records]

    def _fitted(self) -> Parameters:
        if self.params is None:
            raise RuntimeError("The network has no weights yet: call fit() first")
        return self.params

    def iter_fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        epochs: int = 100,
        x_val: np.ndarray | None = None,
        y_val: np.ndarray | None = None,
    ) -> Iterator[EpochRecord]:
        """Start from fresh weights and yield one record per epoch (for live plots)."""
        hp = Hyperparameters(**{**self.hyperparameters.as_dict(), "epochs": epochs})
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2:
            raise ValueError(f"x must be a 2-D array of shape (rows, features), got {x.shape}")
        self.params = init_parameters(x.shape[1], hp.units, hp.init, hp.seed)
        self.records = []
        for record in iter_epochs(self.params, hp, x, y, x_val, y_val):
            self.records.append(record)
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

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return predict_proba(self._fitted(), np.asarray(x, dtype=np.float64))

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class 1 where z2 > 0, i.e. where the sigmoid output exceeds 0.5."""
        return (self.predict_proba(x) > 0.5).astype(int)

    def score(self, x: np.ndarray, y: np.ndarray) -> float:
        x, y = check_data(x, y, "Scored data")
        return float(np.mean(self.predict(x) == y[:, 0]))
