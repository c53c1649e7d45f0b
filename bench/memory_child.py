"""One contender of bench_engine.py's memory row, alone in a fresh process: make the
1 000 000 x 30 data, train, print the kernel used and the peak resident memory in MiB. Only
what the contender needs is imported (scikit-learn's import is part of MLPClassifier's cost,
as it is for a student; it is not part of the engine's).

Usage: ``python bench/memory_child.py {data,engine,numpy,numba,MLPClassifier} ROWS FEATURES
EPOCHS``.
"""

from __future__ import annotations

import resource
import sys
import warnings
from pathlib import Path

import numpy as np


def main() -> None:
    name, rows, features, epochs = sys.argv[1], *map(int, sys.argv[2:5])
    if name == "MLPClassifier":
        from sklearn.neural_network import MLPClassifier
    elif name != "data":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from engine.hyperparameters import Hyperparameters
        from engine.training import Trainer, trainer_epochs
    rng = np.random.RandomState(0)
    x = rng.normal(size=(rows, features))
    y = (x @ rng.normal(size=features) + rng.normal(size=rows) > 0).astype(np.float64)
    used = "-"
    if name == "MLPClassifier":
        mlp = MLPClassifier(
            hidden_layer_sizes=(10,), activation="logistic", solver="sgd", momentum=0,
            learning_rate_init=0.1, alpha=0.01, batch_size=32, max_iter=epochs,
            n_iter_no_change=10**6, random_state=42,
        )  # fmt: skip
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mlp.fit(x, y)
    elif name != "data":
        hp = Hyperparameters(batch_size=32, epochs=epochs)
        trainer = Trainer(hp, x, y, kernel="auto" if name == "engine" else name)
        for _ in trainer_epochs(trainer):
            pass
        used = trainer.kernel_name
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(used, peak / (2**20 if sys.platform == "darwin" else 1024))


if __name__ == "__main__":
    main()
